package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.TableKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the layout profiles add to the reader: table kinds by title words, known column roles, text columns. */
class LayoutProfileKindsTest {

    @Test
    void finalAccountsTablesAreTheCounterpartsOfTheSummaryTables() {
        assertEquals(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKindClassifier.classify("表1 收入支出决算总表", ""));
        assertEquals(TableKind.FISCAL_SUMMARY, TableKindClassifier.classify("财政拨款收入支出决算总表", ""));
        assertEquals(TableKind.INCOME_SUMMARY, TableKindClassifier.classify("表2 收入决算表", ""));
        assertEquals(TableKind.EXPENDITURE_SUMMARY, TableKindClassifier.classify("支出决算表", ""));
        // the other 决算 tables keep their kinds
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE,
                TableKindClassifier.classify("一般公共预算财政拨款支出决算表", ""));
        assertEquals(TableKind.BASIC_EXPENDITURE_ECONOMIC,
                TableKindClassifier.classify("一般公共预算财政拨款基本支出决算表", ""));
        assertEquals(TableKind.GOVERNMENT_FUND, TableKindClassifier.classify("政府性基金预算财政拨款收入支出决算表", ""));
        assertEquals(TableKind.SANGONG, TableKindClassifier.classify("一般公共预算财政拨款“三公”经费支出决算表", ""));
        assertEquals(TableKind.PROCUREMENT, TableKindClassifier.classify("政府采购支出决算表", ""));
        assertEquals(TableKind.PROJECT_EXPENDITURE, TableKindClassifier.classify("项目支出决算表", ""));
    }

    @Test
    void regionalTablesGetKindsOfTheirOwn() {
        assertEquals(TableKind.FISCAL_EXPENDITURE, TableKindClassifier.classify("公开表五 财政拨款支出预算表（功能科目）", ""));
        assertEquals(TableKind.FISCAL_EXPENDITURE, TableKindClassifier.classify("财政拨款支出表（功能科目）", ""));
        assertEquals(TableKind.GENERAL_BUDGET_EXPENDITURE, TableKindClassifier.classify("一般公共预算支出预算表（功能科目）", ""));
        assertEquals(TableKind.FISCAL_SUMMARY, TableKindClassifier.classify("财政拨款收支预算总表", ""));
        assertEquals(TableKind.OPERATING_EXPENSES, TableKindClassifier.classify("一般公共预算机关运行经费支出预算表", ""));
        assertEquals(TableKind.SANGONG, TableKindClassifier.classify("部门“三公”经费和机关运行经费预算表", ""));
        assertEquals(TableKind.SANGONG, TableKindClassifier.classify("“三公”经费及机关运行经费支出预算表", ""));
        assertEquals(TableKind.PURCHASED_SERVICES, TableKindClassifier.classify("预算11表财政拨款政府购买服务明细表", ""));
        assertEquals(TableKind.PROCUREMENT, TableKindClassifier.classify("政府采购（资产配置、购买服务）预算表", ""));
        assertEquals(TableKind.SPECIAL_PROJECT_FUNDS, TableKindClassifier.classify("部门综合预算专项业务经费支出表", ""));
        assertEquals(TableKind.PERFORMANCE, TableKindClassifier.classify("部门专项业务经费绩效目标表(2026年度)", ""));
        assertEquals(TableKind.CARRYOVER_EXPENDITURE, TableKindClassifier.classify("部门综合预算财政拨款结转资金支出表", ""));
        assertEquals(TableKind.CARRYOVER_EXPENDITURE,
                TableKindClassifier.classify("部门综合预算财政拨款上年结转资金支出表", ""));
    }

    @Test
    void regionalKindsAreNotStandardTables() {
        for (TableKind k : List.of(TableKind.FISCAL_EXPENDITURE, TableKind.OPERATING_EXPENSES,
                TableKind.PURCHASED_SERVICES, TableKind.SPECIAL_PROJECT_FUNDS, TableKind.CARRYOVER_EXPENDITURE,
                TableKind.OTHER, TableKind.PERFORMANCE, TableKind.PROJECT_EXPENDITURE)) {
            assertFalse(k.standard(), k.name());
        }
        assertTrue(TableKind.GENERAL_BUDGET_EXPENDITURE.standard());
        assertTrue(TableKind.STATE_CAPITAL.standard());
    }

    @Test
    void profileRolesAreKnown() {
        assertTrue(HeaderVocabulary.isKnownRole("单位预留机动经费")); // 江苏 canonical column name
        assertTrue(HeaderVocabulary.isKnownRole("教育收费"));
        assertTrue(HeaderVocabulary.isKnownRole("2026年政府采购项目"));
        assertTrue(HeaderVocabulary.isKnownRole("其中：2026年政府采购项目中预留给中小企业的项目资金规模"));
        assertTrue(HeaderVocabulary.isKnownRole("2019年"));
        assertTrue(HeaderVocabulary.isKnownRole("当年"));
        assertFalse(HeaderVocabulary.isKnownRole("2019年度说明"));
        assertFalse(HeaderVocabulary.isKnownRole("某某经费"));
        assertFalse(HeaderVocabulary.isKnownRole(""));
    }

    @Test
    void countsAndModelsAreNotAmounts() {
        BudgetTable t = TableReader.read(TestDocs.of(
                "部门综合预算政府采购（资产配置、购买服务）预算表",
                "单位：万元",
                "采购项目\t规格型号\t数量\t预算金额",
                "合计\t\t6\t26.76",
                "移动执法终端设备\t\t2\t14.40",
                "多功能一体机\tA4\t4\t12.36")).getFirst();
        assertEquals(TableKind.PROCUREMENT, t.kind());
        assertEquals(List.of("合计"), t.columns());
        assertEquals("12.36", t.rows().getLast().value(0).printed());
    }
}
