package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.order.ExitReason;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.Intent;
import com.adaptive.core.strategy.SignalSource;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;
import com.adaptive.core.strategy.StrategyParams;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No-lookahead, warm-up, determinism and accounting properties of S1–S3 on real BTC 1m bars. */
class StrategyBacktestPropertiesTest {
    private static final int BARS = 20_000;

    private static BarSeries bars() {
        return SampleData.btc2023().slice(0, BARS);
    }

    /** Each strategy with shorts on, so both sides are exercised. */
    private static Strategy strategy(String id) {
        return Strategies.create(id, StrategyParams.of(Map.of("short", 1.0)));
    }

    private static BacktestResult run(Strategy s, BarSeries bars) {
        return new BacktestEngine(BacktestConfig.defaults()).run(bars, s.bind(bars, IndicatorCache.of(bars)), s.warmupBars());
    }

    /** The bars with index > t scaled by a wavy factor: a different but valid future. */
    private static BarSeries perturbedAfter(BarSeries b, int t) {
        int n = b.size();
        double[] o = b.open().clone();
        double[] h = b.high().clone();
        double[] l = b.low().clone();
        double[] c = b.close().clone();
        double[] v = b.volume().clone();
        for (int i = t + 1; i < n; i++) {
            double f = 1 + 0.02 * Math.sin(i * 0.37);
            o[i] *= f;
            h[i] *= f;
            l[i] *= f;
            c[i] *= f;
            v[i] *= 3;
        }
        return BarSeries.of(b.openTimeMillis(), o, h, l, c, v);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S1", "S2", "S3"})
    void changingBarsAfterTNeverChangesATradeEnteredAtOrBeforeT(String id) {
        BarSeries original = bars();
        BacktestResult base = run(strategy(id), original);
        assertThat(base.trades().size()).as("trades to compare").isGreaterThan(20);
        for (int t : new int[] {4_000, 9_999, 15_000}) {
            BacktestResult changed = run(strategy(id), perturbedAfter(original, t));
            assertThat(firstViolation(base, changed, t)).isNull();
        }
    }

    /**
     * Null when nothing known at the close of bar t changed: equity up to t, every trade entered up to t (closed ones
     * entirely), and the decisions taken on the close of t (an entry or a signal exit at t+1, whose price may differ).
     */
    private static String firstViolation(BacktestResult base, BacktestResult changed, int t) {
        for (int i = 0; i <= t; i++) {
            if (base.equity()[i] != changed.equity()[i]) {
                return "equity at bar " + i;
            }
        }
        TradeLog a = base.trades();
        TradeLog b = changed.trades();
        for (int k = 0; k < a.size() && a.entryBar(k) <= t + 1; k++) {
            if (k >= b.size() || a.entryBar(k) != b.entryBar(k) || a.side(k) != b.side(k)) {
                return "trade " + k + " entry";
            }
            if (a.entryBar(k) <= t && (a.entryPrice(k) != b.entryPrice(k) || a.quantity(k) != b.quantity(k))) {
                return "trade " + k + " entry price or quantity";
            }
            if (a.exitBar(k) <= t && !a.trade(k).equals(b.trade(k))) {
                return "closed trade " + k;
            }
            boolean signalExitNext = a.exitBar(k) == t + 1 && a.exitReason(k) == ExitReason.SIGNAL;
            boolean otherSignalExitNext = b.exitBar(k) == t + 1 && b.exitReason(k) == ExitReason.SIGNAL;
            if (a.entryBar(k) <= t && signalExitNext != otherSignalExitNext) {
                return "exit decision of trade " + k + " at the close of " + t;
            }
        }
        return null;
    }

    @Test
    void perturbationCheckCatchesAStrategyThatPeeksAtTheNextBar() {
        BarSeries original = bars();
        BacktestEngine engine = new BacktestEngine(BacktestConfig.defaults());
        BacktestResult base = engine.run(original, peeking(original), 1);
        int caught = 0;
        for (int t = 2_000; t < 18_000; t += 1_000) {
            BarSeries changed = perturbedAfter(original, t);
            if (firstViolation(base, engine.run(changed, peeking(changed), 1), t) != null) {
                caught++;
            }
        }
        assertThat(caught).as("cuts at which the lookahead was caught").isGreaterThan(0);
    }

    /** Buys when the next close is higher: a deliberate lookahead bug. */
    private static SignalSource peeking(BarSeries b) {
        double[] c = b.close();
        return (t, side, regime, out) -> {
            if (side == 0 && c[t + 1] > c[t]) {
                out.enterMarket(1, Double.NaN, Double.NaN);
            } else if (side != 0 && c[t + 1] < c[t]) {
                out.exit();
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S1", "S2", "S3"})
    void startingTheDataLaterChangesNoSignalOnceIndicatorsAreWarm(String id) {
        BarSeries full = bars();
        int start = 3_217; // mid-day on purpose: S1's session VWAP is only comparable from the next UTC midnight
        BarSeries later = full.slice(start, full.size());
        Strategy s = strategy(id);
        SignalSource onFull = s.bind(full, IndicatorCache.of(full));
        SignalSource onLater = s.bind(later, IndicatorCache.of(later));
        long nextMidnight = (later.openTimeMillis()[0] / 86_400_000L + 1) * 86_400_000L;
        // EMA/Wilder seeds decay by (1 - 2/(p+1))^k; 20 slow periods leave ~1e-17 of the seed
        int settle = Math.max(later.indexAtOrAfter(nextMidnight), 20 * 50);
        Intent a = new Intent();
        Intent b = new Intent();
        int signals = 0;
        for (int t = settle; t < later.size(); t++) {
            for (int side = -1; side <= 1; side++) {
                a.clear();
                b.clear();
                onFull.onBarClose(t + start, side, -1, a);
                onLater.onBarClose(t, side, -1, b);
                assertThat(b.action()).as("action at bar %d side %d", t, side).isEqualTo(a.action());
                if (a.action() == Intent.ENTER) {
                    signals++;
                    assertThat(b.sideSign()).isEqualTo(a.sideSign());
                    assertThat(b.stopLossDistance()).isCloseTo(a.stopLossDistance(), Offset.offset(1e-6));
                }
            }
        }
        assertThat(signals).as("entries compared").isGreaterThan(10);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S1", "S2", "S3"})
    void runsAreDeterministic(String id) {
        BacktestResult first = run(strategy(id), bars());
        BacktestResult second = run(strategy(id), bars());

        assertThat(second.equity()).containsExactly(first.equity());
        assertThat(second.trades().size()).isEqualTo(first.trades().size());
        for (int k = 0; k < first.trades().size(); k++) {
            assertThat(second.trades().trade(k)).isEqualTo(first.trades().trade(k));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"S1", "S2", "S3"})
    void sumOfTradePnlEqualsTheEquityChange(String id) {
        BacktestResult r = run(strategy(id), bars());

        assertThat(r.trades().size()).isGreaterThan(20);
        assertThat(r.trades().totalPnl()).isCloseTo(r.finalEquity() - r.initialCapital(), Offset.offset(1e-6));
    }
}
