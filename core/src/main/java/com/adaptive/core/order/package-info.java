/** Bracket orders: the one (state, event) → state machine, leg specs and the bar fill model shared by backtest and live trading. */
package com.adaptive.core.order;
