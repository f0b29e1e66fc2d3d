package com.adaptive.jobs.runtime;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One staging folder per job instance under {@code $HOME/staging/<job>/}, so a restart finds what its earlier
 * executions committed; deleted once the instance completes, kept after a failure for the restart.
 */
public record InstanceStaging(AdaptiveProperties properties, String jobName) implements JobExecutionListener {

    public Path dir(JobExecution execution) {
        return properties.stagingDir().resolve(jobName).resolve("instance-" + execution.getJobInstance().getInstanceId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            try {
                FileSystemUtils.deleteRecursively(dir(execution));
            } catch (IOException e) {
                LoggerFactory.getLogger(InstanceStaging.class)
                        .warn("staging of {} execution {} not deleted: {}", jobName, execution.getId(), e.getMessage());
            }
        }
    }
}
