package com.adaptive.core.order;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BracketStateMachineTest {
    /** The legal cells, written out independently of the table in the class under test. */
    private static final Map<String, BracketState> LEGAL = Map.of(
            "PENDING_ENTRY/ENTRY_FILLED", BracketState.OPEN,
            "PENDING_ENTRY/ENTRY_CANCELLED", BracketState.CANCELLED,
            "OPEN/TAKE_PROFIT_FILLED", BracketState.CLOSED_TAKE_PROFIT,
            "OPEN/STOP_LOSS_FILLED", BracketState.CLOSED_STOP_LOSS,
            "OPEN/EXIT_FILLED", BracketState.CLOSED_EXIT);

    static Stream<Arguments> everyStateAndEvent() {
        List<Arguments> all = new ArrayList<>();
        for (BracketState s : BracketState.values()) {
            for (BracketEvent e : BracketEvent.values()) {
                all.add(Arguments.of(s, e));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndEvent")
    void everyCellOfTheTableIsEitherTheDocumentedTransitionOrThrows(BracketState state, BracketEvent event) {
        BracketState expected = LEGAL.get(state + "/" + event);
        if (expected != null) {
            assertThat(BracketStateMachine.next(state, event)).isEqualTo(expected);
            assertThat(BracketStateMachine.allows(state, event)).isTrue();
        } else {
            assertThatThrownBy(() -> BracketStateMachine.next(state, event))
                    .isInstanceOf(IllegalBracketTransitionException.class)
                    .hasMessage("Cannot apply " + event + " to a bracket in state " + state);
            assertThat(BracketStateMachine.allows(state, event)).isFalse();
        }
    }

    @Test
    void stopFillingBeforeTheEntryIsIllegal() {
        assertThatThrownBy(() -> BracketStateMachine.next(BracketState.PENDING_ENTRY, BracketEvent.STOP_LOSS_FILLED))
                .hasMessage("Cannot apply STOP_LOSS_FILLED to a bracket in state PENDING_ENTRY");
    }

    @Test
    void terminalStatesAreExactlyTheClosedAndCancelledOnes() {
        assertThat(Stream.of(BracketState.values()).filter(BracketState::isTerminal))
                .containsExactly(BracketState.CLOSED_TAKE_PROFIT, BracketState.CLOSED_STOP_LOSS, BracketState.CLOSED_EXIT,
                        BracketState.CANCELLED);
    }
}
