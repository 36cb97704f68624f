package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.List;
import java.util.Optional;

/**
 * A relation between two stated quantities (a = b, a ≤ b), checked separately for each origin that states a, with
 * b taken from the same origin. The first statement of each counts. Stated = a; computed = b in a's unit;
 * difference = a − b. Evidence: a, then b.
 */
final class PairComparison {

    /** Template arg: the right-hand quantity as printed, with its own unit (e.g. "22002.1万元"). */
    static final String ARG_OTHER = "other";

    enum Relation {
        EQUAL(Consistency::equal),
        LESS_OR_EQUAL(Consistency::lessOrEqual);

        private final Comparison comparison;

        Relation(Comparison comparison) {
            this.comparison = comparison;
        }
    }

    @FunctionalInterface
    private interface Comparison {
        CompareResult apply(Consistency consistency, Amount a, Amount b);
    }

    private final String leftKey;
    private final String rightKey;
    private final Relation relation;

    private final boolean proseFallsBackToTable;

    PairComparison(String leftKey, String rightKey, Relation relation) {
        this(leftKey, rightKey, relation, false);
    }

    /**
     * {@code proseFallsBackToTable}: when the prose states a but not b, b is taken from the tables (e.g. 公用经费
     * from the 基本支出经济分类表 when the prose names only 机关运行经费).
     */
    PairComparison(String leftKey, String rightKey, Relation relation, boolean proseFallsBackToTable) {
        this.leftKey = leftKey;
        this.rightKey = rightKey;
        this.relation = relation;
        this.proseFallsBackToTable = proseFallsBackToTable;
    }

    void evaluate(String ruleId, BudgetFiling filing, RuleContext context) {
        evaluate(ruleId, filing, context, (a, b) -> null);
    }

    /**
     * As {@link #evaluate(String, BudgetFiling, RuleContext)}; {@code incomparable} names why two stated facts are not
     * of one scope (null when they are), and then the pair is not checked.
     */
    void evaluate(String ruleId, BudgetFiling filing, RuleContext context,
                  java.util.function.BiFunction<Fact, Fact, String> incomparable) {
        Consistency consistency = Consistency.from(context);
        String leftName = FactKeys.chineseName(leftKey);
        boolean stated = false;
        for (Fact.Origin origin : Fact.Origin.values()) {
            Optional<Fact> left = first(filing, leftKey, origin);
            if (left.isPresent()) {
                stated = true;
                Optional<Fact> right = first(filing, rightKey, origin);
                if (right.isEmpty() && proseFallsBackToTable && origin == Fact.Origin.PROSE) {
                    right = first(filing, rightKey, Fact.Origin.TABLE);
                }
                String reason = right.isPresent() ? incomparable.apply(left.get(), right.get()) : null;
                if (reason != null) {
                    context.report(Checks.notApplicable(ruleId, Checks.subject(leftName, left.get()), reason,
                            List.of(left.get(), right.get())));
                    continue;
                }
                context.report(check(ruleId, left.get(), right, consistency));
            }
        }
        if (!stated) {
            context.report(Checks.notApplicable(ruleId, leftName, leftName, List.of()));
        }
    }

    private Check check(String ruleId, Fact left, Optional<Fact> right, Consistency consistency) {
        String subject = Checks.subject(FactKeys.chineseName(leftKey), left);
        if (right.isEmpty()) {
            return left.readable()
                    ? Checks.notApplicable(ruleId, subject, FactKeys.chineseName(rightKey), List.of(left))
                    : Checks.unreadable(ruleId, subject, List.of(left), List.of(left));
        }
        List<Fact> both = List.of(left, right.get());
        List<Fact> unreadable = Checks.unreadable(both);
        if (!unreadable.isEmpty()) {
            return Checks.unreadable(ruleId, subject, unreadable, both);
        }
        List<Fact> notMoney = Checks.notMoney(both);
        if (!notMoney.isEmpty()) {
            return Checks.notMoney(ruleId, subject, notMoney, both);
        }
        CompareResult result = relation.comparison.apply(consistency, left.amount(), right.get().amount());
        return new Check(ruleId, result.outcome(), subject, left.amount(), result.other(), result.difference(),
                result.unit(), ruleId,
                Checks.args(Checks.ARG_ORIGIN, Checks.originLabel(left),
                        ARG_OTHER, Checks.printed(right.get().amount())),
                Checks.evidence(both));
    }

    private static Optional<Fact> first(BudgetFiling filing, String key, Fact.Origin origin) {
        return filing.facts(key, origin).stream().findFirst();
    }
}
