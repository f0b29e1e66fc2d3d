package com.adaptive.jobs.features;

import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.offline.RegimeVersions;
import com.adaptive.featurestore.online.Materializer;
import com.adaptive.featurestore.view.FeatureViews;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionOwners;
import com.adaptive.jobs.runtime.JobDescriptor;
import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.onlinestore.OnlineStoreWriter;
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

import java.util.List;

/**
 * Job {@code materialize}: copies the latest offline row of each view and entity, and the latest regime of each
 * symbol, into the online store {@code $HOME/online.db}; forward in event time only, so reruns change nothing.
 */
@Configuration
public class MaterializeJobConfig {
    public static final String JOB = "materialize";

    @Bean
    public JobDescriptor materializeDescriptor() {
        return new JobDescriptor(JOB, "Move the latest features and regimes into the online store $HOME/online.db (forward only)",
                List.of(new JobDescriptor.Parameter("symbols", "comma-separated symbols (default: all configured)", true, false),
                        new JobDescriptor.Parameter("views", "comma-separated views, name or name:version (default: latest of each)", true, false)));
    }

    @Bean
    public Job materializeJob(JobRepository repository, ExecutionOwners owners, Step materializeStep, AdaptiveProperties properties,
                              FeatureViews views) {
        return new JobBuilder(JOB, repository)
                .validator(parameters -> {
                    try {
                        FeatureStoreConfiguration.symbols(parameters.getString("symbols"), properties);
                        views.select(parameters.getString("views"));
                    } catch (IllegalArgumentException e) {
                        throw new JobParametersInvalidException(e.getMessage());
                    }
                })
                .listener(owners)
                .start(materializeStep)
                .build();
    }

    @Bean
    public Step materializeStep(JobRepository repository, @Lazy OfflineStore offline, AdaptiveProperties properties, FeatureViews views,
                                RegimeConfig regimeConfig) {
        Tasklet materialize = (contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            JobParameters p = step.getJobParameters();
            try (OnlineStoreWriter writer = OnlineStoreWriter.open(FeatureStoreConfiguration.onlineStore(properties))) {
                Materializer.Result r = new Materializer(offline).materialize(views.select(p.getString("views")),
                        FeatureStoreConfiguration.symbols(p.getString("symbols"), properties), RegimeVersions.of(regimeConfig), writer,
                        System.currentTimeMillis());
                StepCounts.add(step, "vectors_advanced", r.vectorsAdvanced());
                StepCounts.add(step, "vectors_unchanged", r.vectorsUnchanged());
                StepCounts.add(step, "regimes_advanced", r.regimesAdvanced());
                StepCounts.add(step, "regimes_unchanged", r.regimesUnchanged());
                contribution.incrementWriteCount(r.vectorsAdvanced() + r.regimesAdvanced());
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("materialize", repository).tasklet(materialize, new ResourcelessTransactionManager()).build();
    }
}
