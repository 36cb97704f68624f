package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.RuleContext;

import java.util.List;
import java.util.stream.IntStream;

/**
 * JS007: the row hierarchy of the 决算 tables (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类; codes under their parent), with
 * the one hierarchy check of {@link Tb001TableHierarchy} run on the filing's 决算 tables whose every amount column is
 * read as a 决算数 (a table mixing 预算数 and 决算数 columns is left to the rules that pair them). Checks keep
 * TB001's wording (message key TB001) under this id.
 */
public final class Js007FinalHierarchy implements FinalAccountsRule {

    public static final String ID = "JS007";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        List<BudgetTable> tables = filing.tables().stream()
                .filter(FinalAccountsLayout::isFinalTable)
                .filter(t -> IntStream.range(0, t.columns().size()).allMatch(c -> layout.measureOf(t, c) == Measure.FINAL))
                .toList();
        BudgetFiling finals = new BudgetFiling(filing.document(), filing.department(), filing.year(), filing.kind(),
                filing.facts(), tables, filing.issues(), filing.documentKind(), filing.content());
        RuleContext inner = new RuleContext(Tb001TableHierarchy.ID, paramsOf(context));
        new Tb001TableHierarchy().evaluate(finals, inner);
        for (Check c : inner.checks()) {
            context.report(new Check(ID, c.outcome(), c.subject(), c.stated(), c.computed(), c.difference(), c.unit(),
                    c.messageKey(), c.args(), c.evidence()));
        }
    }

    private static java.util.Map<String, String> paramsOf(RuleContext context) {
        String mode = context.param(budget.audit.rules.arith.Consistency.MODE_PARAM, null);
        return mode == null ? java.util.Map.of() : java.util.Map.of(budget.audit.rules.arith.Consistency.MODE_PARAM, mode);
    }
}
