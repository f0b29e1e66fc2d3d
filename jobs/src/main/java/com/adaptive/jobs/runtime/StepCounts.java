package com.adaptive.jobs.runtime;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-step figures a user reads after a run: Spring Batch's own counts plus what the project's steps
 * keep in the step's execution context (quarantined rows per reason, MERGE revisions, and so on).
 */
public record StepCounts(String step, String status, long read, long written, long skipped, long quarantined,
                         Duration duration, Map<String, Long> details, String exitMessage) {

    /** Key prefix under which steps count extra figures in their execution context, e.g. {@code count.revised}. */
    public static final String PREFIX = "count.";

    public static StepCounts of(StepExecution step) {
        Map<String, Long> details = new TreeMap<>();
        ExecutionContext context = step.getExecutionContext();
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Number number) {
                details.put(entry.getKey().substring(PREFIX.length()), number.longValue());
            }
        }
        long quarantined = details.getOrDefault("quarantined", 0L);
        Duration duration = step.getStartTime() == null ? Duration.ZERO
                : Duration.between(step.getStartTime(), step.getEndTime() == null ? java.time.LocalDateTime.now() : step.getEndTime());
        return new StepCounts(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
                step.getSkipCount(), quarantined, duration, details, step.getExitStatus().getExitDescription());
    }

    /** Adds {@code delta} to the named count in the step's execution context. */
    public static void add(StepExecution step, String name, long delta) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(PREFIX + name, context.getLong(PREFIX + name, 0L) + delta);
    }
}
