package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.parse.prose.Mention;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ZC005: a project the prose names with its amount ("统计管理352.27万元，主要包括……") has that amount in its row of
 * the project table (项目支出表 listing projects, 专项业务经费表). Only an exact name match counts: the words before
 * the figure, after a list marker (其中 / 主要包括 / 1. / （一）), are the row's name, printed once in the project
 * tables. Tables by 经济分类 / 功能分类 (rows are spending classes, not projects) are not used. The prose amount is
 * compared with the row's total; a prose amount equal to one of the row's other columns (a fund's part) is no
 * finding.
 */
public final class Zc005ProjectAmountsMatchTable implements Rule {

    public static final String ID = "ZC005";

    static final String ARG_PROJECT = "project";
    static final String ARG_TABLE = "table";
    static final String ARG_COLUMN = "column";

    private static final Pattern CLASSIFIED = Pattern.compile("经济分类|功能分类|科目");
    private static final Pattern MARKER = Pattern.compile(
            "^(其中|主要包括|主要有|包括|主要是|分别是|分别为)?[：:，,、；;]?"
                    + "(\\d+[.、．]|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、)?");
    /** A row naming a spending unit (its projects' subtotal), not a project. */
    private static final Pattern UNIT_ROW = Pattern.compile("(本级|局|委员会|委|办公室|办|院|中心|厅|所|站|馆|队|会|部)(\\(本级\\))?$");
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("^(项目金额|金额)$");

    /** One project row of a project table. */
    private record ProjectRow(BudgetTable table, TableRow row, int column) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Map<String, ProjectRow> rows = projectRows(filing);
        if (rows.isEmpty()) {
            context.report(Checks.notApplicable(ID, "项目金额", "逐项列示项目的项目支出表", List.of()));
            return;
        }
        Consistency consistency = Consistency.from(context);
        String file = filing.fileName();
        int reported = 0;
        for (ProseScan.Scanned s : ProseScan.scan(filing)) {
            for (Mention m : s.mentions()) {
                if (m.kind() != Mention.Kind.VALUE || !m.isMoney() || m.unreadable()) {
                    continue;
                }
                String name = MARKER.matcher(normal(m.rawLabel())).replaceFirst("");
                ProjectRow p = rows.get(name);
                if (p == null) {
                    continue;
                }
                context.report(check(consistency, m, p, file));
                reported++;
            }
        }
        if (reported == 0) {
            context.report(Checks.notApplicable(ID, "项目金额", "说明文字中逐项写明金额、名称与项目支出表一致的项目",
                    List.of()));
        }
    }

    private static Check check(Consistency consistency, Mention m, ProjectRow p, String file) {
        TableRow row = p.row();
        BudgetTable t = p.table();
        int chosen = p.column();
        CompareResult result = consistency.equal(m.amount(), row.value(chosen));
        if (result.outcome() == Outcome.FAIL) {
            for (int c = 0; c < row.values().size(); c++) {
                Amount other = row.value(c);
                if (c != chosen && other != null && other.unit().isMoney()) {
                    CompareResult r = consistency.equal(m.amount(), other);
                    if (r.outcome() != Outcome.FAIL) {
                        chosen = c;
                        result = r;
                        break;
                    }
                }
            }
        }
        List<Provenance> evidence = List.of(m.provenance(file), t.cellSource(row, chosen));
        return TableChecks.compare(ID, result, "项目金额（说明文字与项目支出表）", m.amount(), row.value(chosen), evidence,
                ARG_PROJECT, row.name().trim(), ARG_TABLE, t.reference(), ARG_COLUMN, t.columnLabel(chosen));
    }

    /** Project rows by name, only names printed once across the project tables. */
    private static Map<String, ProjectRow> projectRows(BudgetFiling filing) {
        Map<String, ProjectRow> byName = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<BudgetTable> tables = new ArrayList<>(filing.tables(TableKind.PROJECT_EXPENDITURE));
        tables.addAll(filing.tables(TableKind.SPECIAL_PROJECT_FUNDS));
        for (BudgetTable t : tables) {
            if (t.empty() || CLASSIFIED.matcher(t.title()).find() || t.hasCodes()) {
                continue;
            }
            int column = t.totalColumn();
            if (column < 0) {
                for (int c = 0; c < t.columns().size(); c++) {
                    if (AMOUNT_COLUMN.matcher(normal(t.columnLabel(c))).find()) {
                        column = c;
                        break;
                    }
                }
            }
            if (column < 0) {
                continue;
            }
            for (TableRow r : t.rows()) {
                String name = normal(r.plainName());
                if (name.length() < 2 || r.isTotal() || !r.code().isEmpty() || UNIT_ROW.matcher(name).find()) {
                    continue;
                }
                seen.merge(name, 1, Integer::sum);
                if (r.value(column) != null) {
                    byName.put(name, new ProjectRow(t, r, column));
                }
            }
        }
        byName.keySet().removeIf(n -> seen.get(n) > 1);
        return byName;
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }
}
