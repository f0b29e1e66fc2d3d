package com.adaptive.core.optimize;

import com.adaptive.core.strategy.StrategyParams;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The cartesian space of several parameter ranges, enumerated as a grid or sampled at random. */
public record SearchSpace(List<ParameterRange> ranges) {

    public SearchSpace {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one parameter range");
        }
    }

    /** Number of grid points. */
    public long gridSize() {
        long size = 1;
        for (ParameterRange r : ranges) {
            size *= r.values().length;
        }
        return size;
    }

    /** Every grid point over {@code base}, the last range varying fastest. */
    public List<StrategyParams> grid(StrategyParams base) {
        List<StrategyParams> out = new ArrayList<>();
        double[][] values = ranges.stream().map(ParameterRange::values).toArray(double[][]::new);
        int[] idx = new int[values.length];
        while (true) {
            StrategyParams p = base;
            for (int k = 0; k < values.length; k++) {
                p = p.with(ranges.get(k).name(), values[k][idx[k]]);
            }
            out.add(p);
            int k = values.length - 1;
            while (k >= 0 && ++idx[k] == values[k].length) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                return out;
            }
        }
    }

    /** {@code count} points drawn uniformly from each range's values with {@code seed} (repeatable). */
    public List<StrategyParams> random(int count, long seed, StrategyParams base) {
        if (count < 1) {
            throw new IllegalArgumentException("random search needs at least 1 sample, was: " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = ranges.stream().map(ParameterRange::values).toArray(double[][]::new);
        List<StrategyParams> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StrategyParams p = base;
            for (int k = 0; k < values.length; k++) {
                p = p.with(ranges.get(k).name(), values[k][random.nextInt(values[k].length)]);
            }
            out.add(p);
        }
        return out;
    }
}
