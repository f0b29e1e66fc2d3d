package com.adaptive.core.backtest;

import com.adaptive.core.strategy.Intent;
import com.adaptive.core.strategy.SignalSource;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A signal source that plays back intents written for given bars, to drive the engine by hand. */
final class ScriptedSignals implements SignalSource {
    private final Map<Integer, Consumer<Intent>> script = new HashMap<>();
    int calls;

    ScriptedSignals at(int bar, Consumer<Intent> action) {
        script.put(bar, action);
        return this;
    }

    ScriptedSignals enterLong(int bar, double tpDistance, double slDistance) {
        return at(bar, i -> i.enterMarket(1, tpDistance, slDistance));
    }

    ScriptedSignals enterShort(int bar, double tpDistance, double slDistance) {
        return at(bar, i -> i.enterMarket(-1, tpDistance, slDistance));
    }

    ScriptedSignals exit(int bar) {
        return at(bar, Intent::exit);
    }

    @Override
    public void onBarClose(int t, int positionSide, int regimeOrdinal, Intent out) {
        calls++;
        Consumer<Intent> action = script.get(t);
        if (action != null) {
            action.accept(out);
        }
    }
}
