package budget.audit.rules.impl;

import budget.audit.model.BudgetFiling;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.audit.model.FactKeys.*;
import static budget.audit.model.Unit.WAN_YUAN;
import static budget.audit.model.Unit.YUAN;
import static budget.audit.rules.FilingFixture.filing;
import static budget.audit.rules.FilingFixture.lines;
import static budget.audit.rules.FilingFixture.plain;
import static budget.audit.rules.FilingFixture.run;
import static budget.audit.rules.FilingFixture.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Zc003ExpenditureByFunctionTest {

    private final Zc003ExpenditureByFunction rule = new Zc003ExpenditureByFunction();

    private static budget.audit.rules.FilingFixture classes() {
        return filing().prose(EXPENDITURE_TOTAL, "1385.31", WAN_YUAN)
                .prose(FUNCTION_CLASS, "一般公共服务支出", "1319.34", WAN_YUAN)
                .prose(FUNCTION_CLASS, "社会保障和就业支出", "34.61", WAN_YUAN)
                .prose(FUNCTION_CLASS, "卫生健康支出", "11.93", WAN_YUAN)
                .prose(FUNCTION_CLASS, "住房保障支出", "18.15", WAN_YUAN);
    }

    @Test
    void sumOfClassesPasses() {
        Check check = single(rule, classes().prose(FUNCTION_CLASS, "教育支出", "1.28", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), lines(check));
        assertEquals("一般公共服务支出1319.34万元、社会保障和就业支出34.61万元、卫生健康支出11.93万元、住房保障支出18.15万元、教育支出1.28万元",
                check.args().get("parts"));
    }

    @Test
    void missingClassFails() {
        Check check = single(rule, classes().build());
        assertEquals(Outcome.FAIL, check.outcome());
        assertEquals("1384.03", plain(check.computed()));
        assertEquals("1.28", plain(check.difference()));
    }

    @Test
    void aClassStatedTwiceCountsOnce() {
        Check check = single(rule, classes().prose(FUNCTION_CLASS, "教育支出", "1.28", WAN_YUAN)
                .prose(FUNCTION_CLASS, "一般公共服务支出", "1000", WAN_YUAN).build());
        assertEquals(Outcome.PASS, check.outcome());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), lines(check));
    }

    @Test
    void notApplicableWithoutClasses() {
        Check check = single(rule, filing().prose(EXPENDITURE_TOTAL, "1385.31", WAN_YUAN).build());
        assertEquals(Outcome.NOT_APPLICABLE, check.outcome());
        assertEquals("功能分类支出", check.args().get("missing"));
    }

    @Test
    void insufficientWhenAClassIsUnreadable() {
        Check check = single(rule, classes().unreadable(FUNCTION_CLASS).build());
        assertEquals(Outcome.INSUFFICIENT_DATA, check.outcome());
    }
}
