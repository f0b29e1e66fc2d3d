package com.adaptive.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestCommandTest {
    private static final String ETH = "../data/sample/ETH-USD_1m_2023-03-16_2023-05-01.csv.gz";

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = AdaptiveCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    @Tag("integration") // reads and classifies 66,087 real bars
    void backtestWritesTheFourOutputsAndPrintsHeadlineMetrics(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "backtest", "--input", ETH, "--strategy", "S3", "--param", "vol_mult=2",
                "--gating", "off", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("S3 ETH-USD_1m_2023-03-16_2023-05-01.csv.gz gating=off total_return=");
        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertThat(metrics.get("params").get("vol_mult").asDouble()).isEqualTo(2.0);
        assertThat(metrics.get("bars").asInt()).isEqualTo(66_087);
        int trades = metrics.get("trade_count").asInt();
        assertThat(Files.readAllLines(dir.resolve("trades.csv"))).hasSize(trades + 1);
        assertThat(Files.readAllLines(dir.resolve("equity.csv"))).hasSize(66_087 + 1);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg", "<polyline", "<h2>Drawdown</h2>", "<h2>Trades (" + trades + ")</h2>")
                .doesNotContain("<script", "http://cdn", "https://");
    }

    @Test
    void unknownStrategyExitsTwoWithOneLine(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "backtest", "--input", ETH, "--strategy", "S9", "--out", dir.toString());

        assertThat(code).isEqualTo(AdaptiveCli.EXIT_USAGE);
        assertThat(err.toString().trim()).isEqualTo("adaptive backtest: unknown strategy 'S9': expected one of [S1, S2, S3]");
    }

    @Test
    void unknownParameterExitsTwoNamingTheStrategy(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "backtest", "--input", ETH, "--strategy", "S1", "--param", "fats=3",
                "--out", dir.toString());

        assertThat(code).isEqualTo(AdaptiveCli.EXIT_USAGE);
        assertThat(err.toString().trim()).isEqualTo("adaptive backtest: unknown parameter 'fats' for strategy S1: expected one of "
                + "[atr, fast, short, sl_atr, sl_pct, slow, tp_atr, tp_pct, vwap]");
    }

    @Test
    @Tag("integration") // four backtests over 66,087 real bars
    void optimizeRanksTheGridAndWritesTheBest(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "optimize", "--input", ETH, "--strategy", "S1", "--grid", "fast=10:20:10",
                "--grid", "slow=60:120:60", "--metric", "total_return", "--threads", "2", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("S1: 4 combinations evaluated on 66087 bars");
        assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(5)
                .first().asString().startsWith("rank,feasible,fast,slow,score,total_return");
        JsonNode best = new ObjectMapper().readTree(dir.resolve("best.json").toFile());
        assertThat(best.get("indicator_columns_computed").asInt()).isEqualTo(6);
    }
}
