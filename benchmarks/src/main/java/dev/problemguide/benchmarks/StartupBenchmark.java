package dev.problemguide.benchmarks;

import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMessages;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost, cold: each measurement is the first in a fresh JVM. {@link #catalogAndMessages} loads the
 * status guide and a 50-key messages file and builds the text tables; the two application benchmarks
 * start a whole Jersey application with and without the feature, so their difference is what registering
 * the feature costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {

    /**
     * Catalog, 50-key messages file, validation and text tables.
     *
     * @return the factory
     */
    @Benchmark
    public ProblemFactory catalogAndMessages() {
        ProblemMessages messages = ProblemMessages.load("bench-messages", StartupBenchmark.class.getClassLoader());
        return ProblemFactory.builder().textSource(messages).build();
    }

    /**
     * A Jersey application with the feature and the 50-key messages file.
     *
     * @return the started application
     */
    @Benchmark
    public ApplicationHandler applicationWithFeature() {
        return new ApplicationHandler(new ResourceConfig(BenchResource.class)
                .register(ProblemFeature.builder().messages("bench-messages").build()));
    }

    /**
     * The same application without it.
     *
     * @return the started application
     */
    @Benchmark
    public ApplicationHandler applicationWithoutFeature() {
        return new ApplicationHandler(new ResourceConfig(BenchResource.class)
                .property(ProblemProperties.AUTO_DISCOVERY, false));
    }
}
