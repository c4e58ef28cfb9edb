package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Tells, as the application stops, what the log of client errors left out and has not told yet, and lets the
 * container guards stop reporting with this application's settings.
 */
final class PipelineShutdown implements ContainerLifecycleListener {

    private final ProblemPipeline pipeline;

    PipelineShutdown(ProblemPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void onStartup(Container container) {
        // Nothing to tell yet.
    }

    @Override
    public void onReload(Container container) {
        pipeline.drainLog();
    }

    @Override
    public void onShutdown(Container container) {
        pipeline.drainLog();
        pipeline.release();
    }
}
