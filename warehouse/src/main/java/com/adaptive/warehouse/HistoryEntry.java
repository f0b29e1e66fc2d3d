package com.adaptive.warehouse;

import java.time.Instant;

/** One commit of a Delta table: version, when, which operation, its parameters and metrics rendered as text. */
public record HistoryEntry(long version, Instant timestamp, String operation, String operationParameters,
                           String operationMetrics) {
}
