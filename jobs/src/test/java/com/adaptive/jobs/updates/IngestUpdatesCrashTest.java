package com.adaptive.jobs.updates;

import com.adaptive.jobs.cli.DataCommand;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.jobs.runtime.JobsRuntime;
import com.adaptive.jobs.support.BatchDb;
import com.adaptive.jobs.support.ChildCli;
import com.adaptive.jobs.support.TestHomes;
import com.adaptive.warehouse.Lake;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 of {@code adaptive data update} in a child JVM after its first committed round, then a rerun: the clean run's rows. */
@Tag("integration")
class IngestUpdatesCrashTest {
    /** Two simulated days of BTC-USD in rounds of 1,500 bars: two rounds, and the kill lands after the first committed. */
    private static final String CONFIG = """
            adaptive:
              runtime:
                heartbeat-interval: 1s
              sources:
                initial-history: 2d
                merge-batch-bars: 1500
                quality:
                  lookback-bars: 0
                simulator:
                  now: "2024-01-03T00:00:00Z"
                  symbols: [BTC-USD]
                  intervals: [1m, 3m]
            """;
    /** Row hashes summed as integers: exact whatever order Spark adds them in (a double sum is not). */
    private static final String SUMMARY = "SELECT interval, count(*), count(DISTINCT open_time), "
            + "sum(CAST(hash(open_time, open, high, low, close, volume, source) AS BIGINT)), min(open_time), max(open_time) "
            + "FROM bars GROUP BY interval ORDER BY interval";

    @TempDir
    Path dir;

    private static Path home(Path home) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("adaptive.yml"), CONFIG);
        return home;
    }

    private static long watermarks(Path home) {
        return BatchDb.count(home, "SELECT count(*) FROM ADAPTIVE_WATERMARK");
    }

    private static List<String> summary(Lake lake) {
        return TestHomes.rows(lake, SUMMARY).stream().map(Arrays::toString).toList();
    }

    @Test
    void killMinus9AfterAFirstCommittedRoundThenUpdateAgainGivesExactlyTheCleanRunsRows() throws Exception {
        Path crashed = home(dir.resolve("crashed"));
        Path clean = home(dir.resolve("clean"));

        ChildCli child = ChildCli.start(crashed, "first", "data", "update");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (watermarks(crashed) == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(child.isAlive()).as("child still updating when killed; stderr: %s", child.stderr()).isTrue();
        child.kill9();
        assertThat(BatchDb.liveExecutions(crashed)).as("the killed run leaves its execution STARTED").isGreaterThan(0);

        List<String> crashedSummary;
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = JobsRuntime.start(crashed, null, Map.of())) {
            int exit = DataCommand.runUpdates(context, Map.of(), true);

            assertThat(exit).isZero();
            List<JobExecution> runs = context.getBean(JobRunner.class).recent(IngestUpdatesJobConfig.JOB, 10);
            assertThat(runs).extracting(JobExecution::getStatus).containsExactly(BatchStatus.COMPLETED, BatchStatus.FAILED);
            assertThat(runs.get(1).getExitStatus().getExitDescription()).startsWith("stale: process pid ").contains("is gone");
            crashedSummary = summary(context.getBean(Lake.class));
        }
        System.out.printf("FIGURE crash rerun: %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(BatchDb.liveExecutions(crashed)).isZero();

        try (ConfigurableApplicationContext context = JobsRuntime.start(clean, null, Map.of())) {
            assertThat(DataCommand.runUpdates(context, Map.of(), true)).isZero();
            List<String> cleanSummary = summary(context.getBean(Lake.class));
            System.out.println("FIGURE crash summary " + crashedSummary + " clean " + cleanSummary);
            assertThat(crashedSummary).isEqualTo(cleanSummary);
            assertThat(crashedSummary.get(0)).startsWith("[1m, 2880, 2880, ");
            assertThat(crashedSummary.get(1)).startsWith("[3m, 960, 960, ");
        }
    }
}
