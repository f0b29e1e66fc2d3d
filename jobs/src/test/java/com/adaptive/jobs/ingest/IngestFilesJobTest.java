package com.adaptive.jobs.ingest;

import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.jobs.support.TestHomes;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.delta.DeltaLake;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ingest-files job end to end on a real SQLite job repository, Spark in local mode and Delta tables. */
@Tag("integration")
class IngestFilesJobTest {
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @TempDir
    Path home;

    private static Map<String, String> params(Path file, String symbol) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("files", file.toString());
        p.put("symbol", symbol);
        p.put("interval", "1m");
        return p;
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void malformedRowsAreQuarantinedWithTheirReasonAndGoodRowsAroundThemLand() throws Exception {
        Path file = home.resolve("in").resolve("mixed.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "open_time,open,high,low,close,volume",
                "2024-01-01T00:00:00Z,100,101,99,100.5,3",
                "2024-01-01T00:01:00Z,100.5,100.4,99,100.5,3",      // high below close
                "2024-01-01T00:02:00Z,100.5,102,99,101,abc",        // volume not a number
                "2024-01-01T00:03:30Z,101,102,100,101,1",           // misaligned
                "2024-01-01T00:04:00Z,101,102,100,101,-1",          // negative volume
                "2024-01-01T00:05:00Z,101,102,100,101.5,2",
                "2024-01-01T00:05:00Z,101,102,100,101.7,2",         // conflicting duplicate
                "2024-01-01T00:05:00Z,101,102,100,101.5,2",         // exact duplicate: dropped, not quarantined
                "2024-01-01T00:06:00Z,101.5,103,101,102,4",
                "") , StandardCharsets.UTF_8);

        try (ConfigurableApplicationContext context = TestHomes.start(home)) {
            JobExecution execution = context.getBean(JobRunner.class).run(IngestFilesJobConfig.JOB, params(file, "BTC-USD"));
            Lake lake = context.getBean(Lake.class);

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars")).isEqualTo(3);
            List<Object[]> quarantined = TestHomes.rows(lake, "SELECT line_number, reason FROM bars_quarantine ORDER BY line_number");
            assertThat(quarantined).extracting(r -> ((Number) r[0]).longValue() + ":" + r[1]).containsExactly(
                    "3:high_below_open_close", "4:bad_number", "5:misaligned_time", "6:negative_volume", "8:conflicting_duplicate");
            StepCounts parse = StepCounts.of(step(execution, "parse"));
            assertThat(parse.quarantined()).isEqualTo(5);
            assertThat(parse.details()).containsEntry("quarantined.bad_number", 1L).containsEntry("duplicates_dropped", 1L)
                    .containsEntry("staged", 3L);
            assertThat(StepCounts.of(step(execution, "merge")).details()).containsEntry("inserted", 3L);
            // 00:01..00:04 are missing from bars (quarantined), so the quality step finds one gap of four bars
            assertThat(StepCounts.of(step(execution, "quality")).details()).containsEntry("gaps", 1L).containsEntry("missing_bars", 4L);
            assertThat(TestHomes.rows(lake, "SELECT check, count FROM data_quality")).extracting(r -> r[0] + "=" + r[1])
                    .containsExactly("gap=4");
        }
    }

    @Test
    void rerunningTheSameFileMergesNothingNewAndAChangedValueCountsAsARevision() throws Exception {
        Path file = TestHomes.writeBars(home.resolve("in").resolve("bars.csv"), START, 2500, 100);
        try (ConfigurableApplicationContext context = TestHomes.start(home)) {
            JobRunner runner = context.getBean(JobRunner.class);
            Lake lake = context.getBean(Lake.class);

            JobExecution first = runner.runOrRerun(IngestFilesJobConfig.JOB, params(file, "BTC-USD"));
            JobExecution second = runner.runOrRerun(IngestFilesJobConfig.JOB, params(file, "BTC-USD"));

            assertThat(StepCounts.of(step(first, "merge")).details()).containsEntry("inserted", 2500L);
            assertThat(StepCounts.of(step(second, "merge")).details())
                    .containsEntry("inserted", 0L).containsEntry("revised", 0L).containsEntry("unchanged", 2500L);
            assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars")).isEqualTo(2500);

            List<String> lines = Files.readAllLines(file);
            lines.set(11, lines.get(11).replaceFirst(",[^,]+$", ",99.25")); // volume of bar 10
            Files.write(file, lines);
            JobExecution third = runner.runOrRerun(IngestFilesJobConfig.JOB, params(file, "BTC-USD"));

            assertThat(StepCounts.of(step(third, "merge")).details()).containsEntry("inserted", 0L).containsEntry("revised", 1L);
            assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars")).isEqualTo(2500);
            assertThat(TestHomes.rows(lake, "SELECT volume FROM bars WHERE open_time = TIMESTAMP '2024-01-01 00:10:00'").get(0)[0])
                    .isEqualTo(99.25);
        }
    }

    /** Fails the first MERGE of bars, as a lost connection to storage would, and behaves normally afterwards. */
    @Configuration
    static class FailFirstMerge {
        static final AtomicBoolean failed = new AtomicBoolean();

        @Bean
        @Primary
        Lake failingOnceLake(com.adaptive.jobs.runtime.AdaptiveProperties properties) {
            Lake real = DeltaLake.open(LakeConfig.local(Path.of(properties.lakeRoot())));
            return (Lake) Proxy.newProxyInstance(Lake.class.getClassLoader(), new Class<?>[] {Lake.class}, (proxy, method, args) -> {
                if (method.getName().equals("mergeBars") && failed.compareAndSet(false, true)) {
                    throw new IllegalStateException("injected fault: storage unavailable during MERGE");
                }
                try {
                    return method.invoke(real, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }
    }

    @Test
    void restartAfterFailedStepSkipsCompletedSteps() throws Exception {
        Path file = TestHomes.writeBars(home.resolve("in").resolve("bars.csv"), START, 3000, 100);
        FailFirstMerge.failed.set(false);
        try (ConfigurableApplicationContext context = TestHomes.start(home, FailFirstMerge.class)) {
            JobRunner runner = context.getBean(JobRunner.class);
            Lake lake = context.getBean(Lake.class);

            JobExecution failed = runner.run(IngestFilesJobConfig.JOB, params(file, "ETH-USD"));

            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(step(failed, "parse").getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step(failed, "merge").getExitStatus().getExitDescription()).contains("injected fault");
            assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars")).isZero();

            JobExecution restarted = runner.restart(failed.getId());

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("merge", "quality");
            assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars WHERE symbol = 'ETH-USD'")).isEqualTo(3000);
            assertThat(Files.exists(home.resolve("staging").resolve("ingest-files")
                    .resolve("instance-" + failed.getJobInstance().getInstanceId()))).isFalse();
        }
    }

    @Test
    void unknownSymbolIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = TestHomes.writeBars(home.resolve("in").resolve("bars.csv"), START, 10, 100);
        try (ConfigurableApplicationContext context = TestHomes.start(home)) {
            JobRunner runner = context.getBean(JobRunner.class);

            assertThatThrownBy(() -> runner.run(IngestFilesJobConfig.JOB, params(file, "DOGE-USD")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("job ingest-files: unknown symbol 'DOGE-USD': configured symbols are [BTC-USD, ETH-USD] (adaptive.symbols)");
            assertThat(runner.recent(null, 10)).isEmpty();
        }
    }
}
