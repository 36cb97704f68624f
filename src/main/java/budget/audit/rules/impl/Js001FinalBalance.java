package budget.audit.rules.impl;

import budget.audit.model.AccountRole;
import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Measure;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.FinalAccountsLayout;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.FinalAccountsRule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JS001: the balance of a 决算, 年初结转和结余 + 本年收入 (+ 用事业基金弥补收支差额) = 本年支出 (+ 结余分配) +
 * 年末结转和结余, checked as 年末结转和结余 = 年初 + 本年收入 (+ 弥补) − 本年支出 (− 结余分配) with the interval
 * arithmetic of {@link Consistency} (rounding is never an error): in the 收入支出决算总表 and the 财政拨款收入支出决算
 * 总表 (there also by fund: 一般公共预算 / 政府性基金 / 国有资本经营, each fund's rows on the income side against its
 * column on the spending side), and row by row in a table whose columns carry the four roles (政府性基金预算财政拨款
 * 收入支出决算表). Only columns read as 决算数 are used; the rows and columns are found by their typed roles
 * (profiles/final-accounts.yaml), never by position.
 */
public final class Js001FinalBalance implements FinalAccountsRule {

    public static final String ID = "JS001";

    static final String ARG_OPENING = "opening";
    static final String ARG_INCOME = "income";
    static final String ARG_EXPENDITURE = "expenditure";
    static final String ARG_CLOSING = "closing";
    static final String ARG_FUND = "fund";

    private static final List<String> FUNDS = List.of("一般公共预算", "政府性基金", "国有资本经营");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        FinalAccountsLayout layout = FinalAccountsLayout.of(filing);
        int before = context.checks().size();
        for (TableKind kind : List.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_SUMMARY)) {
            List<BudgetTable> tables = filing.tables(kind).stream().filter(FinalAccountsLayout::isFinalTable).toList();
            Optional<BudgetTable> in = tables.stream().filter(t -> t.part() == BudgetTable.Part.INCOME).findFirst();
            Optional<BudgetTable> out = tables.stream().filter(t -> t.part() == BudgetTable.Part.EXPENDITURE)
                    .findFirst();
            if (in.isEmpty() || out.isEmpty() || in.get().empty() || out.get().empty()) {
                continue;
            }
            summary(in.get(), out.get(), layout, consistency, context);
            if (kind == TableKind.FISCAL_SUMMARY) {
                byFund(in.get(), out.get(), layout, consistency, context);
            }
        }
        for (BudgetTable t : filing.tables()) {
            if (FinalAccountsLayout.isFinalTable(t) && !t.empty() && t.part() == BudgetTable.Part.WHOLE) {
                byRow(t, layout, consistency, context);
            }
        }
        if (context.checks().size() == before) {
            context.report(TableChecks.notApplicable(ID, "决算收支平衡",
                    "收入支出决算总表、财政拨款收入支出决算总表或列有年初结转和结余、本年收入、本年支出、年末结转和结余的决算表"));
        }
    }

    /** The one column of a summary side read as 决算数, or -1 (none, or several: not guessed). */
    static int finalColumn(BudgetTable t, FinalAccountsLayout layout) {
        List<Integer> finals = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            if (layout.measureOf(t, c) == Measure.FINAL) {
                finals.add(c);
            }
        }
        if (finals.size() == 1) {
            return finals.getFirst();
        }
        int total = t.totalColumn();
        return finals.contains(total) ? total : -1;
    }

    /** The first row playing each role (rows with a blank in column c are kept: blank is "not stated"). */
    private static Map<AccountRole, TableRow> roles(BudgetTable t, FinalAccountsLayout layout) {
        Map<AccountRole, TableRow> out = new EnumMap<>(AccountRole.class);
        for (TableRow r : t.rows()) {
            layout.roleOf(r.name()).ifPresent(role -> out.putIfAbsent(role, r));
        }
        return out;
    }

    private static void summary(BudgetTable in, BudgetTable out, FinalAccountsLayout layout,
                                Consistency consistency, RuleContext context) {
        int ci = finalColumn(in, layout);
        int co = finalColumn(out, layout);
        if (ci < 0 || co < 0) {
            context.report(TableChecks.notApplicable(ID, reference(in) + " 收支平衡", "可确认为决算数的金额列"));
            return;
        }
        Map<AccountRole, TableRow> ri = roles(in, layout);
        Map<AccountRole, TableRow> ro = roles(out, layout);
        TableChecks.Cell opening = cell(in, ri.get(AccountRole.OPENING_BALANCE), ci);
        TableChecks.Cell income = cell(in, ri.get(AccountRole.YEAR_INCOME), ci);
        TableChecks.Cell expenditure = cell(out, ro.get(AccountRole.YEAR_EXPENDITURE), co);
        TableChecks.Cell closing = cell(out, ro.get(AccountRole.CLOSING_BALANCE), co);
        if (income == null || expenditure == null || closing == null) {
            context.report(TableChecks.notApplicable(ID, reference(in) + " 收支平衡",
                    "本年收入合计、本年支出合计与年末结转和结余"));
            return;
        }
        List<Signed> parts = new ArrayList<>();
        if (opening != null) {
            parts.add(new Signed(opening, 1));
        }
        parts.add(new Signed(income, 1));
        TableChecks.Cell drawdown = cell(in, ri.get(AccountRole.FUND_DRAWDOWN), ci);
        if (drawdown != null) {
            parts.add(new Signed(drawdown, 1));
        }
        parts.add(new Signed(expenditure, -1));
        TableChecks.Cell distribution = cell(out, ro.get(AccountRole.SURPLUS_DISTRIBUTION), co);
        if (distribution != null) {
            parts.add(new Signed(distribution, -1));
        }
        context.report(check(reference(in), null, closing, opening, income, expenditure, parts, consistency));
    }

    /** By fund in the 财政拨款收入支出决算总表: 年末[fund] = 年初[fund] + 本年收入[fund] − 本年支出[fund]. */
    private static void byFund(BudgetTable in, BudgetTable out, FinalAccountsLayout layout,
                               Consistency consistency, RuleContext context) {
        int ci = finalColumn(in, layout);
        if (ci < 0) {
            return;
        }
        Map<AccountRole, TableRow> ri = roles(in, layout);
        Map<AccountRole, TableRow> ro = roles(out, layout);
        TableRow incomeTotal = ri.get(AccountRole.YEAR_INCOME);
        TableRow openingTotal = ri.get(AccountRole.OPENING_BALANCE);
        TableRow expenditureRow = ro.get(AccountRole.YEAR_EXPENDITURE);
        TableRow closingRow = ro.get(AccountRole.CLOSING_BALANCE);
        if (incomeTotal == null || openingTotal == null || expenditureRow == null || closingRow == null) {
            return;
        }
        for (String fund : FUNDS) {
            int col = fundColumn(out, fund, layout);
            TableRow income = fundRow(in, fund, 0, in.rows().indexOf(incomeTotal));
            int from = in.rows().indexOf(openingTotal) + 1;
            TableRow opening = fundRow(in, fund, from, Math.min(in.rows().size(), from + FUNDS.size()));
            if (col < 0 || income == null || opening == null) {
                continue;
            }
            TableChecks.Cell i = cell(in, income, ci);
            TableChecks.Cell o = cell(in, opening, ci);
            TableChecks.Cell e = cell(out, expenditureRow, col);
            TableChecks.Cell c = cell(out, closingRow, col);
            if (i == null || e == null || c == null || o == null) {
                continue;
            }
            if (i.value().isZero() && e.value().isZero() && c.value().isZero() && o.value().isZero()) {
                continue;
            }
            context.report(check(reference(in), fund, c, o, i, e,
                    List.of(new Signed(o, 1), new Signed(i, 1), new Signed(e, -1)), consistency));
        }
    }

    /** Row by row in a table whose columns play the four roles (政府性基金预算财政拨款收入支出决算表). */
    private static void byRow(BudgetTable t, FinalAccountsLayout layout, Consistency consistency,
                              RuleContext context) {
        Map<AccountRole, Integer> cols = new EnumMap<>(AccountRole.class);
        for (int c = 0; c < t.columns().size(); c++) {
            if (layout.measureOf(t, c) != Measure.FINAL) {
                continue;
            }
            int col = c;
            columnRole(t.columnHeaders().get(c), layout).ifPresent(r -> cols.putIfAbsent(r, col));
        }
        Integer o = cols.get(AccountRole.OPENING_BALANCE);
        Integer i = cols.get(AccountRole.YEAR_INCOME);
        Integer e = cols.get(AccountRole.YEAR_EXPENDITURE);
        Integer c = cols.get(AccountRole.CLOSING_BALANCE);
        if (o == null || i == null || e == null || c == null) {
            return;
        }
        List<Check> checks = new ArrayList<>();
        for (TableRow r : t.rows()) {
            TableChecks.Cell co = cell(t, r, o);
            TableChecks.Cell ci = cell(t, r, i);
            TableChecks.Cell ce = cell(t, r, e);
            TableChecks.Cell cc = cell(t, r, c);
            if (co == null || ci == null || ce == null || cc == null) {
                continue;
            }
            checks.add(check(t.reference() + " " + r.key(), null, cc, co, ci, ce,
                    List.of(new Signed(co, 1), new Signed(ci, 1), new Signed(ce, -1)), consistency));
        }
        Check doubt = TableChecks.doubtfulReading(ID, t, "各行收支平衡", checks);
        if (doubt != null) {
            context.report(doubt);
        } else {
            checks.forEach(context::report);
        }
    }

    /** The role of a column header: its innermost row, or the row above a 小计 / 合计. */
    static Optional<AccountRole> columnRole(String header, FinalAccountsLayout layout) {
        String[] levels = header == null ? new String[0] : header.replaceAll("\\s+", "").split("/");
        for (int k = levels.length - 1; k >= 0; k--) {
            Optional<AccountRole> r = layout.roleOf(levels[k]);
            if (r.isPresent()) {
                return r;
            }
            if (!levels[k].matches("小计|合计")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int fundColumn(BudgetTable t, String fund, FinalAccountsLayout layout) {
        for (int c = 0; c < t.columns().size(); c++) {
            String h = t.columnHeaders().get(c).replaceAll("\\s+", "");
            String last = h.substring(h.lastIndexOf('/') + 1);
            if (last.startsWith(fund) && layout.measureOf(t, c) == Measure.FINAL) {
                return c;
            }
        }
        return -1;
    }

    private static TableRow fundRow(BudgetTable t, String fund, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.rows().size()); k++) {
            String n = t.rows().get(k).name() == null ? "" : t.rows().get(k).name().replaceAll("\\s+", "")
                    .replaceFirst("^[一二三四五六七八九十]+、", "");
            if (n.startsWith(fund)) {
                return t.rows().get(k);
            }
        }
        return null;
    }

    private static TableChecks.Cell cell(BudgetTable t, TableRow r, int c) {
        if (r == null || c < 0 || r.value(c) == null) {
            return null;
        }
        return new TableChecks.Cell(t, r, c);
    }

    private static String reference(BudgetTable t) {
        return t.reference().replace("（收入）", "").replace("（支出）", "");
    }

    private record Signed(TableChecks.Cell cell, int sign) {
        Amount amount() {
            Amount a = cell.value();
            return sign > 0 ? a : new Amount(a.value().negate(), a.unit());
        }
    }

    private static Check check(String table, String fund, TableChecks.Cell closing, TableChecks.Cell opening,
                               TableChecks.Cell income, TableChecks.Cell expenditure, List<Signed> parts,
                               Consistency consistency) {
        List<Amount> amounts = parts.stream().map(Signed::amount).toList();
        SumResult r = consistency.sum(closing.value(), amounts);
        List<Provenance> evidence = new ArrayList<>();
        evidence.add(closing.source());
        parts.forEach(p -> evidence.add(p.cell().source()));
        String subject = table + (fund == null ? "" : " " + fund + "财政拨款") + " 年末结转和结余";
        return new Check(ID, r.outcome(), subject, closing.value(), r.computed(), r.difference(), r.unit(), ID,
                Checks.args(TableChecks.ARG_TABLE, table, ARG_FUND, fund == null ? "" : fund,
                        ARG_OPENING, opening == null ? "" : opening.value().printed(),
                        ARG_INCOME, income.value().printed(),
                        ARG_EXPENDITURE, expenditure.value().printed(),
                        ARG_CLOSING, closing.value().printed()),
                evidence);
    }
}
