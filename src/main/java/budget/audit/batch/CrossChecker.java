package budget.audit.batch;

import budget.audit.model.DocumentKind;
import budget.audit.report.MessageRenderer;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.CrossFigures;
import budget.audit.rules.api.CrossFilingRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the 部门预算 and 部门决算 of one department and year among a batch's audited filings and runs the
 * cross-filing rules on each pair (issue 13 item 5). Filings are grouped by the department as both name it
 * ({@link CrossFigures#departmentKey}) and the year; a group with more than one 预算 or 决算 is listed, not
 * guessed. Filings of different departments or years are never compared.
 */
final class CrossChecker {

    static final String SAME = "一致";
    static final String DIFFERENT = "不一致";
    static final String NOT_CHECKED = "未核对";

    private final List<CrossFilingRule> rules;
    private final Map<String, RuleSpec> specs;
    private final MessageRenderer messages;

    CrossChecker(List<CrossFilingRule> rules, List<RuleSpec> specs, MessageRenderer messages) {
        this.rules = List.copyOf(rules);
        this.specs = new LinkedHashMap<>();
        for (RuleSpec s : specs) {
            this.specs.put(s.id(), s);
        }
        this.messages = messages;
    }

    /**
     * The pairs among {@code rows}. {@code figuresOf} gives a filing's figures (the rule's own, keyed by the file
     * under the batch root); it is asked only for filings that share department and year with another one.
     */
    List<CrossCheckRow> check(List<FilingRow> rows, Function<FilingRow, Optional<Map<String, CrossFigures>>> figuresOf) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<String, List<FilingRow>> groups = new LinkedHashMap<>();
        for (FilingRow row : rows.stream().sorted(Comparator.comparing(FilingRow::file)).toList()) {
            String dept = CrossFigures.departmentKey(row.department());
            if (dept == null || row.year() == null) {
                continue;
            }
            groups.computeIfAbsent(dept + "\u0000" + row.year(), k -> new ArrayList<>()).add(row);
        }
        List<CrossCheckRow> out = new ArrayList<>();
        for (List<FilingRow> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (CrossFilingRule rule : rules) {
                List<CrossFigures> budgets = new ArrayList<>();
                List<CrossFigures> finals = new ArrayList<>();
                for (FilingRow row : group) {
                    Optional<CrossFigures> f = figuresOf.apply(row).map(m -> m.get(rule.id()));
                    if (f.isEmpty() || f.get() == null) {
                        continue;
                    }
                    CrossFigures named = new CrossFigures(row.file(), f.get().department(), f.get().year(),
                            f.get().documentKind(), f.get().figures());
                    if (named.documentKind() == DocumentKind.BUDGET) {
                        budgets.add(named);
                    } else if (named.documentKind() == DocumentKind.FINAL_ACCOUNTS) {
                        finals.add(named);
                    }
                }
                if (budgets.isEmpty() || finals.isEmpty()) {
                    continue;
                }
                FilingRow first = group.getFirst();
                if (budgets.size() > 1 || finals.size() > 1) {
                    out.add(new CrossCheckRow(finals.getFirst().department(), first.year(), files(budgets),
                            files(finals), Outcome.NOT_APPLICABLE.name(), NOT_CHECKED,
                            "同一部门同一年度有" + (budgets.size() > 1 ? "多份部门预算" : "")
                                    + (budgets.size() > 1 && finals.size() > 1 ? "和" : "")
                                    + (finals.size() > 1 ? "多份部门决算" : "") + "文件，无法确定对应关系，未核对",
                            0, 0, 0, List.of()));
                    continue;
                }
                out.add(pair(rule, budgets.getFirst(), finals.getFirst()));
            }
        }
        return out;
    }

    private CrossCheckRow pair(CrossFilingRule rule, CrossFigures budget, CrossFigures fin) {
        RuleSpec spec = specs.get(rule.id());
        List<Check> checks = rule.compare(budget, fin);
        List<CrossCheckRow.Figure> figures = new ArrayList<>();
        int compared = 0;
        int differing = 0;
        int notChecked = 0;
        for (Check c : checks) {
            boolean fail = c.outcome() == Outcome.FAIL;
            if (c.outcome() == Outcome.NOT_APPLICABLE || c.outcome() == Outcome.INSUFFICIENT_DATA) {
                notChecked++;
            } else {
                compared++;
                differing += fail ? 1 : 0;
            }
            figures.add(new CrossCheckRow.Figure(c.ruleId(), spec == null ? null : spec.title(),
                    fail && spec != null ? spec.severity().name() : null, c.outcome().name(), c.subject(),
                    messages.render(c), arg(c, CrossFilingRule.ARG_FINAL_VALUE), arg(c, CrossFilingRule.ARG_BUDGET_VALUE),
                    plain(c.difference()), c.unit() == null ? null : c.unit().symbol(),
                    arg(c, CrossFilingRule.ARG_FINAL_AT), arg(c, CrossFilingRule.ARG_BUDGET_AT)));
        }
        String outcome = differing > 0 ? Outcome.FAIL.name() : compared > 0 ? Outcome.PASS.name()
                : Outcome.NOT_APPLICABLE.name();
        String verdict = differing > 0 ? DIFFERENT : compared > 0 ? SAME : NOT_CHECKED;
        String reason = compared > 0 ? null : checks.isEmpty()
                ? "决算中未找到含义确定的年初预算数，未核对" : "决算所列预算数的含义不能确定或预算中无对应数字，未核对";
        return new CrossCheckRow(fin.department() != null ? fin.department() : budget.department(), fin.year(),
                budget.file(), fin.file(), outcome, verdict, reason, compared, differing, notChecked, figures);
    }

    private static String files(List<CrossFigures> f) {
        return String.join("、", f.stream().map(CrossFigures::file).toList());
    }

    private static String arg(Check c, String name) {
        Object v = c.args().get(name);
        return v == null ? null : Objects.toString(v);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
