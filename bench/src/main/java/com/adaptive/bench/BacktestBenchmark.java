package com.adaptive.bench;

import com.adaptive.core.backtest.BacktestConfig;
import com.adaptive.core.backtest.BacktestEngine;
import com.adaptive.core.backtest.BacktestResult;
import com.adaptive.core.backtest.TradeLog;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.EmaIndicator;
import com.adaptive.core.indicator.SessionVwapIndicator;
import com.adaptive.core.optimize.OptimizationResult;
import com.adaptive.core.optimize.Optimizer;
import com.adaptive.core.optimize.ParameterRange;
import com.adaptive.core.optimize.SearchSpace;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.S1TrendStrategy;
import com.adaptive.core.strategy.SignalSource;
import com.adaptive.core.strategy.StrategyParams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.StopGainRule;
import org.ta4j.core.rules.StopLossRule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Backtest throughput on the same 1,000,000 synthetic 1m bars (seeded random walk):
 * <ul>
 *   <li>{@code s1WithBrackets}: S1 (session VWAP + EMA 20/50 + ATR 14) with ATR brackets, 10 bps fees, 1 bp slippage,
 *       indicators included, bound with {@code bindStreaming} (indicators advanced block by block inside the
 *       engine's pass); {@code s1WithBracketsColumns}: the same bound over whole batch columns ({@code bind});
 *       {@code s1EngineLoopOnly}: columns bound beforehand, the engine pass alone;
 *       {@code emaCrossWithBrackets}: S1 with {@code vwap=0 tp_pct=2 sl_pct=1}, streaming, the same rule set as the
 *       ta4j one (EMA 20/50 cross, 2 % / 1 % exits) but with intrabar bracket fills, indicators included;</li>
 *   <li>{@code ta4jDoubleNum} / {@code ta4jDecimalNum}: ta4j 0.17 {@code BarSeriesManager}, EMA 20/50 crossover entry,
 *       exit on cross down or {@code StopLossRule} 1 % or {@code StopGainRule} 2 % (ta4j's own stop rules, on the
 *       close, executed at the next open), indicators built inside the measured call;</li>
 *   <li>{@code sweep1000}: 1,000 S1 combinations (10 fast × 10 slow × 10 tp_atr) on 2 threads.</li>
 * </ul>
 * Every benchmark checks its answer against an independent plain-loop reference computed in setup (trade count and
 * final equity / summed PnL) and throws on a mismatch, so a fast wrong run cannot pass; the core ones must also equal
 * the engine's general per-bar path ({@link #generalPath}) exactly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx5g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BacktestBenchmark {
    static final int BARS = 1_000_000;
    static final long SEED = 7L;
    static final int FAST = 20;
    static final int SLOW = 50;
    static final double TA4J_LOSS_PCT = 1.0;
    static final double TA4J_GAIN_PCT = 2.0;

    BarSeries bars;
    SignalSource boundS1;
    int s1Warmup;
    ReferenceResult s1Expected;
    ReferenceResult emaCrossExpected;
    /** The same two runs by the engine's general per-bar path over batch columns (no skipping, no streaming). */
    ReferenceResult s1General;
    ReferenceResult emaCrossGeneral;
    static final StrategyParams EMA_CROSS = StrategyParams.of(java.util.Map.of("vwap", 0.0, "tp_pct", TA4J_GAIN_PCT,
            "sl_pct", TA4J_LOSS_PCT));
    ReferenceResult ta4jExpected;
    List<com.adaptive.core.strategy.StrategyParams> sweepCombos;
    ReferenceResult sweepProbeExpected;
    double[] equityBuffer;
    TradeLog tradeBuffer;

    /** A trade count and a money figure from a reference loop. */
    record ReferenceResult(int trades, double money) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        bars = syntheticBars(BARS, SEED);
        S1TrendStrategy s1 = new S1TrendStrategy(StrategyParams.empty());
        boundS1 = s1.bind(bars, IndicatorCache.of(bars));
        s1Warmup = s1.warmupBars();
        s1Expected = referenceS1(bars, FAST, SLOW, 3.0, 1.5, s1Warmup);
        emaCrossExpected = referenceS1(bars, FAST, SLOW, 0, 0, TA4J_GAIN_PCT, TA4J_LOSS_PCT, false, SLOW - 1);
        s1General = generalPath(bars, s1);
        emaCrossGeneral = generalPath(bars, new S1TrendStrategy(EMA_CROSS));
        equityBuffer = new double[BARS];
        tradeBuffer = new TradeLog(1 << 16);
        ta4jExpected = referenceTa4jSemantics(bars);
        sweepCombos = new SearchSpace(List.of(ParameterRange.parse("fast=5:50:5"), ParameterRange.parse("slow=60:240:20"),
                ParameterRange.parse("tp_atr=1:5.5:0.5"))).grid(StrategyParams.empty());
        sweepProbeExpected = referenceS1(bars, 20, 100, 3.0, 1.5, Math.max(99, 14));
    }

    /** Full S1, indicators advanced bar by bar inside the engine's pass ({@code bindStreaming}, the live form). */
    @Benchmark
    public double s1WithBrackets() {
        S1TrendStrategy s1 = new S1TrendStrategy(StrategyParams.empty());
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults())
                .run(bars, s1.bindStreaming(bars), s1.warmupBars(), null, null, equityBuffer, tradeBuffer);
        check("s1WithBrackets vs general path", r.trades().size(), r.finalEquity(), s1General, 0);
        return check("s1WithBrackets", r.trades().size(), r.finalEquity(), s1Expected, 1e-9);
    }

    /** Full S1 with its indicators computed first as whole batch columns ({@code bind}), then the engine pass. */
    @Benchmark
    public double s1WithBracketsColumns() {
        S1TrendStrategy s1 = new S1TrendStrategy(StrategyParams.empty());
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults())
                .run(bars, s1.bind(bars, IndicatorCache.of(bars)), s1.warmupBars(), null, null, equityBuffer, tradeBuffer);
        check("s1WithBracketsColumns vs general path", r.trades().size(), r.finalEquity(), s1General, 0);
        return check("s1WithBracketsColumns", r.trades().size(), r.finalEquity(), s1Expected, 1e-9);
    }

    /** S1 reduced to ta4j's strategy: EMA 20/50 crossover, TP 2 % / SL 1 % bracket, no VWAP, no ATR; indicators included. */
    @Benchmark
    public double emaCrossWithBrackets() {
        S1TrendStrategy s1 = new S1TrendStrategy(EMA_CROSS);
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults())
                .run(bars, s1.bindStreaming(bars), s1.warmupBars(), null, null, equityBuffer, tradeBuffer);
        check("emaCrossWithBrackets vs general path", r.trades().size(), r.finalEquity(), emaCrossGeneral, 0);
        return check("emaCrossWithBrackets", r.trades().size(), r.finalEquity(), emaCrossExpected, 1e-9);
    }

    @Benchmark
    public double s1EngineLoopOnly() {
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults())
                .run(bars, boundS1, s1Warmup, null, null, equityBuffer, tradeBuffer);
        check("s1EngineLoopOnly vs general path", r.trades().size(), r.finalEquity(), s1General, 0);
        return check("s1EngineLoopOnly", r.trades().size(), r.finalEquity(), s1Expected, 1e-9);
    }

    /** The practical limit: ta4j's rules as two EMA passes and one plain loop (the reference itself), no engine. */
    @Benchmark
    public double plainEmaCrossLoop() {
        ReferenceResult r = referenceTa4jSemantics(bars);
        return check("plainEmaCrossLoop", r.trades(), r.money(), ta4jExpected, 0);
    }

    /**
     * The ta4j series live in their own state objects so that only the ta4j benchmarks' forks hold them: a 1M-bar
     * DecimalNum series is gigabytes of heap and would slow every garbage collection of the other benchmarks.
     */
    @State(Scope.Benchmark)
    public static class Ta4jDoubleSeries {
        org.ta4j.core.BarSeries series;

        @Setup(Level.Trial)
        public void build() {
            series = toTa4j(syntheticBars(BARS, SEED), DoubleNum::valueOf);
        }
    }

    /** See {@link Ta4jDoubleSeries}. */
    @State(Scope.Benchmark)
    public static class Ta4jDecimalSeries {
        org.ta4j.core.BarSeries series;

        @Setup(Level.Trial)
        public void build() {
            series = toTa4j(syntheticBars(BARS, SEED), DecimalNum::valueOf);
        }
    }

    @Benchmark
    public double ta4jDoubleNum(Ta4jDoubleSeries ta4j) {
        return runTa4j("ta4jDoubleNum", ta4j.series, 1e-6);
    }

    @Benchmark
    public double ta4jDecimalNum(Ta4jDecimalSeries ta4j) {
        return runTa4j("ta4jDecimalNum", ta4j.series, 1e-6);
    }

    @Benchmark
    public double sweep1000() {
        Optimizer optimizer = new Optimizer(BacktestConfig.defaults(), 2);
        List<OptimizationResult> results = optimizer.run(bars, null, "S1", sweepCombos, "sharpe", List.of());
        if (results.size() != 1_000 || optimizer.lastIndicatorComputations() != 22) {
            throw new IllegalStateException("sweep1000: " + results.size() + " results, "
                    + optimizer.lastIndicatorComputations() + " indicator columns; expected 1000 and 22");
        }
        OptimizationResult probe = results.stream().filter(r -> r.params().get("fast") == 20 && r.params().get("slow") == 100
                && r.params().get("tp_atr") == 3.0).findFirst().orElseThrow();
        return check("sweep1000 probe fast=20 slow=100 tp_atr=3", probe.metrics().tradeCount(), probe.metrics().endEquity(),
                sweepProbeExpected, 1e-9);
    }

    private double runTa4j(String name, org.ta4j.core.BarSeries series, double tolerance) {
                ClosePriceIndicator close = new ClosePriceIndicator(series);
        EMAIndicator fast = new EMAIndicator(close, FAST);
        EMAIndicator slow = new EMAIndicator(close, SLOW);
        Rule entry = new CrossedUpIndicatorRule(fast, slow);
        Rule exit = new CrossedDownIndicatorRule(fast, slow).or(new StopLossRule(close, TA4J_LOSS_PCT))
                .or(new StopGainRule(close, TA4J_GAIN_PCT));
        TradingRecord record = new BarSeriesManager(series).run(new BaseStrategy(entry, exit, SLOW));
        double pnl = 0;
        int closed = 0;
        for (Position p : record.getPositions()) {
            if (p.isClosed()) {
                closed++;
                pnl += p.getExit().getNetPrice().doubleValue() - p.getEntry().getNetPrice().doubleValue();
            }
        }
        return check(name, closed, pnl, ta4jExpected, tolerance);
    }

    /**
     * The engine's general path: the strategy bound over batch columns and wrapped so that it gives no hints, so the
     * engine asks it on every bar (the behaviour before the fast paths); the benchmarks must match it exactly.
     */
    static ReferenceResult generalPath(BarSeries b, S1TrendStrategy s) {
        SignalSource columns = s.bind(b, IndicatorCache.of(b));
        SignalSource everyBar = columns::onBarClose;
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(b, everyBar, s.warmupBars());
        return new ReferenceResult(r.trades().size(), r.finalEquity());
    }

    private static double check(String name, int trades, double money, ReferenceResult expected, double relTolerance) {
        if (trades != expected.trades() || Math.abs(money - expected.money()) > relTolerance * Math.max(1, Math.abs(expected.money()))) {
            throw new IllegalStateException(name + ": got " + trades + " trades / " + money + ", reference says "
                    + expected.trades() + " / " + expected.money());
        }
        return money;
    }

    /** Seeded random walk: 1m bars from 2023-01-01, ~8 bps per-minute volatility, positive volume. */
    static BarSeries syntheticBars(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        long start = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        double price = 30_000;
        for (int i = 0; i < n; i++) {
            double open = price;
            double close = open * Math.exp(gaussian(rnd) * 0.0008);
            t[i] = start + i * 60_000L;
            o[i] = round2(open);
            c[i] = round2(close);
            h[i] = round2(Math.max(open, close) * (1 + Math.abs(gaussian(rnd)) * 0.0004));
            l[i] = round2(Math.min(open, close) * (1 - Math.abs(gaussian(rnd)) * 0.0004));
            h[i] = Math.max(h[i], Math.max(o[i], c[i]));
            l[i] = Math.min(l[i], Math.min(o[i], c[i]));
            v[i] = 1 + Math.exp(gaussian(rnd));
            price = c[i];
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    static org.ta4j.core.BarSeries toTa4j(BarSeries b, Function<Number, Num> num) {
        org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withNumTypeOf(num).withName("bench").build();
        long[] t = b.openTimeMillis();
        for (int i = 0; i < b.size(); i++) {
            ZonedDateTime end = Instant.ofEpochMilli(t[i] + 60_000L).atZone(ZoneOffset.UTC);
            s.addBar(end, b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
        }
        return s;
    }

    /**
     * S1 written out as one plain loop, independently of the engine and the strategy classes: market entry at the next
     * open on the bar where close > session VWAP and EMA fast > slow turns true, TP/SL at ATR multiples from the fill,
     * STOP_FIRST, gaps fill at the open, exit at the next open when fast < slow, 10/10 bps fees, 1 bp slippage, all-in.
     */
    static ReferenceResult referenceS1(BarSeries b, int fastBars, int slowBars, double tpAtr, double slAtr, int warmup) {
        return referenceS1(b, fastBars, slowBars, tpAtr, slAtr, 0, 0, true, warmup);
    }

    /** The general form: {@code tpPct}/{@code slPct} &gt; 0 replace the ATR distances; {@code useVwap} false drops the VWAP condition. */
    static ReferenceResult referenceS1(BarSeries b, int fastBars, int slowBars, double tpAtr, double slAtr, double tpPct,
                                       double slPct, boolean useVwap, int warmup) {
        double[] o = b.open();
        double[] h = b.high();
        double[] l = b.low();
        double[] c = b.close();
        double[] fast = EmaIndicator.compute(c, fastBars);
        double[] slow = EmaIndicator.compute(c, slowBars);
        double[] vwap = SessionVwapIndicator.compute(b.openTimeMillis(), h, l, c, b.volume());
        double[] atr = AtrIndicator.compute(h, l, c, 14);
        double fee = 0.001;
        double slip = 0.0001;
        int n = b.size();
        double cash = 10_000;
        boolean held = false;
        boolean enterNext = false;
        boolean exitNext = false;
        double qty = 0;
        double tp = 0;
        double sl = 0;
        double tpd = 0;
        double sld = 0;
        int entryBar = -1;
        int trades = 0;
        for (int t = 0; t < n; t++) {
            if (exitNext) {
                double px = o[t] * (1 - slip);
                cash += qty * px * (1 - fee);
                held = false;
                exitNext = false;
                trades++;
            }
            if (enterNext) {
                double px = o[t] * (1 + slip);
                qty = cash / (px * (1 + fee));
                cash -= qty * px + qty * px * fee;
                tp = px + tpd;
                sl = px - sld;
                held = true;
                entryBar = t;
                enterNext = false;
            }
            if (held) {
                boolean afterEntry = entryBar != t;
                double px = Double.NaN;
                double rate = fee;
                if (afterEntry && o[t] <= sl) {
                    px = o[t] * (1 - slip);
                } else if (afterEntry && o[t] >= tp) {
                    px = o[t];
                } else if (l[t] <= sl) {
                    px = sl * (1 - slip);
                } else if (h[t] >= tp) {
                    px = tp;
                }
                if (px == px) {
                    cash += qty * px - qty * px * rate;
                    held = false;
                    trades++;
                }
            }
            if (t >= warmup && t < n - 1) {
                if (held) {
                    exitNext = fast[t] < slow[t];
                } else if (t > 0) {
                    boolean up = (!useVwap || c[t] > vwap[t]) && fast[t] > slow[t];
                    boolean wasUp = (!useVwap || c[t - 1] > vwap[t - 1]) && fast[t - 1] > slow[t - 1];
                    double tpDistance = tpPct > 0 ? c[t] * tpPct / 100 : tpAtr * atr[t];
                    double slDistance = slPct > 0 ? c[t] * slPct / 100 : slAtr * atr[t];
                    if (up && !wasUp && tpDistance > 0 && slDistance > 0) {
                        enterNext = true;
                        tpd = tpDistance;
                        sld = slDistance;
                    }
                }
            }
        }
        if (held) {
            double px = c[n - 1] * (1 - slip);
            cash += qty * px * (1 - fee);
            trades++;
        }
        return new ReferenceResult(trades, cash);
    }

    /**
     * ta4j 0.17's semantics as a plain loop: EMA seeded with the first close, entry when EMA fast crosses above slow,
     * exit when it crosses below or the close is 1 % under / 2 % over the entry; a decision at bar i executes at the
     * open of bar i+1 (TradeOnNextOpenModel); no decision before bar SLOW (unstable bars); one unit per trade; a
     * position open at the end is left open. Returns closed trades and their summed PnL.
     */
    static ReferenceResult referenceTa4jSemantics(BarSeries b) {
        double[] c = b.close();
        double[] o = b.open();
        int n = b.size();
        double[] fast = ta4jEma(c, FAST);
        double[] slow = ta4jEma(c, SLOW);
        boolean held = false;
        double entry = 0;
        int trades = 0;
        double pnl = 0;
        for (int i = SLOW; i < n; i++) {
            if (!held) {
                if (crossed(fast, slow, i) && i + 1 < n) {
                    held = true;
                    entry = o[i + 1];
                }
            } else {
                boolean exit = crossed(slow, fast, i) || c[i] <= entry * (100 - TA4J_LOSS_PCT) / 100
                        || c[i] >= entry * (100 + TA4J_GAIN_PCT) / 100;
                if (exit && i + 1 < n) {
                    held = false;
                    trades++;
                    pnl += o[i + 1] - entry;
                }
            }
        }
        return new ReferenceResult(trades, pnl);
    }

    private static double[] ta4jEma(double[] x, int period) {
        double k = 2.0 / (period + 1);
        double[] out = new double[x.length];
        out[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            out[i] = out[i - 1] + k * (x[i] - out[i - 1]);
        }
        return out;
    }

    /** {@code a} crosses above {@code b} at i: above now, below at the last earlier bar where they differ. */
    private static boolean crossed(double[] a, double[] b, int i) {
        if (i == 0 || a[i] <= b[i]) {
            return false;
        }
        int j = i - 1;
        if (a[j] < b[j]) {
            return true;
        }
        while (j > 0 && a[j] == b[j]) {
            j--;
        }
        return j != 0 && a[j] < b[j];
    }

    /**
     * Companion to the JMH run on a shared machine: runs each scenario in this thread and reports both wall time
     * and this thread's CPU time per operation, so the bars-per-CPU-second figure is not inflated by waiting for a
     * core. Usage: {@code java -cp benchmarks.jar com.adaptive.bench.BacktestBenchmark\$CpuTime [none|double|both]}.
     */
    public static final class CpuTime {
        private CpuTime() {
        }

        public static void main(String[] args) {
            String ta4j = args.length > 0 ? args[0] : "none";
            BacktestBenchmark b = new BacktestBenchmark();
            b.setUp();
            // an optional third argument, a regular expression, picks the core scenarios to measure (default: all)
            java.util.function.Predicate<String> pick = args.length > 2 ? java.util.regex.Pattern.compile(args[2]).asPredicate()
                    : name -> true;
            measure(pick, "plainEmaCrossLoop", b::plainEmaCrossLoop, 40);
            measure(pick, "s1EngineLoopOnly", b::s1EngineLoopOnly, 40);
            measure(pick, "s1WithBrackets", b::s1WithBrackets, 40);
            measure(pick, "emaCrossWithBrackets", b::emaCrossWithBrackets, 40);
            measure(pick, "s1WithBracketsColumns", b::s1WithBracketsColumns, 40);
            BacktestResult r = new BacktestEngine(BacktestConfig.defaults()).run(b.bars, b.boundS1, b.s1Warmup);
            measure(pick, "metricsOnly", () -> com.adaptive.core.metrics.MetricsCalculator.of(r, 1).sharpe(), 40);
            if (args.length > 1 && args[1].equals("sweep")) {
                // process CPU time covers both worker threads (and GC/JIT): on two otherwise idle cores the wall
                // time would be about half of it
                com.sun.management.OperatingSystemMXBean os =
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                b.sweep1000();
                for (int i = 0; i < 2; i++) {
                    long cpu0 = os.getProcessCpuTime();
                    long wall0 = System.nanoTime();
                    b.sweep1000();
                    System.out.printf(java.util.Locale.ROOT, "sweep1000          process cpu %9.0f ms  wall %9.0f ms%n",
                            (os.getProcessCpuTime() - cpu0) / 1e6, (System.nanoTime() - wall0) / 1e6);
                }
            }
            if (!ta4j.equals("none")) {
                Ta4jDoubleSeries d = new Ta4jDoubleSeries();
                d.build();
                measure("ta4jDoubleNum", () -> b.ta4jDoubleNum(d), 5);
                d.series = null;
            }
            if (ta4j.equals("both")) {
                Ta4jDecimalSeries d = new Ta4jDecimalSeries();
                d.build();
                measure("ta4jDecimalNum", () -> b.ta4jDecimalNum(d), 3);
            }
        }

        private static void measure(java.util.function.Predicate<String> pick, String name,
                                    java.util.function.DoubleSupplier op, int reps) {
            if (pick.test(name)) {
                measure(name, op, reps);
            }
        }

        private static void measure(String name, java.util.function.DoubleSupplier op, int reps) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < Math.max(2, reps / 2); i++) {
                op.getAsDouble();
            }
            // per-operation times; on a shared machine the minimum is the least disturbed run
            // process CPU also counts the garbage collector's threads, which ta4j keeps busy
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            double[] cpu = new double[reps];
            double[] process = new double[reps];
            double[] wall = new double[reps];
            for (int i = 0; i < reps; i++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long process0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                op.getAsDouble();
                cpu[i] = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
                process[i] = (os.getProcessCpuTime() - process0) / 1e6;
                wall[i] = (System.nanoTime() - wall0) / 1e6;
            }
            java.util.Arrays.sort(cpu);
            java.util.Arrays.sort(process);
            java.util.Arrays.sort(wall);
            System.out.printf(java.util.Locale.ROOT, "%-20s thread cpu min %8.2f median %8.2f | process cpu min %8.2f"
                            + " | wall min %8.2f median %8.2f ms/op | %6.1f M bars per thread-CPU-s at min%n",
                    name, cpu[0], cpu[reps / 2], process[0], wall[0], wall[reps / 2], BARS / cpu[0] / 1e3);
        }
    }
}
