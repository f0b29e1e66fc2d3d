package com.adaptive.marketdata.robinhood;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;

import static org.assertj.core.api.Assertions.assertThat;

class RobinhoodSignerTest {
    // Robinhood's published example (docs.robinhood.com/crypto/trading, "Headers and Signature"): a throwaway demo
    // key pair, not a secret; values as cited by several public client libraries that test against them
    private static final String DOCS_API_KEY = "rh-api-6148effc-c0b1-486c-8940-a1d099456be6";
    private static final String DOCS_PRIVATE_KEY = "xQnTJVeQLmw1/Mg2YimEViSpw/SdJcgNXZ5kQkAXNPU=";
    private static final String DOCS_PUBLIC_KEY = "jPItx4TLjcnSUnmnXQQyAKL4eJj3+oWNNMmmm2vATqk=";
    private static final long DOCS_TIMESTAMP = 1698708981;
    private static final String DOCS_PATH = "/api/v1/crypto/trading/orders/";
    // the docs sign Python's str() of the body dict, quotes and spacing included; signing is byte-exact
    private static final String DOCS_BODY = "{'client_order_id': '131de903-5a9c-4260-abc1-28d562a5dcf0', 'side': 'buy', "
            + "'symbol': 'BTC-USD', 'type': 'market', 'market_order_config': {'asset_quantity': '0.1'}}";
    private static final String DOCS_SIGNATURE =
            "q/nEtxp/P2Or3hph3KejBqnw5o9qeuQ+hYRnB56FaHbjDsNUY9KhB1asMxohDnzdVFSD7StaTqjSd9U9HvaRAw==";

    @Test
    void reproducesThePublishedSignatureWithTheJdkEd25519() {
        RobinhoodCredentials docs = RobinhoodCredentials.of(DOCS_API_KEY, DOCS_PRIVATE_KEY, "test vector");

        String signature = RobinhoodSigner.sign(docs, DOCS_TIMESTAMP, DOCS_PATH, "POST", DOCS_BODY);

        assertThat(signature).isEqualTo(DOCS_SIGNATURE);
    }

    @Test
    void thePublishedPrivateKeyYieldsThePublishedPublicKeyWhichVerifiesTheSignature() throws Exception {
        assertThat(Ed25519Keys.publicKeyBase64OfSeed(DOCS_PRIVATE_KEY)).isEqualTo(DOCS_PUBLIC_KEY);
        byte[] message = RobinhoodSigner.message(DOCS_API_KEY, DOCS_TIMESTAMP, DOCS_PATH, "POST", DOCS_BODY)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Ed25519Keys.verify(Ed25519Keys.publicKeyFromRaw(DOCS_PUBLIC_KEY), message, DOCS_SIGNATURE)).isTrue();
    }

    @Test
    void signsApiKeyTimestampPathMethodBodyInThatOrder() {
        assertThat(RobinhoodSigner.message("rh-api-x", 1700000000, "/api/v1/crypto/trading/accounts/", "GET", ""))
                .isEqualTo("rh-api-x1700000000/api/v1/crypto/trading/accounts/GET");
    }

    @Test
    void aSignatureFromAFreshKeyPairVerifiesAndBreaksWhenTheBodyChangesByOneByte() throws Exception {
        KeyPair pair = Ed25519Keys.generate();
        RobinhoodCredentials credentials = RobinhoodCredentials.of("rh-api-test", Ed25519Keys.privateSeedBase64(pair), "test");
        String body = "{\"symbol\":\"BTC-USD\"}";

        String signature = RobinhoodSigner.sign(credentials, 1700000000, DOCS_PATH, "POST", body);

        byte[] signed = RobinhoodSigner.message("rh-api-test", 1700000000, DOCS_PATH, "POST", body).getBytes(StandardCharsets.UTF_8);
        byte[] altered = RobinhoodSigner.message("rh-api-test", 1700000000, DOCS_PATH, "POST", body.replace(":", ": "))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Ed25519Keys.verify(pair.getPublic(), signed, signature)).isTrue();
        assertThat(Ed25519Keys.verify(pair.getPublic(), altered, signature)).isFalse();
    }
}
