package com.adaptive.jobs.cli;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.RegimeAlignment;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.optimize.Constraint;
import com.adaptive.core.optimize.OptimizationResult;
import com.adaptive.core.optimize.Optimizer;
import com.adaptive.core.optimize.ParameterRange;
import com.adaptive.core.optimize.SearchSpace;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.Strategies;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code adaptive optimize}: grid or random search of one strategy's parameters, ranked by a metric. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Search strategy parameters on a bar CSV; writes results.csv (ranked) and best.json.")
public final class OptimizeCommand implements Callable<Integer> {
    private static final String[] COLUMNS = {"total_return", "sharpe", "sortino", "max_drawdown", "win_rate",
            "profit_factor", "trade_count", "exposure", "fees_paid"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "CSV") Path input;
    @Option(names = "--strategy", required = true, description = "S1, S2 or S3") String strategy;

    @Option(names = "--grid", required = true, paramLabel = "k=from:to:step", description = "a parameter range, repeatable")
    List<String> grid = new ArrayList<>();

    @Option(names = "--param", paramLabel = "k=v", description = "a fixed parameter, repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--metric", defaultValue = "sharpe", description = "ranking metric, snake_case; written as the score column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--constraint", paramLabel = "metric>=v", description = "a bound on a metric, repeatable")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--min-trades", defaultValue = "10", description = "shorthand for trade_count>=N (default: ${DEFAULT-VALUE})")
    int minTrades;

    @Option(names = "--random", paramLabel = "N", description = "random search with N samples instead of the full grid")
    Integer random;

    @Option(names = "--seed", defaultValue = "1") long seed;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(names = "--gating", defaultValue = "off", description = "regime gating on|off (default: ${DEFAULT-VALUE})")
    String gating;

    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

    @Override
    public Integer call() throws IOException {
        StrategyParams base = StrategyParams.parse(params);
        List<ParameterRange> ranges = grid.stream().map(ParameterRange::parse).toList();
        Strategies.create(strategy, base); // rejects an unknown strategy or fixed parameter up front
        for (ParameterRange r : ranges) {
            Strategies.create(strategy, base.with(r.name(), r.from())).params();
        }
        List<Constraint> bounds = new ArrayList<>();
        bounds.add(Constraint.minTrades(minTrades));
        constraints.forEach(c -> bounds.add(Constraint.parse(c)));
        SearchSpace space = new SearchSpace(ranges);
        List<StrategyParams> combos = random == null ? space.grid(base) : space.random(random, seed, base);
        boolean gated = switch (gating.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UserInputException("--gating in optimize: '" + gating + "' must be on or off");
        };
        BarSeries bars = BarCsvReader.read(input).bars();
        byte[] regimes = null;
        BacktestConfig config = BacktestConfig.defaults();
        if (gated) {
            long barMillis = Math.round(MetricsCalculator.barMinutes(bars.openTimeMillis()) * 60_000);
            regimes = RegimeAlignment.perBar(bars, RegimeClassification.classify(bars, RegimeConfig.DEFAULTS), barMillis);
            config = config.withGating(RegimeGating.allowing(Strategies.create(strategy, base).defaultAllowedRegimes(),
                    RegimeChangePolicy.HOLD));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long started = System.nanoTime();
        Optimizer optimizer = new Optimizer(config, workers);
        List<OptimizationResult> ranked = optimizer.run(bars, regimes, strategy, combos, metric, bounds);
        double seconds = (System.nanoTime() - started) / 1e9;

        Files.createDirectories(out);
        List<String> names = ranges.stream().map(ParameterRange::name).toList();
        StringBuilder csv = new StringBuilder("rank,feasible");
        names.forEach(n -> csv.append(',').append(n));
        csv.append(",score");
        for (String c : COLUMNS) {
            csv.append(',').append(c);
        }
        csv.append('\n');
        for (OptimizationResult r : ranked) {
            csv.append(r.rank()).append(',').append(r.feasible());
            names.forEach(n -> csv.append(',').append(StrategyParams.format(r.params().get(n))));
            csv.append(',').append(r.score());
            Map<String, Object> m = r.metrics().toMap();
            for (String c : COLUMNS) {
                csv.append(',').append(m.get(c) == null ? "" : m.get(c));
            }
            csv.append('\n');
        }
        Files.writeString(out.resolve("results.csv"), csv, StandardCharsets.UTF_8);
        PrintWriter stdout = spec.commandLine().getOut();
        if (ranked.isEmpty()) {
            throw new UserInputException("--grid in optimize: no valid parameter combination");
        }
        OptimizationResult best = ranked.get(0);
        Map<String, Object> bestJson = new LinkedHashMap<>();
        bestJson.put("strategy", strategy.toUpperCase(Locale.ROOT));
        bestJson.put("input", input.getFileName().toString());
        bestJson.put("metric", metric);
        bestJson.put("feasible", best.feasible());
        bestJson.put("params", Strategies.create(strategy, best.params()).params().asMap());
        bestJson.put("metrics", best.metrics().toMap());
        bestJson.put("combinations", combos.size());
        bestJson.put("evaluated", ranked.size());
        bestJson.put("indicator_columns_computed", optimizer.lastIndicatorComputations());
        Files.writeString(out.resolve("best.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(bestJson) + "\n", StandardCharsets.UTF_8);
        stdout.printf(Locale.ROOT, "%s: %d combinations evaluated on %d bars in %.2f s with %d threads (%d indicator columns)%n",
                strategy.toUpperCase(Locale.ROOT), ranked.size(), bars.size(), seconds, workers, optimizer.lastIndicatorComputations());
        for (OptimizationResult r : ranked.subList(0, Math.min(5, ranked.size()))) {
            stdout.printf(Locale.ROOT, "#%d %s %s=%.4f trades=%d total_return=%.4f%s%n", r.rank(), r.params(), metric, r.score(),
                    r.metrics().tradeCount(), r.metrics().totalReturn(), r.feasible() ? "" : " (infeasible)");
        }
        stdout.println("wrote " + out.resolve("results.csv") + ", best.json");
        stdout.flush();
        return 0;
    }
}
