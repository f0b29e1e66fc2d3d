package com.adaptive.jobs.cli;

import com.adaptive.jobs.runtime.JobsApplication;
import com.adaptive.jobs.runtime.JobsRuntime;
import com.adaptive.warehouse.Lake;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Base of verbs that need the jobs runtime: starts the Spring context for the chosen home, runs, closes it. */
abstract class SpringVerb implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        AdaptiveCli root = AdaptiveCli.root(spec);
        beforeStart(root.home());
        try (ConfigurableApplicationContext context = JobsRuntime.start(application(), root.home(), root.config(), Map.of(),
                lakePrestart())) {
            return run(context);
        }
    }

    /** The Spring application class to start: the whole jobs runtime unless a verb needs less. */
    protected Class<?> application() {
        return JobsApplication.class;
    }

    /** Work to finish before the runtime starts at all (a benchmark's input, say); nothing by default. */
    protected void beforeStart(Path home) throws Exception {
    }

    /**
     * The lake warm-up to begin on a side thread while Spring starts, or null for none (the default): a verb that
     * uses the lake names what it will do first, e.g. {@code Lake::prepareBarWrites}.
     */
    protected Consumer<Lake> lakePrestart() {
        return null;
    }

    protected abstract int run(ConfigurableApplicationContext context) throws Exception;
}
