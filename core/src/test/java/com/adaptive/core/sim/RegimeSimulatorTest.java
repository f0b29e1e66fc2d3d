package com.adaptive.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.adaptive.core.regime.Regime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator is seeded, labelled and produces valid 1m bars with every regime. */
class RegimeSimulatorTest {
    private final RegimeSimulator simulator = new RegimeSimulator(SimulatorConfig.DEFAULTS);

    @Test
    void theSameSeedGivesTheSameBarsAndADifferentSeedDifferentOnes() {
        SimulatedMarket a = simulator.simulate(3, 5_000);
        SimulatedMarket b = simulator.simulate(3, 5_000);
        assertThat(b.bars().close()).containsExactly(a.bars().close());
        assertThat(b.labels().regimes()).containsExactly(a.labels().regimes());
        assertThat(simulator.simulate(4, 5_000).bars().close()).isNotEqualTo(a.bars().close());
    }

    @Test
    void barsAreValidMinuteBarsAndEveryRegimeIncludingTransitionStretchesOccurs() {
        SimulatedMarket m = simulator.simulate(42, 86_400);
        Map<Regime, Integer> counts = new EnumMap<>(Regime.class);
        for (int i = 0; i < m.bars().size(); i++) {
            assertThat(m.bars().high()[i]).isGreaterThanOrEqualTo(Math.max(m.bars().open()[i], m.bars().close()[i]));
            assertThat(m.bars().low()[i]).isLessThanOrEqualTo(Math.min(m.bars().open()[i], m.bars().close()[i])).isPositive();
            assertThat(m.bars().openTimeMillis()[i]).isEqualTo(SimulatorConfig.DEFAULTS.startTimeMillis() + 60_000L * i);
            counts.merge(m.labels().regimes()[i], 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys(Regime.values());
        // each transition stretch lies between two different episodes
        Regime[] r = m.labels().regimes();
        Regime before = null;
        for (int i = 1; i < r.length; i++) {
            if (r[i] == Regime.TRANSITION && r[i - 1] != Regime.TRANSITION) {
                before = r[i - 1];
            }
            if (r[i] != Regime.TRANSITION && r[i - 1] == Regime.TRANSITION) {
                assertThat(r[i]).isNotEqualTo(before);
            }
        }
    }

    @Test
    void highVolatilityEpisodesAreMuchMoreVolatileThanRanges() {
        SimulatedMarket m = simulator.simulate(9, 86_400);
        double[] c = m.bars().close();
        Map<Regime, double[]> sums = new EnumMap<>(Regime.class);
        for (int i = 1; i < c.length; i++) {
            double r = Math.log(c[i] / c[i - 1]);
            double[] s = sums.computeIfAbsent(m.labels().regimes()[i], k -> new double[2]);
            s[0] += r * r;
            s[1]++;
        }
        double hv = Math.sqrt(sums.get(Regime.HIGH_VOLATILITY)[0] / sums.get(Regime.HIGH_VOLATILITY)[1]);
        double range = Math.sqrt(sums.get(Regime.RANGING)[0] / sums.get(Regime.RANGING)[1]);
        assertThat(hv / range).isGreaterThan(3.0);
    }
}
