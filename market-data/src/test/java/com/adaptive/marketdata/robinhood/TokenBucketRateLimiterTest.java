package com.adaptive.marketdata.robinhood;

import com.adaptive.marketdata.testing.ManualTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketRateLimiterTest {
    private final ManualTime time = new ManualTime(Instant.parse("2024-01-01T00:00:00Z"));

    @Test
    void allowsABurstOf300ThenOneRequestEvery600Millis() throws InterruptedException {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(300, 100, time, time);

        for (int i = 0; i < 300; i++) {
            limiter.acquire();
        }
        assertThat(time.sleeps()).isEmpty();
        limiter.acquire();
        limiter.acquire();

        assertThat(time.sleeps()).containsExactly(600L, 600L);
    }

    @Test
    void refillsAtTheConfiguredRateUpToTheCapacity() throws InterruptedException {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(300, 100, time, time);
        for (int i = 0; i < 300; i++) {
            limiter.acquire();
        }

        time.advanceMillis(30_000);
        assertThat(limiter.availableTokens()).isEqualTo(50.0);
        time.advanceMillis(3_600_000);
        assertThat(limiter.availableTokens()).isEqualTo(300.0);
    }

    @Test
    void keepsASustainedLoadAt100AMinute() throws InterruptedException {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(300, 100, time, time);
        long start = time.millis();

        for (int i = 0; i < 500; i++) {
            limiter.acquire();
        }

        // 300 from the burst, 200 more at 100 a minute: two minutes
        assertThat(time.millis() - start).isEqualTo(120_000L);
    }

    @Test
    void rejectsANonPositiveRate() {
        assertThatThrownBy(() -> new TokenBucketRateLimiter(300, 0, time, time))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity and refillPerMinute must be positive, were: 300 and 0");
    }
}
