package com.adaptive.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code indicators} and {@code regime} verbs end to end on small simulated files. */
class RegimeCommandTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = AdaptiveCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void simulateThenClassifyThenEvaluateRoundTripsThroughFiles(@TempDir Path dir) throws Exception {
        Path bars = dir.resolve("bars.csv.gz");
        Path labels = dir.resolve("labels.csv");
        assertThat(run(new StringWriter(), new StringWriter(), "regime", "simulate", "--seed", "3", "--bars", "12000",
                "--output", bars.toString(), "--labels", labels.toString(), "--epoch-millis")).isZero();
        assertThat(Files.readAllLines(labels)).hasSize(12_001).element(1).asString().matches("\\d+,[A-Z_]+");

        StringWriter out = new StringWriter();
        Path decisions = dir.resolve("regimes.csv");
        Path chart = dir.resolve("chart.html");
        assertThat(run(out, new StringWriter(), "regime", "classify", "--input", bars.toString(), "--output", decisions.toString(),
                "--chart", chart.toString())).isZero();
        List<String> rows = Files.readAllLines(decisions);
        assertThat(rows.get(0)).isEqualTo("decision_time,regime,vwap_slope,atr_percentile,vol_ratio,reason");
        assertThat(rows).hasSize(12_000 / 5 + 1);
        // epoch millis in, epoch millis out; decisions on 5-minute closes
        assertThat(Long.parseLong(rows.get(1).split(",")[0]) % 300_000L).isZero();
        assertThat(out.toString()).contains("median dwell", "TRENDING", "HIGH_VOLATILITY");
        assertThat(Files.readString(chart)).contains("<svg").doesNotContain("<script", "src=", "href=", "@import");

        StringWriter evaluation = new StringWriter();
        assertThat(run(evaluation, new StringWriter(), "regime", "evaluate", "--input", bars.toString(), "--labels", labels.toString()))
                .isZero();
        assertThat(evaluation.toString()).contains("label \\ decision", "precision", "recall", "overall accuracy");
    }

    @Test
    void indicatorsWritesTheDocumentedColumnsWithEmptyWarmup(@TempDir Path dir) throws Exception {
        Path bars = dir.resolve("bars.csv");
        run(new StringWriter(), new StringWriter(), "regime", "simulate", "--seed", "1", "--bars", "100", "--output", bars.toString(),
                "--labels", dir.resolve("l.csv").toString());
        Path out = dir.resolve("ind.csv");
        assertThat(run(new StringWriter(), new StringWriter(), "indicators", "--input", bars.toString(), "--output", out.toString(),
                "--ema-fast", "3", "--ema-slow", "5", "--atr", "4", "--rsi", "4")).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("open_time,close,ema_fast,ema_slow,atr,rsi,vwap");
        assertThat(rows.get(1)).matches("2024-01-01T00:00:00Z,[0-9.]+,,,,,[0-9.]+");
        assertThat(rows.get(5).split(",", -1)).doesNotContain("");
        assertThat(rows).hasSize(101);
    }

    @Test
    void badInputExitsTwoWithOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path bars = dir.resolve("bad.csv");
        Files.writeString(bars, "open_time,open,high,low,close,volume\n2024-01-01T00:00:00Z,10,9.8,8,9.5,1\n");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "indicators", "--input", bars.toString(), "--output", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(AdaptiveCli.EXIT_USAGE);
        assertThat(err.toString().trim()).isEqualTo("adaptive indicators: Cannot read bad.csv: line 2: high 9.8 is below open 10");

        Path config = dir.resolve("regime.properties");
        Files.writeString(config, "trendSlopeMin=abc\n");
        StringWriter err3 = new StringWriter();
        assertThat(run(new StringWriter(), err3, "regime", "classify", "--config", config.toString(), "--input", bars.toString(),
                "--output", dir.resolve("r.csv").toString())).isEqualTo(AdaptiveCli.EXIT_USAGE);
        assertThat(err3.toString().trim()).isEqualTo("adaptive classify: Cannot read regime config regime.properties: trendSlopeMin 'abc' is not a number");

        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "regime", "evaluate", "--seeds", "9-3")).isEqualTo(AdaptiveCli.EXIT_USAGE);
        assertThat(err2.toString().trim()).isEqualTo("adaptive evaluate: --seeds in regime evaluate: '9-3' is not FROM-TO with FROM <= TO");
    }
}
