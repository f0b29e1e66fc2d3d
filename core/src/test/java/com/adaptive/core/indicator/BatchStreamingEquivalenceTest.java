package com.adaptive.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import org.junit.jupiter.api.Test;

/** The streaming updaters give bit-for-bit the values of the batch functions, bar by bar (NaN included). */
class BatchStreamingEquivalenceTest {
    private static final BarSeries BARS = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(7, 20_000).bars();

    @Test
    void everyStreamingUpdaterReproducesItsBatchColumnExactly() {
        long[] t = BARS.openTimeMillis();
        double[] h = BARS.high();
        double[] l = BARS.low();
        double[] c = BARS.close();
        double[] v = BARS.volume();
        int n = BARS.size();
        double[][] streamed = new double[16][n];
        SmaIndicator sma = new SmaIndicator(20);
        EmaIndicator ema = new EmaIndicator(12);
        TrueRangeIndicator tr = new TrueRangeIndicator();
        AtrIndicator atr = new AtrIndicator(14);
        RsiIndicator rsi = new RsiIndicator(14);
        SessionVwapIndicator session = new SessionVwapIndicator();
        RollingVwapIndicator rolling = new RollingVwapIndicator(60);
        BollingerIndicator bollinger = new BollingerIndicator(20, 2.0);
        DonchianIndicator donchian = new DonchianIndicator(55);
        RealizedVolatilityIndicator vol = new RealizedVolatilityIndicator(60);
        PercentileRankIndicator rank = new PercentileRankIndicator(500);
        LinearRegressionSlopeIndicator slope = new LinearRegressionSlopeIndicator(30);
        for (int i = 0; i < n; i++) {
            streamed[0][i] = sma.update(c[i]);
            streamed[1][i] = ema.update(c[i]);
            streamed[2][i] = tr.update(h[i], l[i], c[i]);
            streamed[3][i] = atr.update(h[i], l[i], c[i]);
            streamed[4][i] = rsi.update(c[i]);
            streamed[5][i] = session.update(t[i], h[i], l[i], c[i], v[i]);
            streamed[6][i] = rolling.update(h[i], l[i], c[i], v[i]);
            streamed[7][i] = bollinger.update(c[i]);
            streamed[8][i] = bollinger.upper();
            streamed[9][i] = bollinger.lower();
            streamed[10][i] = donchian.update(h[i], l[i]);
            streamed[11][i] = donchian.upper();
            streamed[12][i] = donchian.lower();
            streamed[13][i] = vol.update(c[i]);
            streamed[14][i] = rank.update(streamed[3][i]);
            streamed[15][i] = slope.update(streamed[6][i]);
        }
        BollingerBands bb = Indicators.bollinger(c, 20, 2.0);
        DonchianChannel dc = Indicators.donchian(h, l, 55);
        double[][] batch = {Indicators.sma(c, 20), Indicators.ema(c, 12), Indicators.trueRange(h, l, c), Indicators.atr(h, l, c, 14),
                Indicators.rsi(c, 14), Indicators.sessionVwap(t, h, l, c, v), Indicators.rollingVwap(h, l, c, v, 60), bb.middle(),
                bb.upper(), bb.lower(), dc.middle(), dc.upper(), dc.lower(), Indicators.realizedVolatility(c, 60),
                Indicators.percentileRank(Indicators.atr(h, l, c, 14), 500),
                Indicators.linearRegressionSlope(Indicators.rollingVwap(h, l, c, v, 60), 30)};
        String[] names = {"sma", "ema", "tr", "atr", "rsi", "sessionVwap", "rollingVwap", "bb.middle", "bb.upper", "bb.lower",
                "donchian.middle", "donchian.upper", "donchian.lower", "realizedVol", "percentileRank(atr)", "slope(rollingVwap)"};
        for (int k = 0; k < batch.length; k++) {
            assertThat(streamed[k]).as(names[k]).containsExactly(batch[k]);
        }
    }

    @Test
    void computingIntoAReusedBufferGivesTheSameColumnAsAFreshArray() {
        double[] c = BARS.close();
        double[] dirty = new double[c.length];
        java.util.Arrays.fill(dirty, 42.0);
        assertThat(EmaIndicator.compute(c, 12, dirty)).containsExactly(Indicators.ema(c, 12));
        java.util.Arrays.fill(dirty, 42.0);
        assertThat(AtrIndicator.compute(BARS.high(), BARS.low(), c, 14, dirty)).containsExactly(Indicators.atr(BARS, 14));
        java.util.Arrays.fill(dirty, 42.0);
        assertThat(RsiIndicator.compute(c, 14, dirty)).containsExactly(Indicators.rsi(c, 14));
    }

    @Test
    void warmupBarsIsTheNumberOfLeadingNans() {
        double[] c = BARS.close();
        double[] h = BARS.high();
        double[] l = BARS.low();
        assertThat(leadingNans(Indicators.sma(c, 20))).isEqualTo(SmaIndicator.warmupBars(20));
        assertThat(leadingNans(Indicators.ema(c, 12))).isEqualTo(EmaIndicator.warmupBars(12));
        assertThat(leadingNans(Indicators.trueRange(h, l, c))).isEqualTo(TrueRangeIndicator.warmupBars());
        assertThat(leadingNans(Indicators.atr(h, l, c, 14))).isEqualTo(AtrIndicator.warmupBars(14));
        assertThat(leadingNans(Indicators.rsi(c, 14))).isEqualTo(RsiIndicator.warmupBars(14));
        assertThat(leadingNans(Indicators.rollingVwap(h, l, c, BARS.volume(), 60))).isEqualTo(RollingVwapIndicator.warmupBars(60));
        assertThat(leadingNans(Indicators.bollinger(c, 20, 2).upper())).isEqualTo(BollingerIndicator.warmupBars(20));
        assertThat(leadingNans(Indicators.donchian(h, l, 55).lower())).isEqualTo(DonchianIndicator.warmupBars(55));
        assertThat(leadingNans(Indicators.realizedVolatility(c, 60))).isEqualTo(RealizedVolatilityIndicator.warmupBars(60));
        assertThat(leadingNans(Indicators.percentileRank(c, 500))).isEqualTo(PercentileRankIndicator.warmupBars(500));
        assertThat(leadingNans(Indicators.linearRegressionSlope(c, 30))).isEqualTo(LinearRegressionSlopeIndicator.warmupBars(30));
        assertThat(leadingNans(Indicators.sessionVwap(BARS))).isEqualTo(SessionVwapIndicator.warmupBars());
    }

    private static int leadingNans(double[] x) {
        int i = 0;
        while (i < x.length && Double.isNaN(x[i])) {
            i++;
        }
        return i;
    }
}
