package com.adaptive.marketdata.robinhood;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Robinhood's request signature: base64 of the Ed25519 signature of
 * {@code apiKey + timestamp + path + method + body} (UTF-8, no separators; path with its query string; empty body for
 * GET). Uses the JDK's own Ed25519 ({@code java.security}, Java 15+).
 */
public final class RobinhoodSigner {
    private RobinhoodSigner() {
    }

    /** The exact text that is signed. */
    public static String message(String apiKey, long timestampSeconds, String pathWithQuery, String method, String body) {
        return apiKey + timestampSeconds + pathWithQuery + method + (body == null ? "" : body);
    }

    /** The {@code x-signature} header value for a request. */
    public static String sign(RobinhoodCredentials credentials, long timestampSeconds, String pathWithQuery, String method,
                              String body) {
        return sign(credentials.privateKey(), message(credentials.apiKey(), timestampSeconds, pathWithQuery, method, body));
    }

    static String sign(PrivateKey key, String message) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a Robinhood request: " + e.getClass().getSimpleName());
        }
    }
}
