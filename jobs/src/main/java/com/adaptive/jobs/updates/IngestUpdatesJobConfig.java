package com.adaptive.jobs.updates;

import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.InstanceStaging;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.warehouse.Lake;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.nio.file.Path;
import java.util.List;

/**
 * Job {@code ingest-updates}: for every configured (source, symbol, interval) fetch closed bars, MERGE them into
 * {@code bars}, check their quality and move the watermark ({@code fetch}); then fail the job with the reasons if any
 * batch broke a data-quality threshold ({@code quality-gate}).
 *
 * <p>Three modes by parameters: none of {@code from}/{@code to}/{@code gaps} is an incremental run from each watermark;
 * {@code from} and {@code to} backfill that range; {@code gaps=true} backfills exactly the holes in stored history.
 */
@Configuration
public class IngestUpdatesJobConfig {
    public static final String JOB = "ingest-updates";

    @Bean
    public JobDescriptor ingestUpdatesDescriptor() {
        return new JobDescriptor(JOB, "Fetch closed bars from the configured sources (adaptive.sources) into lake table bars: "
                + "incrementally from each watermark, a from/to range, or the gaps in stored history",
                List.of(new JobDescriptor.Parameter("source", "only this source: binance, coinbase or simulator", true, false),
                        new JobDescriptor.Parameter("symbol", "only this canonical symbol, e.g. BTC-USD", true, false),
                        new JobDescriptor.Parameter("interval", "only this interval, e.g. 1m", true, false),
                        new JobDescriptor.Parameter("from", "backfill start: ISO-8601 instant, UTC date or epoch ms", true, false),
                        new JobDescriptor.Parameter("to", "backfill end (exclusive), clipped to the last closed bar", true, false),
                        new JobDescriptor.Parameter("gaps", "true: backfill exactly the holes in stored bars", true, false)));
    }

    @Bean
    public Job ingestUpdatesJob(JobRepository repository, ExecutionOwners owners, Step updatesFetchStep,
                                Step updatesQualityGateStep, AdaptiveProperties properties, MarketSources sources) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> validate(parameters, sources))
                .listener(owners)
                .listener(new InstanceStaging(properties, JOB))
                .start(updatesFetchStep)
                .next(updatesQualityGateStep)
                .build();
    }

    @Bean
    public Step updatesFetchStep(JobRepository repository, Tasklet updatesFetchTasklet) {
        return new StepBuilder("fetch", repository).tasklet(updatesFetchTasklet, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    public Tasklet updatesFetchTasklet(@Value("#{jobParameters}") java.util.Map<String, Object> parameters,
                                       @Value("#{stepExecution}") StepExecution stepExecution, MarketSources sources,
                                       Watermarks watermarks, @Lazy Lake lake, AdaptiveProperties properties) {
        UpdatePlan plan = plan(parameters, sources);
        return new UpdateFetchTasklet(plan, sources, watermarks, lake, stagingDir(properties, stepExecution.getJobExecution()),
                System.err);
    }

    @Bean
    public Step updatesQualityGateStep(JobRepository repository) {
        // on a restart the fetch step may have completed in an earlier execution, so ask the repository for it
        Tasklet gate = (contribution, chunkContext) -> {
            JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
            StepExecution fetch = repository.getLastStepExecution(job.getJobInstance(), "fetch");
            String breaches = fetch == null ? "" : fetch.getExecutionContext().getString(UpdateFetchTasklet.BREACHES, "");
            if (!breaches.isEmpty()) {
                List<String> lines = breaches.lines().toList();
                throw new QualityBreachException("data quality threshold breached in " + lines.size() + " batch"
                        + (lines.size() == 1 ? "" : "es") + " (adaptive.sources.quality): " + String.join("; ", lines));
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("quality-gate", repository).tasklet(gate, new ResourcelessTransactionManager()).build();
    }

    /** The run's mode and targets from its parameters; bad values are IllegalArgumentExceptions naming the parameter. */
    static UpdatePlan plan(java.util.Map<String, Object> parameters, MarketSources sources) {
        String from = string(parameters, "from");
        String to = string(parameters, "to");
        boolean gaps = Boolean.parseBoolean(string(parameters, "gaps"));
        List<UpdateTarget> targets = sources.targets(string(parameters, "source"), string(parameters, "symbol"),
                string(parameters, "interval"));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: no enabled source is configured for " + parameters
                    + " (adaptive.sources)");
        }
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a backfill needs both from and to, got " + (from == null ? "to" : "from") + " only");
        }
        if (from != null && gaps) {
            throw new IllegalArgumentException("gaps=true backfills the holes of all stored history; it takes no from/to");
        }
        if (from != null) {
            return new UpdatePlan(UpdateMode.RANGE, targets, TimeParameters.parseMillis(from, "from"),
                    TimeParameters.parseMillis(to, "to"));
        }
        return new UpdatePlan(gaps ? UpdateMode.GAPS : UpdateMode.INCREMENTAL, targets, 0, 0);
    }

    private static String string(java.util.Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static void validate(JobParameters parameters, MarketSources sources) throws JobParametersInvalidException {
        try {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            parameters.getParameters().forEach((k, v) -> values.put(k, v.getValue()));
            plan(values, sources);
        } catch (IllegalArgumentException e) {
            throw new JobParametersInvalidException(e.getMessage());
        }
    }

    static Path stagingDir(AdaptiveProperties properties, JobExecution execution) {
        return new InstanceStaging(properties, JOB).dir(execution);
    }
}
