package com.adaptive.jobs.runtime;

import com.adaptive.jobs.ingest.IngestFilesJobConfig;
import com.adaptive.jobs.support.BatchDb;
import com.adaptive.jobs.support.ChildCli;
import com.adaptive.jobs.support.TestHomes;
import com.adaptive.warehouse.Lake;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Crashes and races between real processes sharing one home: kill -9 mid-ingest, and two launches at once. */
@Tag("integration")
class CrashRecoveryTest {
    private static final int ROWS = 60_000;
    // integer sums of row hashes are exact whatever order Spark adds rows in (a double sum is not)
    private static final String SUMMARY = "SELECT count(*), count(DISTINCT open_time),"
            + " sum(CAST(hash(symbol, open_time, open, high, low, close, volume) AS BIGINT)), min(open_time), max(open_time) FROM bars";

    @TempDir
    Path dir;

    private static void smallChunks(Path home) throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("adaptive.yml"), "adaptive:\n  ingest:\n    chunk-rows: 1000\n  runtime:\n    heartbeat-interval: 1s\n");
    }

    private static long committedChunks(Path home) {
        return BatchDb.count(home, "SELECT max(COMMIT_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'parse'");
    }

    private static List<String> summary(Lake lake) {
        return TestHomes.rows(lake, SUMMARY).stream().map(Arrays::toString).toList();
    }

    @Test
    void killMinus9MidIngestThenRerunGivesExactlyTheCleanRunsRowsAndNoStartedLeftovers() throws Exception {
        Path input = TestHomes.writeBars(dir.resolve("input.csv"), Instant.parse("2024-02-01T00:00:00Z"), ROWS, 2000);
        Path crashed = dir.resolve("crashed");
        Path clean = dir.resolve("clean");
        smallChunks(crashed);
        smallChunks(clean);

        ChildCli child = ChildCli.start(crashed, "first", "ingest", "file", input.toString(), "--symbol", "BTC-USD", "--interval", "1m");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (committedChunks(crashed) < 5 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("child still ingesting when killed; stderr: %s", child.stderr()).isTrue();
        child.kill9();
        assertThat(BatchDb.liveExecutions(crashed)).as("the killed run leaves its execution STARTED").isGreaterThan(0);

        List<String> crashedSummary;
        try (ConfigurableApplicationContext context = TestHomes.start(crashed)) {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution rerun = runner.runOrRerun(IngestFilesJobConfig.JOB, Map.of("files", input.toString(), "symbol", "BTC-USD",
                    "interval", "1m", "source", "file"));

            assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            StepExecution parse = rerun.getStepExecutions().stream().filter(s -> s.getStepName().equals("parse")).findFirst().orElseThrow();
            assertThat(parse.getReadCount()).as("the parse step resumed from its last commit").isLessThan(ROWS);
            assertThat(runner.recent(IngestFilesJobConfig.JOB, 10)).extracting(JobExecution::getStatus)
                    .containsExactly(BatchStatus.COMPLETED, BatchStatus.FAILED);
            assertThat(runner.recent(IngestFilesJobConfig.JOB, 10).get(1).getExitStatus().getExitDescription())
                    .startsWith("stale: process pid ").contains("is gone");
            crashedSummary = summary(context.getBean(Lake.class));
        }
        assertThat(BatchDb.liveExecutions(crashed)).isZero();

        try (ConfigurableApplicationContext context = TestHomes.start(clean)) {
            context.getBean(JobRunner.class).run(IngestFilesJobConfig.JOB, Map.of("files", input.toString(), "symbol", "BTC-USD", "interval", "1m"));
            assertThat(crashedSummary).isEqualTo(summary(context.getBean(Lake.class)));
            assertThat(crashedSummary.get(0)).startsWith("[" + ROWS + ", " + ROWS + ", ");
        }
    }

    @Test
    void secondLaunchOfARunningInstanceIsRefusedAndOtherJobsRunBeside() throws Exception {
        Path home = dir.resolve("home");
        smallChunks(home);
        Path btc = TestHomes.writeBars(dir.resolve("btc.csv"), Instant.parse("2024-02-01T00:00:00Z"), ROWS, 40000);
        Path eth = TestHomes.writeBars(dir.resolve("eth.csv"), Instant.parse("2024-02-01T00:00:00Z"), 20_000, 2000);
        String[] sameInstance = {"jobs", "run", "ingest-files", "files=" + btc, "symbol=BTC-USD", "interval=1m"};

        ChildCli first = ChildCli.start(home, "first", sameInstance);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (committedChunks(home) < 1 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ChildCli second = ChildCli.start(home, "second", sameInstance);
        ChildCli other = ChildCli.start(home, "other", "jobs", "run", "ingest-files", "files=" + eth, "symbol=ETH-USD", "interval=1m");

        int secondExit = second.waitFor(180);
        int otherExit = other.waitFor(300);
        int firstExit = first.waitFor(300);

        assertThat(firstExit).as("first: %s", first.stderr()).isZero();
        assertThat(otherExit).as("other: %s", other.stderr()).isZero();
        assertThat(secondExit).isEqualTo(1);
        assertThat(second.stderr()).contains("is already running as execution 1").contains("refused a second launch of the same instance");
        for (ChildCli child : List.of(first, second, other)) {
            assertThat(child.stderr() + child.stdout()).doesNotContainIgnoringCase("database is locked");
        }
    }
}
