package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.http.HttpResult;
import com.adaptive.marketdata.http.HttpStatusException;
import com.adaptive.marketdata.http.RetryPolicy;
import com.adaptive.marketdata.http.RetryingHttpClient;
import com.adaptive.marketdata.testing.LoopbackServer;
import com.adaptive.marketdata.testing.LoopbackServer.Reply;
import com.adaptive.marketdata.testing.LoopbackServer.Request;
import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RobinhoodClientTest {
    private static final String API_KEY = "rh-api-00000000-test-key-generated-per-run";

    private final ManualTime time = new ManualTime(Instant.parse("2024-04-01T21:28:02.400Z"));
    private KeyPair pair;
    private RobinhoodCredentials credentials;
    private LoopbackServer server;
    private TokenBucketRateLimiter limiter;

    @BeforeEach
    void keys() throws GeneralSecurityException {
        pair = Ed25519Keys.generate();
        credentials = RobinhoodCredentials.of(API_KEY, Ed25519Keys.privateSeedBase64(pair), "test");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Verifies a received request the way Robinhood does: rebuild the message from what arrived, check the signature. */
    private boolean signatureValid(Request r) {
        String pathWithQuery = r.uri().getRawPath() + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery());
        byte[] prefix = (r.header("x-api-key") + r.header("x-timestamp") + pathWithQuery + r.method())
                .getBytes(StandardCharsets.UTF_8);
        try {
            return Ed25519Keys.verify(pair.getPublic(), Ed25519Keys.concat(prefix, r.body()), r.header("x-signature"));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Reply signedOnly(Request r, Reply ok) {
        return signatureValid(r) ? ok : Reply.status(401, "{\"type\":\"client_error\",\"errors\":[{\"detail\":\"Invalid signature\",\"attr\":null}]}");
    }

    private RobinhoodClient client(Function<Request, Reply> handler) {
        server = LoopbackServer.start(handler);
        RetryingHttpClient http = new RetryingHttpClient(HttpClient.newHttpClient(), new RetryPolicy(3, 100, 1_000, 60_000),
                time, new Random(3));
        limiter = new TokenBucketRateLimiter(300, 100, time, time);
        return new RobinhoodClient(RobinhoodConfig.defaults().withBaseUrl(server.baseUrl()), credentials, http, limiter, time);
    }

    static String bestBidAsk(String... rows) {
        return "{\"results\":[" + String.join(",", rows) + "]}";
    }

    static String quoteRow(String symbol, String price, String bid, String ask, String timestamp) {
        return "{\"symbol\":\"" + symbol + "\",\"price\":" + price + ",\"bid_inclusive_of_sell_spread\":" + bid
                + ",\"sell_spread\":0.0008,\"ask_inclusive_of_buy_spread\":" + ask + ",\"buy_spread\":0.0008,\"timestamp\":\""
                + timestamp + "\"}";
    }

    @Test
    void getsBestBidAskWithAValidSignatureAndReadsTheQuotes() {
        RobinhoodClient client = client(r -> signedOnly(r, Reply.json(bestBidAsk(
                quoteRow("BTC-USD", "69766.145", "69710.33", "69821.96", "2024-04-01T17:28:02.651591628-04:00"),
                quoteRow("ETH-USD", "\"3500.50\"", "\"3497.70\"", "\"3503.30\"", "2024-04-01T21:28:02.123Z")))));

        List<Quote> quotes = client.bestBidAsk(List.of("BTC-USD", "ETH-USD"));

        Request sent = server.requests().get(0);
        assertThat(sent.uri().getPath()).isEqualTo("/api/v1/crypto/marketdata/best_bid_ask/");
        assertThat(sent.params().get("symbol")).containsExactlyInAnyOrder("BTC-USD", "ETH-USD");
        assertThat(sent.header("x-api-key")).isEqualTo(API_KEY);
        assertThat(sent.header("x-timestamp")).isEqualTo("1712006882");
        assertThat(signatureValid(sent)).isTrue();
        assertThat(quotes).hasSize(2);
        Quote btc = quotes.get(0);
        assertThat(btc.symbol()).isEqualTo("BTC-USD");
        assertThat(btc.timeMillis()).isEqualTo(Instant.parse("2024-04-01T21:28:02.651Z").toEpochMilli());
        assertThat(btc.price()).isEqualTo(69766.145);
        assertThat(btc.bid()).isEqualTo(69710.33);
        assertThat(btc.ask()).isEqualTo(69821.96);
        // (69821.96 - 69710.33) / 69766.145 * 1e4 = 16.0003... bps
        assertThat(btc.spreadBps()).isCloseTo(16.0003, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(quotes.get(1).ask()).isEqualTo(3503.30);
    }

    @Test
    void signsThePostBodyByteForByteAsSent() {
        String body = "{\"client_order_id\":\"131de903-5a9c-4260-abc1-28d562a5dcf0\",\"side\":\"buy\",\"type\":\"market\","
                + "\"symbol\":\"BTC-USD\",\"market_order_config\":{\"asset_quantity\":\"0.0001\"},\"note\":\"π ≈ 3.14\"}";
        RobinhoodClient client = client(r -> signedOnly(r, Reply.json("{\"id\":\"x\"}")));

        HttpResult result = client.post("/api/v1/crypto/trading/orders/", body);

        Request sent = server.requests().get(0);
        assertThat(result.status()).isEqualTo(200);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(signatureValid(sent)).isTrue();
    }

    @Test
    void aRetryAfter429IsSignedAgainWithAFreshTimestampAndTakesAnotherToken() {
        AtomicInteger calls = new AtomicInteger();
        RobinhoodClient client = client(r -> calls.getAndIncrement() == 0
                ? Reply.status(429, "{\"type\":\"client_error\"}").withHeader("Retry-After", "31")
                : signedOnly(r, Reply.json(bestBidAsk(quoteRow("BTC-USD", "1", "0.9", "1.1", "2024-04-01T21:28:35Z")))));

        client.bestBidAsk(List.of("BTC-USD"));

        List<Request> sent = server.requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).header("x-timestamp")).isEqualTo("1712006882");
        assertThat(sent.get(1).header("x-timestamp")).isEqualTo("1712006913");
        assertThat(signatureValid(sent.get(1))).isTrue();
        assertThat(time.sleeps()).containsExactly(31_000L);
        // one token per attempt: 300 -> 299, refilled to the cap of 300 during the 31 s wait, then 299 again
        assertThat(limiter.availableTokens()).isEqualTo(299.0);
    }

    @Test
    void anAuthenticationFailureIsNotRetriedAndItsMessageHoldsNoKey() {
        RobinhoodClient client = client(r -> Reply.status(401,
                "{\"type\":\"client_error\",\"errors\":[{\"detail\":\"Invalid API key\",\"attr\":null}]}"));

        assertThatThrownBy(() -> client.get("/api/v1/crypto/trading/accounts/"))
                .isInstanceOf(HttpStatusException.class)
                .hasMessage("GET " + server.baseUrl() + "/api/v1/crypto/trading/accounts/ failed: HTTP 401 "
                        + "{\"type\":\"client_error\",\"errors\":[{\"detail\":\"Invalid API key\",\"attr\":null}]}")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY)
                        .doesNotContain(Ed25519Keys.privateSeedBase64(pair)));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void credentialsComeFromAFileAndNeverShowInToString(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("robinhood.key");
        String seed = Ed25519Keys.privateSeedBase64(pair);
        Files.writeString(keyFile, seed + "\n");

        RobinhoodCredentials fromEnv = RobinhoodCredentials.fromEnvironment(Map.of(
                RobinhoodCredentials.API_KEY, API_KEY, RobinhoodCredentials.PRIVATE_KEY_FILE, keyFile.toString()));

        assertThat(fromEnv.toString()).isEqualTo("RobinhoodCredentials[apiKey=<redacted>, privateKey=<redacted>]");
        String signature = RobinhoodSigner.sign(fromEnv, 1, "/p", "GET", "");
        assertThat(Ed25519Keys.verify(pair.getPublic(), (API_KEY + "1/pGET").getBytes(StandardCharsets.UTF_8), signature)).isTrue();
    }

    @Test
    void missingOrBrokenCredentialsAreNamedWithoutTheirContent(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RobinhoodCredentials.fromEnvironment(Map.of(RobinhoodCredentials.API_KEY, API_KEY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Robinhood credentials missing: set ROBINHOOD_PRIVATE_KEY or ROBINHOOD_PRIVATE_KEY_FILE");

        Path keyFile = dir.resolve("bad.key");
        String notAKey = "c2VjcmV0LXRleHQtdGhhdC1pcy1ub3QtYS1rZXk-";
        Files.writeString(keyFile, notAKey);
        List<Throwable> errors = new ArrayList<>();
        try {
            RobinhoodCredentials.fromEnvironment(Map.of(RobinhoodCredentials.API_KEY, API_KEY,
                    RobinhoodCredentials.PRIVATE_KEY_FILE, keyFile.toString()));
        } catch (IllegalArgumentException e) {
            errors.add(e);
        }
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("Robinhood private key from ROBINHOOD_PRIVATE_KEY_FILE " + keyFile + " is not valid base64"));

        Files.writeString(keyFile, "c2hvcnQ=");
        assertThatThrownBy(() -> RobinhoodCredentials.fromEnvironment(Map.of(RobinhoodCredentials.API_KEY, API_KEY,
                RobinhoodCredentials.PRIVATE_KEY_FILE, keyFile.toString())))
                .hasMessage("Robinhood private key from ROBINHOOD_PRIVATE_KEY_FILE " + keyFile
                        + " is not an Ed25519 key: expected a base64 32-byte seed, got 5 bytes");
    }
}
