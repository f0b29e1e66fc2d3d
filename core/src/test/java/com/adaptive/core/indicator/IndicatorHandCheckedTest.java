package com.adaptive.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each indicator on a few bars whose values were worked out by hand; the arithmetic is in the comments. */
class IndicatorHandCheckedTest {
    private static final double NaN = Double.NaN;
    private static final double EPS = 1e-12;

    @Test
    void smaAveragesTheLastPeriodValuesAfterPeriodMinusOneWarmupBars() {
        assertThat(Indicators.sma(new double[] {1, 2, 3, 4, 10}, 3)).containsExactly(NaN, NaN, 2, 3, 17.0 / 3);
        assertThat(SmaIndicator.warmupBars(3)).isEqualTo(2);
    }

    @Test
    void emaIsSeededWithTheSmaOfTheFirstPeriodValuesThenSmoothsWithTwoOverPeriodPlusOne() {
        // period 3: k = 0.5; seed (2+4+6)/3 = 4; then 4+(8-4)/2 = 6, 6+(12-6)/2 = 9, 9+(6-9)/2 = 7.5
        assertThat(Indicators.ema(new double[] {2, 4, 6, 8, 12, 6}, 3)).containsExactly(NaN, NaN, 4, 6, 9, 7.5);
        assertThat(EmaIndicator.warmupBars(3)).isEqualTo(2);
    }

    @Test
    void trueRangeTakesTheWidestOfRangeAndGapsToThePreviousCloseAndIsUndefinedOnTheFirstBar() {
        double[] h = {10, 11, 12, 10.9};
        double[] l = {8, 9, 10.8, 9.5};
        double[] c = {9, 10.5, 11, 10};
        // bar 1: range 2 wins; bar 2: gap up 12 - 10.5 = 1.5 beats range 1.2; bar 3: gap down 11 - 9.5 = 1.5 beats 1.4
        double[] tr = Indicators.trueRange(h, l, c);
        assertThat(tr[0]).isNaN();
        assertThat(tr[1]).isCloseTo(2.0, within(EPS));
        assertThat(tr[2]).isCloseTo(1.5, within(EPS));
        assertThat(tr[3]).isCloseTo(1.5, within(EPS));
    }

    @Test
    void atrFirstAppearsAtIndexPeriodAsTheMeanTrueRangeThenUsesWilderSmoothing() {
        double[] h = {10, 11, 12, 10.9};
        double[] l = {8, 9, 10.8, 9.5};
        double[] c = {9, 10.5, 11, 10};
        double[] atr = Indicators.atr(h, l, c, 2);
        assertThat(atr[0]).isNaN();
        assertThat(atr[1]).isNaN();
        assertThat(atr[2]).isCloseTo((2.0 + 1.5) / 2, within(EPS));
        assertThat(atr[3]).isCloseTo((1.75 * 1 + 1.5) / 2, within(EPS));
        assertThat(AtrIndicator.warmupBars(2)).isEqualTo(2);
    }

    @Test
    void rsiFirstAppearsAtIndexPeriodWithWilderAveragesOfGainsAndLosses() {
        // changes +1, -0.5, +1.5, -1; period 2
        double[] rsi = Indicators.rsi(new double[] {10, 11, 10.5, 12, 11}, 2);
        assertThat(rsi[0]).isNaN();
        assertThat(rsi[1]).isNaN();
        assertThat(rsi[2]).isCloseTo(100 * 0.5 / 0.75, within(1e-10)); // gain 1/2, loss 0.5/2
        assertThat(rsi[3]).isCloseTo(100 * 1.0 / 1.125, within(1e-10)); // gain (0.5+1.5)/2, loss 0.25/2
        assertThat(rsi[4]).isCloseTo(100 * 0.5 / 1.0625, within(1e-10)); // gain 1/2, loss (0.125+1)/2
    }

    @Test
    void rsiIsZeroWhenThePriceNeverMovesLikeTaLib() {
        assertThat(Indicators.rsi(new double[] {5, 5, 5, 5}, 2)).containsExactly(NaN, NaN, 0.0, 0.0);
    }

    @Test
    void sessionVwapWeighsTypicalPriceByVolumeAndRestartsAtUtcMidnight() {
        long day = 86_400_000L;
        long[] t = {day - 120_000, day - 60_000, day};
        double[] h = {12, 15, 30};
        double[] l = {9, 9, 27};
        double[] c = {9, 12, 30};
        double[] v = {1, 3, 2};
        // typical prices 10, 12, 29; day 1: (10*1 + 12*3) / 4 = 11.5; day 2 starts afresh at 29
        assertThat(Indicators.sessionVwap(t, h, l, c, v)).containsExactly(10, 11.5, 29);
    }

    @Test
    void sessionVwapIsUndefinedWhileTheSessionHasNoVolume() {
        assertThat(Indicators.sessionVwap(new long[] {0, 60_000}, new double[] {3, 6}, new double[] {3, 6}, new double[] {3, 6},
                new double[] {0, 2})).containsExactly(NaN, 6);
    }

    @Test
    void rollingVwapUsesOnlyTheLastPeriodBarsAndIsUndefinedWithoutVolume() {
        double[] tp = {10, 12, 29, 7, 8};
        double[] v = {1, 3, 2, 0, 0};
        double[] vwap = Indicators.rollingVwap(tp, tp, tp, v, 2);
        assertThat(vwap[0]).isNaN();
        assertThat(vwap[1]).isCloseTo((10 + 36) / 4.0, within(EPS));
        assertThat(vwap[2]).isCloseTo((36 + 58) / 5.0, within(EPS));
        assertThat(vwap[3]).isCloseTo(29, within(EPS));
        assertThat(vwap[4]).isNaN();
    }

    @Test
    void bollingerBandsAreTheSmaPlusMinusKPopulationStandardDeviations() {
        BollingerBands b = Indicators.bollinger(new double[] {1, 3, 3, 9}, 2, 2.0);
        assertThat(b.middle()).containsExactly(NaN, 2, 3, 6);
        assertThat(b.upper()).containsExactly(NaN, 4, 3, 12); // sd of {1,3} is 1, of {3,3} 0, of {3,9} 3
        assertThat(b.lower()).containsExactly(NaN, 0, 3, 0);
    }

    @Test
    void donchianChannelIsTheHighestHighAndLowestLowOfTheWindow() {
        DonchianChannel d = Indicators.donchian(new double[] {5, 7, 6, 4, 3}, new double[] {1, 2, 0, 2, 1}, 3);
        assertThat(d.upper()).containsExactly(NaN, NaN, 7, 7, 6);
        assertThat(d.lower()).containsExactly(NaN, NaN, 0, 0, 0);
        assertThat(d.middle()).containsExactly(NaN, NaN, 3.5, 3.5, 3);
    }

    @Test
    void realizedVolatilityIsThePopulationStandardDeviationOfLogReturns() {
        double[] vol = Indicators.realizedVolatility(new double[] {100, 110, 99, 108.9}, 2);
        double up = Math.log(1.1);
        double down = Math.log(0.9);
        assertThat(vol[0]).isNaN();
        assertThat(vol[1]).isNaN();
        assertThat(vol[2]).isCloseTo(Math.abs(up - down) / 2, within(EPS));
        assertThat(vol[3]).isCloseTo(Math.abs(up - down) / 2, within(EPS));
        assertThat(RealizedVolatilityIndicator.warmupBars(2)).isEqualTo(2);
    }

    @Test
    void percentileRankCountsValuesBelowAndHalfOfTheTies() {
        // window 3: [1,3,2] → 2 beats 1 of 2 others; [3,2,2] → ties with one, beats none; [2,2,5] → beats both
        assertThat(Indicators.percentileRank(new double[] {1, 3, 2, 2, 5}, 3)).containsExactly(NaN, NaN, 0.5, 0.25, 1.0);
    }

    @Test
    void percentileRankSkipsNanInputsSoAWarmupCanBeFedStraightIn() {
        assertThat(Indicators.percentileRank(new double[] {NaN, 4, NaN, 2, 9}, 2)).containsExactly(NaN, NaN, NaN, 0.0, 1.0);
    }

    @Test
    void rankInWindowRanksAValueAgainstTheWindowWithoutJoiningIt() {
        PercentileRankIndicator rank = new PercentileRankIndicator(3);
        rank.add(1);
        rank.add(3);
        assertThat(rank.rankInWindow(2)).isNaN();
        rank.add(2);
        assertThat(rank.rankInWindow(2)).isEqualTo(0.5); // above 1, tied with 2 (half), below 3: 1.5 of 3
        assertThat(rank.rankInWindow(5)).isEqualTo(1.0);
        assertThat(rank.rankInWindow(0)).isEqualTo(0.0);
        rank.add(10); // 1 leaves
        assertThat(rank.rankInWindow(2.5)).isEqualTo(1.0 / 3);
    }

    @Test
    void linearRegressionSlopeIsTheLeastSquaresSlopeAgainstTheIndex() {
        // [1,3,2]: Σ(x-1)(y-2)/Σ(x-1)² = (1+0+0)/2; [3,2,6]: ((-1)(-2/3) + (1)(7/3))/2 = 1.5
        double[] s = Indicators.linearRegressionSlope(new double[] {1, 3, 2, 6}, 3);
        assertThat(s[0]).isNaN();
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isCloseTo(0.5, within(EPS));
        assertThat(s[3]).isCloseTo(1.5, within(EPS));
    }

    @Test
    void linearRegressionSlopeIsUndefinedWhileANanIsInTheWindow() {
        double[] s = Indicators.linearRegressionSlope(new double[] {1, NaN, 2, 3, 4, 5}, 2);
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isNaN();
        assertThat(s[3]).isCloseTo(1.0, within(EPS));
        assertThat(s[5]).isCloseTo(1.0, within(EPS));
    }

    @Test
    void factoriesRejectPeriodsBelowTheirMinimumWithTheExactReason() {
        assertThatThrownBy(() -> new EmaIndicator(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must be at least 1, was: 0");
        assertThatThrownBy(() -> new PercentileRankIndicator(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window must be at least 2, was: 1");
        assertThatThrownBy(() -> Indicators.atr(new double[3], new double[2], new double[3], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("low must have 3 values, was: 2");
    }

    @Test
    void seriesShorterThanTheWarmupAreAllNan() {
        assertThat(Indicators.ema(new double[] {1, 2}, 3)).containsExactly(NaN, NaN);
        assertThat(Indicators.atr(new double[] {2, 2}, new double[] {1, 1}, new double[] {1, 1}, 2)).containsExactly(NaN, NaN);
        assertThat(Indicators.rsi(new double[] {1, 2}, 2)).containsExactly(NaN, NaN);
    }
}
