package com.adaptive.core.indicator;

/**
 * A multiset of doubles answering "how many are below x" in O(log n): a treap whose nodes live in preallocated
 * arrays, so inserts and removals never allocate. Priorities come from a fixed-seed xorshift, which keeps the
 * shape, and hence the run time, deterministic.
 */
final class OrderStatisticTreap {
    private final double[] key;
    private final int[] left;
    private final int[] right;
    private final int[] size;
    private final int[] prio;
    private final int[] free;
    private int freeTop;
    private int root;
    private int rng = 0x9E3779B9;
    private int splitLeft;
    private int splitRight;

    OrderStatisticTreap(int capacity) {
        // node 0 is the empty tree, so size[0] == 0 needs no special case
        key = new double[capacity + 1];
        left = new int[capacity + 1];
        right = new int[capacity + 1];
        size = new int[capacity + 1];
        prio = new int[capacity + 1];
        free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - i;
        }
        freeTop = capacity;
    }

    int size() {
        return size[root];
    }

    void insert(double k) {
        int n = free[--freeTop];
        rng ^= rng << 13;
        rng ^= rng >>> 17;
        rng ^= rng << 5;
        key[n] = k;
        prio[n] = rng;
        left[n] = 0;
        right[n] = 0;
        size[n] = 1;
        root = insert(root, n);
    }

    private int insert(int t, int n) {
        if (t == 0) {
            return n;
        }
        if (prio[n] > prio[t]) {
            split(t, key[n]);
            left[n] = splitLeft;
            right[n] = splitRight;
            size[n] = 1 + size[splitLeft] + size[splitRight];
            return n;
        }
        if (key[n] < key[t]) {
            left[t] = insert(left[t], n);
        } else {
            right[t] = insert(right[t], n);
        }
        size[t]++;
        return t;
    }

    /** Splits {@code t} into keys below {@code k} (splitLeft) and keys at or above it (splitRight). */
    private void split(int t, double k) {
        if (t == 0) {
            splitLeft = 0;
            splitRight = 0;
            return;
        }
        if (key[t] < k) {
            split(right[t], k);
            right[t] = splitLeft;
            size[t] = 1 + size[left[t]] + size[right[t]];
            splitLeft = t;
        } else {
            split(left[t], k);
            left[t] = splitRight;
            size[t] = 1 + size[left[t]] + size[right[t]];
            splitRight = t;
        }
    }

    /** Removes one occurrence of {@code k}, which must be present. */
    void remove(double k) {
        root = remove(root, k);
    }

    private int remove(int t, double k) {
        if (key[t] == k) {
            free[freeTop++] = t;
            return merge(left[t], right[t]);
        }
        if (k < key[t]) {
            left[t] = remove(left[t], k);
        } else {
            right[t] = remove(right[t], k);
        }
        size[t]--;
        return t;
    }

    private int merge(int a, int b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        if (prio[a] > prio[b]) {
            right[a] = merge(right[a], b);
            size[a] = 1 + size[left[a]] + size[right[a]];
            return a;
        }
        left[b] = merge(a, left[b]);
        size[b] = 1 + size[left[b]] + size[right[b]];
        return b;
    }

    /** How many stored values are strictly below {@code x}. */
    int countBelow(double x) {
        int count = 0;
        int t = root;
        while (t != 0) {
            if (key[t] < x) {
                count += size[left[t]] + 1;
                t = right[t];
            } else {
                t = left[t];
            }
        }
        return count;
    }

    /**
     * How many stored values are strictly below {@code x} and, in the upper 32 bits, how many equal it; one descent
     * when {@code x} is not stored (the usual case for continuous values), a second only when it is.
     */
    long countBelowAndEqual(double x) {
        int below = 0;
        boolean seen = false;
        int t = root;
        while (t != 0) {
            double k = key[t];
            if (k < x) {
                below += size[left[t]] + 1;
                t = right[t];
            } else {
                seen |= k == x;
                t = left[t];
            }
        }
        int equal = seen ? countAtOrBelow(x) - below : 0;
        return ((long) equal << 32) | below;
    }

    /** How many stored values are at or below {@code x}. */
    int countAtOrBelow(double x) {
        int count = 0;
        int t = root;
        while (t != 0) {
            if (key[t] <= x) {
                count += size[left[t]] + 1;
                t = right[t];
            } else {
                t = left[t];
            }
        }
        return count;
    }
}
