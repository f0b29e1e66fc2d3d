package com.adaptive.jobs.runtime;

import com.adaptive.warehouse.Lake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the lake's cold start (Spark session, table, compiled read path) on a background thread when a job begins,
 * so it overlaps the job's single-threaded parse step; the step that writes calls {@link #await()} first.
 *
 * <p>A failed warm-up is only logged: the writing step then meets the same problem and reports it in its own words.
 */
public final class LakeWarmup implements JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(LakeWarmup.class);

    private final Lake lake;
    private volatile CompletableFuture<Void> preparing = CompletableFuture.completedFuture(null);

    /** {@code lake} should be a lazy proxy, so that building this listener does not start Spark. */
    public LakeWarmup(Lake lake) {
        this.lake = lake;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        // a daemon thread of its own: a warm-up still running must never keep the JVM alive
        preparing = CompletableFuture.runAsync(lake::prepareBarWrites, task -> {
            Thread thread = new Thread(task, "lake-warmup");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the warm-up started by {@link #beforeJob}; never throws. */
    public void await() {
        try {
            preparing.join();
        } catch (CompletionException e) {
            LOG.warn("lake warm-up failed, the writing step will retry: {}", e.getCause() == null ? e : e.getCause().toString());
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        await(); // a job that failed before writing must not close the lake under a running warm-up
    }
}
