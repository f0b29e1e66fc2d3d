package com.adaptive.jobs.features;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.featurestore.offline.BuildResult;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.view.FeatureView;
import com.adaptive.featurestore.view.FeatureViews;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.jobs.runtime.StepCounts;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Instant;
import java.util.List;

/**
 * Job {@code build-features}: brings every selected view's table {@code features_<view>_v<version>} up to date with
 * {@code bars}, per symbol and interval, incrementally (see {@link OfflineStore}).
 *
 * <p>Restartable by construction: what is built is read back from the tables, so a rerun after a crash continues
 * after the last Delta commit and ends with exactly the tables of one clean run.
 */
@Configuration
public class BuildFeaturesJobConfig {
    public static final String JOB = "build-features";

    @Bean
    public JobDescriptor buildFeaturesDescriptor() {
        return new JobDescriptor(JOB, "Build the offline feature tables features_<view>_v<version> from bars, incrementally",
                List.of(new JobDescriptor.Parameter("symbols", "comma-separated symbols (default: all configured)", true, false),
                        new JobDescriptor.Parameter("views", "comma-separated views, name or name:version (default: latest of each)", true, false),
                        new JobDescriptor.Parameter("months-per-commit", "months of rows per Delta commit (default 3)", false, false)));
    }

    @Bean
    public Job buildFeaturesJob(JobRepository repository, ExecutionOwners owners, Step buildFeaturesStep, AdaptiveProperties properties,
                                FeatureViews views) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> validate(parameters, properties, views))
                .listener(owners)
                .start(buildFeaturesStep)
                .build();
    }

    @Bean
    public Step buildFeaturesStep(JobRepository repository, @Lazy OfflineStore offline, AdaptiveProperties properties, FeatureViews views) {
        Tasklet build = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            JobParameters p = step.getJobParameters();
            List<String> symbols = FeatureStoreConfiguration.symbols(p.getString("symbols"), properties);
            int monthsPerCommit = FeatureStoreConfiguration.positiveInt(p.getString("months-per-commit"), "months-per-commit", 3);
            for (FeatureView view : views.select(p.getString("views"))) {
                for (BarInterval interval : view.intervals()) {
                    for (String symbol : symbols) {
                        long start = System.nanoTime();
                        BuildResult r = offline.buildFeatures(view, symbol, interval, monthsPerCommit,
                                commit -> System.err.printf("  features: %s %s %s +%,d rows through %s%n", view.id(), symbol,
                                        interval.label(), commit.rowsWritten(), Instant.ofEpochMilli(commit.watermarkMillis())));
                        report(step, r, start);
                        contribution.incrementReadCount();
                        contribution.incrementWriteCount(r.rowsWritten());
                    }
                }
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("features", repository).tasklet(build, new ResourcelessTransactionManager()).build();
    }

    static void report(StepExecution step, BuildResult r, long startNanos) {
        StepCounts.add(step, r.table() + ".rows", r.rowsWritten());
        StepCounts.add(step, r.table() + ".commits", r.commits());
        StepCounts.add(step, "bars_read", r.barsRead());
        StepCounts.add(step, "read_ms", r.readMillis());
        StepCounts.add(step, "compute_ms", r.computeMillis());
        StepCounts.add(step, "write_ms", r.writeMillis());
        System.err.printf("  %s %s %s: %,d rows in %d commits, %,d bars read, %.1f s (read %.1f, compute %.1f, write %.1f); latest %s%n",
                r.table(), r.symbol(), r.interval(), r.rowsWritten(), r.commits(), r.barsRead(), (System.nanoTime() - startNanos) / 1e9,
                r.readMillis() / 1e3, r.computeMillis() / 1e3, r.writeMillis() / 1e3,
                r.watermarkMillis() == Long.MIN_VALUE ? "none" : Instant.ofEpochMilli(r.watermarkMillis()));
    }

    private static void validate(JobParameters parameters, AdaptiveProperties properties, FeatureViews views)
            throws JobParametersInvalidException {
        try {
            FeatureStoreConfiguration.symbols(parameters.getString("symbols"), properties);
            views.select(parameters.getString("views"));
            FeatureStoreConfiguration.positiveInt(parameters.getString("months-per-commit"), "months-per-commit", 3);
        } catch (IllegalArgumentException e) {
            throw new JobParametersInvalidException(e.getMessage());
        }
    }
}
