package com.adaptive.jobs.features;

import com.adaptive.jobs.cli.AdaptiveCli;
import com.adaptive.jobs.ingest.IngestFilesJobConfig;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.jobs.support.ChildCli;
import com.adaptive.jobs.support.TestHomes;
import com.adaptive.warehouse.Lake;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a child JVM in the middle of {@code build-features} (after its first Delta commit, before its last),
 * then a rerun, leaves exactly the feature table of one clean run; then {@code features get} reads it as of a time.
 */
@Tag("integration")
class BuildFeaturesCrashTest {
    private static final int BARS = 33 * 1440; // 2024-01-30 .. 2024-03-03: three months, three commits with months-per-commit=1
    private static final Map<String, String> PARAMETERS = Map.of("symbols", "BTC-USD", "views", "trend", "months-per-commit", "1");
    private static final String ROWS = "SELECT * FROM features_trend_v1 ORDER BY symbol, interval, open_time";

    @TempDir
    Path dir;

    private static long dataCommits(Path table) throws Exception {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(log)) {
            // version 0 creates the table; every later JSON commit holds rows
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count() - 1;
        }
    }

    private static List<String> rows(ConfigurableApplicationContext context) {
        return TestHomes.rows(context.getBean(Lake.class), ROWS).stream().map(Arrays::toString).toList();
    }

    @Test
    void killMinus9MidBuildThenRerunLeavesTheCleanRunsTable() throws Exception {
        Path input = TestHomes.writeBars(dir.resolve("btc.csv"), Instant.parse("2024-01-30T00:00:00Z"), BARS, 40_000);
        Path crashed = dir.resolve("crashed");
        Path clean = dir.resolve("clean");
        try (ConfigurableApplicationContext context = TestHomes.start(crashed)) {
            JobExecution ingest = context.getBean(JobRunner.class).run(IngestFilesJobConfig.JOB,
                    Map.of("files", input.toString(), "symbol", "BTC-USD", "interval", "1m"));
            assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        // the clean home gets the very same bars table, without a second ingest
        FileSystemUtils.copyRecursively(crashed.resolve("lake").resolve("bars"), clean.resolve("lake").resolve("bars"));

        Path table = crashed.resolve("lake").resolve("features_trend_v1");
        ChildCli child = ChildCli.start(crashed, "build", "jobs", "run", BuildFeaturesJobConfig.JOB, "symbols=BTC-USD", "views=trend",
                "months-per-commit=1");
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (dataCommits(table) < 1 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("child still building when killed; stderr: %s", child.stderr()).isTrue();
        child.kill9();
        assertThat(dataCommits(table)).as("killed between the first and the last of three commits").isBetween(1L, 2L);

        List<String> crashedRows;
        try (ConfigurableApplicationContext context = TestHomes.start(crashed)) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution rerun = runner.runOrRerun(BuildFeaturesJobConfig.JOB, PARAMETERS);
            assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(runner.recent(BuildFeaturesJobConfig.JOB, 10)).extracting(JobExecution::getStatus)
                    .containsExactly(BatchStatus.COMPLETED, BatchStatus.FAILED);
            assertThat(rerun.getStepExecutions().iterator().next().getWriteCount()).as("the rerun wrote only what was missing")
                    .isLessThan(BARS);
            crashedRows = rows(context);
        }
        try (ConfigurableApplicationContext context = TestHomes.start(clean)) {
            JobExecution run = context.getBean(JobRunner.class).run(BuildFeaturesJobConfig.JOB, PARAMETERS);
            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> cleanRows = rows(context);
            assertThat(cleanRows).hasSize(BARS);
            assertThat(crashedRows).isEqualTo(cleanRows);
        }

        // features get --as-of: the row of the bar that closed at or before the time (12:00:30 -> the 11:59 bar, closed 12:00)
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = AdaptiveCli.commandLine().execute("--home", clean.toString(), "features", "get", "--view", "trend",
                    "--symbol", "BTC-USD", "--as-of", "2024-02-10T12:00:30Z", "--format", "csv");
        } finally {
            System.setOut(previous);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("view,version,symbol,interval,as_of,event_time,open_time,ema_fast,ema_slow,ema_spread,rsi,close_slope_bps");
        assertThat(lines.get(1)).startsWith("trend,1,BTC-USD,1m,2024-02-10T12:00:30Z,2024-02-10T12:00:00Z,2024-02-10T11:59:00Z,");
    }
}
