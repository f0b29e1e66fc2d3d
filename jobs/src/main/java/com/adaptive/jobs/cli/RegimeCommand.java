package com.adaptive.jobs.cli;

import com.adaptive.core.io.BarCsv;
import com.adaptive.core.io.BarCsvReader;
import com.adaptive.core.io.BarCsvWriter;
import com.adaptive.core.io.TimeFormat;
import com.adaptive.core.regime.RegimeChart;
import com.adaptive.core.regime.RegimeClassification;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.core.regime.RegimeCsv;
import com.adaptive.core.regime.RegimeEvaluation;
import com.adaptive.core.regime.RegimeLabels;
import com.adaptive.core.regime.RegimeSummary;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatedMarket;
import com.adaptive.core.sim.SimulatorConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code adaptive regime}: classify bars into market regimes, evaluate against labels, simulate labelled markets. */
@Command(name = "regime", mixinStandardHelpOptions = true,
        description = "Market regime classifier (TRENDING, RANGING, TRANSITION, HIGH_VOLATILITY), one decision per 5-minute UTC bucket of 1m bars. "
                + "The inherited --config FILE is read as a regime .properties file (see core/README.md).",
        subcommands = {RegimeCommand.Classify.class, RegimeCommand.Evaluate.class, RegimeCommand.Simulate.class})
public final class RegimeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "regime needs one of: classify, evaluate, simulate");
    }

    static RegimeConfig config(CommandLine.Model.CommandSpec spec) {
        Path file = AdaptiveCli.root(spec).config();
        if (file == null) {
            return RegimeConfig.DEFAULTS;
        }
        if (!file.getFileName().toString().endsWith(".properties")) {
            throw new UserInputException("--config in regime: " + file.getFileName()
                    + " is not a .properties file; the regime thresholds are read from key=value properties");
        }
        return RegimeConfig.load(file);
    }

    /** {@code adaptive regime classify}. */
    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Write decision_time,regime,vwap_slope,atr_percentile,vol_ratio,reason per 5-minute decision; "
                    + "print share of time and median dwell per regime.")
    static final class Classify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--input", required = true, paramLabel = "CSV", description = "1m bars (plain or .gz)")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "CSV", description = "decisions to write")
        Path output;

        @Option(names = "--chart", paramLabel = "FILE", description = "also write an offline HTML chart of price coloured by regime")
        Path chart;

        @Option(names = "--chart-from", paramLabel = "TIME", description = "chart only decisions from this ISO-8601 UTC time")
        String chartFrom;

        @Option(names = "--chart-to", paramLabel = "TIME", description = "chart only decisions up to this ISO-8601 UTC time")
        String chartTo;

        @Override
        public Integer call() {
            RegimeConfig config = config(spec);
            BarCsv csv = BarCsvReader.read(input);
            RegimeClassification c = RegimeClassification.classify(csv.bars(), config);
            RegimeCsv.writeDecisions(output, c, csv.timeFormat());
            if (chart != null) {
                long from = chartFrom == null ? Long.MIN_VALUE : instant("--chart-from", chartFrom);
                long to = chartTo == null ? Long.MAX_VALUE : instant("--chart-to", chartTo);
                String range = chartFrom == null && chartTo == null ? "" : " (" + (chartFrom == null ? "start" : chartFrom) + " to "
                        + (chartTo == null ? "end" : chartTo) + ")";
                RegimeChart.write(chart, "Regimes of " + input.getFileName() + range, csv.bars(), c.window(from, to));
            }
            spec.commandLine().getOut().print(RegimeSummary.of(c).format());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("adaptive regime classify: wrote " + c.size() + " decisions to " + output);
            return 0;
        }
    }

    static long instant(String option, String text) {
        try {
            return java.time.Instant.parse(text).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new UserInputException(option + " in regime classify: '" + text + "' is not an ISO-8601 UTC time like 2023-04-10T00:00:00Z");
        }
    }

    /** {@code adaptive regime evaluate}. */
    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Classify bars and score each decision against the label of the last bar it used: confusion matrix, "
                    + "per-class precision and recall, overall accuracy. Either --input with --labels, or --seeds to evaluate "
                    + "freshly simulated markets.")
    static final class Evaluate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--input", paramLabel = "CSV", description = "1m bars (plain or .gz)")
        Path input;

        @Option(names = "--labels", paramLabel = "CSV", description = "open_time,regime per bar")
        Path labels;

        @Option(names = "--seeds", paramLabel = "FROM-TO", description = "simulate and pool these seeds instead, e.g. 101-110")
        String seeds;

        @Option(names = "--bars", defaultValue = "86400", description = "bars per simulated seed (default: ${DEFAULT-VALUE}, 60 days)")
        int bars;

        @Override
        public Integer call() {
            RegimeConfig config = config(spec);
            RegimeEvaluation evaluation = new RegimeEvaluation();
            if (seeds != null) {
                if (input != null || labels != null) {
                    throw new UserInputException("--seeds in regime evaluate: use either --seeds or --input with --labels");
                }
                long[] range = seedRange(seeds);
                RegimeSimulator simulator = new RegimeSimulator(SimulatorConfig.DEFAULTS);
                for (long s = range[0]; s <= range[1]; s++) {
                    SimulatedMarket m = simulator.simulate(s, bars);
                    evaluation.add(RegimeClassification.classify(m.bars(), config), m.labels());
                }
                spec.commandLine().getOut().println("seeds " + range[0] + ".." + range[1] + ", " + bars + " bars each");
            } else {
                if (input == null || labels == null) {
                    throw new UserInputException("--input in regime evaluate: needs both --input and --labels (or --seeds)");
                }
                BarCsv csv = BarCsvReader.read(input);
                RegimeLabels truth = RegimeCsv.readLabels(labels);
                evaluation.add(RegimeClassification.classify(csv.bars(), config), truth);
            }
            if (evaluation.scored() == 0) {
                throw new UserInputException("--input in regime evaluate: no decision after warm-up to score (needs more than "
                        + config.warmupBars() + " bars)");
            }
            spec.commandLine().getOut().print(evaluation.format());
            spec.commandLine().getOut().flush();
            return 0;
        }

        private static long[] seedRange(String text) {
            String[] parts = text.trim().split("-", -1);
            try {
                long from = Long.parseLong(parts[0].trim());
                long to = parts.length == 2 ? Long.parseLong(parts[1].trim()) : from;
                if (parts.length > 2 || to < from) {
                    throw new NumberFormatException();
                }
                return new long[] {from, to};
            } catch (NumberFormatException e) {
                throw new UserInputException("--seeds in regime evaluate: '" + text + "' is not FROM-TO with FROM <= TO");
            }
        }
    }

    /** {@code adaptive regime simulate}. */
    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Write a seeded, labelled regime-switching market: 1m bars and open_time,regime labels.")
    static final class Simulate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--seed", required = true, description = "random seed")
        long seed;

        @Option(names = "--bars", required = true, description = "number of 1m bars")
        int bars;

        @Option(names = "--output", required = true, paramLabel = "CSV", description = "bars to write (.gz compresses)")
        Path output;

        @Option(names = "--labels", required = true, paramLabel = "CSV", description = "labels to write")
        Path labels;

        @Option(names = "--epoch-millis", description = "write open_time as epoch milliseconds instead of ISO-8601")
        boolean epochMillis;

        @Override
        public Integer call() {
            if (bars < 1) {
                throw new UserInputException("--bars in regime simulate: must be at least 1, was: " + bars);
            }
            TimeFormat format = epochMillis ? TimeFormat.EPOCH_MILLIS : TimeFormat.ISO_8601;
            SimulatedMarket m = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, bars);
            BarCsvWriter.write(output, m.bars(), format);
            RegimeCsv.writeLabels(labels, m.labels(), format);
            spec.commandLine().getErr().println("adaptive regime simulate: wrote " + bars + " bars to " + output + " and labels to " + labels);
            return 0;
        }
    }
}
