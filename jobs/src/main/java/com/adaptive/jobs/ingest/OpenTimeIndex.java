package com.adaptive.jobs.ingest;

import java.util.Arrays;

/**
 * Remembers the values of the first bar seen for each open time, in primitive arrays, so that a later row
 * with the same key can be told apart as an exact duplicate or a conflicting one without boxing a million keys.
 *
 * <p>Bar files are nearly always in time order, so a key later than every key so far is appended to a sorted run
 * without any lookup; only a key at or before the latest one is searched (binary search in the run, then a hash
 * table that holds the rare out-of-order keys). The hash alone cost a fifth of the parse step in cache misses.
 */
final class OpenTimeIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] ordered = new long[1 << 16];
    private int[] orderedSlots = new int[1 << 16];
    private int orderedSize;
    private long[] keys = new long[1 << 8];
    private int[] slots = new int[1 << 8];
    private int hashed;
    private double[] values = new double[5 << 12];
    private int size;

    OpenTimeIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** Outcome of {@link #offer}: first row for its key, the same values again, or different values. */
    enum Outcome { NEW, SAME, CONFLICT }

    Outcome offer(ParsedLine.Bar bar) {
        long key = bar.openTimeMillis();
        if (orderedSize == 0 || key > ordered[orderedSize - 1]) {
            if (orderedSize == ordered.length) {
                ordered = Arrays.copyOf(ordered, orderedSize * 2);
                orderedSlots = Arrays.copyOf(orderedSlots, orderedSize * 2);
            }
            ordered[orderedSize] = key;
            orderedSlots[orderedSize++] = store(bar);
            return Outcome.NEW;
        }
        int found = Arrays.binarySearch(ordered, 0, orderedSize, key);
        if (found >= 0) {
            return compare(orderedSlots[found], bar);
        }
        if (hashed * 2 >= keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return compare(slots[i], bar);
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = store(bar);
        hashed++;
        return Outcome.NEW;
    }

    private Outcome compare(int slot, ParsedLine.Bar bar) {
        int at = slot * 5;
        boolean same = values[at] == bar.open() && values[at + 1] == bar.high() && values[at + 2] == bar.low()
                && values[at + 3] == bar.close() && values[at + 4] == bar.volume();
        return same ? Outcome.SAME : Outcome.CONFLICT;
    }

    /** Appends the bar's values; returns their slot. */
    private int store(ParsedLine.Bar bar) {
        if ((size + 1) * 5 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        int at = size * 5;
        values[at] = bar.open();
        values[at + 1] = bar.high();
        values[at + 2] = bar.low();
        values[at + 3] = bar.close();
        values[at + 4] = bar.volume();
        return size++;
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
