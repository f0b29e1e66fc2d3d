package com.adaptive.jobs.ingest;

/** The bar file layouts ingestion recognises, detected from a file's first line. */
public enum BarFileFormat {
    /** {@code open_time,open,high,low,close,volume}; open_time ISO-8601 UTC or epoch milliseconds; header optional. */
    PROJECT_CSV(6),
    /** Binance kline dump: 12 columns, no header, open_time in epoch milliseconds or (since 2025) microseconds. */
    BINANCE_KLINE(12);

    private final int fields;

    BarFileFormat(int fields) {
        this.fields = fields;
    }

    public int fields() {
        return fields;
    }

    /** Detects the format from the first non-blank line, or returns null when the line fits neither. */
    public static BarFileFormat detect(String firstLine) {
        String line = firstLine.strip();
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                commas++;
            }
        }
        if (line.startsWith("open_time,") && commas == 5) {
            return PROJECT_CSV;
        }
        if (commas == 11 && !line.isEmpty() && Character.isDigit(line.charAt(0))) {
            return BINANCE_KLINE;
        }
        if (commas == 5 && !line.isEmpty() && (Character.isDigit(line.charAt(0)))) {
            return PROJECT_CSV;
        }
        return null;
    }

    /** True for a header line, which is skipped rather than counted as a row. */
    public boolean isHeader(String line) {
        return this == PROJECT_CSV && line.startsWith("open_time");
    }
}
