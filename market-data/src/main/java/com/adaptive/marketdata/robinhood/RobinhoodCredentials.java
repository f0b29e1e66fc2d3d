package com.adaptive.marketdata.robinhood;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The API key and Ed25519 private key of a Robinhood crypto account. Neither ever appears in {@link #toString()},
 * a log line or an exception message: messages name the variable or file, never its content.
 *
 * <p>From the environment: {@code ROBINHOOD_API_KEY} or {@code ROBINHOOD_API_KEY_FILE}, and
 * {@code ROBINHOOD_PRIVATE_KEY} (base64 of the 32-byte seed, as Robinhood's key generator prints it) or
 * {@code ROBINHOOD_PRIVATE_KEY_FILE} (a file holding that base64 text).
 */
public final class RobinhoodCredentials {
    public static final String API_KEY = "ROBINHOOD_API_KEY";
    public static final String API_KEY_FILE = "ROBINHOOD_API_KEY_FILE";
    public static final String PRIVATE_KEY = "ROBINHOOD_PRIVATE_KEY";
    public static final String PRIVATE_KEY_FILE = "ROBINHOOD_PRIVATE_KEY_FILE";

    private final String apiKey;
    private final PrivateKey privateKey;

    private RobinhoodCredentials(String apiKey, PrivateKey privateKey) {
        this.apiKey = apiKey;
        this.privateKey = privateKey;
    }

    /** From an API key and the base64 private-key seed; {@code where} names their origin in error messages. */
    public static RobinhoodCredentials of(String apiKey, String privateKeyBase64, String where) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("Robinhood API key from " + where + " is empty");
        }
        return new RobinhoodCredentials(apiKey.trim(), privateKey(privateKeyBase64, where));
    }

    /** From environment variables (pass {@code System.getenv()}); the message names what is missing. */
    public static RobinhoodCredentials fromEnvironment(Map<String, String> env) {
        String apiKey = valueOrFile(env, API_KEY, API_KEY_FILE);
        String privateKey = valueOrFile(env, PRIVATE_KEY, PRIVATE_KEY_FILE);
        String where = env.containsKey(PRIVATE_KEY) ? PRIVATE_KEY : PRIVATE_KEY_FILE + " " + env.get(PRIVATE_KEY_FILE);
        return of(apiKey, privateKey, where);
    }

    String apiKey() {
        return apiKey;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "RobinhoodCredentials[apiKey=<redacted>, privateKey=<redacted>]";
    }

    private static String valueOrFile(Map<String, String> env, String variable, String fileVariable) {
        String value = env.get(variable);
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        String file = env.get(fileVariable);
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("Robinhood credentials missing: set " + variable + " or " + fileVariable);
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + fileVariable + " " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private static PrivateKey privateKey(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            // the decoder's own message quotes a character of the key: keep it out
            throw new IllegalArgumentException("Robinhood private key from " + where + " is not valid base64");
        }
        if (bytes.length != 32 && bytes.length != 64) {
            throw new IllegalArgumentException("Robinhood private key from " + where
                    + " is not an Ed25519 key: expected a base64 32-byte seed, got " + bytes.length + " bytes");
        }
        // a 64-byte key is seed followed by public key (libsodium layout); the seed is what signs
        byte[] seed = Arrays.copyOf(bytes, 32);
        Arrays.fill(bytes, (byte) 0);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no Ed25519 (needs Java 15+): " + e.getClass().getSimpleName());
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }
}
