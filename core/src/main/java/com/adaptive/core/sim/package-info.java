/** A seeded, labelled regime-switching market simulator for measuring the regime classifier honestly. */
package com.adaptive.core.sim;
