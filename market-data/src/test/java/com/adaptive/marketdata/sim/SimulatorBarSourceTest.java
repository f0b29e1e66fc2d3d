package com.adaptive.marketdata.sim;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import com.adaptive.marketdata.resample.Resampler;
import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorBarSourceTest {
    private static final long START = SimulatorConfig.DEFAULTS.startTimeMillis();
    private static final long MINUTE = 60_000;
    private final ManualTime time = new ManualTime(Instant.ofEpochMilli(START + 3 * 1440 * MINUTE + 30_000));

    @Test
    void theSameSeedGivesTheSameBarsAndAnotherSeedOthers() {
        BarSeries a = SimulatorBarSource.btcEth(42, time).fetch("BTC-USD", BarInterval.M1, START, START + 1440 * MINUTE);
        BarSeries b = SimulatorBarSource.btcEth(42, time).fetch("BTC-USD", BarInterval.M1, START, START + 1440 * MINUTE);
        BarSeries c = SimulatorBarSource.btcEth(43, time).fetch("BTC-USD", BarInterval.M1, START, START + 1440 * MINUTE);

        assertThat(a.size()).isEqualTo(1440);
        assertThat(b.close()).containsExactly(a.close());
        assertThat(c.close()).isNotEqualTo(a.close());
    }

    @Test
    void servesSlicesOfCoreRegimeSimulatorsOneFixedHistory() {
        SimulatorBarSource source = SimulatorBarSource.btcEth(7, time);
        long from = START + 500 * MINUTE;

        BarSeries later = source.fetch("BTC-USD", BarInterval.M1, from, from + 100 * MINUTE);
        BarSeries direct = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(7, 2_000).bars();

        assertThat(later.openTimeMillis()[0]).isEqualTo(from);
        assertThat(later.close()).containsExactly(java.util.Arrays.copyOfRange(direct.close(), 500, 600));
        assertThat(later.volume()).containsExactly(java.util.Arrays.copyOfRange(direct.volume(), 500, 600));
        // a longer history later on repeats every bar already served
        BarSeries longer = source.fetch("BTC-USD", BarInterval.M1, START, START + 3 * 1440 * MINUTE);
        assertThat(longer.slice(500, 600).close()).containsExactly(later.close());
    }

    @Test
    void returnsOnlyClosedBarsAndNothingBeforeTheStart() {
        SimulatorBarSource source = SimulatorBarSource.btcEth(1, time);

        BarSeries bars = source.fetch("ETH-USD", BarInterval.M1, START - 1440 * MINUTE, START + 10 * 1440 * MINUTE);

        assertThat(bars.openTimeMillis()[0]).isEqualTo(START);
        // the clock is 30 s into the first minute of day 4: that bar is forming
        assertThat(bars.openTimeMillis()[bars.size() - 1]).isEqualTo(START + 3 * 1440 * MINUTE - MINUTE);
        assertThat(bars.size()).isEqualTo(3 * 1440);
    }

    @Test
    void longerIntervalsAreResampledFromTheSimulatedMinutes() {
        SimulatorBarSource source = SimulatorBarSource.btcEth(5, time);

        BarSeries threeMinute = source.fetch("BTC-USD", BarInterval.M3, START + 30 * MINUTE, START + 90 * MINUTE);
        BarSeries oneMinute = source.fetch("BTC-USD", BarInterval.M1, START + 30 * MINUTE, START + 90 * MINUTE);
        BarSeries expected = Resampler.resample(oneMinute, BarInterval.M1, BarInterval.M3).bars();

        assertThat(threeMinute.size()).isEqualTo(20);
        assertThat(threeMinute.openTimeMillis()).containsExactly(expected.openTimeMillis());
        assertThat(threeMinute.high()).containsExactly(expected.high());
        assertThat(threeMinute.volume()).containsExactly(expected.volume());
    }

    @Test
    void pagesHoldAtMostTenThousandBars() {
        SimulatorBarSource source = SimulatorBarSource.btcEth(9, time);

        assertThat(source.pageStream("BTC-USD", BarInterval.M1, START, START + 3 * 1440 * MINUTE).map(BarSeries::size))
                .containsExactly(4_320);
        assertThat(SimulatorBarSource.btcEth(9, new ManualTime(Instant.ofEpochMilli(START + 30 * 1440 * MINUTE)))
                .pageStream("BTC-USD", BarInterval.M1, START, START + 25_000 * MINUTE).map(BarSeries::size))
                .containsExactly(10_000, 10_000, 5_000);
    }

    @Test
    void rejectsAnUnknownSymbol() {
        assertThatThrownBy(() -> SimulatorBarSource.btcEth(1, time).pages("SOL-USD", BarInterval.M1, START, START + MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown symbol 'SOL-USD' for source simulator: expected one of [BTC-USD, ETH-USD]");
    }
}
