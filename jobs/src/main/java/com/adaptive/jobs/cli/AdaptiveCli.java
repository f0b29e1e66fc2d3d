package com.adaptive.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code adaptive} command line: one verb per user task.
 *
 * <p>Exit codes: 0 success, 1 a job or command failed, 2 usage, configuration or input error.
 * Errors are one line on stderr naming what and where; stdout carries only results.
 */
@Command(name = "adaptive", mixinStandardHelpOptions = true, version = "adaptive 0.1.0",
        description = "Adaptive Engine: market data lake, features, regimes, backtests and batch jobs for BTC/ETH.",
        subcommands = {CommandLine.HelpCommand.class})
public final class AdaptiveCli implements Runnable {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AdaptiveCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean inputError = ex instanceof UserInputException || ex instanceof IllegalArgumentException
                    || ex instanceof java.nio.file.NoSuchFileException;
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("adaptive " + commandLine.getCommandName() + ": " + message);
            return inputError ? EXIT_USAGE : EXIT_FAILED;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
