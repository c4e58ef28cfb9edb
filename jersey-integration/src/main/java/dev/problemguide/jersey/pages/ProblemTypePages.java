package dev.problemguide.jersey.pages;

import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.pages.PageCatalog;
import dev.problemguide.jersey.internal.pages.PageFiles;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The generator of an application's problem type pages as static files, for a documentation site: the same
 * index and pages that {@code ProblemFeature.builder().typePages(...)} serves, from the same catalog (builder
 * mappings, messages files, registered classes and the {@code throws} clauses of resource methods), in every
 * language of the messages files.
 *
 * <p>The folder gets {@code index.html} and {@code index.json}, and {@code <name>.html} and {@code <name>.json}
 * for each problem type, where the name is the type's part after the type base URI ({@code order-not-found});
 * each translation gets the same files in a folder named by its language tag ({@code de/index.html}). Links are
 * relative, so the folder works wherever it is published. Hosts that serve {@code order-not-found.html} for
 * {@code /problems/order-not-found} (GitHub Pages, Netlify, nginx with {@code try_files $uri $uri.html}) then
 * answer the type URIs themselves.
 *
 * <p>The application is initialized as a server would (its features run, its resources are read) but not
 * started: no container, no port, and its lifecycle listeners are not called. Jersey then holds its
 * {@code ResourceConfig} as configured: give the generator an application of its own, not one a server will
 * start later. On the module path, the application's package must be exported (or opened) to
 * {@code dev.problemguide.jersey} for {@link #main} to make it.
 */
public final class ProblemTypePages {

    private ProblemTypePages() {
    }

    /**
     * Writes the pages of an application.
     *
     * @param application the application, such as its {@code ResourceConfig}; Problem Guide must be registered in
     *                    it, explicitly or by auto-discovery
     * @param folder      the folder, made if missing; files of the same names are replaced
     * @return the files written, as absolute paths
     * @throws IOException           if a file cannot be written
     * @throws IllegalStateException if the application does not use Problem Guide
     */
    public static List<Path> write(Application application, Path folder) throws IOException {
        ApplicationHandler handler = new ApplicationHandler(application);
        try {
            ResourceConfig configuration = handler.getConfiguration();
            FeatureConfig config = FeatureConfig.of(configuration).orElseThrow(() -> new IllegalStateException(
                    "Problem Guide's ProblemFeature is not registered in " + application.getClass().getName()));
            ProblemCatalog catalog = ProblemCatalog.of(configuration).orElseThrow();
            return PageFiles.write(PageCatalog.of(config, catalog), folder);
        } finally {
            handler.getInjectionManager().shutdown();
        }
    }

    /**
     * Writes the pages of an application from the command line:
     * {@code ProblemTypePages <application class> <folder>}.
     *
     * @param args the application's class name (a subclass of {@code Application} with a public no-argument
     *             constructor, such as a {@code ResourceConfig}) and the folder
     * @throws Exception if the class cannot be made or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: ProblemTypePages <application class> <folder>");
            System.exit(2);
            return;
        }
        Class<? extends Application> type = Class.forName(args[0], true,
                Thread.currentThread().getContextClassLoader()).asSubclass(Application.class);
        Application application = type.getConstructor().newInstance();
        List<Path> written = write(application, Path.of(args[1]));
        System.out.println("Wrote " + written.size() + " files of problem type pages to " + Path.of(args[1])
                .toAbsolutePath().normalize());
    }
}
