/** The performance metrics suite (returns, risk, drawdown, trade statistics) over a 24/7 year of 525,600 minutes. */
package com.adaptive.core.metrics;
