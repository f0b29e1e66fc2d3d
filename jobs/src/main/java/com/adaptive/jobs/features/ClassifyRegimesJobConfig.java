package com.adaptive.jobs.features;

import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.offline.BuildResult;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.offline.RegimeVersions;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.JobDescriptor;
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
 * Job {@code classify-regimes}: brings table {@code regimes} up to date with the 1m bars, one decision per 5 minutes
 * of bar time per symbol, incrementally and restartably like {@code build-features}.
 */
@Configuration
public class ClassifyRegimesJobConfig {
    public static final String JOB = "classify-regimes";

    @Bean
    public JobDescriptor classifyRegimesDescriptor() {
        return new JobDescriptor(JOB, "Classify the 1m bars into table regimes (one decision per 5 minutes), incrementally",
                List.of(new JobDescriptor.Parameter("symbols", "comma-separated symbols (default: all configured)", true, false),
                        new JobDescriptor.Parameter("months-per-commit", "months of decisions per Delta commit (default 3)", false, false)));
    }

    @Bean
    public Job classifyRegimesJob(JobRepository repository, ExecutionOwners owners, Step classifyRegimesStep, AdaptiveProperties properties) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> validate(parameters, properties))
                .listener(owners)
                .start(classifyRegimesStep)
                .build();
    }

    @Bean
    public Step classifyRegimesStep(JobRepository repository, @Lazy OfflineStore offline, AdaptiveProperties properties,
                                    RegimeConfig regimeConfig) {
        Tasklet classify = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            JobParameters p = step.getJobParameters();
            int monthsPerCommit = FeatureStoreConfiguration.positiveInt(p.getString("months-per-commit"), "months-per-commit", 3);
            System.err.println("  regimes: classifier " + RegimeVersions.of(regimeConfig));
            for (String symbol : FeatureStoreConfiguration.symbols(p.getString("symbols"), properties)) {
                long start = System.nanoTime();
                BuildResult r = offline.buildRegimes(symbol, regimeConfig, monthsPerCommit,
                        commit -> System.err.printf("  regimes: %s +%,d decisions through %s%n", symbol, commit.rowsWritten(),
                                Instant.ofEpochMilli(commit.watermarkMillis())));
                BuildFeaturesJobConfig.report(step, r, start);
                contribution.incrementReadCount();
                contribution.incrementWriteCount(r.rowsWritten());
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("regimes", repository).tasklet(classify, new ResourcelessTransactionManager()).build();
    }

    private static void validate(JobParameters parameters, AdaptiveProperties properties) throws JobParametersInvalidException {
        try {
            FeatureStoreConfiguration.symbols(parameters.getString("symbols"), properties);
            FeatureStoreConfiguration.positiveInt(parameters.getString("months-per-commit"), "months-per-commit", 3);
        } catch (IllegalArgumentException e) {
            throw new JobParametersInvalidException(e.getMessage());
        }
    }
}
