package budget.audit.rules.impl;

import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;

import java.util.List;

/**
 * The standard table set a 部门预算 filing publishes, by format. Basis: 财预〔2016〕143号《地方预决算公开操作规程》
 * (部门预算 must publish the standard tables: 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表,
 * 一般公共预算基本支出表, “三公”经费支出表, 政府性基金预算支出表); the Shanghai format (recognized by its
 * "财务收支预算总表") adds the 国有资本经营预算支出功能分类预算表 for nine tables.
 *
 * @param name   the format's name as a reader sees it
 * @param tables the expected tables, in the format's order
 */
record StandardTableSet(String name, List<Table> tables) {

    /** One expected table: its kind and its standard Chinese name. */
    record Table(TableKind kind, String name) {
    }

    /** The common 8-table set. */
    static final StandardTableSet COMMON = new StandardTableSet("部门预算公开标准表格（8张）", List.of(
            new Table(TableKind.INCOME_EXPENDITURE_SUMMARY, "部门收支总表"),
            new Table(TableKind.INCOME_SUMMARY, "部门收入总表"),
            new Table(TableKind.EXPENDITURE_SUMMARY, "部门支出总表"),
            new Table(TableKind.FISCAL_SUMMARY, "财政拨款收支总表"),
            new Table(TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算支出表"),
            new Table(TableKind.BASIC_EXPENDITURE_ECONOMIC, "一般公共预算基本支出表"),
            new Table(TableKind.SANGONG, "一般公共预算“三公”经费支出表"),
            new Table(TableKind.GOVERNMENT_FUND, "政府性基金预算支出表")));

    /** The Shanghai 9-table set. */
    static final StandardTableSet SHANGHAI = new StandardTableSet("上海市部门预算公开表格（9张）", List.of(
            new Table(TableKind.INCOME_EXPENDITURE_SUMMARY, "财务收支预算总表"),
            new Table(TableKind.INCOME_SUMMARY, "收入预算总表"),
            new Table(TableKind.EXPENDITURE_SUMMARY, "支出预算总表"),
            new Table(TableKind.FISCAL_SUMMARY, "财政拨款收支预算总表"),
            new Table(TableKind.GENERAL_BUDGET_EXPENDITURE, "一般公共预算支出功能分类预算表"),
            new Table(TableKind.GOVERNMENT_FUND, "政府性基金预算支出功能分类预算表"),
            new Table(TableKind.STATE_CAPITAL, "国有资本经营预算支出功能分类预算表"),
            new Table(TableKind.BASIC_EXPENDITURE_ECONOMIC, "一般公共预算基本支出部门预算经济分类预算表"),
            new Table(TableKind.SANGONG, "“三公”经费和机关运行经费预算表")));

    /** The title that marks the Shanghai format. */
    static final String SHANGHAI_MARK = "财务收支预算总表";

    StandardTableSet {
        tables = List.copyOf(tables);
    }

    /** The set for these tables: Shanghai's when any title carries its 财务收支预算总表, the common one otherwise. */
    static StandardTableSet forTables(List<BudgetTable> tables) {
        return tables.stream().anyMatch(t -> t.title().replaceAll("\\s+", "").contains(SHANGHAI_MARK))
                ? SHANGHAI : COMMON;
    }

    /** True for the kinds that count as standard budget tables (not 项目支出表, 绩效目标表, regional or unrecognized ones). */
    static boolean isStandard(TableKind kind) {
        return kind != null && kind.standard();
    }
}
