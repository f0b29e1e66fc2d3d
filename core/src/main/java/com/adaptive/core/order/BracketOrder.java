package com.adaptive.core.order;

import java.util.ArrayList;
import java.util.List;

/**
 * One bracket driven event by event through {@link BracketStateMachine}: each handler moves the state and returns
 * the order actions to carry out (submit the OCO legs after the entry fills, cancel the sibling when one leg fills).
 *
 * <p>Used by the live and paper traders; the backtest engine uses the same table through ordinals.
 */
public final class BracketOrder {
    private final BracketSpec spec;
    private BracketState state = BracketState.PENDING_ENTRY;
    private double entryPrice = Double.NaN;

    private BracketOrder(BracketSpec spec) {
        this.spec = spec;
    }

    /** Creates the bracket; the returned actions submit the entry. */
    public static BracketOrder open(BracketSpec spec, List<OrderAction> actionsOut) {
        BracketOrder order = new BracketOrder(spec);
        OrderAction.OrderType type = spec.entryType() == EntryType.LIMIT ? OrderAction.OrderType.LIMIT : OrderAction.OrderType.MARKET;
        actionsOut.add(new OrderAction.Submit(OrderAction.Leg.ENTRY, spec.side(), type, spec.limitPrice()));
        return order;
    }

    public BracketState state() {
        return state;
    }

    public BracketSpec spec() {
        return spec;
    }

    /** Entry fill price, NaN before the entry filled. */
    public double entryPrice() {
        return entryPrice;
    }

    /** The entry filled at {@code price}: submit the take-profit (limit) and stop-loss (stop-market) as an OCO pair. */
    public List<OrderAction> onEntryFilled(double price) {
        state = BracketStateMachine.next(state, BracketEvent.ENTRY_FILLED);
        entryPrice = price;
        List<OrderAction> actions = new ArrayList<>(2);
        Side exitSide = spec.side() == Side.LONG ? Side.SHORT : Side.LONG;
        if (!Double.isNaN(spec.takeProfitDistance())) {
            actions.add(new OrderAction.Submit(OrderAction.Leg.TAKE_PROFIT, exitSide, OrderAction.OrderType.LIMIT,
                    spec.takeProfitPrice(price)));
        }
        if (!Double.isNaN(spec.stopLossDistance())) {
            actions.add(new OrderAction.Submit(OrderAction.Leg.STOP_LOSS, exitSide, OrderAction.OrderType.STOP_MARKET,
                    spec.stopLossPrice(price)));
        }
        return actions;
    }

    /** The entry was cancelled or expired; nothing else is working. */
    public List<OrderAction> onEntryCancelled() {
        state = BracketStateMachine.next(state, BracketEvent.ENTRY_CANCELLED);
        return List.of();
    }

    /** The take-profit filled: one-cancels-other removes the stop. */
    public List<OrderAction> onTakeProfitFilled() {
        state = BracketStateMachine.next(state, BracketEvent.TAKE_PROFIT_FILLED);
        return List.of(new OrderAction.Cancel(OrderAction.Leg.STOP_LOSS));
    }

    /** The stop filled: one-cancels-other removes the take-profit. */
    public List<OrderAction> onStopLossFilled() {
        state = BracketStateMachine.next(state, BracketEvent.STOP_LOSS_FILLED);
        return List.of(new OrderAction.Cancel(OrderAction.Leg.TAKE_PROFIT));
    }

    /** A signal, regime change or end of data wants out: cancel both legs and exit at market. */
    public List<OrderAction> requestExit() {
        if (state != BracketState.OPEN) {
            throw new IllegalBracketTransitionException(state, BracketEvent.EXIT_FILLED);
        }
        Side exitSide = spec.side() == Side.LONG ? Side.SHORT : Side.LONG;
        return List.of(new OrderAction.Cancel(OrderAction.Leg.TAKE_PROFIT), new OrderAction.Cancel(OrderAction.Leg.STOP_LOSS),
                new OrderAction.Submit(OrderAction.Leg.EXIT, exitSide, OrderAction.OrderType.MARKET, Double.NaN));
    }

    /** The market exit filled. */
    public List<OrderAction> onExitFilled() {
        state = BracketStateMachine.next(state, BracketEvent.EXIT_FILLED);
        return List.of();
    }
}
