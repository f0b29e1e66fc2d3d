package com.adaptive.jobs.ingest;

import java.util.Arrays;

/**
 * Remembers the values of the first bar seen for each open time, in primitive arrays, so that a later row
 * with the same key can be told apart as an exact duplicate or a conflicting one without boxing a million keys.
 */
final class OpenTimeIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 16];
    private int[] slots = new int[1 << 16];
    private double[] values = new double[5 << 12];
    private int size;

    OpenTimeIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** Outcome of {@link #offer}: first row for its key, the same values again, or different values. */
    enum Outcome { NEW, SAME, CONFLICT }

    Outcome offer(ParsedLine.Bar bar) {
        if (size * 2 >= keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int i = mix(bar.openTimeMillis()) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == bar.openTimeMillis()) {
                int at = slots[i] * 5;
                boolean same = values[at] == bar.open() && values[at + 1] == bar.high() && values[at + 2] == bar.low()
                        && values[at + 3] == bar.close() && values[at + 4] == bar.volume();
                return same ? Outcome.SAME : Outcome.CONFLICT;
            }
            i = (i + 1) & mask;
        }
        keys[i] = bar.openTimeMillis();
        slots[i] = size;
        if ((size + 1) * 5 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        int at = size * 5;
        values[at] = bar.open();
        values[at + 1] = bar.high();
        values[at + 2] = bar.low();
        values[at + 3] = bar.close();
        values[at + 4] = bar.volume();
        size++;
        return Outcome.NEW;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
