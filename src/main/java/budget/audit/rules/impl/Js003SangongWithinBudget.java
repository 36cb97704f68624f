package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JS003: in the 一般公共预算财政拨款“三公”经费支出决算表, each 决算数 (合计 and each item) is at most its 预算数, or
 * the prose gives the reason it is more (财政部 决算公开 templates ask for "决算数大于预算数的主要原因"). Columns are
 * paired by measure (read from the header: 预算数 / 决算数), never by position; a column naming no measure is not
 * paired. Rounding is never an excess.
 */
public final class Js003SangongWithinBudget implements FinalAccountsRule {

    public static final String ID = "JS003";

    static final String ARG_ITEM = "item";
    static final String ARG_BUDGET = "budget";
    static final String ARG_FINAL = "actual";
    static final String ARG_EXPLAINED = "explained";

    /** Prose giving the reason a 决算数 exceeds its 预算数 (spaces removed). */
    private static final Pattern EXCESS_REASON = Pattern.compile(
            "(决算数?|支出)(大于|超过|高于|多于)(年初)?预算数?[^。]{0,12}(主要)?(原因|情况|是因为|因为)|(超支|超预算)[^。]{0,12}原因"
                    // "与2023年度预算相比，增加0.6万元，增长20%，增长的原因是…" (an item set against its own budget)
                    + "|(与|比|较)(\\d{4}年度?|本年度?|年初)?预算数?(相比|对比)?[，,]?(增加|增长|超支|超出)[^。]{0,30}?(原因|因为|由于)");

    private static final String TOTAL = "合计";

    private static final Pattern SANGONG = Pattern.compile("三公|因公出国|公务用车|公务接待");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        Consistency consistency = Consistency.from(context);
        Provenance reason = reason(filing);
        int before = context.checks().size();
        for (BudgetTable t : filing.tables(TableKind.SANGONG)) {
            if (!FinalAccountsLayout.isFinalTable(t) || t.empty()) {
                continue;
            }
            Map<String, Integer> budget = new LinkedHashMap<>();
            Map<String, Integer> actual = new LinkedHashMap<>();
            for (int c = 0; c < t.columns().size(); c++) {
                Measure m = layout.measureOf(t, c);
                String key = item(t.columnHeaders().get(c), layout);
                if (m.budget()) {
                    budget.putIfAbsent(key, c);
                } else if (m == Measure.FINAL
                        && layout.measureOf(t.columnHeaders().get(c), false, filing.year()) == Measure.FINAL) {
                    actual.putIfAbsent(key, c);
                }
            }
            List<TableRow> rows = t.rows().stream().filter(r -> budget.values().stream().anyMatch(c -> r.value(c) != null)
                    && actual.values().stream().anyMatch(c -> r.value(c) != null)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            // items as columns: the first row with figures holds them all; items as rows (the headers name only the
            // measures): every row is an item of its own, named by the row
            boolean itemsAsRows = budget.keySet().equals(Set.of(TOTAL)) && actual.keySet().equals(Set.of(TOTAL));
            for (TableRow row : itemsAsRows ? rows : rows.subList(0, 1)) {
                check(t, row, budget, actual, itemsAsRows ? rowItem(row) : null, reason, consistency, context);
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "“三公”经费决算数与预算数",
                    "并列预算数、决算数的“三公”经费支出决算表"));
        }
    }

    /** The item a row stands for where the items are rows: its name without "其中：", the total row the 合计. */
    private static String rowItem(TableRow row) {
        String name = row.plainName().replaceAll("\\s+", "").replaceFirst("^其中[:：]", "");
        return row.isTotal() || name.isEmpty() ? TOTAL : name;
    }

    /** One row's 决算数 against its 预算数, per item column ({@code item} names the row's item where items are rows). */
    private static void check(BudgetTable t, TableRow row, Map<String, Integer> budget, Map<String, Integer> actual,
                              String item, Provenance reason, Consistency consistency, RuleContext context) {
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            Integer b = budget.get(e.getKey());
            if (b == null || row.value(b) == null || row.value(e.getValue()) == null) {
                continue;
            }
            TableChecks.Cell fin = new TableChecks.Cell(t, row, e.getValue());
            TableChecks.Cell bud = new TableChecks.Cell(t, row, b);
            CompareResult r = consistency.lessOrEqual(fin.value(), bud.value());
            Outcome outcome = r.outcome();
            List<Provenance> evidence = new ArrayList<>(List.of(fin.source(), bud.source()));
            boolean explained = outcome == Outcome.FAIL && reason != null;
            if (explained) {
                outcome = Outcome.PASS;
                evidence.add(reason);
            }
            String key = item == null ? e.getKey() : item;
            String name = key.equals(TOTAL) ? "“三公”经费合计" : key;
            context.report(new Check(ID, outcome, t.reference() + " " + name + " 决算数", fin.value(),
                    r.other(), r.difference(), r.unit(), ID,
                    Checks.args(TableChecks.ARG_TABLE, t.reference(), ARG_ITEM, name,
                            ARG_BUDGET, bud.value().printed(), ARG_FINAL, fin.value().printed(),
                            ARG_EXPLAINED, explained ? "yes" : ""),
                    evidence));
        }
    }

    /** The item a column stands for: its header without the level naming the measure, 小计 folded into its parent. */
    private static String item(String header, FinalAccountsLayout layout) {
        List<String> kept = new ArrayList<>();
        for (String level : header.replaceAll("\\s+", "").split("/")) {
            if (layout.measureOf(level, false) == Measure.UNKNOWN && !level.equals("小计")) {
                kept.add(level);
            }
        }
        return kept.isEmpty() ? TOTAL : kept.getLast();
    }

    /** Where the prose gives the reason a 决算数 exceeds its 预算数, or null. */
    private static Provenance reason(BudgetFiling filing) {
        for (FinalProse.Text p : FinalProse.paragraphs(filing)) {
            Matcher m = EXCESS_REASON.matcher(p.text());
            if (SANGONG.matcher(p.text()).find() && m.find()) {
                return p.at(filing, m.start());
            }
        }
        return null;
    }
}
