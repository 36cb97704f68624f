package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.table.HeaderVocabulary;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.impl.TableChecks.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * TB002: within each row of a table, 合计 = 基本支出 + 项目支出; 合计 = 人员经费 + 公用经费 (+ 项目支出 when the table
 * splits 基本支出 into its two parts); 基本支出 = 人员经费 + 公用经费; and, in the 收入总表 and the 财政拨款收支总表,
 * 合计 = Σ the funding-source columns. Blank cells are left out; a row whose parts are all blank is not checked.
 */
public final class Tb002RowIdentity implements Rule {

    public static final String ID = "TB002";

    static final String BASIC = "基本支出";
    static final String PROJECT = "项目支出";
    static final String PERSONNEL = "人员经费";
    static final String PUBLIC = "公用经费";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        int checked = 0;
        for (BudgetTable table : filing.tables()) {
            if (table.empty() || !Tb001TableHierarchy.KINDS.contains(table.kind())) {
                continue;
            }
            for (Identity identity : identities(table)) {
                List<Check> checks = new ArrayList<>();
                for (TableRow row : table.rows()) {
                    Check check = identity.check(table, row, consistency);
                    if (check != null) {
                        checks.add(check);
                    }
                }
                Check doubt = TableChecks.doubtfulReading(ID, table, "“" + identity.relation() + "”列关系", checks);
                List<Check> report = doubt == null ? checks : List.of(doubt);
                report.forEach(context::report);
                checked += report.size();
            }
        }
        if (checked == 0) {
            context.report(TableChecks.notApplicable(ID, "表内行平衡", "分列基本支出、项目支出、人员经费、公用经费或资金来源的表格"));
        }
    }

    /** total column = Σ part columns, with the relation as a reader says it. */
    private record Identity(int total, List<Integer> parts, String relation) {
        Check check(BudgetTable table, TableRow row, Consistency consistency) {
            if (row.value(total) == null) {
                return null;
            }
            List<Cell> cells = new ArrayList<>();
            for (int p : parts) {
                if (row.value(p) != null) {
                    cells.add(new Cell(table, row, p));
                }
            }
            if (cells.isEmpty()) {
                return null;
            }
            return TableChecks.sum(ID, consistency, new Cell(table, row, total), cells, relation, false);
        }
    }

    static List<Identity> identities(BudgetTable t) {
        List<Identity> out = new ArrayList<>();
        int total = t.column(BudgetTable.TOTAL);
        int basic = t.column(BASIC);
        int project = t.column(PROJECT);
        int personnel = t.column(PERSONNEL);
        int pub = t.column(PUBLIC);
        if (total >= 0 && basic >= 0 && project >= 0) {
            List<Integer> parts = new ArrayList<>(List.of(basic, project));
            StringBuilder relation = new StringBuilder("基本支出、项目支出");
            for (String extra : HeaderVocabulary.spendingParts()) {
                int c = t.column(extra);
                if (c >= 0) {
                    parts.add(c);
                    relation.append("、").append(extra);
                }
            }
            out.add(new Identity(total, parts, parts.size() == 2 ? "基本支出与项目支出之和" : relation + "之和"));
        } else if (total >= 0 && personnel >= 0 && pub >= 0 && project >= 0) {
            out.add(new Identity(total, List.of(personnel, pub, project), "人员经费、公用经费与项目支出之和"));
        } else if (total >= 0 && personnel >= 0 && pub >= 0) {
            out.add(new Identity(total, List.of(personnel, pub), "人员经费与公用经费之和"));
        }
        if (basic >= 0 && personnel >= 0 && pub >= 0) {
            out.add(new Identity(basic, List.of(personnel, pub), "人员经费与公用经费之和"));
        }
        boolean sources = t.kind() == TableKind.INCOME_SUMMARY
                || t.kind() == TableKind.FISCAL_SUMMARY && t.part() != BudgetTable.Part.INCOME;
        if (sources && total >= 0 && t.columns().size() > 2 && out.isEmpty()) {
            List<Integer> others = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                if (c != total) {
                    others.add(c);
                }
            }
            out.add(new Identity(total, groupParts(t, others, 0, out), "各资金来源之和"));
        }
        return out;
    }

    /**
     * The columns that add up to the total of {@code cols}, read from the header groups: a group printed with its own
     * 小计 counts by that 小计 (and gets its own identity, 小计 = Σ the group's columns), a group without one by its
     * columns ("本年收入/小计 | 本年收入/一般公共预算资金 … | 上年结转结余/小计 | …": 合计 = the two 小计).
     */
    private static List<Integer> groupParts(BudgetTable t, List<Integer> cols, int depth, List<Identity> out) {
        java.util.LinkedHashMap<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int c : cols) {
            String[] path = t.columnHeaders().get(c).split("/");
            String key = path.length > depth ? path[depth] : "#" + c;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Integer> parts = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            if (members.size() == 1) {
                parts.add(members.getFirst());
                continue;
            }
            Integer subtotal = null;
            for (int c : members) {
                String[] path = t.columnHeaders().get(c).split("/");
                if (path.length == depth + 2 && HeaderVocabulary.isTotalLabel(path[depth + 1])) {
                    subtotal = c;
                    break;
                }
            }
            if (subtotal == null) {
                parts.addAll(groupParts(t, members, depth + 1, out));
                continue;
            }
            parts.add(subtotal);
            List<Integer> rest = new ArrayList<>(members);
            rest.remove(subtotal);
            out.add(new Identity(subtotal, groupParts(t, rest, depth + 1, out), g.getKey() + "各列之和"));
        }
        return parts;
    }
}
