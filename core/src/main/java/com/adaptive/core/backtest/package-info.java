/** The backtest engine (one allocation-free loop over primitive columns), trade logs, and multi-strategy × symbol orchestration. */
package com.adaptive.core.backtest;
