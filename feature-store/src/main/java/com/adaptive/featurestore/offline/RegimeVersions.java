package com.adaptive.featurestore.offline;

import com.adaptive.core.regime.RegimeConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names a classifier configuration: {@code regime-<hash of its properties>}, stored with every decision it made. */
public final class RegimeVersions {
    private RegimeVersions() {
    }

    public static String of(RegimeConfig config) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(config.toProperties().getBytes(StandardCharsets.UTF_8));
            return "regime-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
