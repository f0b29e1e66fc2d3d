package com.adaptive.bench;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.DecisionListener;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeClassifier;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.regime.RegimeRule;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
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

/**
 * Streaming regime classifier throughput, in 1m bars per second on one thread (one core), over 1,000,000
 * simulated bars with the default config: every bar updates ATR, rolling VWAP and its slope and both volatility
 * windows (the short ones in one ring with the drift, reversal and fast-volatility windows); every fifth bar ranks the
 * ATR and decides. The listener folds each decision into a checksum that must
 * equal the one of the batch classification computed in setup, so a fast wrong run fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {
    static final int BARS = 1_000_000;

    long[] time;
    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    long expectedChecksum;
    long expectedDecisions;

    /** Folds decisions into an order-sensitive checksum without allocating. */
    static final class Checksum implements DecisionListener {
        long sum;
        long count;

        @Override
        public void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                               double vwapSlope, double atrPercentile, double volRatio) {
            onDecision(decisionTimeMillis, regime, rule, candidate, confirmations, vwapSlope, atrPercentile, volRatio, Double.NaN,
                    Double.NaN, Double.NaN);
        }

        @Override
        public void onDecision(long decisionTimeMillis, Regime regime, RegimeRule rule, Regime candidate, int confirmations,
                               double vwapSlope, double atrPercentile, double volRatio, double driftZ, double reversalZ,
                               double fastVolRatio) {
            sum = sum * 31 + decisionTimeMillis + regime.ordinal() * 7L + rule.ordinal()
                    + Double.doubleToLongBits(vwapSlope) + Double.doubleToLongBits(volRatio) + Double.doubleToLongBits(driftZ)
                    + Double.doubleToLongBits(reversalZ) + Double.doubleToLongBits(fastVolRatio);
            count++;
        }
    }

    @Setup
    public void setup() {
        BarSeries bars = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(1, BARS).bars();
        time = bars.openTimeMillis();
        high = bars.high();
        low = bars.low();
        close = bars.close();
        volume = bars.volume();
        RegimeClassification c = RegimeClassification.classify(bars, RegimeConfig.DEFAULTS);
        Checksum reference = new Checksum();
        for (int i = 0; i < c.size(); i++) {
            var d = c.get(i);
            reference.onDecision(d.decisionTimeMillis(), d.regime(), d.rule(), d.candidate(), d.confirmations(), d.vwapSlope(),
                    d.atrPercentile(), d.volRatio(), d.driftZ(), d.reversalZ(), d.fastVolRatio());
        }
        expectedChecksum = reference.sum;
        expectedDecisions = reference.count;
        if (expectedDecisions != BARS / 5) {
            throw new IllegalStateException("expected one decision per 5 bars, got " + expectedDecisions);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public long streamingClassifier() {
        Checksum checksum = new Checksum();
        RegimeClassifier classifier = new RegimeClassifier(RegimeConfig.DEFAULTS, checksum);
        long[] t = time;
        double[] h = high;
        double[] l = low;
        double[] c = close;
        double[] v = volume;
        for (int i = 0; i < BARS; i++) {
            classifier.onBar(t[i], h[i], l[i], c[i], v[i]);
        }
        if (checksum.sum != expectedChecksum || checksum.count != expectedDecisions) {
            throw new IllegalStateException("classifier checksum " + checksum.sum + " over " + checksum.count
                    + " decisions differs from the batch reference " + expectedChecksum);
        }
        return checksum.sum;
    }

    /**
     * The classifier alone, timed by the CPU time of the measuring thread (robust on a shared machine, where JMH's
     * wall-clock scores are not): {@code java -cp bench/target/benchmarks.jar 'com.adaptive.bench.ClassifierBenchmark$CpuTime' [reps]}.
     */
    public static final class CpuTime {
        private CpuTime() {
        }

        public static void main(String[] args) {
            ClassifierBenchmark c = new ClassifierBenchmark();
            c.setup();
            int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < reps; i++) {
                c.streamingClassifier();
            }
            for (int round = 0; round < 3; round++) {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    c.streamingClassifier();
                }
                double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / reps;
                double wallMs = (System.nanoTime() - wall0) / 1e6 / reps;
                System.out.printf(java.util.Locale.ROOT, "streamingClassifier cpu %8.2f ms/op (%6.1f M bars per CPU-second)  wall %8.2f ms/op%n",
                        cpuMs, BARS / cpuMs / 1e3, wallMs);
            }
        }
    }
}
