package budget.audit.report;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.DocumentKind;
import budget.audit.model.Provenance;
import budget.audit.parse.table.FinalAccountsLayout;

import java.util.List;

/**
 * The measure (预算数 / 决算数 / 上年数 …) of a figure a report cites, for the JSON {@code measure} field of facts
 * and evidence. Only a 决算 filing's table cells get one (read from the column's printed header, see
 * {@link FinalAccountsLayout}); prose figures and every figure of a 预算 filing get none (null, not written).
 */
final class FigureMeasures {

    private static final ThreadLocal<BudgetFiling> CURRENT = new ThreadLocal<>();

    private FigureMeasures() {
    }

    /** Runs {@code body} with {@code filing} as the filing whose figures are labelled. */
    static <T> T with(BudgetFiling filing, java.util.function.Supplier<T> body) {
        BudgetFiling previous = CURRENT.get();
        CURRENT.set(filing);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * The measure label of a fact: a table cell's from its column, a prose figure's from the clause before it on its
     * line (null when the clause names none, or the figure is not found on the line).
     */
    static String ofFact(budget.audit.model.Fact fact) {
        BudgetFiling filing = CURRENT.get();
        if (filing == null || filing.documentKind() != DocumentKind.FINAL_ACCOUNTS) {
            return null;
        }
        if (fact.origin() == budget.audit.model.Fact.Origin.TABLE) {
            return of(fact.source());
        }
        String text = fact.source().text();
        if (text == null || !fact.readable() || fact.amount() == null || !fact.amount().unit().isMoney()) {
            return null;
        }
        String line = text.replaceAll("\\s+", "");
        int at = line.indexOf(fact.amount().printed() + fact.amount().unit().symbol());
        if (at < 0) {
            return null;
        }
        int from = at;
        while (from > 0 && "，。；：,;:".indexOf(line.charAt(from - 1)) < 0) {
            from--;
        }
        return FinalAccountsLayout.get().proseMeasure(line.substring(from, at)).map(m -> m.label()).orElse(null);
    }

    /** The measure label of a cited place, or null. */
    static String of(Provenance p) {
        BudgetFiling filing = CURRENT.get();
        if (filing == null || filing.documentKind() != DocumentKind.FINAL_ACCOUNTS || p == null || p.table() == null
                || p.cell() == null) {
            return null;
        }
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        for (BudgetTable t : filing.tables()) {
            if (!t.reference().equals(p.table())) {
                continue;
            }
            List<String> columns = t.columns();
            int best = -1;
            int bestLength = -1;
            for (int c = 0; c < columns.size(); c++) {
                for (String name : List.of(columns.get(c), t.columnLabel(c))) {
                    if ((p.cell().equals(name) || p.cell().endsWith(" " + name)) && name.length() > bestLength) {
                        best = c;
                        bestLength = name.length();
                    }
                }
            }
            if (best >= 0) {
                return layout.measureOf(t, best).label();
            }
        }
        return null;
    }
}
