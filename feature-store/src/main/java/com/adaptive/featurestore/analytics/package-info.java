/** Regime performance analytics: time share, dwell, transitions, forward returns and S1–S3 by regime, and the offline HTML report. */
package com.adaptive.featurestore.analytics;
