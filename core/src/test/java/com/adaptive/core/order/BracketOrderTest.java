package com.adaptive.core.order;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BracketOrderTest {

    @Test
    void entryFillSubmitsTakeProfitLimitAndStopMarketAnchoredOnTheFillPrice() {
        List<OrderAction> submitted = new ArrayList<>();
        BracketOrder order = BracketOrder.open(BracketSpec.market(Side.LONG, 5, 2), submitted);
        assertThat(submitted).containsExactly(new OrderAction.Submit(OrderAction.Leg.ENTRY, Side.LONG,
                OrderAction.OrderType.MARKET, Double.NaN));

        List<OrderAction> legs = order.onEntryFilled(100);

        assertThat(order.state()).isEqualTo(BracketState.OPEN);
        assertThat(legs).containsExactly(
                new OrderAction.Submit(OrderAction.Leg.TAKE_PROFIT, Side.SHORT, OrderAction.OrderType.LIMIT, 105),
                new OrderAction.Submit(OrderAction.Leg.STOP_LOSS, Side.SHORT, OrderAction.OrderType.STOP_MARKET, 98));
    }

    @Test
    void takeProfitFillCancelsTheStopAsOneCancelsOther() {
        BracketOrder order = BracketOrder.open(BracketSpec.market(Side.SHORT, 5, 2), new ArrayList<>());
        order.onEntryFilled(100);

        assertThat(order.onTakeProfitFilled()).containsExactly(new OrderAction.Cancel(OrderAction.Leg.STOP_LOSS));
        assertThat(order.state()).isEqualTo(BracketState.CLOSED_TAKE_PROFIT);
    }

    @Test
    void requestedExitCancelsBothLegsAndSendsAMarketOrder() {
        BracketOrder order = BracketOrder.open(BracketSpec.limit(Side.LONG, 99, 5, 2), new ArrayList<>());
        order.onEntryFilled(99);

        assertThat(order.requestExit()).containsExactly(new OrderAction.Cancel(OrderAction.Leg.TAKE_PROFIT),
                new OrderAction.Cancel(OrderAction.Leg.STOP_LOSS),
                new OrderAction.Submit(OrderAction.Leg.EXIT, Side.SHORT, OrderAction.OrderType.MARKET, Double.NaN));
        order.onExitFilled();
        assertThat(order.state()).isEqualTo(BracketState.CLOSED_EXIT);
    }

    @Test
    void secondLegFillAfterTheFirstIsIllegal() {
        BracketOrder order = BracketOrder.open(BracketSpec.market(Side.LONG, 5, 2), new ArrayList<>());
        order.onEntryFilled(100);
        order.onStopLossFilled();

        assertThatThrownBy(order::onTakeProfitFilled).isInstanceOf(IllegalBracketTransitionException.class)
                .hasMessage("Cannot apply TAKE_PROFIT_FILLED to a bracket in state CLOSED_STOP_LOSS");
    }

    @Test
    void specRejectsANonPositiveStopDistance() {
        assertThatThrownBy(() -> BracketSpec.market(Side.LONG, 5, 0))
                .hasMessage("takeProfitDistance and stopLossDistance must be positive or NaN, were: 5.0, 0.0");
    }
}
