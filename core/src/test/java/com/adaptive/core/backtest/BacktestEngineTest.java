package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.order.AmbiguityPolicy;
import com.adaptive.core.order.ExitReason;
import com.adaptive.core.order.FillModel;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.adaptive.core.backtest.TestBars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hand-computed fill scenarios. Unless stated: 10,000 capital, all-in, no fees; a long entered on the close of
 * bar 0 fills at the open of bar 1 (100), so quantity = 10,000 / 100 = 100 units, TP = 105, SL = 95.
 */
class BacktestEngineTest {
    private static final long MINUTE = 60_000L;
    private static final Offset<Double> EXACT = Offset.offset(1e-9);
    private static final double[] SIGNAL_BAR = bar(100, 101, 99, 100);
    private static final double[] ENTRY_BAR = bar(100, 102, 99, 101);

    private static BacktestEngine engine(AmbiguityPolicy policy) {
        return new BacktestEngine(BacktestConfig.defaults().withFills(FillModel.frictionless(policy)));
    }

    private static BacktestResult runLong(AmbiguityPolicy policy, double[] thirdBar) {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, thirdBar, bar(104, 104, 103, 103));
        return engine(policy).run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0);
    }

    @Test
    void takeProfitHitClosesAtTheTargetForFiveHundred() {
        BacktestResult r = runLong(AmbiguityPolicy.STOP_FIRST, bar(101, 106, 100, 104));

        TradeLog.Trade t = r.trades().trade(0);
        assertThat(r.trades().size()).isEqualTo(1);
        assertThat(t.entryBar()).isEqualTo(1);
        assertThat(t.exitBar()).isEqualTo(2);
        assertThat(t.entryPrice()).isEqualTo(100);
        assertThat(t.exitPrice()).isEqualTo(105);
        assertThat(t.quantity()).isEqualTo(100);
        assertThat(t.pnl()).isCloseTo(500, EXACT);
        assertThat(t.exitReason()).isEqualTo(ExitReason.TAKE_PROFIT);
        // bar 1 marked at its close 101 while held: 10,000 + 100 * (101 - 100)
        assertThat(r.equity()).containsExactly(10_000, 10_100, 10_500, 10_500);
    }

    @Test
    void stopLossHitClosesAtTheStopForMinusFiveHundred() {
        BacktestResult r = runLong(AmbiguityPolicy.STOP_FIRST, bar(101, 102, 94, 96));

        assertThat(r.trades().trade(0).exitPrice()).isEqualTo(95);
        assertThat(r.trades().trade(0).pnl()).isCloseTo(-500, EXACT);
        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(r.finalEquity()).isCloseTo(9_500, EXACT);
    }

    @ParameterizedTest(name = "open {0} under {1} -> {2} at {3}")
    @CsvSource({
            "104, STOP_FIRST,    STOP_LOSS,   95",
            "104, ADAPTIVE_OHLC, TAKE_PROFIT, 105",
            "96,  ADAPTIVE_OHLC, STOP_LOSS,   95",
            "100, ADAPTIVE_OHLC, STOP_LOSS,   95",
            "104, SUB_BARS,      STOP_LOSS,   95"})
    void barHoldingBothLegsResolvesByPolicy(double open, AmbiguityPolicy policy, ExitReason reason, double price) {
        // range 94..106 contains both 95 and 105; SUB_BARS without finer bars falls back to STOP_FIRST
        BacktestResult r = runLong(policy, bar(open, 106, 94, 100));

        assertThat(r.trades().exitReason(0)).isEqualTo(reason);
        assertThat(r.trades().exitPrice(0)).isEqualTo(price);
    }

    @Test
    void subBarsResolveTheTargetWhenTheFirstMinuteReachesIt() {
        BacktestResult r = runThreeMinuteWithSubBars(bar(101, 106, 100, 105), bar(105, 105, 94, 96), bar(96, 100, 95, 100));

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.TAKE_PROFIT);
        assertThat(r.trades().pnl(0)).isCloseTo(500, EXACT);
    }

    @Test
    void subBarsResolveTheStopWhenTheFirstMinuteReachesIt() {
        BacktestResult r = runThreeMinuteWithSubBars(bar(101, 102, 94, 96), bar(96, 106, 96, 105), bar(105, 105, 99, 100));

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(r.trades().pnl(0)).isCloseTo(-500, EXACT);
    }

    @Test
    void subBarsFillAStopAtTheOpenOfAMinuteThatGapsThroughIt() {
        BacktestResult r = runThreeMinuteWithSubBars(bar(101, 104, 100, 100), bar(92, 106, 91, 105), bar(105, 105, 99, 100));

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(r.trades().exitPrice(0)).isEqualTo(92);
    }

    private static BacktestResult runThreeMinuteWithSubBars(double[] m0, double[] m1, double[] m2) {
        long three = 3 * MINUTE;
        double high = Math.max(m0[1], Math.max(m1[1], m2[1]));
        double low = Math.min(m0[2], Math.min(m1[2], m2[2]));
        BarSeries bars = TestBars.of(three, SIGNAL_BAR, ENTRY_BAR, bar(m0[0], high, low, m2[3]), bar(104, 104, 103, 103));
        BarSeries minutes = TestBars.of(MINUTE, SIGNAL_BAR, SIGNAL_BAR, SIGNAL_BAR, ENTRY_BAR, ENTRY_BAR, ENTRY_BAR,
                m0, m1, m2, bar(104, 104, 103, 103), bar(103, 103, 103, 103), bar(103, 103, 103, 103));
        return engine(AmbiguityPolicy.SUB_BARS).run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0, null, minutes,
                new double[bars.size()], new TradeLog());
    }

    @Test
    void stopFillsAtOpenWhenBarGapsThroughIt() {
        BacktestResult r = runLong(AmbiguityPolicy.STOP_FIRST, bar(90, 92, 89, 91));

        assertThat(r.trades().exitPrice(0)).isEqualTo(90);
        assertThat(r.trades().pnl(0)).isCloseTo(-1_000, EXACT);
        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.STOP_LOSS);
    }

    @Test
    void takeProfitFillsAtTheBetterOpenWhenBarGapsThroughIt() {
        BacktestResult r = runLong(AmbiguityPolicy.STOP_FIRST, bar(110, 111, 109, 110));

        assertThat(r.trades().exitPrice(0)).isEqualTo(110);
        assertThat(r.trades().pnl(0)).isCloseTo(1_000, EXACT);
    }

    @Test
    void feesAndSlippageOnATakeProfitTrade() {
        // entry 100 * 1.001 = 100.1; qty = 10,000 / (100.1 * 1.0005) = 99.85017481269357
        // entry fee 5 bps of qty * 100.1 = 4.997501249375313; TP 105.1 is a maker fill: 2 bps = 2.0988506745628186
        // pnl = qty * 5 - 4.997501249375313 - 2.0988506745628186 = 492.1545221395297
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 106, 100, 104), bar(104, 104, 103, 103));
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()
                .withFills(new FillModel(2, 5, 10, AmbiguityPolicy.STOP_FIRST)))
                .run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0);

        TradeLog.Trade t = r.trades().trade(0);
        assertThat(t.entryPrice()).isCloseTo(100.1, EXACT);
        assertThat(t.quantity()).isCloseTo(99.85017481269357, EXACT);
        assertThat(t.exitPrice()).isCloseTo(105.1, EXACT);
        assertThat(t.fees()).isCloseTo(4.997501249375313 + 2.0988506745628186, EXACT);
        assertThat(t.pnl()).isCloseTo(492.1545221395297, EXACT);
        assertThat(r.finalEquity()).isCloseTo(10_492.15452213953, EXACT);
        assertThat(r.feesPaid()).isCloseTo(t.fees(), EXACT);
    }

    @Test
    void feesAndSlippageOnAStopLossTrade() {
        // SL 95.1 fills at 95.1 * 0.999 = 95.0049 with a 5 bps taker fee = 4.743127936531235
        // pnl = qty * (95.0049 - 100.1) - 4.997501249375313 - 4.743127936531235 = -518.4872548740617
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 102, 94, 96), bar(96, 96, 96, 96));
        BacktestResult r = new BacktestEngine(BacktestConfig.defaults()
                .withFills(new FillModel(2, 5, 10, AmbiguityPolicy.STOP_FIRST)))
                .run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0);

        assertThat(r.trades().exitPrice(0)).isCloseTo(95.0049, EXACT);
        assertThat(r.trades().pnl(0)).isCloseTo(-518.4872548740617, EXACT);
        assertThat(r.finalEquity() - 10_000).isCloseTo(r.trades().totalPnl(), EXACT);
    }

    @Test
    void shortStopAboveTheEntryLosesWhenTheHighReachesIt() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 105.5, 100, 104), bar(104, 104, 103, 103));
        BacktestResult r = engine(AmbiguityPolicy.STOP_FIRST).run(bars, new ScriptedSignals().enterShort(0, 5, 5), 0);

        // short 100 units at 100, stop 105 -> -500
        assertThat(r.trades().side(0)).isEqualTo(-1);
        assertThat(r.trades().exitPrice(0)).isEqualTo(105);
        assertThat(r.trades().pnl(0)).isCloseTo(-500, EXACT);
        assertThat(r.equity()[1]).isCloseTo(10_000 - 100 * (101 - 100), EXACT);
    }

    @Test
    void signalExitFillsAtTheNextOpen() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 103, 100, 102), bar(104, 104, 103, 103));
        BacktestResult r = engine(AmbiguityPolicy.STOP_FIRST).run(bars,
                new ScriptedSignals().enterLong(0, Double.NaN, Double.NaN).exit(2), 0);

        assertThat(r.trades().exitBar(0)).isEqualTo(3);
        assertThat(r.trades().exitPrice(0)).isEqualTo(104);
        assertThat(r.trades().pnl(0)).isCloseTo(400, EXACT);
        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.SIGNAL);
    }

    @Test
    void positionStillOpenAtTheEndClosesAtTheLastClose() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 103, 100, 102));
        BacktestResult r = engine(AmbiguityPolicy.STOP_FIRST).run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0);

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.END);
        assertThat(r.trades().exitPrice(0)).isEqualTo(102);
        assertThat(r.finalEquity()).isCloseTo(10_200, EXACT);
    }

    @Test
    void limitEntryFillsAtTheLimitAndAnchorsTheBracketThere() {
        // limit 98 reached by bar 1's low 97: 10,000 / 98 units; TP 103 is not trusted on the fill bar, SL 93 is not hit
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, bar(100, 104, 97, 99), bar(99, 103.5, 98, 103), bar(103, 103, 103, 103));
        BacktestResult r = engine(AmbiguityPolicy.STOP_FIRST).run(bars,
                new ScriptedSignals().at(0, i -> i.enterLimit(1, 98, 5, 5)), 0);

        assertThat(r.trades().entryPrice(0)).isEqualTo(98);
        assertThat(r.trades().exitBar(0)).isEqualTo(2);
        assertThat(r.trades().exitPrice(0)).isEqualTo(103);
        assertThat(r.trades().pnl(0)).isCloseTo(10_000 / 98.0 * 5, EXACT);
    }

    @Test
    void limitEntryThatIsNotReachedExpiresWithoutATrade() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, bar(100, 101, 99, 100), bar(100, 101, 97, 100));
        BacktestResult r = engine(AmbiguityPolicy.STOP_FIRST).run(bars,
                new ScriptedSignals().at(0, i -> i.enterLimit(1, 98, 5, 5)), 0);

        assertThat(r.trades().size()).isZero();
        assertThat(r.finalEquity()).isEqualTo(10_000);
    }

    @Test
    void entryOutsideTheAllowedRegimesIsBlockedAndCounted() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 106, 100, 104));
        BacktestEngine gated = new BacktestEngine(BacktestConfig.defaults()
                .withFills(FillModel.frictionless(AmbiguityPolicy.STOP_FIRST))
                .withGating(RegimeGating.allowing(RegimeChangePolicy.HOLD, 0)));

        BacktestResult r = gated.run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0, new byte[] {1, 0, 0});

        assertThat(r.trades().size()).isZero();
        assertThat(r.blockedEntries()).isEqualTo(1);
    }

    @Test
    void regimeChangeExitsAtTheNextOpenWhenThePolicyIsExit() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(102, 103, 101, 102), bar(102, 102, 102, 102));
        BacktestEngine gated = new BacktestEngine(BacktestConfig.defaults()
                .withFills(FillModel.frictionless(AmbiguityPolicy.STOP_FIRST))
                .withGating(RegimeGating.allowing(RegimeChangePolicy.EXIT, 0)));

        BacktestResult r = gated.run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0, new byte[] {0, 1, 1, 1});

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.REGIME);
        assertThat(r.trades().exitBar(0)).isEqualTo(2);
        assertThat(r.trades().pnl(0)).isCloseTo(200, EXACT);
    }

    @Test
    void regimeChangeKeepsThePositionWhenThePolicyIsHold() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(102, 103, 101, 102), bar(102, 106, 102, 102));
        BacktestEngine gated = new BacktestEngine(BacktestConfig.defaults()
                .withFills(FillModel.frictionless(AmbiguityPolicy.STOP_FIRST))
                .withGating(RegimeGating.allowing(RegimeChangePolicy.HOLD, 0)));

        BacktestResult r = gated.run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0, new byte[] {0, 1, 1, 1});

        assertThat(r.trades().exitReason(0)).isEqualTo(ExitReason.TAKE_PROFIT);
    }

    @Test
    void riskPerTradeSizingLosesTheRiskFractionAtTheStop() {
        // 1 % of 10,000 = 100 at risk over a 5-point stop -> 20 units; the stop costs exactly 100
        BacktestEngine risk = new BacktestEngine(BacktestConfig.defaults()
                .withFills(FillModel.frictionless(AmbiguityPolicy.STOP_FIRST))
                .withSizing(new PositionSizing(PositionSizing.Mode.RISK_PER_TRADE, 0.01)));
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, ENTRY_BAR, bar(101, 102, 94, 96), bar(96, 96, 96, 96));

        BacktestResult r = risk.run(bars, new ScriptedSignals().enterLong(0, 5, 5), 0);

        assertThat(r.trades().quantity(0)).isCloseTo(20, EXACT);
        assertThat(r.trades().pnl(0)).isCloseTo(-100, EXACT);
    }

    @Test
    void strategyIsNotAskedDuringWarmUpNorOnTheLastBar() {
        BarSeries bars = TestBars.of(MINUTE, SIGNAL_BAR, SIGNAL_BAR, SIGNAL_BAR, SIGNAL_BAR, SIGNAL_BAR);
        ScriptedSignals signals = new ScriptedSignals();

        engine(AmbiguityPolicy.STOP_FIRST).run(bars, signals, 2);

        assertThat(signals.calls).isEqualTo(2); // bars 2 and 3
    }

    @Test
    void emptySeriesIsRejected() {
        BarSeries empty = BarSeries.of(new long[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
        assertThatThrownBy(() -> engine(AmbiguityPolicy.STOP_FIRST).run(empty, new ScriptedSignals(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot backtest an empty bar series");
    }
}
