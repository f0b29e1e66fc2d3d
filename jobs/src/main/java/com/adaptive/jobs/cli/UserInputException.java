package com.adaptive.jobs.cli;

/** Bad input from the user (a file, a value, a name): the command exits 2 with this one-line message. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
