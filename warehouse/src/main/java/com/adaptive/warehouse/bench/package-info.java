/** Command-line benchmarks of the lake: staged-CSV MERGE throughput and the cold query a fresh JVM pays for. */
package com.adaptive.warehouse.bench;
