package com.adaptive.warehouse.bench;

import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.MergeStats;
import com.adaptive.warehouse.delta.DeltaLake;
import com.adaptive.warehouse.delta.TimePartitioning;

import java.io.BufferedWriter;
import com.adaptive.warehouse.staging.StagedBarsWriter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Generates N staged 1m bars, MERGEs them into a fresh lake, then MERGEs the same staging again (idempotent rerun).
 *
 * <p>Usage: {@code MergeBench ROWS LAKE_DIR [NONE|YEAR|MONTH|DAY]}. Prints one line per phase and checks the counts,
 * so a fast wrong run fails.
 */
public final class MergeBench {
    /** 2023-01-01T00:00:00Z: the generated bars run forward from here. */
    static final long START_MILLIS = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE_MILLIS = 60_000L;
    private static final int ROWS_PER_FILE = 250_000;

    private MergeBench() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path lakeDir = Path.of(args.length > 1 ? args[1] : "target/bench-lake");
        TimePartitioning partitioning = args.length > 2 ? TimePartitioning.valueOf(args[2]) : TimePartitioning.MONTH;
        Result r = run(rows, lakeDir, partitioning);
        System.out.println(r);
        if (r.first().inserted() != rows || r.second().inserted() != 0 || r.second().revised() != 0
                || r.second().unchanged() != rows) {
            System.err.println("WRONG ANSWER: expected " + rows + " inserted, then " + rows + " unchanged");
            System.exit(1);
        }
    }

    /** Timings of one bench run; {@code jvmToLakeMillis} counts from JVM start, so it includes the Spark cold start. */
    public record Result(long rows, TimePartitioning partitioning, long stageMillis, long jvmToLakeMillis,
                         long firstMergeMillis, MergeStats first, long secondMergeMillis, MergeStats second,
                         long jvmToEndMillis, long dataFiles) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rows=%d partitioning=%s stage=%d ms, JVM start->lake open=%d ms, "
                            + "merge#1=%d ms (%.0f rows/s) %s, merge#2=%d ms %s, JVM start->end=%d ms, data files=%d",
                    rows, partitioning, stageMillis, jvmToLakeMillis, firstMergeMillis, rows * 1000.0 / firstMergeMillis,
                    first, secondMergeMillis, second, jvmToEndMillis, dataFiles);
        }
    }

    /** Stages {@code rows} bars next to {@code lakeDir}, deletes any lake there, and times both MERGEs. */
    public static Result run(long rows, Path lakeDir, TimePartitioning partitioning) throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path staged = lakeDir.resolveSibling(lakeDir.getFileName() + "-staged");
        deleteRecursively(lakeDir);
        deleteRecursively(staged);
        long t0 = System.nanoTime();
        stage(staged, rows);
        long stageMillis = millisSince(t0);
        try (DeltaLake lake = DeltaLake.openWithBarsPartitioning(LakeConfig.local(lakeDir), partitioning)) {
            JobCounter jobs = new JobCounter();
            lake.spark().sparkContext().addSparkListener(jobs);
            long jvmToLake = System.currentTimeMillis() - jvmStart;
            long t1 = System.nanoTime();
            MergeStats first = lake.mergeBars(staged);
            long firstMillis = millisSince(t1);
            System.err.println("merge#1 Spark work: " + jobs.takeSummary());
            long t2 = System.nanoTime();
            MergeStats second = lake.mergeBars(staged);
            long secondMillis = millisSince(t2);
            System.err.println("merge#2 Spark work: " + jobs.takeSummary());
            long files = lake.tables().get(0).files();
            return new Result(rows, partitioning, stageMillis, jvmToLake, firstMillis, first, secondMillis, second,
                    System.currentTimeMillis() - jvmStart, files);
        }
    }

    /** Writes staged-bars files as the ingest job does, {@value #ROWS_PER_FILE} rows a file. */
    public static void stage(Path dir, long rows) throws IOException {
        Files.createDirectories(dir);
        long written = 0;
        int part = 0;
        double price = 30_000.0;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        while (written < rows) {
            try (StagedBarsWriter out = StagedBarsWriter.create(dir.resolve(String.format("part-%05d.parquet", part++)))) {
                long end = Math.min(rows, written + ROWS_PER_FILE);
                for (; written < end; written++) {
                    double open = price;
                    double close = open * (1 + (random.nextDouble() - 0.5) * 0.002);
                    double high = Math.max(open, close) * (1 + random.nextDouble() * 0.001);
                    double low = Math.min(open, close) * (1 - random.nextDouble() * 0.001);
                    price = close;
                    out.write("BTC-USD", "1m", START_MILLIS + written * MINUTE_MILLIS, round(open), round(high), round(low),
                            round(close), round(random.nextDouble() * 50), "bench");
                }
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Counts Spark jobs, stages and tasks, to show how much engine work a phase costs. */
    static final class JobCounter extends org.apache.spark.scheduler.SparkListener {
        private final java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger stages = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        private final StringBuffer stageNames = new StringBuffer();

        @Override
        public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }

        @Override
        public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
            stages.incrementAndGet();
            tasks.addAndGet(done.stageInfo().numTasks());
            String name = done.stageInfo().name();
            stageNames.append(String.format(Locale.ROOT, "%n    %5d ms %3d tasks  %s", (Long) done.stageInfo().completionTime().get()
                    - (Long) done.stageInfo().submissionTime().get(), done.stageInfo().numTasks(),
                    name.length() > 90 ? name.substring(0, 90) : name));
        }

        String takeSummary() {
            String s = jobs.getAndSet(0) + " jobs, " + stages.getAndSet(0) + " stages, " + tasks.getAndSet(0) + " tasks"
                    + stageNames;
            stageNames.setLength(0);
            return s;
        }
    }
}
