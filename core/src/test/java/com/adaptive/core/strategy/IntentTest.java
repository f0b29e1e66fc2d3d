package com.adaptive.core.strategy;

import com.adaptive.core.order.BracketSpec;
import com.adaptive.core.order.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntentTest {

    @Test
    void entryWithoutASideIsRejected() {
        assertThatThrownBy(() -> new Intent().enterMarket(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("side sign must be 1 or -1, was: 0");
    }

    @Test
    void limitEntryBecomesTheImmutableBracketSpecForLiveTrading() {
        Intent intent = new Intent();
        intent.enterLimit(-1, 101, 4, 2);

        assertThat(intent.toBracketSpec()).isEqualTo(BracketSpec.limit(Side.SHORT, 101, 4, 2));
    }

    @Test
    void clearedIntentHasNoBracket() {
        Intent intent = new Intent();
        intent.exit();
        intent.clear();

        assertThat(intent.action()).isEqualTo(Intent.NONE);
        assertThatThrownBy(intent::toBracketSpec).hasMessage("Cannot build a bracket from an intent whose action is 0");
    }
}
