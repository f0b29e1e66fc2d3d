package com.adaptive.jobs.updates;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.jobs.cli.DataCommand;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.jobs.runtime.JobsRuntime;
import com.adaptive.jobs.runtime.StepCounts;
import com.adaptive.jobs.support.TestHomes;
import com.adaptive.marketdata.resample.Resampler;
import com.adaptive.warehouse.Lake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job ingest-updates end to end against loopback servers speaking Binance's and Coinbase's formats, on a real SQLite job
 * repository, Spark in local mode and Delta tables. Binance feeds BTC-USD, Coinbase ETH-USD, so the tests share one
 * context (one Spark start) without touching each other's bars.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestUpdatesJobTest {
    private static final long MINUTE = 60_000;
    /** A day boundary some days back: old enough to be closed, recent enough for the fake exchanges' "now". */
    private static final long DAY0 = BarInterval.D1.bucketStart(System.currentTimeMillis()) - 5 * 86_400_000L;

    @TempDir
    static Path home;
    private FakeExchanges exchanges;
    private ConfigurableApplicationContext context;
    private Lake lake;

    @BeforeAll
    void start() throws Exception {
        exchanges = new FakeExchanges();
        URI url = exchanges.baseUrl();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("adaptive.sources.simulator.enabled", "false");
        settings.put("adaptive.sources.binance.enabled", "true");
        settings.put("adaptive.sources.binance.base-url", url.toString());
        settings.put("adaptive.sources.binance.symbols", "BTC-USD");
        settings.put("adaptive.sources.coinbase.enabled", "true");
        settings.put("adaptive.sources.coinbase.base-url", url.toString());
        settings.put("adaptive.sources.coinbase.symbols", "ETH-USD");
        settings.put("adaptive.sources.robinhood.enabled", "true");
        settings.put("adaptive.sources.robinhood.base-url", url.toString());
        settings.put("adaptive.sources.robinhood.poll-interval", "1s");
        settings.put("adaptive.sources.initial-history", "2h");
        settings.put("adaptive.sources.merge-batch-bars", "5000");
        settings.put("adaptive.sources.quality.lookback-bars", "200");
        settings.put("adaptive.runtime.heartbeat-interval", "1s");
        context = JobsRuntime.start(home, null, settings);
        lake = context.getBean(Lake.class);
    }

    @org.junit.jupiter.api.BeforeEach
    void exchangesServeEveryMinute() {
        exchanges.missing.clear();
    }

    @AfterAll
    void stop() {
        context.close();
        exchanges.close();
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private JobExecution latest() {
        return context.getBean(JobRunner.class).recent(IngestUpdatesJobConfig.JOB, 1).get(0);
    }

    /** Runs a CLI action with System.out and System.err captured; returns exit code, stdout, stderr. */
    private static String[] captured(IntSupplier action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = action.getAsInt();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String stdout = o.toString(StandardCharsets.UTF_8);
        String stderr = e.toString(StandardCharsets.UTF_8);
        out.print(stdout);
        err.print(stderr);
        return new String[] {Integer.toString(exit), stdout, stderr};
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void binanceBackfillLandsEveryClosedBarOnceWithThreeMinuteBarsEqualToResampledOneMinute() {
        long from = DAY0;
        long to = DAY0 + 3 * 86_400_000L;
        long started = System.nanoTime();
        String[] run = captured(() -> DataCommand.runUpdates(context, params("source", "binance", "from",
                Instant.ofEpochMilli(from).toString(), "to", Instant.ofEpochMilli(to).toString()), false));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(run[0]).as(run[2]).isEqualTo("0");
        JobExecution execution = latest();
        Map<String, Long> details = StepCounts.of(step(execution, "fetch")).details();
        assertThat(details).containsEntry("fetched", 4320L + 1440L).containsEntry("inserted", 4320L + 1440L)
                .containsEntry("gaps", 0L).doesNotContainKey("breaches");
        System.out.printf("FIGURE binance backfill: %,d rows fetched and merged in %.1f s through the whole job = %,.0f rows/s "
                        + "(fetch %,d ms, merge %,d ms, quality %,d ms)%n", details.get("fetched"), seconds,
                details.get("fetched") / seconds, details.get("fetch_ms"), details.get("merge_ms"), details.get("quality_ms"));

        BarSeries oneMinute = lake.readBars("BTC-USD", BarInterval.M1, from, to);
        BarSeries threeMinute = lake.readBars("BTC-USD", BarInterval.M3, from, to);
        assertThat(oneMinute.size()).isEqualTo(4320);
        assertThat(threeMinute.size()).isEqualTo(1440);
        double[] expected = FakeExchanges.bar1m("BTC-USD", from + 600 * MINUTE);
        assertThat(new double[] {oneMinute.open()[600], oneMinute.high()[600], oneMinute.low()[600], oneMinute.close()[600],
                oneMinute.volume()[600]}).containsExactly(expected);
        BarSeries resampled = Resampler.resample(oneMinute, BarInterval.M1, BarInterval.M3).bars();
        assertThat(threeMinute.openTimeMillis()).containsExactly(resampled.openTimeMillis());
        assertThat(threeMinute.close()).containsExactly(resampled.close());
        assertThat(threeMinute.volume()).containsExactly(resampled.volume());
        assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars WHERE symbol = 'BTC-USD' AND source <> 'binance'")).isZero();
    }

    @Test
    void incrementalUpdateMovesTheWatermarkToTheLastClosedBarAndTheNextRunRefetchesOnlyTheOverlap() {
        Watermarks watermarks = context.getBean(Watermarks.class);
        UpdateTarget target = new UpdateTarget("binance", "BTC-USD", BarInterval.M1);

        String[] first = captured(() -> DataCommand.runUpdates(context, params("source", "binance", "interval", "1m"), true));
        long lastClosed = BarInterval.M1.bucketStart(System.currentTimeMillis()) - MINUTE;

        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(StepCounts.of(step(latest(), "fetch")).details().get("fetched")).isBetween(120L, 122L);
        assertThat(watermarks.get(target)).isBetween(lastClosed - MINUTE, lastClosed);

        String[] second = captured(() -> DataCommand.runUpdates(context, params("source", "binance", "interval", "1m"), true));
        Map<String, Long> again = StepCounts.of(step(latest(), "fetch")).details();

        assertThat(second[0]).as(second[2]).isEqualTo("0");
        // the 3-bar overlap before the watermark, plus whatever minutes closed while the test ran
        assertThat(again.get("fetched")).isBetween(4L, 4L + Duration.ofMinutes(3).toMinutes());
        assertThat(again.get("unchanged")).isGreaterThanOrEqualTo(4L);
        assertThat(watermarks.get(target)).isGreaterThanOrEqualTo(lastClosed);
    }

    @Test
    void coinbaseMissingShareBreachFailsWithExit1AndTheReasonThenGapFillFetchesExactlyTheHoles() {
        long from = DAY0 + 86_400_000L;
        long to = from + 86_400_000L;
        exchanges.missing.add(from + 100 * MINUTE);
        for (int i = 600; i < 630; i++) {
            exchanges.missing.add(from + i * MINUTE);
        }

        String[] run = captured(() -> DataCommand.runUpdates(context, params("source", "coinbase", "from",
                Instant.ofEpochMilli(from).toString(), "to", Instant.ofEpochMilli(to).toString()), false));

        assertThat(run[0]).isEqualTo("1");
        JobExecution failed = latest();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        Instant day = Instant.ofEpochMilli(from);
        Instant next = Instant.ofEpochMilli(to);
        assertThat(run[2]).contains("adaptive data: job ingest-updates execution " + failed.getId() + " FAILED: "
                + "data quality threshold breached in 2 batches (adaptive.sources.quality): "
                + "coinbase/ETH-USD/1m " + day + ".." + next + ": missing share 2.15 % exceeds maxMissingShare 1.00 %: "
                + "31 of 1440 expected 1m bars missing in 2 gaps, largest 30 bars from " + day.plusSeconds(600 * 60) + "; "
                + "coinbase/ETH-USD/3m " + day + ".." + next + ": missing share 2.29 % exceeds maxMissingShare 1.00 %: "
                + "11 of 480 expected 3m bars missing in 2 gaps, largest 10 bars from " + day.plusSeconds(600 * 60) + "\n");
        Map<String, Long> details = StepCounts.of(step(failed, "fetch")).details();
        // the data landed and was judged; only the gate failed: minute 100 makes its 3m bucket incomplete, 600..629 are whole buckets
        assertThat(details).containsEntry("inserted", 1409L + 469L).containsEntry("resample_incomplete", 1L)
                .containsEntry("breaches", 2L);
        assertThat(TestHomes.rows(lake, "SELECT check, count FROM data_quality WHERE symbol = 'ETH-USD' AND interval = '3m' "
                + "AND check = 'resample_incomplete'")).extracting(r -> r[0] + "=" + r[1]).containsExactly("resample_incomplete=1");

        exchanges.missing.clear();
        int before = exchanges.requests.size();
        String[] fill = captured(() -> {
            int exit = DataCommand.runUpdates(context, params("symbol", "ETH-USD", "gaps", "true"), true);
            DataCommand.listGaps(lake, "ETH-USD", null, System.out);
            return exit;
        });

        assertThat(fill[0]).as(fill[2]).isEqualTo("0");
        List<String> asked = exchanges.requests.subList(before, exchanges.requests.size()).stream()
                .map(u -> u.getQuery().replaceAll("granularity=60&", "")).toList();
        assertThat(asked).containsExactly(
                "start=" + day.plusSeconds(100 * 60) + "&end=" + day.plusSeconds(100 * 60),
                "start=" + day.plusSeconds(99 * 60) + "&end=" + day.plusSeconds(101 * 60),
                "start=" + day.plusSeconds(600 * 60) + "&end=" + day.plusSeconds(629 * 60),
                "start=" + day.plusSeconds(600 * 60) + "&end=" + day.plusSeconds(629 * 60));
        assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars WHERE symbol = 'ETH-USD' AND interval = '1m'")).isEqualTo(1440);
        assertThat(TestHomes.count(lake, "SELECT count(*) FROM bars WHERE symbol = 'ETH-USD' AND interval = '3m'")).isEqualTo(480);
        assertThat(fill[1]).contains("ETH-USD 1m: 0 gaps, 0 of 1,440 bars missing", "ETH-USD 3m: 0 gaps, 0 of 480 bars missing");
    }

    @Test
    void recordQuotesSignsEveryPollAndMergesTheQuotesWithTheirSpreadIntoTableQuotes() throws Exception {
        java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String seed = java.util.Base64.getEncoder().encodeToString(
                ((java.security.interfaces.EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow());
        String apiKey = "rh-test-" + java.util.UUID.randomUUID();
        exchanges.robinhoodApiKey = apiKey;
        exchanges.robinhoodPublicKey = pair.getPublic();
        var credentials = com.adaptive.marketdata.robinhood.RobinhoodCredentials.of(apiKey, seed, "test");

        String[] run = captured(() -> {
            try {
                return DataCommand.recordQuotes(context, credentials, Duration.ofSeconds(3), System.out);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(exchanges.badSignatures.get()).isZero();
        long stored = TestHomes.count(lake, "SELECT count(*) FROM quotes WHERE source = 'robinhood'");
        assertThat(stored).isBetween(4L, 8L).isEven();
        assertThat(run[1]).startsWith("recorded " + stored + " quotes in " + stored / 2 + " polls (0 failed): " + stored
                + " new in lake table quotes, 0 quote bars into bars");
        // bid and ask 0.1 % either side of the price: (1.001 - 0.999) / 1.0 * 10^4 = 20 bps
        assertThat(TestHomes.rows(lake, "SELECT DISTINCT round(spread_bps, 6) FROM quotes")).extracting(r -> r[0]).containsExactly(20.0);
        assertThat(run[1] + run[2]).doesNotContain(apiKey).doesNotContain(seed);
    }
}
