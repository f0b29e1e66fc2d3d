package com.adaptive.jobs.runtime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.JobParametersInvalidException;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Launches, restarts and inspects job executions, reconciling executions left behind by dead processes first. */
@Component
public class JobRunner {
    /** Always accepted and identifying: a new value starts a new instance of a job that already completed. */
    public static final String RUN_ID = "run.id";

    private final JobLauncher launcher;
    private final JobCatalog catalog;
    private final JobExplorer explorer;
    private final ExecutionOwners owners;
    private final JobRepository repository;

    public JobRunner(JobLauncher launcher, JobCatalog catalog, JobExplorer explorer, ExecutionOwners owners,
                     JobRepository repository) {
        this.repository = repository;
        this.launcher = launcher;
        this.catalog = catalog;
        this.explorer = explorer;
        this.owners = owners;
    }

    /** Parses {@code key=value} words; a word without '=' is an IllegalArgumentException naming it. */
    public static Map<String, String> parseParameters(List<String> words) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("job parameter '" + word + "' is not of the form key=value");
            }
            parameters.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return parameters;
    }

    /** Runs a job to its end; a rerun with the same identifying parameters restarts that instance. */
    public JobExecution run(String jobName, Map<String, String> parameters) {
        Job job = catalog.job(jobName);
        JobParameters jobParameters = toJobParameters(catalog.descriptor(jobName), parameters);
        owners.failStale(jobName);
        return launch(job, jobParameters);
    }

    /**
     * Like {@link #run}, but when that instance already completed, runs it again as a new instance
     * ({@code run.id} = now); a FAILED instance is restarted as usual.
     */
    public JobExecution runOrRerun(String jobName, Map<String, String> parameters) {
        JobParameters identity = toJobParameters(catalog.descriptor(jobName), parameters);
        JobExecution last = repository.getLastJobExecution(jobName, identity);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            Map<String, String> again = new LinkedHashMap<>(parameters);
            again.put(RUN_ID, Long.toString(System.currentTimeMillis()));
            return run(jobName, again);
        }
        return run(jobName, parameters);
    }

    /** Reruns a FAILED or STOPPED execution: completed steps are skipped, the failed one resumes. */
    public JobExecution restart(long executionId) {
        JobExecution previous = execution(executionId);
        String jobName = previous.getJobInstance().getJobName();
        owners.failStale(jobName);
        previous = execution(executionId);
        if (previous.getStatus() != BatchStatus.FAILED && previous.getStatus() != BatchStatus.STOPPED) {
            throw new IllegalArgumentException("execution " + executionId + " of " + jobName + " is " + previous.getStatus()
                    + "; only FAILED or STOPPED executions can be restarted");
        }
        return launch(catalog.job(jobName), previous.getJobParameters());
    }

    public JobExecution execution(long executionId) {
        JobExecution execution = explorer.getJobExecution(executionId);
        if (execution == null) {
            throw new IllegalArgumentException("no job execution with id " + executionId);
        }
        return execution;
    }

    /** The most recent executions, newest first, of one job or of all; stale ones are marked FAILED first. */
    public List<JobExecution> recent(String jobName, int limit) {
        owners.failStale(jobName);
        List<String> names = jobName == null ? explorer.getJobNames() : List.of(jobName);
        return names.stream()
                .flatMap(name -> explorer.getJobInstances(name, 0, limit).stream())
                .flatMap(instance -> explorer.getJobExecutions(instance).stream())
                .sorted((a, b) -> Long.compare(b.getId(), a.getId()))
                .limit(limit)
                .toList();
    }

    public ExecutionOwners owners() {
        return owners;
    }

    private JobExecution launch(Job job, JobParameters parameters) {
        try {
            return launcher.run(job, parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new JobRefusedException(runningMessage(job.getName(), parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new JobRefusedException("job " + job.getName() + " with " + describe(parameters)
                    + " already COMPLETED; nothing to do (add run.id=<n> to run it again)");
        } catch (JobParametersInvalidException e) {
            throw new IllegalArgumentException("job " + job.getName() + ": " + e.getMessage(), e);
        } catch (JobRestartException e) {
            throw new JobRefusedException("job " + job.getName() + " cannot start: " + e.getMessage());
        }
    }

    private String runningMessage(String jobName, JobParameters parameters) {
        String who = explorer.findRunningJobExecutions(jobName).stream()
                .filter(e -> e.getJobParameters().getIdentifyingParameters().equals(parameters.getIdentifyingParameters()))
                .findFirst()
                .map(e -> {
                    ExecutionOwners.Owner owner = owners.owner(e.getId());
                    return " as execution " + e.getId() + (owner == null ? "" : " (" + owner.describe() + ")");
                })
                .orElse("");
        return "job " + jobName + " with " + describe(parameters) + " is already running" + who
                + "; refused a second launch of the same instance";
    }

    private static String describe(JobParameters parameters) {
        return parameters.getIdentifyingParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().getValue())
                .collect(Collectors.joining(" ", "[", "]"));
    }

    private static JobParameters toJobParameters(JobDescriptor descriptor, Map<String, String> values) {
        Set<String> known = descriptor.parameters().stream().map(JobDescriptor.Parameter::name).collect(Collectors.toSet());
        for (String key : values.keySet()) {
            if (!known.contains(key) && !key.equals(RUN_ID)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for job " + descriptor.name()
                        + ": it takes " + known);
            }
        }
        JobParametersBuilder builder = new JobParametersBuilder();
        for (JobDescriptor.Parameter parameter : descriptor.parameters()) {
            String value = values.get(parameter.name());
            if (value == null) {
                if (parameter.required()) {
                    throw new IllegalArgumentException("job " + descriptor.name() + " needs parameter " + parameter.name()
                            + " (" + parameter.description() + ")");
                }
                continue;
            }
            builder.addString(parameter.name(), value, parameter.identifying());
        }
        if (values.containsKey(RUN_ID)) {
            builder.addString(RUN_ID, values.get(RUN_ID), true);
        }
        return builder.toJobParameters();
    }
}
