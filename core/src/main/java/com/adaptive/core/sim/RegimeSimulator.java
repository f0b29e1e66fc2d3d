package com.adaptive.core.sim;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.regime.RegimeLabels;
import java.util.Random;

/**
 * A seeded regime-switching market of 1m bars. Episodes follow each other: TRENDING (constant drift, no
 * reversion), RANGING (Ornstein–Uhlenbeck reversion towards the price where it began, calm volatility) and
 * HIGH_VOLATILITY (3–5× volatility, no drift); between two episodes a TRANSITION stretch moves drift, reversion
 * and volatility linearly from the old regime's values to the new one's. Each bar is ten Euler sub-steps of the
 * log price, so high and low come from the path; prices are rounded to cents and volume scales with volatility.
 *
 * <p>Deterministic: the same seed and config give the same bars, on any JVM ({@link Random}'s sequence is
 * specified).
 */
public final class RegimeSimulator {
    private static final int SUB_STEPS = 10;
    private static final Regime[] EPISODES = {Regime.TRENDING, Regime.RANGING, Regime.HIGH_VOLATILITY};
    // relative odds of the next episode; high volatility is rarer, like bursts in real markets
    private static final double[] NEXT_WEIGHT = {0.40, 0.45, 0.15};

    private final SimulatorConfig config;

    public RegimeSimulator(SimulatorConfig config) {
        this.config = config;
    }

    /** Simulates {@code bars} 1m bars from {@code seed}. */
    public SimulatedMarket simulate(long seed, int bars) {
        if (bars < 1) {
            throw new IllegalArgumentException("bars must be at least 1, was: " + bars);
        }
        Random rng = new Random(seed);
        long[] time = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        Regime[] labels = new Regime[bars];

        double x = Math.log(config.startPrice());
        double prevClose = round2(config.startPrice());
        Regime regime = EPISODES[rng.nextInt(EPISODES.length)];
        double[] p = draw(regime, x, rng);
        int i = 0;
        while (i < bars) {
            int length = between(rng, lengths(regime));
            for (int k = 0; k < length && i < bars; k++, i++) {
                x = bar(i, x, p[0], p[1], p[2], p[3], prevClose, rng, time, open, high, low, close, volume);
                prevClose = close[i];
                labels[i] = regime;
            }
            Regime next = next(regime, rng);
            double[] q = draw(next, x, rng);
            int stretch = between(rng, config.transitionBars());
            for (int k = 0; k < stretch && i < bars; k++, i++) {
                double w = (k + 1.0) / (stretch + 1.0);
                x = bar(i, x, lerp(p[0], q[0], w), lerp(p[1], q[1], w), lerp(p[2], q[2], w), q[3], prevClose, rng,
                        time, open, high, low, close, volume);
                prevClose = close[i];
                labels[i] = Regime.TRANSITION;
            }
            regime = next;
            p = q;
        }
        return new SimulatedMarket(BarSeries.of(time, open, high, low, close, volume), new RegimeLabels(time.clone(), labels));
    }

    /** Parameters {drift per bar, reversion per bar, volatility per bar, anchor log price} of a new episode. */
    private double[] draw(Regime regime, double x, Random rng) {
        double base = config.baseVolPerBar();
        return switch (regime) {
            case TRENDING -> {
                double vol = base * uniform(rng, 0.8, 1.3);
                double drift = vol * uniform(rng, config.trendDriftMin(), config.trendDriftMax()) * (rng.nextBoolean() ? 1 : -1);
                yield new double[] {drift, 0.0, vol, x};
            }
            case RANGING -> new double[] {0.0, uniform(rng, config.rangeReversionMin(), config.rangeReversionMax()),
                    base * uniform(rng, 0.6, 1.0), x};
            case HIGH_VOLATILITY -> new double[] {0.0, 0.0, base * uniform(rng, config.highVolMultipleMin(), config.highVolMultipleMax()), x};
            case TRANSITION -> throw new IllegalStateException("TRANSITION is not an episode");
        };
    }

    private double bar(int i, double x, double drift, double reversion, double vol, double anchor, double prevClose, Random rng,
                       long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        double dt = 1.0 / SUB_STEPS;
        double noise = vol * Math.sqrt(dt);
        double hi = x;
        double lo = x;
        for (int s = 0; s < SUB_STEPS; s++) {
            x += (drift - reversion * (x - anchor)) * dt + noise * rng.nextGaussian();
            hi = Math.max(hi, x);
            lo = Math.min(lo, x);
        }
        time[i] = config.startTimeMillis() + 60_000L * i;
        open[i] = prevClose;
        close[i] = round2(Math.exp(x));
        high[i] = Math.max(round2(Math.exp(hi)), Math.max(open[i], close[i]));
        low[i] = Math.min(round2(Math.exp(lo)), Math.min(open[i], close[i]));
        double activity = vol / config.baseVolPerBar();
        volume[i] = Math.round(10.0 * activity * Math.exp(0.4 * rng.nextGaussian()) * 1e5) / 1e5;
        return x;
    }

    private Regime next(Regime current, Random rng) {
        double total = 0;
        for (int k = 0; k < EPISODES.length; k++) {
            total += EPISODES[k] == current ? 0 : NEXT_WEIGHT[k];
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < EPISODES.length; k++) {
            if (EPISODES[k] == current) {
                continue;
            }
            u -= NEXT_WEIGHT[k];
            if (u < 0) {
                return EPISODES[k];
            }
        }
        return EPISODES[EPISODES.length - 1] == current ? EPISODES[0] : EPISODES[EPISODES.length - 1];
    }

    private int[] lengths(Regime regime) {
        return switch (regime) {
            case TRENDING -> config.trendBars();
            case RANGING -> config.rangeBars();
            case HIGH_VOLATILITY -> config.highVolBars();
            case TRANSITION -> config.transitionBars();
        };
    }

    private static int between(Random rng, int[] minMax) {
        return minMax[0] + rng.nextInt(minMax[1] - minMax[0] + 1);
    }

    private static double uniform(Random rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }

    private static double lerp(double a, double b, double w) {
        return a + (b - a) * w;
    }

    private static double round2(double price) {
        return Math.round(price * 100.0) / 100.0;
    }
}
