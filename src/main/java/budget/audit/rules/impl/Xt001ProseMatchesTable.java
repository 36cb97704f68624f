package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XT001: a figure of the prose equals the table figure of the same quantity (收入/支出合计, 基本/项目支出, 人员/公用经费,
 * 财政拨款收支, each 功能分类 类 and each numbered 功能分类 item the prose names, “三公”经费 and its parts, 机关运行经费,
 * 政府采购), compared across units with {@link Consistency#equal}: PASS, ROUNDING (a whole-万元 headline of a 元
 * table), TRUNCATION (cut off, not rounded: INFO) or FAIL. The first prose statement and the first table statement
 * count.
 */
public final class Xt001ProseMatchesTable implements Rule {

    public static final String ID = "XT001";

    private static final List<String> SINGLE_KEYS = List.of(FactKeys.INCOME_TOTAL, FactKeys.EXPENDITURE_TOTAL,
            FactKeys.EXPENDITURE_BASIC, FactKeys.EXPENDITURE_PROJECT, FactKeys.PERSONNEL, FactKeys.PUBLIC_EXPENSES,
            FactKeys.FISCAL_INCOME, FactKeys.FISCAL_EXPENDITURE, FactKeys.SANGONG_TOTAL, FactKeys.SANGONG_ABROAD,
            FactKeys.SANGONG_VEHICLE, FactKeys.SANGONG_VEHICLE_PURCHASE, FactKeys.SANGONG_VEHICLE_OPERATION,
            FactKeys.SANGONG_RECEPTION, FactKeys.JY_TOTAL, FactKeys.PROCUREMENT_TOTAL, FactKeys.PROCUREMENT_GOODS,
            FactKeys.PROCUREMENT_WORKS, FactKeys.PROCUREMENT_SERVICES);

    private static final Pattern LEVEL = Pattern.compile("(.+?)[（(]([类款项])[)）]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        List<Check> checks = new ArrayList<>();
        for (String key : SINGLE_KEYS) {
            Optional<Fact> prose = filing.prose(key);
            Optional<Fact> table = filing.facts(key, Fact.Origin.TABLE).stream().findFirst();
            if (prose.isPresent() && table.isPresent()) {
                String other = otherScope(key, table.get());
                if (other != null) {
                    context.report(TableChecks.notApplicable(ID, FactKeys.chineseName(key) + "（说明文字与表格）", other));
                    continue;
                }
                compare(prose.get(), table.get(), FactKeys.chineseName(key), consistency).ifPresent(checks::add);
            }
        }
        for (Fact prose : firstByLabel(filing.facts(FactKeys.FUNCTION_CLASS, Fact.Origin.PROSE))) {
            filing.facts(FactKeys.FUNCTION_CLASS, Fact.Origin.TABLE).stream()
                    .filter(t -> same(t.label(), prose.label())).findFirst()
                    .flatMap(t -> compare(prose, t, prose.label(), consistency)).ifPresent(checks::add);
        }
        generalExpenditure(filing, consistency).ifPresent(checks::add);
        Optional<BudgetTable> functionTable = functionTable(filing);
        for (Fact prose : firstByLabel(filing.facts(FactKeys.EXPENDITURE_ITEM, Fact.Origin.PROSE))) {
            functionTable.flatMap(t -> itemFact(t, prose.label()))
                    .flatMap(t -> compare(prose, t, prose.label(), consistency)).ifPresent(checks::add);
        }
        checks.forEach(context::report);
        if (checks.isEmpty()) {
            context.report(TableChecks.notApplicable(ID, "说明文字与表格数据", "说明文字与表格共同列示的数据"));
        }
    }

    /**
     * The comparison of one quantity stated in both places; INSUFFICIENT_DATA (never silence, which would read as
     * "not stated") when either figure is unreadable or not an amount of money.
     */
    private static Optional<Check> compare(Fact prose, Fact table, String name, Consistency consistency) {
        String tableName = table.source().table() == null ? "表格" : table.source().table();
        String subject = name + "（说明文字与" + tableName + "）";
        List<Fact> unreadable = java.util.stream.Stream.of(prose, table).filter(f -> !f.readable()).toList();
        if (!unreadable.isEmpty()) {
            return Optional.of(Checks.unreadable(ID, subject, unreadable, List.of(prose, table)));
        }
        if (!prose.amount().unit().isMoney() || !table.amount().unit().isMoney()) {
            return Optional.of(Checks.insufficient(ID, subject, "说明文字或表格中的该数额不是金额（单位无法识别），无法比对",
                    List.of(prose, table)));
        }
        return Optional.of(TableChecks.compare(ID, consistency.equal(prose.amount(), table.amount()),
                subject, prose.amount(), table.amount(),
                List.of(prose.source(), table.source()), "name", name, TableChecks.ARG_TABLE, tableName));
    }

    /**
     * Why the table's figure is not the prose's quantity, or null: the prose 收入 total counts 上年结转 while a
     * 本年收入合计 row does not; a 收支 total read from a 一般公共预算 or 财政拨款 table is a part of the department's.
     */
    static String otherScope(String key, Fact table) {
        String row = table.source().row() == null ? "" : table.source().row();
        String title = table.source().table() == null ? "" : table.source().table();
        if (key.equals(FactKeys.INCOME_TOTAL) && row.contains("本年")) {
            return "与说明文字同口径的收入总计（表中为本年收入合计，不含上年结转）";
        }
        if ((key.equals(FactKeys.INCOME_TOTAL) || key.equals(FactKeys.EXPENDITURE_TOTAL))
                && (title.contains("一般公共预算") || title.contains("财政拨款"))) {
            return "与说明文字同口径的部门" + FactKeys.chineseName(key) + "（表中数取自" + title + "）";
        }
        return null;
    }

    static List<Fact> firstByLabel(List<Fact> facts) {
        Map<String, Fact> first = new LinkedHashMap<>();
        for (Fact f : facts) {
            first.putIfAbsent(f.label() == null ? "" : f.label(), f);
        }
        return List.copyOf(first.values());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.replace(" ", "").equals(b.replace(" ", ""));
    }

    /** 一般公共预算支出 (prose) vs the 合计 of the 一般公共预算支出表. */
    private static Optional<Check> generalExpenditure(BudgetFiling filing, Consistency consistency) {
        Optional<Fact> prose = filing.prose(FactKeys.GENERAL_EXPENDITURE);
        Optional<BudgetTable> table = filing.tables(TableKind.GENERAL_BUDGET_EXPENDITURE).stream()
                .filter(t -> !t.empty()).findFirst();
        if (prose.isEmpty() || table.isEmpty()) {
            return Optional.empty();
        }
        BudgetTable t = table.get();
        int c = t.totalColumn();
        return t.totalRow().filter(r -> c >= 0 && r.value(c) != null)
                .flatMap(r -> compare(prose.get(), tableFact(FactKeys.GENERAL_EXPENDITURE, null, t, r, c),
                        FactKeys.chineseName(FactKeys.GENERAL_EXPENDITURE), consistency));
    }

    /** The table the numbered 财政拨款支出 items are read against: the 一般公共预算支出表, else the 支出总表. */
    static Optional<BudgetTable> functionTable(BudgetFiling filing) {
        for (TableKind kind : List.of(TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.EXPENDITURE_SUMMARY)) {
            Optional<BudgetTable> t = filing.tables(kind).stream().filter(x -> !x.empty() && x.hasCodes()).findFirst();
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The row a label "住房保障支出（类）住房改革支出（款）住房公积金（项）" (or a 类 name alone) names. */
    static Optional<TableRow> itemRow(BudgetTable table, String label) {
        List<String> names = new ArrayList<>();
        Matcher m = LEVEL.matcher(label);
        while (m.find()) {
            names.add(m.group(1).trim());
        }
        if (names.isEmpty()) {
            names.add(label.trim());
        }
        List<TableRow> candidates = table.rowsAtLevel(1);
        TableRow found = null;
        for (String name : names) {
            found = candidates.stream().filter(r -> same(r.name(), name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            candidates = table.children(found);
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Fact> itemFact(BudgetTable table, String label) {
        int c = table.totalColumn();
        return itemRow(table, label).filter(r -> c >= 0 && r.value(c) != null)
                .map(r -> tableFact(FactKeys.EXPENDITURE_ITEM, label, table, r, c));
    }

    static Fact tableFact(String key, String label, BudgetTable t, TableRow r, int c) {
        return new Fact(key, label == null ? FactKeys.chineseName(key) : label, r.value(c),
                budget.audit.model.FactStatus.READ, Fact.Origin.TABLE, t.cellSource(r, c));
    }
}
