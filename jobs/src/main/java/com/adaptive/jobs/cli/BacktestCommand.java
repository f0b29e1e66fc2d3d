package com.adaptive.jobs.cli;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.BacktestReport;
import com.adaptive.core.backtest.PositionSizing;
import com.adaptive.core.backtest.StrategyBacktest;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.order.AmbiguityPolicy;
import com.adaptive.core.order.FillModel;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;
import com.adaptive.core.strategy.StrategyParams;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code adaptive backtest}: one strategy over one bar file; writes trades, equity, metrics and an HTML report. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest strategy S1, S2 or S3 on a bar CSV and write trades.csv, equity.csv, metrics.json, report.html.")
public final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "bar file (project CSV, plain or .gz)")
    Path input;

    @Option(names = "--strategy", required = true, description = "S1, S2 or S3")
    String strategy;

    @Option(names = "--param", paramLabel = "k=v", description = "strategy parameter, repeatable (e.g. fast=20)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--gating", defaultValue = "on", description = "regime gating on|off (default: ${DEFAULT-VALUE})")
    String gating;

    @Option(names = "--on-regime-change", defaultValue = "hold", description = "hold|exit an open position when the regime leaves the allowed set (default: ${DEFAULT-VALUE})")
    String onRegimeChange;

    @Option(names = "--ambiguity", defaultValue = "STOP_FIRST", description = "STOP_FIRST, ADAPTIVE_OHLC or SUB_BARS (default: ${DEFAULT-VALUE})")
    String ambiguity;

    @Option(names = "--sub-bars", paramLabel = "CSV", description = "finer bars for --ambiguity SUB_BARS")
    Path subBars;

    @Option(names = "--maker-fee-bps", defaultValue = "10") double makerFeeBps;
    @Option(names = "--taker-fee-bps", defaultValue = "10") double takerFeeBps;
    @Option(names = "--slippage-bps", defaultValue = "1") double slippageBps;
    @Option(names = "--capital", defaultValue = "10000") double capital;

    @Option(names = "--risk-per-trade", description = "size by risking this fraction of equity at the stop (default: all equity per trade)")
    Double riskPerTrade;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Strategy s = Strategies.create(strategy, StrategyParams.parse(params));
        boolean gated = onOff(gating, "--gating");
        RegimeChangePolicy policy = parseEnum(RegimeChangePolicy.class, onRegimeChange, "--on-regime-change");
        AmbiguityPolicy ambiguityPolicy = parseEnum(AmbiguityPolicy.class, ambiguity, "--ambiguity");
        if (ambiguityPolicy == AmbiguityPolicy.SUB_BARS && subBars == null) {
            throw new UserInputException("--ambiguity SUB_BARS in backtest: needs --sub-bars with the finer bars");
        }
        BarSeries bars = BarCsvReader.read(input).bars();
        BarSeries finer = subBars == null ? null : BarCsvReader.read(subBars).bars();
        PositionSizing sizing = riskPerTrade == null ? PositionSizing.allIn()
                : new PositionSizing(PositionSizing.Mode.RISK_PER_TRADE, riskPerTrade);
        BacktestConfig config = new BacktestConfig(capital, new FillModel(makerFeeBps, takerFeeBps, slippageBps, ambiguityPolicy),
                sizing, RegimeGating.off(), 1);

        StrategyBacktest.Outcome outcome = StrategyBacktest.run(bars, s, config, gated, policy, finer);

        Files.createDirectories(out);
        write(out.resolve("trades.csv"), BacktestReport.tradesCsv(outcome.result().trades()));
        write(out.resolve("equity.csv"), BacktestReport.equityCsv(outcome.result()));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("input", input.getFileName().toString());
        metrics.putAll(outcome.toJsonMap());
        write(out.resolve("metrics.json"), json.writeValueAsString(metrics) + "\n");
        Map<String, Object> headline = headline(outcome);
        write(out.resolve("report.html"), BacktestReport.html(s.id() + " on " + input.getFileName() + " (gating " + gating + ")",
                outcome.result(), headline));

        PrintWriter stdout = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder(s.id()).append(' ').append(input.getFileName()).append(" gating=").append(gated ? "on" : "off");
        headline.forEach((k, v) -> line.append(' ').append(k).append('=').append(v == null ? "n/a"
                : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : v));
        stdout.println(line);
        stdout.println("wrote " + out.resolve("trades.csv") + ", equity.csv, metrics.json, report.html");
        stdout.flush();
        return 0;
    }

    private static Map<String, Object> headline(StrategyBacktest.Outcome outcome) {
        Map<String, Object> all = outcome.overall().toMap();
        Map<String, Object> h = new LinkedHashMap<>();
        for (String k : new String[] {"total_return", "cagr", "sharpe", "sortino", "max_drawdown", "win_rate",
                "profit_factor", "trade_count", "exposure", "fees_paid"}) {
            h.put(k, all.get(k));
        }
        h.put("blocked_entries", outcome.result().blockedEntries());
        return h;
    }

    private static boolean onOff(String value, String option) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("on")) {
            return true;
        }
        if (v.equals("off")) {
            return false;
        }
        throw new UserInputException(option + " in backtest: '" + value + "' must be on or off");
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String option) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.trim())) {
                return e;
            }
        }
        throw new UserInputException(option + ": '" + value + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
