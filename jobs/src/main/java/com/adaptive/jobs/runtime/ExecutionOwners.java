package com.adaptive.jobs.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Records which process (host and pid) runs each job execution, with a heartbeat, and marks executions
 * whose process died (say by {@code kill -9}) FAILED so that a rerun or restart can continue them.
 *
 * <p>Spring Batch 5 leaves such executions STARTED forever; ABANDONED would forbid a restart, so
 * FAILED with an end time is the state that lets the unfinished step run again.
 */
@Component
public class ExecutionOwners implements JobExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(ExecutionOwners.class);
    private static final List<BatchStatus> LIVE = List.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JdbcTemplate jdbc;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final Duration heartbeatInterval;
    private final Duration staleAfter;
    private final Clock clock;
    private final String host;
    private final long pid = ProcessHandle.current().pid();
    private final Map<Long, ScheduledFuture<?>> heartbeats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "execution-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public ExecutionOwners(JdbcTemplate jdbc, JobExplorer explorer, JobRepository repository, AdaptiveProperties properties) {
        this.jdbc = jdbc;
        this.explorer = explorer;
        this.repository = repository;
        this.heartbeatInterval = properties.runtime().heartbeatInterval();
        this.staleAfter = properties.runtime().staleAfter();
        this.clock = Clock.systemUTC();
        this.host = localHost();
        jdbc.execute("CREATE TABLE IF NOT EXISTS ADAPTIVE_EXECUTION_OWNER ("
                + "JOB_EXECUTION_ID BIGINT PRIMARY KEY, HOST VARCHAR(255) NOT NULL, PID BIGINT NOT NULL, "
                + "HEARTBEAT_MILLIS BIGINT NOT NULL)");
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long id = execution.getId();
        jdbc.update("INSERT OR REPLACE INTO ADAPTIVE_EXECUTION_OWNER VALUES (?, ?, ?, ?)", id, host, pid, clock.millis());
        long periodMillis = heartbeatInterval.toMillis();
        heartbeats.put(id, scheduler.scheduleAtFixedRate(() -> beat(id), periodMillis, periodMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void afterJob(JobExecution execution) {
        ScheduledFuture<?> beat = heartbeats.remove(execution.getId());
        if (beat != null) {
            beat.cancel(false);
        }
    }

    private void beat(long executionId) {
        try {
            jdbc.update("UPDATE ADAPTIVE_EXECUTION_OWNER SET HEARTBEAT_MILLIS = ? WHERE JOB_EXECUTION_ID = ?", clock.millis(), executionId);
        } catch (RuntimeException e) {
            log.warn("heartbeat of execution {} not recorded: {}", executionId, e.getMessage());
        }
    }

    /** Who runs an execution and when it last proved alive; absent for executions this table never saw. */
    public record Owner(String host, long pid, Instant heartbeat) {
        public String describe() {
            return "pid " + pid + "@" + host;
        }
    }

    public Owner owner(long executionId) {
        List<Owner> owners = jdbc.query("SELECT HOST, PID, HEARTBEAT_MILLIS FROM ADAPTIVE_EXECUTION_OWNER WHERE JOB_EXECUTION_ID = ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))), executionId);
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** Why the execution is dead though its status says running, or null when it may still be alive. */
    public String staleReason(JobExecution execution) {
        if (!LIVE.contains(execution.getStatus())) {
            return null;
        }
        Owner owner = owner(execution.getId());
        Instant now = clock.instant();
        if (owner == null) {
            LocalDateTime created = execution.getCreateTime();
            boolean old = created != null && created.toInstant(ZoneOffset.UTC).plus(staleAfter).isBefore(now);
            return old ? "no owner recorded and created more than " + staleAfter.toSeconds() + " s ago" : null;
        }
        if (owner.host().equals(host)) {
            boolean alive = owner.pid() == pid || ProcessHandle.of(owner.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? null : "process " + owner.describe() + " is gone";
        }
        return owner.heartbeat().plus(staleAfter).isBefore(now)
                ? "no heartbeat from " + owner.describe() + " since " + owner.heartbeat() : null;
    }

    /**
     * Marks every stale running execution (of {@code jobName}, or of all jobs when null) FAILED, with its
     * unfinished steps, and returns their ids.
     */
    public List<Long> failStale(String jobName) {
        List<Long> failed = new ArrayList<>();
        List<String> names = jobName == null ? explorer.getJobNames() : List.of(jobName);
        for (String name : names) {
            for (JobExecution execution : explorer.findRunningJobExecutions(name)) {
                String reason = staleReason(execution);
                if (reason != null) {
                    markFailed(execution, reason);
                    failed.add(execution.getId());
                }
            }
        }
        return failed;
    }

    private void markFailed(JobExecution execution, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        String message = "stale: " + reason + "; marked FAILED so it can be restarted";
        for (StepExecution step : execution.getStepExecutions()) {
            if (LIVE.contains(step.getStatus())) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(new ExitStatus("FAILED", message));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(new ExitStatus("FAILED", message));
        execution.setEndTime(now);
        repository.update(execution);
        log.warn("execution {} of {}: {}", execution.getId(), execution.getJobInstance().getJobName(), message);
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
