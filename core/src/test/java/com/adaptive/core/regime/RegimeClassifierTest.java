package com.adaptive.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bucket timing, confirmation and the decision record of the streaming classifier. */
class RegimeClassifierTest {
    private static final long MIN = 60_000L;
    private static final long T0 = 1_700_000_100_000L - Math.floorMod(1_700_000_100_000L, 300_000L);
    private static final RegimeConfig SMALL = new RegimeConfig(2, 3, 2, 2, 4, 2, 3.5, 3.0, 0.93, 1.5, 0.75, 2.0, 2);

    private static List<Long> decisionTimes(long... openTimes) {
        List<Long> times = new ArrayList<>();
        RegimeClassifier c = new RegimeClassifier(SMALL, (t, r, ru, cand, conf, s, p, v) -> times.add(t));
        double price = 100;
        for (long t : openTimes) {
            price += 0.5;
            c.onBar(t, price + 1, price - 1, price, 10);
        }
        return times;
    }

    @Test
    void decidesOnTheCloseOfEachFiveMinuteBucketOnceItsLastMinuteArrives() {
        long[] times = new long[12];
        for (int i = 0; i < times.length; i++) {
            times[i] = T0 + i * MIN;
        }
        // minutes 0..11: buckets [0,5) and [5,10) close; [10,15) is still open after minute 11
        assertThat(decisionTimes(times)).containsExactly(T0 + 5 * MIN, T0 + 10 * MIN);
    }

    @Test
    void aBucketCutShortByAGapIsDecidedWhenTheNextBarArrivesAtItsOwnCloseTime() {
        // minutes 0,1,2 then a gap to minute 17: bucket [0,5) closes at +5 using bars 0..2; buckets 5..15 have no bars
        assertThat(decisionTimes(T0, T0 + MIN, T0 + 2 * MIN, T0 + 17 * MIN, T0 + 19 * MIN))
                .containsExactly(T0 + 5 * MIN, T0 + 20 * MIN);
    }

    @Test
    void rejectsBarsOutOfOrderOrOffTheMinute() {
        RegimeClassifier c = new RegimeClassifier(SMALL, (t, r, ru, cand, conf, s, p, v) -> { });
        c.onBar(T0, 2, 1, 1.5, 1);
        assertThatThrownBy(() -> c.onBar(T0, 2, 1, 1.5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bar open time " + T0 + " must be minute-aligned and after " + T0);
        assertThatThrownBy(() -> c.onBar(T0 + 90_000, 2, 1, 1.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewRegimeIsReportedAsUnconfirmedTransitionUntilItHoldsForConfirmDecisions() {
        // a long quiet range, then a steady climb: the classifier must pass through UNCONFIRMED before TRENDING
        BarSeriesBuilder b = new BarSeriesBuilder();
        double price = 100;
        for (int i = 0; i < 600; i++) {
            double wiggle = (i % 2 == 0 ? 0.05 : -0.05);
            double close = i < 300 ? 100 + wiggle : price + 0.2;
            price = close;
            b.add(T0 + i * MIN, close, close + 0.1, close - 0.1, close, 10);
        }
        BarSeries bars = b.build();
        RegimeConfig config = new RegimeConfig(5, 10, 10, 10, 50, 2, 3.5, 3.0, 0.999, 5.0, 0.0, 50.0, 3, 10, 20, 0.5, 0.9, 0.9, 0.0,
                1.3, 1.6, 10, 1.0, 5, 1e9);
        RegimeClassification c = RegimeClassification.classify(bars, config);
        List<RegimeRule> rules = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            rules.add(c.rule(i));
        }
        int firstTrend = -1;
        for (int i = 0; i < c.size(); i++) {
            if (c.regime(i) == Regime.TRENDING) {
                firstTrend = i;
                break;
            }
        }
        assertThat(firstTrend).isGreaterThan(60);
        assertThat(c.get(firstTrend - 1).rule()).isEqualTo(RegimeRule.UNCONFIRMED);
        assertThat(c.get(firstTrend - 1).candidate()).isEqualTo(Regime.TRENDING);
        assertThat(c.get(firstTrend - 1).confirmations()).isEqualTo(2);
        assertThat(c.get(firstTrend - 2).confirmations()).isEqualTo(1);
        assertThat(c.get(firstTrend - 1).reason(config)).startsWith("unconfirmed TRENDING 2/3 decisions drift_z ");
        assertThat(c.get(firstTrend).reason(config)).startsWith("drift score ").contains(" >= 0.900 and |vwap_slope| ")
                .contains(" >= 3.500 drift_z ");
        assertThat(rules.subList(40, 58)).containsOnly(RegimeRule.RANGE_FLAT);
    }

    @Test
    void insideTheHysteresisBandTheCurrentTrendHoldsUntilTheDriftFallsToTheRangeThreshold() {
        // quiet wiggle, a steady climb, then quiet again: on the way down the drift score crosses the band (0.2, 3.0)
        BarSeriesBuilder b = new BarSeriesBuilder();
        double price = 100;
        for (int i = 0; i < 900; i++) {
            double wiggle = (i % 2 == 0 ? 0.05 : -0.05);
            double close = i < 300 || i >= 600 ? price + wiggle * (i % 4 < 2 ? 1 : -1) : price + 0.2;
            price = i < 300 || i >= 600 ? price : close;
            b.add(T0 + i * MIN, close, close + 0.1, close - 0.1, close, 10);
        }
        RegimeConfig config = new RegimeConfig(5, 10, 10, 10, 50, 2, 3.5, 3.0, 0.999, 5.0, 0.0, 50.0, 1, 10, 20, 0.5, 3.0, 0.2, 0.0,
                1e9, 1.6, 10, 1e9, 5, 1e9);
        RegimeClassification c = RegimeClassification.classify(b.build(), config);
        List<RegimeRule> afterClimb = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.decisionTimeMillis(i) > T0 + 600 * MIN) {
                afterClimb.add(c.rule(i));
            }
        }
        assertThat(c.regime(110)).isEqualTo(Regime.TRENDING);
        int firstHold = afterClimb.indexOf(RegimeRule.HOLD_TREND);
        int firstRange = afterClimb.indexOf(RegimeRule.RANGE_FLAT);
        assertThat(firstHold).isNotNegative();
        assertThat(firstRange).isGreaterThan(firstHold);
        assertThat(afterClimb.subList(0, firstRange)).doesNotContain(RegimeRule.SLOPE_DEAD_BAND, RegimeRule.UNCONFIRMED);
        RegimeDecision hold = c.get(c.size() - afterClimb.size() + firstHold);
        assertThat(hold.regime()).isEqualTo(Regime.TRENDING);
        assertThat(hold.reason(config)).contains("TRENDING holds");
    }
}
