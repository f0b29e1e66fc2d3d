package com.adaptive.core.io;

/** A CSV file that breaks the format; the message names the file and, where there is one, the line. */
public final class BarCsvException extends IllegalArgumentException {
    public BarCsvException(String message) {
        super(message);
    }
}
