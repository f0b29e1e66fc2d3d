package com.adaptive.jobs.cli;

import picocli.CommandLine;

import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * The {@code adaptive} command line: one verb per user task.
 *
 * <p>Exit codes: 0 success, 1 a job or command failed, 2 usage, configuration or input error.
 * Errors are one line on stderr naming what and where; stdout carries only results.
 */
@Command(name = "adaptive", mixinStandardHelpOptions = true, version = "adaptive 0.1.0",
        description = "Adaptive Engine: market data lake, features, regimes, backtests and batch jobs for BTC/ETH.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, JobsCommand.class, IngestCommand.class,
                QueryCommand.class, LakeCommand.class, BenchCommand.class, BacktestCommand.class, OptimizeCommand.class,
                IndicatorsCommand.class, RegimeCommand.class, DataCommand.class, FeaturesCommand.class, ReportsCommand.class})
public final class AdaptiveCli implements Runnable {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--home", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Home folder (lake, batch.db, reports, logs). Default: $ADAPTIVE_HOME, else ./var")
    Path home;

    @CommandLine.Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "Extra configuration file (YAML or properties) over $HOME/adaptive.yml")
    Path config;

    /** The home folder chosen by --home, else $ADAPTIVE_HOME, else ./var. */
    public Path home() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("ADAPTIVE_HOME");
        return Path.of(env == null || env.isBlank() ? "var" : env);
    }

    public Path config() {
        return config;
    }

    /** The root command object behind any subcommand. */
    public static AdaptiveCli root(CommandLine.Model.CommandSpec spec) {
        return (AdaptiveCli) spec.root().userObject();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof org.springframework.boot.context.properties.bind.BindException) {
                return cause.getCause() instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException v ? v : cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AdaptiveCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = rootCause(ex);
            if (cause instanceof org.springframework.boot.context.properties.bind.validation.BindValidationException
                    || cause instanceof org.springframework.boot.context.properties.bind.BindException) {
                ex = new UserInputException("bad configuration: " + cause.getMessage().lines().reduce((a, b) -> a + "; " + b).orElse(""));
            } else if (ex instanceof org.springframework.beans.factory.BeanCreationException && cause instanceof IllegalArgumentException) {
                ex = (Exception) cause;
            }
            boolean inputError = ex instanceof UserInputException || ex instanceof IllegalArgumentException
                    || ex instanceof java.nio.file.NoSuchFileException;
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("adaptive " + commandLine.getCommandName() + ": " + message);
            return inputError ? EXIT_USAGE : EXIT_FAILED;
        });
        return cli;
    }

    public static void main(String[] args) {
        // Logback reads LOG_FILE when it first starts, before picocli has parsed --home
        System.setProperty("LOG_FILE", homeFromArgs(args).resolve("logs").resolve("adaptive.log").toString());
        System.exit(commandLine().execute(args));
    }

    private static Path homeFromArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--home=")) {
                return Path.of(args[i].substring("--home=".length()));
            }
        }
        return new AdaptiveCli().home();
    }
}
