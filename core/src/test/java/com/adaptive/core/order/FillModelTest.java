package com.adaptive.core.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long bracket entered at 100 with TP 105 and SL 95 unless stated; every expectation worked out by hand. */
class FillModelTest {
    private final FillModel stopFirst = FillModel.frictionless(AmbiguityPolicy.STOP_FIRST);
    private final FillModel adaptive = FillModel.frictionless(AmbiguityPolicy.ADAPTIVE_OHLC);

    @Test
    void takeProfitFillsAtItsLevelWhenTheHighReachesIt() {
        int code = stopFirst.resolveExit(1, 105, 95, 101, 106, 100, true);
        assertThat(code).isEqualTo(FillModel.TAKE_PROFIT_AT_LEVEL);
        assertThat(stopFirst.exitPrice(code, 1, 105, 95, 101)).isEqualTo(105);
    }

    @Test
    void stopFillsAtItsLevelWhenTheLowReachesIt() {
        int code = stopFirst.resolveExit(1, 105, 95, 99, 100, 94, true);
        assertThat(code).isEqualTo(FillModel.STOP_AT_LEVEL);
        assertThat(stopFirst.exitPrice(code, 1, 105, 95, 99)).isEqualTo(95);
    }

    @Test
    void nothingFillsWhileTheRangeStaysBetweenTheLegs() {
        assertThat(stopFirst.resolveExit(1, 105, 95, 100, 104.99, 95.01, true)).isEqualTo(FillModel.NO_EXIT);
    }

    @Test
    void stopFirstPolicyTakesTheStopWhenOneBarHoldsBothLegs() {
        assertThat(stopFirst.resolveExit(1, 105, 95, 104, 106, 94, true)).isEqualTo(FillModel.STOP_AT_LEVEL);
    }

    @Test
    void adaptivePolicyTakesTheTargetWhenTheOpenIsNearerTheHigh() {
        // open 104: 2 below the high, 10 above the low -> high first -> take-profit
        assertThat(adaptive.resolveExit(1, 105, 95, 104, 106, 94, true)).isEqualTo(FillModel.TAKE_PROFIT_AT_LEVEL);
    }

    @Test
    void adaptivePolicyTakesTheStopWhenTheOpenIsNearerTheLow() {
        // open 96: 2 above the low -> low first -> stop
        assertThat(adaptive.resolveExit(1, 105, 95, 96, 106, 94, true)).isEqualTo(FillModel.STOP_AT_LEVEL);
    }

    @Test
    void adaptivePolicyBreaksATieTowardsTheStop() {
        assertThat(adaptive.resolveExit(1, 105, 95, 100, 106, 94, true)).isEqualTo(FillModel.STOP_AT_LEVEL);
    }

    @Test
    void adaptivePolicyMirrorsForAShort() {
        // short entered at 100: TP 95 below, SL 105 above; open 96 nearer the low -> low first -> take-profit
        assertThat(adaptive.resolveExit(-1, 95, 105, 96, 106, 94, true)).isEqualTo(FillModel.TAKE_PROFIT_AT_LEVEL);
        assertThat(stopFirst.resolveExit(-1, 95, 105, 96, 106, 94, true)).isEqualTo(FillModel.STOP_AT_LEVEL);
    }

    @Test
    void stopFillsAtOpenWhenBarGapsThroughIt() {
        int code = stopFirst.resolveExit(1, 105, 95, 90, 92, 89, true);
        assertThat(code).isEqualTo(FillModel.STOP_AT_OPEN);
        assertThat(stopFirst.exitPrice(code, 1, 105, 95, 90)).isEqualTo(90);
    }

    @Test
    void takeProfitFillsAtTheBetterOpenWhenBarGapsThroughIt() {
        int code = stopFirst.resolveExit(1, 105, 95, 110, 111, 109, true);
        assertThat(code).isEqualTo(FillModel.TAKE_PROFIT_AT_OPEN);
        assertThat(stopFirst.exitPrice(code, 1, 105, 95, 110)).isEqualTo(110);
    }

    @Test
    void shortStopFillsAtOpenWhenBarGapsUpThroughIt() {
        assertThat(stopFirst.resolveExit(-1, 95, 105, 108, 109, 107, true)).isEqualTo(FillModel.STOP_AT_OPEN);
    }

    @Test
    void stopExitPriceLosesTheSlippageAndPaysTheTakerFee() {
        FillModel frictions = new FillModel(2, 5, 10, AmbiguityPolicy.STOP_FIRST);
        // 95 * (1 - 0.001) = 94.905 for a long; 105 * 1.001 = 105.105 for a short's stop
        assertThat(frictions.exitPrice(FillModel.STOP_AT_LEVEL, 1, 105, 95, 100)).isCloseTo(94.905, within());
        assertThat(frictions.exitPrice(FillModel.STOP_AT_LEVEL, -1, 95, 105, 100)).isCloseTo(105.105, within());
        assertThat(frictions.exitFeeRate(FillModel.STOP_AT_LEVEL)).isEqualTo(0.0005);
        assertThat(frictions.exitFeeRate(FillModel.TAKE_PROFIT_AT_LEVEL)).isEqualTo(0.0002);
        assertThat(frictions.exitPrice(FillModel.TAKE_PROFIT_AT_LEVEL, 1, 105, 95, 100)).isEqualTo(105);
    }

    @Test
    void marketOrdersPayTheSlippageInTheirDirection() {
        FillModel frictions = new FillModel(2, 5, 10, AmbiguityPolicy.STOP_FIRST);
        assertThat(frictions.marketPrice(1, 100)).isCloseTo(100.1, within());
        assertThat(frictions.marketPrice(-1, 100)).isCloseTo(99.9, within());
    }

    @Test
    void limitBuyFillsAtTheLimitWhenTheLowReachesItAndAtTheOpenAfterAGapDown() {
        assertThat(stopFirst.limitEntry(1, 99, 100, 101, 98.5)).isEqualTo(FillModel.FILL_AT_LIMIT);
        assertThat(stopFirst.limitEntry(1, 99, 98, 99.5, 97)).isEqualTo(FillModel.FILL_AT_OPEN);
        assertThat(stopFirst.limitEntry(1, 99, 100, 101, 99.01)).isEqualTo(FillModel.NO_FILL);
    }

    @Test
    void subBarsFindTheFirstFinerBarThatTouchesALeg() {
        double[] high = {101, 106, 102};
        double[] low = {99, 100, 94};
        assertThat(FillModel.firstSubBarWithExit(1, 105, 95, high, low, 0, 3)).isEqualTo(1);
        assertThat(FillModel.firstSubBarWithExit(1, 107, 95, high, low, 0, 2)).isEqualTo(-1);
    }

    @Test
    void negativeFeesAreRejected() {
        assertThatThrownBy(() -> new FillModel(-1, 5, 0, AmbiguityPolicy.STOP_FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fees and slippage must be non-negative bps, were maker=-1.0 taker=5.0 slippage=0.0");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
