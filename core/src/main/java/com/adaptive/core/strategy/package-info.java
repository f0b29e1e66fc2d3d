/** The strategy API (intents emitted on the close of bar t), strategies S1 trend, S2 mean reversion, S3 breakout, and regime gating. */
package com.adaptive.core.strategy;
