package com.adaptive.jobs.runtime;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

import java.io.PrintStream;

/** Prints a progress line to stderr at most every couple of seconds while a chunk step runs: rows and rows/s. */
public final class ProgressReporter implements ChunkListener, StepExecutionListener {
    private static final long PERIOD_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private long startNanos;
    private long lastPrintNanos;

    public ProgressReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        startNanos = System.nanoTime();
        lastPrintNanos = startNanos;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        long now = System.nanoTime();
        if (now - lastPrintNanos < PERIOD_NANOS) {
            return;
        }
        lastPrintNanos = now;
        StepExecution step = context.getStepContext().getStepExecution();
        double seconds = (now - startNanos) / 1e9;
        out.printf("  %s: %,d rows read, %,d written, %,.0f rows/s%n", step.getStepName(), step.getReadCount(),
                step.getWriteCount(), step.getReadCount() / Math.max(seconds, 1e-9));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return null;
    }
}
