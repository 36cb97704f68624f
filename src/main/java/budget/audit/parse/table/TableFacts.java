package budget.audit.parse.table;

import budget.audit.model.Amount;
import budget.audit.model.BudgetTable;
import budget.audit.model.BudgetTable.Part;
import budget.audit.model.Fact;
import budget.audit.model.FactKeys;
import budget.audit.model.FactStatus;
import budget.audit.model.Provenance;
import budget.audit.model.TableKind;
import budget.audit.model.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns table figures into facts under the same keys the prose uses, so rules can compare prose with tables.
 * Blank cells give no fact (blank is not 0). Each fact's provenance names table, row and column.
 *
 * <p>Choices: EXPENDITURE_TOTAL/BASIC/PROJECT and FUNCTION_CLASS come from the 支出总表; only when a filing has
 * none, from the 一般公共预算支出表 (both would otherwise state the same quantity twice). 收支总表 gives the income
 * side only (INCOME_TOTAL, INCOME_SOURCE per top-level source row); 收入总表 gives INCOME_TOTAL and INCOME_SOURCE per
 * source column of its 合计 row.
 */
public final class TableFacts {

    /** A 政府采购 category row: the category alone, with at most 政府采购 before and 类/采购/预算 after it. */
    private static final Pattern PROCUREMENT_CATEGORY =
            Pattern.compile("^(?:政府采购)?(货物|工程|服务)(?:类)?(?:采购)?(?:预算)?(?:合计|小计)?$");

    private static final Pattern ORDINAL_TOP = Pattern.compile("^[一二三四五六七八九十]+、.*");

    private final String file;
    private final List<Fact> out = new ArrayList<>();

    private TableFacts(String file) {
        this.file = file;
    }

    public static List<Fact> from(List<BudgetTable> tables, String file) {
        TableFacts f = new TableFacts(file);
        boolean hasExpenditureSummary = tables.stream().anyMatch(t -> t.kind() == TableKind.EXPENDITURE_SUMMARY);
        for (BudgetTable t : tables) {
            if (t.empty()) {
                continue;
            }
            switch (t.kind()) {
                case INCOME_EXPENDITURE_SUMMARY -> f.incomeSide(t);
                case INCOME_SUMMARY -> f.incomeSummary(t);
                case EXPENDITURE_SUMMARY -> f.expenditure(t);
                case GENERAL_BUDGET_EXPENDITURE -> {
                    if (!hasExpenditureSummary) {
                        f.expenditure(t);
                    }
                }
                case FISCAL_SUMMARY -> f.fiscal(t);
                case BASIC_EXPENDITURE_ECONOMIC -> f.basicEconomic(t);
                case SANGONG -> f.sangong(t);
                case PROCUREMENT -> f.procurement(t);
                default -> {
                }
            }
            f.operatingCostRow(t);
        }
        return List.copyOf(f.out);
    }

    private void incomeSide(BudgetTable t) {
        if (t.part() == Part.EXPENDITURE) {
            return;
        }
        int col = t.totalColumn();
        if (col < 0) {
            return;
        }
        // 本年收入合计 + 上年结转结余 = 收入总计: with a carry-over the grand total is the income total, and the
        // carry-over one of its sources (it balances the spending, which uses both)
        List<TableRow> totals = t.rows().stream().filter(TableRow::isTotal).toList();
        Optional<TableRow> carryOver = t.rows().stream().filter(r -> !r.isTotal()
                && r.plainName().startsWith("上年结转") && r.value(col) != null && !r.value(col).isZero()).findFirst();
        Optional<TableRow> total = carryOver.isPresent() && totals.size() >= 2
                && totals.getLast().index() > carryOver.get().index()
                ? Optional.of(totals.getLast()) : t.totalRow();
        total.ifPresent(r -> add(FactKeys.INCOME_TOTAL, null, t, r, col));
        boolean withCarryOver = total.isPresent() && carryOver.isPresent() && total.get() == totals.getLast()
                && totals.size() >= 2;
        boolean ordinals = t.rows().stream().anyMatch(r -> ORDINAL_TOP.matcher(r.name()).matches());
        for (TableRow r : t.rows()) {
            boolean isCarryOver = withCarryOver && r == carryOver.get();
            if (r.isTotal() || !isCarryOver && ordinals && !ORDINAL_TOP.matcher(r.name()).matches()) {
                continue;
            }
            if (r.plainName().startsWith("本年收入")) {
                continue;
            }
            add(FactKeys.INCOME_SOURCE, r.plainName(), t, r, col);
        }
    }

    private void incomeSummary(BudgetTable t) {
        Optional<TableRow> total = t.totalRow();
        if (total.isEmpty()) {
            return;
        }
        int col = t.totalColumn();
        if (col >= 0) {
            add(FactKeys.INCOME_TOTAL, null, t, total.get(), col);
        }
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            if (c != col) {
                others.add(c);
            }
        }
        // a group printed with its 小计 (本年收入, 上年结转结余) is one source, not its 小计 and its columns
        for (int c : ColumnGroups.parts(t, others, (sub, members) -> { })) {
            add(FactKeys.INCOME_SOURCE, t.columnLabel(c), t, total.get(), c);
        }
    }

    private void expenditure(BudgetTable t) {
        t.totalRow().ifPresent(r -> {
            add(FactKeys.EXPENDITURE_TOTAL, null, t, r, t.totalColumn());
            add(FactKeys.EXPENDITURE_BASIC, null, t, r, t.column("基本支出"));
            add(FactKeys.EXPENDITURE_PROJECT, null, t, r, t.column("项目支出"));
        });
        int col = t.totalColumn();
        for (TableRow r : t.rowsAtLevel(1)) {
            add(FactKeys.FUNCTION_CLASS, r.name(), t, r, col);
        }
    }

    private void fiscal(BudgetTable t) {
        if (t.part() == Part.WHOLE) {
            return;
        }
        String key = t.part() == Part.EXPENDITURE ? FactKeys.FISCAL_EXPENDITURE : FactKeys.FISCAL_INCOME;
        t.totalRow().ifPresent(r -> add(key, null, t, r, t.totalColumn()));
    }

    private void basicEconomic(BudgetTable t) {
        t.totalRow().ifPresent(r -> {
            add(FactKeys.PERSONNEL, null, t, r, t.column("人员经费"));
            add(FactKeys.PUBLIC_EXPENSES, null, t, r, t.column("公用经费"));
        });
    }

    private void sangong(BudgetTable t) {
        if (t.column("因公出国（境）费") < 0 && t.column("公务接待费") < 0 && t.totalColumn() >= 0) {
            sangongByRows(t);
            return;
        }
        Optional<TableRow> row = t.totalRow();
        if (row.isEmpty()) {
            // rows per year (2025年 | 2026年 | 增减): the budget year is the latest one
            row = t.rows().stream().filter(r -> !r.isBlank() && r.name().matches("^(19|20)\\d\\d年.*"))
                    .max(java.util.Comparator.comparing(r -> r.name().substring(0, 4)));
        }
        if (row.isEmpty()) {
            row = t.rows().stream().filter(r -> !r.isBlank()).findFirst();
        }
        row.ifPresent(r -> {
            add(FactKeys.SANGONG_TOTAL, null, t, r, t.column("合计"));
            add(FactKeys.SANGONG_ABROAD, null, t, r, t.column("因公出国（境）费"));
            add(FactKeys.SANGONG_VEHICLE, null, t, r, t.column("公务用车购置及运行费"));
            add(FactKeys.SANGONG_VEHICLE_PURCHASE, null, t, r, t.column("公务用车购置费"));
            add(FactKeys.SANGONG_VEHICLE_OPERATION, null, t, r, t.column("公务用车运行费"));
            add(FactKeys.SANGONG_RECEPTION, null, t, r, t.column("公务接待费"));
            add(FactKeys.JY_TOTAL, null, t, r, t.column("机关运行经费"));
        });
    }

    /** A “三公” table printed with the items as rows (“三公”经费 / 其中：（一）因公出国（境）支出 …) and amount columns. */
    private void sangongByRows(BudgetTable t) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TableRow r : t.rows()) {
            String name = r.plainName().replaceFirst("^其中[：:]\\s*", "");
            name = name.replaceFirst("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．])\\s*", "");
            String key = name.contains("三公") ? FactKeys.SANGONG_TOTAL : switch (String.valueOf(ColumnNames.specific(name))) {
                case "因公出国（境）费" -> FactKeys.SANGONG_ABROAD;
                case "公务用车购置及运行费" -> FactKeys.SANGONG_VEHICLE;
                case "公务用车购置费" -> FactKeys.SANGONG_VEHICLE_PURCHASE;
                case "公务用车运行费" -> FactKeys.SANGONG_VEHICLE_OPERATION;
                case "公务接待费" -> FactKeys.SANGONG_RECEPTION;
                default -> null;
            };
            if (key != null && seen.add(key)) {
                add(key, null, t, r, t.totalColumn());
            }
        }
    }

    private void procurement(BudgetTable t) {
        Optional<TableRow> total = t.totalRow();
        if (total.isPresent() && t.column("货物") + t.column("工程") + t.column("服务") > -3) {
            add(FactKeys.PROCUREMENT_TOTAL, null, t, total.get(), t.totalColumn());
            add(FactKeys.PROCUREMENT_GOODS, null, t, total.get(), t.column("货物"));
            add(FactKeys.PROCUREMENT_WORKS, null, t, total.get(), t.column("工程"));
            add(FactKeys.PROCUREMENT_SERVICES, null, t, total.get(), t.column("服务"));
            return;
        }
        int col = t.totalColumn();
        total.ifPresent(r -> add(FactKeys.PROCUREMENT_TOTAL, null, t, r, col));
        // a category row is named by the category alone ("货物", "服务类", "政府采购工程"); a project row such as
        // "购买中介机构审计服务" is no category, and a category printed on two rows is not bound at all
        Map<String, List<TableRow>> byCategory = new LinkedHashMap<>();
        for (TableRow r : t.rows()) {
            var m = PROCUREMENT_CATEGORY.matcher(r.plainName().replaceAll("\\s+", ""));
            if (m.matches()) {
                byCategory.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(r);
            }
        }
        byCategory.forEach((category, rows) -> {
            if (rows.size() == 1) {
                String key = switch (category) {
                    case "货物" -> FactKeys.PROCUREMENT_GOODS;
                    case "工程" -> FactKeys.PROCUREMENT_WORKS;
                    default -> FactKeys.PROCUREMENT_SERVICES;
                };
                add(key, null, t, rows.getFirst(), col);
            }
        });
    }

    /** A row named 机关运行经费 in any table (the 三公 table's column is handled there). */
    private void operatingCostRow(BudgetTable t) {
        if (t.kind() == TableKind.SANGONG && t.column("机关运行经费") >= 0) {
            return;
        }
        for (TableRow r : t.rows()) {
            if (r.code().isEmpty() && r.plainName().startsWith("机关运行经费")) {
                add(FactKeys.JY_TOTAL, null, t, r, t.totalColumn());
            }
        }
    }

    private void add(String key, String label, BudgetTable t, TableRow row, int column) {
        if (column < 0) {
            return;
        }
        Amount a = row.value(column);
        if (a == null) {
            return;
        }
        String ref = row.valueRef(column);
        String cell = ref != null ? ref + " " + t.columnLabel(column) : t.columnLabel(column);
        Provenance src = row.source();
        Provenance p = new Provenance(file, src.line(), src.page(), t.reference(), src.row(), cell, src.text());
        out.add(new Fact(key, label != null ? label : FactKeys.chineseName(key), a, FactStatus.READ,
                Fact.Origin.TABLE, p));
    }
}
