package com.adaptive.warehouse;

/** A lake operation failed although its input was valid: storage, engine or concurrent-writer trouble. */
public class LakeException extends RuntimeException {

    public LakeException(String message, Throwable cause) {
        super(message, cause);
    }

    public LakeException(String message) {
        super(message);
    }
}
