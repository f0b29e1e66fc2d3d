package com.adaptive.marketdata.robinhood;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/** Test helpers for Ed25519 keys in Robinhood's raw base64 form, built on the JDK only. */
final class Ed25519Keys {
    private Ed25519Keys() {
    }

    /** A fresh key pair, generated at test time (no key is ever stored in the repository except the docs' demo key). */
    static KeyPair generate() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** The 32-byte seed of a private key as base64, the form Robinhood's key generator prints. */
    static String privateSeedBase64(KeyPair pair) {
        return Base64.getEncoder().encodeToString(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow());
    }

    /** The public key of a seed: the JDK generator derives it from whatever random bytes it draws as the seed. */
    static String publicKeyBase64OfSeed(String seedBase64) throws GeneralSecurityException {
        byte[] seed = Base64.getDecoder().decode(seedBase64);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        return rawPublicBase64((EdECPublicKey) generator.generateKeyPair().getPublic());
    }

    /** RFC 8032 encoding: y little-endian, the top bit of the last byte holding x's parity. */
    static String rawPublicBase64(EdECPublicKey key) {
        EdECPoint point = key.getPoint();
        byte[] bigEndian = point.getY().toByteArray();
        byte[] raw = new byte[32];
        for (int i = 0; i < raw.length && i < bigEndian.length; i++) {
            raw[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (point.isXOdd()) {
            raw[31] |= (byte) 0x80;
        }
        return Base64.getEncoder().encodeToString(raw);
    }

    static PublicKey publicKeyFromRaw(String base64) throws GeneralSecurityException {
        byte[] raw = Base64.getDecoder().decode(base64);
        boolean xOdd = (raw[31] & 0x80) != 0;
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = raw[31 - i];
        }
        bigEndian[0] &= 0x7f;
        return KeyFactory.getInstance("Ed25519").generatePublic(
                new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, bigEndian))));
    }

    static boolean verify(PublicKey key, byte[] message, String signatureBase64) throws GeneralSecurityException {
        Signature v = Signature.getInstance("Ed25519");
        v.initVerify(key);
        v.update(message);
        return v.verify(Base64.getDecoder().decode(signatureBase64));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
