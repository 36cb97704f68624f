package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.Unit;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Whether a sum that fails as printed holds once one part's unit is read as the other money unit (元 ↔ 万元): the
 * sign of a unit slip (UN001). Rules checking the same sums use it so that one slip is reported once.
 */
final class UnitSlips {

    private UnitSlips() {
    }

    /** The index of the first part whose unit, swapped, makes the sum hold; empty when none does. */
    static OptionalInt explainingPart(Consistency consistency, Amount total, List<Amount> parts) {
        if (holds(consistency.sum(total, parts))) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < parts.size(); i++) {
            Unit other = swapped(parts.get(i).unit());
            if (other == null) {
                continue;
            }
            List<Amount> amounts = new ArrayList<>(parts);
            amounts.set(i, new Amount(parts.get(i).value(), other));
            if (holds(consistency.sum(total, amounts))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    static boolean holds(SumResult result) {
        return result.outcome() == Outcome.PASS || result.outcome() == Outcome.ROUNDING;
    }

    static Unit swapped(Unit unit) {
        return switch (unit) {
            case YUAN -> Unit.WAN_YUAN;
            case WAN_YUAN -> Unit.YUAN;
            default -> null;
        };
    }
}
