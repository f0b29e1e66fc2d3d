/** Staged bars: the typed Parquet files producers write and a bars MERGE reads, and the plain-Java scan that vets them. */
package com.adaptive.warehouse.staging;
