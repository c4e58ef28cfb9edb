package dev.problemguide.dropwizard.tests;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.problemguide.dropwizard.ProblemsFactory;
import io.dropwizard.core.Configuration;

/** The service's configuration: Dropwizard's, and Problem Guide's options under {@code problems}. */
public class SampleConfiguration extends Configuration {

    private ProblemsFactory problems = new ProblemsFactory();

    /**
     * Problem Guide's options.
     *
     * @return the options
     */
    @JsonProperty("problems")
    public ProblemsFactory getProblems() {
        return problems;
    }

    /**
     * Sets Problem Guide's options.
     *
     * @param problems the options
     */
    @JsonProperty("problems")
    public void setProblems(ProblemsFactory problems) {
        this.problems = problems;
    }
}
