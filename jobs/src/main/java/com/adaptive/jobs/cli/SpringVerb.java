package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.JobsRuntime;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.util.Map;

/** Base of verbs that need the jobs runtime: starts the Spring context for the chosen home, runs, closes it. */
abstract class SpringVerb implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        AdaptiveCli root = AdaptiveCli.root(spec);
        try (ConfigurableApplicationContext context = JobsRuntime.start(root.home(), root.config(), Map.of())) {
            return run(context);
        }
    }

    protected abstract int run(ConfigurableApplicationContext context) throws Exception;
}
