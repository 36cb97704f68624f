package budget.audit.rules.impl;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.BudgetTable;
import budget.audit.model.Fact;
import budget.audit.model.FilingKind;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;
import budget.audit.model.Unit;
import budget.audit.parse.table.TableFacts;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static budget.audit.model.Unit.WAN_YUAN;

/**
 * Hand-made tables for the table rules: rows are "code|name|v1|v2…" ("-" = blank cell), lines numbered from the
 * table's first line on.
 */
final class TableFixture {

    static final String FILE = "tables.txt";

    private TableFixture() {
    }

    static BudgetTable table(String label, String title, TableKind kind, Unit unit, List<String> columns,
                             int firstLine, String... rows) {
        return table(label, title, kind, unit, columns, BudgetTable.Part.WHOLE, firstLine, rows);
    }

    static BudgetTable table(String label, String title, TableKind kind, Unit unit, List<String> columns,
                             BudgetTable.Part part, int firstLine, String... rows) {
        String ref = label.isEmpty() ? title : label + " " + title;
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split("\\|", -1);
            List<Amount> values = new ArrayList<>();
            for (String v : Arrays.asList(f).subList(2, f.length)) {
                values.add(v.equals("-") ? null : Amount.of(v, unit));
            }
            String key = (f[0] + " " + f[1]).trim();
            out.add(new TableRow(i, f[0], f[1], values,
                    new Provenance(FILE, firstLine + 1 + i, null, ref, key, null, rows[i].replace('|', '\t'))));
        }
        return new BudgetTable(label, title, kind, unit, columns, out, false, null,
                new Provenance(FILE, firstLine, null, ref, null, null, title), part, columns);
    }

    /** A filing of these tables (their facts included) plus the given prose facts. */
    static BudgetFiling filing(List<BudgetTable> tables, List<Fact> prose) {
        List<Fact> facts = new ArrayList<>(prose);
        facts.addAll(TableFacts.from(tables, FILE));
        return new BudgetFiling(new SourceDocument(FILE, "0".repeat(64), "text", "UTF-8", List.of()), "测试部门",
                2025, FilingKind.DEPARTMENT, facts, tables, List.of());
    }

    static Fact prose(String key, String label, String printed, Unit unit, int line) {
        return Fact.prose(key, label, Amount.of(printed, unit), Provenance.ofLine(FILE, line, label + printed));
    }

    static final List<String> KIND_COLUMNS = List.of("合计", "基本支出", "项目支出");

    /** A clean 一般公共预算支出表 whose 20805 row carries a 0.01 rounding residue. */
    static BudgetTable general(String row20103) {
        return table("附件2", "一般公共预算支出表", TableKind.GENERAL_BUDGET_EXPENDITURE, WAN_YUAN, KIND_COLUMNS, 10,
                "|合计|2167.94|567.94|1600.00",
                "201|一般公共服务支出|2099.40|499.40|1600.00",
                row20103,
                "2010301|行政运行|261.96|261.96|-",
                "2010302|一般行政管理事务|1600.00|-|1600.00",
                "2010350|事业运行|237.44|237.44|-",
                "208|社会保障和就业支出|68.54|68.54|-",
                "20805|行政事业单位养老支出|68.54|68.54|-",
                "2080505|机关事业单位基本养老保险缴费支出|40.89|40.89|-",
                "2080506|机关事业单位职业年金缴费支出|20.45|20.45|-",
                "2080599|其他行政事业单位养老支出|7.19|7.19|-");
    }

    static final String CLEAN_20103 = "20103|政府办公厅（室）及相关机构事务|2099.40|499.40|1600.00";

    static List<Check> outcome(List<Check> checks, Outcome outcome) {
        return checks.stream().filter(c -> c.outcome() == outcome).toList();
    }

    static List<Integer> lines(Check check) {
        return check.evidence().stream().map(Provenance::line).toList();
    }
}
