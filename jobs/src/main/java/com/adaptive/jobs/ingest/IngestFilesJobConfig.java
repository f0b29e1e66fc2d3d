package com.adaptive.jobs.ingest;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.InstanceStaging;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.jobs.runtime.LakeWarmup;
import com.adaptive.jobs.runtime.ProgressReporter;
import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.warehouse.Gap;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.MergeStats;
import com.adaptive.warehouse.QualityRecord;
import com.adaptive.warehouse.staging.StagedBars;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Job {@code ingest-files}: parse and validate bar files into staging ({@code parse}), MERGE them into the lake
 * with bad rows quarantined ({@code merge}), then record the gaps of the ingested range ({@code quality}).
 *
 * <p>Steps use a resourceless transaction manager: their data goes to files and Delta, not SQLite, so the
 * batch database is locked only for the moments Spring Batch writes its own metadata.
 */
@Configuration
public class IngestFilesJobConfig {
    public static final String JOB = "ingest-files";

    @Bean
    public JobDescriptor ingestFilesDescriptor() {
        return new JobDescriptor(JOB, "Ingest bar files (project CSV or Binance klines, plain or .gz) into lake table bars",
                List.of(new JobDescriptor.Parameter("files", "comma-separated file paths", true, true),
                        new JobDescriptor.Parameter("symbol", "canonical symbol, e.g. BTC-USD", true, true),
                        new JobDescriptor.Parameter("interval", "bar interval: 1m, 3m, 5m, 15m, 1h, 1d", true, true),
                        new JobDescriptor.Parameter("source", "source name stored with each bar (default: file)", false, false)));
    }

    @Bean
    public LakeWarmup ingestLakeWarmup(@Lazy Lake lake) {
        return new LakeWarmup(lake);
    }

    @Bean
    public Job ingestFilesJob(JobRepository repository, ExecutionOwners owners, Step ingestParseStep, Step ingestMergeStep,
                              Step ingestQualityStep, AdaptiveProperties properties, LakeWarmup ingestLakeWarmup) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> validate(parameters, properties))
                .listener(owners)
                .listener(ingestLakeWarmup)
                .listener(new InstanceStaging(properties, JOB))
                .start(ingestParseStep)
                .next(ingestMergeStep)
                .next(ingestQualityStep)
                .build();
    }

    @Bean
    public Step ingestParseStep(JobRepository repository, ParseTasklet ingestParseTasklet) {
        ProgressReporter progress = new ProgressReporter(System.err);
        return new StepBuilder("parse", repository)
                .tasklet(ingestParseTasklet, new ResourcelessTransactionManager())
                .stream(ingestParseTasklet)
                .listener((org.springframework.batch.core.StepExecutionListener) progress)
                .listener((org.springframework.batch.core.ChunkListener) progress)
                .build();
    }

    @Bean
    @StepScope
    public ParseTasklet ingestParseTasklet(@Value("#{jobParameters['files']}") String files,
                                           @Value("#{jobParameters['symbol']}") String symbol,
                                           @Value("#{jobParameters['interval']}") String interval,
                                           @Value("#{jobParameters['source']}") String source,
                                           @Value("#{stepExecution}") StepExecution stepExecution,
                                           AdaptiveProperties properties) {
        BarFileReader reader = new BarFileReader(Arrays.stream(files.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList());
        BarInterval barInterval = BarInterval.parse(interval);
        StagingWriter writer = new StagingWriter(stagingDir(properties, stepExecution.getJobExecution()), symbol,
                barInterval.label(), source == null || source.isBlank() ? "file" : source, stepExecution.getJobExecutionId());
        return new ParseTasklet(reader, new BarLineParser(barInterval), writer, properties.ingest().chunkRows());
    }

    @Bean
    public Step ingestMergeStep(JobRepository repository, @Lazy Lake lake, AdaptiveProperties properties, LakeWarmup ingestLakeWarmup) {
        Tasklet merge = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            Path staging = stagingDir(properties, step.getJobExecution());
            System.err.println("  merge: MERGE staged bars into lake table bars ...");
            // the scan is plain Java: it runs while the lake may still be warming up
            StagedBars staged = StagedBars.scan(staging.resolve("bars"));
            ingestLakeWarmup.await();
            MergeStats stats = lake.mergeBars(staged);
            long quarantined = lake.mergeQuarantine(staging.resolve("quarantine"));
            step.getExecutionContext().putLong(StepCounts.PREFIX + "inserted", stats.inserted());
            step.getExecutionContext().putLong(StepCounts.PREFIX + "revised", stats.revised());
            step.getExecutionContext().putLong(StepCounts.PREFIX + "unchanged", stats.unchanged());
            step.getExecutionContext().putLong(StepCounts.PREFIX + "quarantine_new", quarantined);
            contribution.incrementWriteCount(stats.inserted() + stats.revised());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("merge", repository).tasklet(merge, new ResourcelessTransactionManager()).build();
    }

    @Bean
    public Step ingestQualityStep(JobRepository repository, @Lazy Lake lake) {
        // on a restart the parse step may have completed in an earlier execution, so ask the repository for it
        Tasklet quality = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            String symbol = job.getJobParameters().getString("symbol");
            BarInterval interval = BarInterval.parse(job.getJobParameters().getString("interval"));
            StepExecution parse = repository.getLastStepExecution(job.getJobInstance(), "parse");
            long from = parse.getExecutionContext().getLong("writer.minOpenTime", Long.MAX_VALUE);
            long to = parse.getExecutionContext().getLong("writer.maxOpenTime", Long.MIN_VALUE);
            long gaps = 0, missing = 0;
            if (from <= to) {
                List<Gap> found = lake.findGaps(symbol, interval, from, to);
                lake.writeQuality(found.stream().map(g -> QualityRecord.ofGap(g, job.getId())).toList());
                gaps = found.size();
                missing = found.stream().mapToLong(Gap::missingBars).sum();
            }
            step.getExecutionContext().putLong(StepCounts.PREFIX + "gaps", gaps);
            step.getExecutionContext().putLong(StepCounts.PREFIX + "missing_bars", missing);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("quality", repository).tasklet(quality, new ResourcelessTransactionManager()).build();
    }

    /** Refuses a launch with a missing file, an unknown symbol or interval, naming the culprit. */
    private static void validate(JobParameters parameters, AdaptiveProperties properties) throws JobParametersInvalidException {
        try {
            properties.requireKnownSymbol(parameters.getString("symbol"));
            BarInterval.parse(parameters.getString("interval"));
            for (String file : parameters.getString("files", "").split(",")) {
                if (!Files.isRegularFile(Path.of(file.strip()))) {
                    throw new IllegalArgumentException("cannot ingest " + file.strip() + ": no such file");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new JobParametersInvalidException(e.getMessage());
        }
    }

    static Path stagingDir(AdaptiveProperties properties, JobExecution execution) {
        return new InstanceStaging(properties, JOB).dir(execution);
    }
}
