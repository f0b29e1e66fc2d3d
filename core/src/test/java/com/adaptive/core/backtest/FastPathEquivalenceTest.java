package com.adaptive.core.backtest;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.metrics.MetricsCalculator;
import com.adaptive.core.metrics.ReturnAccumulator;
import com.adaptive.core.order.AmbiguityPolicy;
import com.adaptive.core.order.FillModel;
import com.adaptive.core.regime.Regime;
import com.adaptive.core.strategy.IndicatorCache;
import com.adaptive.core.strategy.Intent;
import com.adaptive.core.strategy.RegimeChangePolicy;
import com.adaptive.core.strategy.RegimeGating;
import com.adaptive.core.strategy.SignalSource;
import com.adaptive.core.strategy.Strategies;
import com.adaptive.core.strategy.Strategy;
import com.adaptive.core.strategy.StrategyParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's fast paths (skipping flat bars up to the strategy's next possible entry, walking an open bracket up to
 * the first bar that may fill a leg or make the strategy exit) and S1's streaming binding change nothing: equity at
 * every bar, every trade and every counter equal those of the general per-bar path over batch columns, bit for bit,
 * on all 66K bars of the bundled BTC sample (many UTC days, many 2,048-bar blocks).
 */
class FastPathEquivalenceTest {

    private static BarSeries bars() {
        return SampleData.btc2023();
    }

    /** Asks the bound strategy on every bar: no hints, so the engine takes its general path everywhere. */
    private static SignalSource withoutHints(SignalSource s) {
        return s::onBarClose;
    }

    /** Regimes that change every few hundred bars, some unknown, so gating blocks entries and forces exits. */
    private static byte[] syntheticRegimes(int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            int phase = (int) ((i * 2_654_435_761L >>> 7) % 5) ; // pseudo-random per 128-bar stretch
            r[i] = (byte) (i / 333 % 7 == 6 ? -1 : (phase + i / 777) % Regime.values().length);
        }
        return r;
    }

    private static void assertSameRun(BacktestResult expected, BacktestResult actual) {
        assertThat(actual.equity()).containsExactly(expected.equity());
        assertThat(actual.trades().size()).isEqualTo(expected.trades().size());
        for (int k = 0; k < expected.trades().size(); k++) {
            assertThat(actual.trades().trade(k)).isEqualTo(expected.trades().trade(k));
        }
        assertThat(actual.blockedEntries()).isEqualTo(expected.blockedEntries());
        assertThat(actual.barsInPosition()).isEqualTo(expected.barsInPosition());
        assertThat(actual.tradedNotional()).isEqualTo(expected.tradedNotional());
        assertThat(actual.feesPaid()).isEqualTo(expected.feesPaid());
    }

    private static void assertAllPathsAgree(Strategy s, BacktestConfig config, byte[] regimes) {
        BarSeries b = bars();
        BacktestEngine engine = new BacktestEngine(config);
        BacktestResult general = engine.run(b, withoutHints(s.bind(b, IndicatorCache.of(b))), s.warmupBars(), regimes);
        assertThat(general.trades().size()).as("trades of %s", s.params()).isGreaterThan(20);
        assertSameRun(general, engine.run(b, s.bind(b, IndicatorCache.of(b)), s.warmupBars(), regimes));
        assertSameRun(general, engine.run(b, s.bindStreaming(b), s.warmupBars(), regimes));
        // the optimizer's form: no curve, each bar's equity fed to the metrics' accumulator, same metrics bit for bit
        double barMinutes = MetricsCalculator.barMinutes(b.openTimeMillis());
        ReturnAccumulator returns = new ReturnAccumulator();
        BacktestResult noCurve = engine.run(b, s.bind(b, IndicatorCache.of(b)), s.warmupBars(), regimes, null, null,
                new TradeLog(), returns);
        assertThat(noCurve.equity()).isNull();
        assertThat(MetricsCalculator.of(noCurve, returns, barMinutes)).isEqualTo(MetricsCalculator.of(general, barMinutes));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "S1 ", "S1 short=1", "S1 vwap=0 tp_pct=2 sl_pct=1", "S1 fast=5 slow=30 tp_atr=1 sl_atr=0.5 short=1",
            "S1 tp_atr=0 sl_atr=1", "S1 sl_atr=0 tp_atr=2 short=1", "S1 vwap=0 fast=3 slow=7 atr=3",
            "S2 short=1", "S3 short=1"})
    void fastPathsAndStreamingMatchTheGeneralPath(String spec) {
        Strategy s = strategy(spec);
        assertAllPathsAgree(s, BacktestConfig.defaults(), null);
        assertAllPathsAgree(s, BacktestConfig.defaults().withFills(FillModel.defaults().withPolicy(AmbiguityPolicy.ADAPTIVE_OHLC))
                .withSizing(new PositionSizing(PositionSizing.Mode.RISK_PER_TRADE, 0.01)), null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HOLD", "EXIT"})
    void fastPathsMatchUnderRegimeGating(String policy) {
        byte[] regimes = syntheticRegimes(bars().size());
        RegimeGating gating = RegimeGating.allowing(Set.of(Regime.TRENDING, Regime.RANGING), RegimeChangePolicy.valueOf(policy));
        for (String spec : new String[] {"S1 short=1", "S1 vwap=0 tp_pct=2 sl_pct=1"}) {
            assertAllPathsAgree(strategy(spec), BacktestConfig.defaults().withGating(gating), regimes);
        }
    }

    @Test
    void streamingSignalsRefuseToGoBackwards() {
        BarSeries b = bars();
        Strategy s = strategy("S1 ");
        SignalSource streaming = s.bindStreaming(b);
        Intent out = new Intent();
        streaming.onBarClose(5_000, 0, -1, out);
        streaming.onBarClose(5_001, 0, -1, out);
        assertThatThrownBy(() -> streaming.onBarClose(100, 0, -1, out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("increasing bar order");
    }

    @Test
    void streamingDecisionsEqualColumnDecisionsOnEveryBarAndSide() {
        BarSeries b = bars();
        for (String spec : new String[] {"S1 short=1", "S1 vwap=0 tp_pct=2 sl_pct=1 short=1"}) {
            Strategy s = strategy(spec);
            SignalSource columns = s.bind(b, IndicatorCache.of(b));
            SignalSource[] streams = {s.bindStreaming(b), s.bindStreaming(b), s.bindStreaming(b)};
            Intent a = new Intent();
            Intent c = new Intent();
            int entries = 0;
            for (int t = 0; t < b.size(); t++) {
                for (int side = -1; side <= 1; side++) {
                    a.clear();
                    c.clear();
                    columns.onBarClose(t, side, -1, a);
                    streams[side + 1].onBarClose(t, side, -1, c);
                    assertThat(c.action()).as("%s bar %d side %d", spec, t, side).isEqualTo(a.action());
                    if (a.action() == Intent.ENTER) {
                        entries++;
                        assertThat(c.sideSign()).isEqualTo(a.sideSign());
                        assertThat(c.takeProfitDistance()).isEqualTo(a.takeProfitDistance());
                        assertThat(c.stopLossDistance()).isEqualTo(a.stopLossDistance());
                    }
                }
            }
            assertThat(entries).isGreaterThan(100);
        }
    }

    private static Strategy strategy(String spec) {
        String[] parts = spec.trim().split(" ");
        java.util.Map<String, Double> params = new java.util.HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=");
            params.put(kv[0], Double.parseDouble(kv[1]));
        }
        return Strategies.create(parts[0], StrategyParams.of(params));
    }
}
