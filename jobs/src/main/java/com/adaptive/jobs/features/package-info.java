/** Jobs of the feature store: build-features, classify-regimes, materialize and regime-analytics, and the reports folder index. */
package com.adaptive.jobs.features;
