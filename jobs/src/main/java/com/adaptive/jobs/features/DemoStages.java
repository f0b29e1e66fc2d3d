package com.adaptive.jobs.features;

import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionReport;
import com.adaptive.jobs.runtime.JobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The feature-store part of {@code adaptive demo}: build-features → classify-regimes → materialize → regime-analytics
 * over everything ingested. Each stage is incremental or idempotent, so a second demo writes nothing new.
 */
public final class DemoStages {
    private DemoStages() {
    }

    /** Runs the stages, printing each summary; returns 0, or 1 after the first failed stage. */
    public static int run(ConfigurableApplicationContext context, PrintStream out) {
        JobRunner runner = context.getBean(JobRunner.class);
        AdaptiveProperties properties = context.getBean(AdaptiveProperties.class);
        JobExecution analytics = null;
        for (String job : List.of(BuildFeaturesJobConfig.JOB, ClassifyRegimesJobConfig.JOB, MaterializeJobConfig.JOB,
                RegimeAnalyticsJobConfig.JOB)) {
            out.println();
            out.println("== " + job);
            JobExecution execution = runner.runOrRerun(job, Map.of());
            ExecutionReport.printSummary(execution, out);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                out.println("demo stopped: " + job + " failed; see `adaptive jobs status " + job + "` and " + properties.home().resolve("logs"));
                return 1;
            }
            analytics = execution;
        }
        out.println();
        out.println("Feature store:");
        out.println("  views and freshness  bin/adaptive features list");
        out.println("  values as of a time  bin/adaptive features get --view trend --symbol BTC-USD --as-of 2023-04-20T12:00:00Z");
        out.println("  online store         " + FeatureStoreConfiguration.onlineStore(properties));
        out.println("  regime figures       bin/adaptive query \"SELECT * FROM regime_stats WHERE section = 'share'\"");
        out.println("  reports              bin/adaptive reports list");
        out.println("  report               " + analytics.getExecutionContext().getString(RegimeAnalyticsJobConfig.REPORT_KEY, "(none)"));
        return 0;
    }
}
