package com.adaptive.bench;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.indicator.AtrIndicator;
import com.adaptive.core.indicator.EmaIndicator;
import com.adaptive.core.indicator.RsiIndicator;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Indicator throughput in bars per second on the same 1,000,000 simulated 1m bars (regime simulator, seed 1):
 * <ul>
 *   <li>{@code emaBatch}: {@code EmaIndicator.compute(close, 12)};</li>
 *   <li>{@code emaAtrRsiBatch}: EMA 12, ATR 14 and RSI 14 as three batch calls (three passes, three new output arrays);
 *       {@code emaAtrRsiBatchInto}: the same into reused output arrays;</li>
 *   <li>{@code emaAtrRsiStreaming}: the three streaming updaters in one pass, bar by bar;</li>
 *   <li>{@code ta4jDoubleNum} / {@code ta4jDecimalNum}: ta4j 0.17 EMAIndicator(12), ATRIndicator(14) and
 *       RSIIndicator(14) built fresh and evaluated at every index in order (what a backtest does).</li>
 * </ul>
 * Every benchmark checks its last values against the core batch result computed in setup (bit-exact for core;
 * within 1e-6 relative for ta4j, whose different seeding has long been forgotten after 1M bars) and throws on a
 * mismatch, so a fast wrong run fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IndicatorBenchmark {
    static final int BARS = 1_000_000;

    double[] high;
    double[] low;
    double[] close;
    double expectedEma;
    double expectedAtr;
    double expectedRsi;
    final double[] emaOut = new double[BARS];
    final double[] atrOut = new double[BARS];
    final double[] rsiOut = new double[BARS];
    org.ta4j.core.BarSeries ta4jDouble;
    org.ta4j.core.BarSeries ta4jDecimal;

    @Setup
    public void setup() {
        BarSeries bars = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(1, BARS).bars();
        high = bars.high();
        low = bars.low();
        close = bars.close();
        expectedEma = EmaIndicator.compute(close, 12)[BARS - 1];
        expectedAtr = AtrIndicator.compute(high, low, close, 14)[BARS - 1];
        expectedRsi = RsiIndicator.compute(close, 14)[BARS - 1];
        ta4jDouble = ta4j(bars, DoubleNum.class);
        ta4jDecimal = ta4j(bars, DecimalNum.class);
    }

    static org.ta4j.core.BarSeries ta4j(BarSeries bars, Class<? extends Num> numType) {
        org.ta4j.core.BarSeries s = new BaseBarSeriesBuilder().withName(numType.getSimpleName()).withNumTypeOf(numType).build();
        for (int i = 0; i < bars.size(); i++) {
            ZonedDateTime end = Instant.ofEpochMilli(bars.openTimeMillis()[i] + 60_000L).atZone(ZoneOffset.UTC);
            s.addBar(end, bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double emaBatch() {
        double[] ema = EmaIndicator.compute(close, 12);
        return exact("ema", ema[BARS - 1], expectedEma);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double emaAtrRsiBatch() {
        double[] ema = EmaIndicator.compute(close, 12);
        double[] atr = AtrIndicator.compute(high, low, close, 14);
        double[] rsi = RsiIndicator.compute(close, 14);
        return exact("ema", ema[BARS - 1], expectedEma) + exact("atr", atr[BARS - 1], expectedAtr) + exact("rsi", rsi[BARS - 1], expectedRsi);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double emaAtrRsiBatchInto() {
        double[] ema = EmaIndicator.compute(close, 12, emaOut);
        double[] atr = AtrIndicator.compute(high, low, close, 14, atrOut);
        double[] rsi = RsiIndicator.compute(close, 14, rsiOut);
        return exact("ema", ema[BARS - 1], expectedEma) + exact("atr", atr[BARS - 1], expectedAtr) + exact("rsi", rsi[BARS - 1], expectedRsi);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double emaAtrRsiStreaming() {
        EmaIndicator ema = new EmaIndicator(12);
        AtrIndicator atr = new AtrIndicator(14);
        RsiIndicator rsi = new RsiIndicator(14);
        double[] h = high;
        double[] l = low;
        double[] c = close;
        for (int i = 0; i < BARS; i++) {
            ema.update(c[i]);
            atr.update(h[i], l[i], c[i]);
            rsi.update(c[i]);
        }
        return exact("ema", ema.value(), expectedEma) + exact("atr", atr.value(), expectedAtr) + exact("rsi", rsi.value(), expectedRsi);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double ta4jDoubleNum() {
        return ta4jEmaAtrRsi(ta4jDouble);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double ta4jDecimalNum() {
        return ta4jEmaAtrRsi(ta4jDecimal);
    }

    private double ta4jEmaAtrRsi(org.ta4j.core.BarSeries s) {
        ClosePriceIndicator closePrice = new ClosePriceIndicator(s);
        EMAIndicator ema = new EMAIndicator(closePrice, 12);
        ATRIndicator atr = new ATRIndicator(s, 14);
        RSIIndicator rsi = new RSIIndicator(closePrice, 14);
        Num e = null;
        Num a = null;
        Num r = null;
        for (int i = 0; i < BARS; i++) {
            e = ema.getValue(i);
            a = atr.getValue(i);
            r = rsi.getValue(i);
        }
        return close("ta4j ema", e.doubleValue(), expectedEma) + close("ta4j atr", a.doubleValue(), expectedAtr)
                + close("ta4j rsi", r.doubleValue(), expectedRsi);
    }

    static double exact(String what, double actual, double expected) {
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
            throw new IllegalStateException(what + " answer " + actual + " differs from the reference " + expected);
        }
        return actual;
    }

    static double close(String what, double actual, double expected) {
        if (!(Math.abs(actual - expected) <= 1e-6 * Math.abs(expected))) {
            throw new IllegalStateException(what + " answer " + actual + " differs from the core value " + expected);
        }
        return actual;
    }

    /**
     * The same operations timed by this thread's CPU time as well as wall time, so a figure taken while other
     * processes share the two cores is still bars per CPU-second of one core. Usage:
     * {@code java -cp bench/target/benchmarks.jar com.adaptive.bench.IndicatorBenchmark\$CpuTime [ta4j]}.
     */
    public static final class CpuTime {
        private CpuTime() {
        }

        /** Args: {@code [ta4j|none] [REGEX]}; the regular expression picks the core scenarios (default: all). */
        public static void main(String[] args) {
            IndicatorBenchmark b = new IndicatorBenchmark();
            b.setup();
            ClassifierBenchmark c = new ClassifierBenchmark();
            c.setup();
            java.util.function.Predicate<String> pick = args.length > 1 ? java.util.regex.Pattern.compile(args[1]).asPredicate()
                    : name -> true;
            measure(pick, "emaBatch", b::emaBatch, 60);
            measure(pick, "emaAtrRsiBatch", b::emaAtrRsiBatch, 30);
            measure(pick, "emaAtrRsiBatchInto", b::emaAtrRsiBatchInto, 30);
            measure(pick, "emaAtrRsiStreaming", b::emaAtrRsiStreaming, 30);
            measure(pick, "streamingClassifier", () -> c.streamingClassifier(), 20);
            if (args.length > 0 && args[0].equals("ta4j")) {
                measure(name -> true, "ta4jDoubleNum", b::ta4jDoubleNum, 4);
                measure(name -> true, "ta4jDecimalNum", b::ta4jDecimalNum, 2);
            }
        }

        /** Best and median thread-CPU time per operation after a warm-up of half as many operations. */
        private static void measure(java.util.function.Predicate<String> pick, String name, java.util.function.DoubleSupplier op,
                                    int reps) {
            if (!pick.test(name)) {
                return;
            }
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < Math.max(2, reps / 2); i++) {
                op.getAsDouble();
            }
            double[] cpuMs = new double[reps];
            for (int i = 0; i < reps; i++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                op.getAsDouble();
                cpuMs[i] = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
            java.util.Arrays.sort(cpuMs);
            System.out.printf(java.util.Locale.ROOT, "%-20s cpu min %8.2f median %8.2f ms/op (%7.1f M bars per CPU-second at min)%n",
                    name, cpuMs[0], cpuMs[reps / 2], BARS / cpuMs[0] / 1e3);
        }
    }
}
