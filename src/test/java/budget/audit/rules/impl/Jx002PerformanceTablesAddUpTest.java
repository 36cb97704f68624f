package budget.audit.rules.impl;

import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Jx002PerformanceTablesAddUpTest {

    private static final String HEAD = "滨海市测试局2026年部门预算\n";

    /** A listing 项目支出绩效表 in the shape of hangzhou-meteorology-2026-budget.pdf p.25 (表11), our own figures. */
    private static String listing(String... rows) {
        StringBuilder b = new StringBuilder("表11 2026年部门项目支出绩效表\n单位：万元\n项目名称\t金额\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    /** One 项目绩效目标表 per project in the shape of yantai-veterans-2026-budget.html, our own figures. */
    private static String perProject(String name, String funds) {
        return name + "绩效目标表\n单位：万元\n项目资金（万元）\t" + funds + "\n其中：财政拨款\t" + funds
                + "\n其他资金\t0.00\n";
    }

    static List<Check> run(String text) {
        return TextFiling.run(new Jx002PerformanceTablesAddUp(), TextFiling.of(HEAD + text));
    }

    private static List<Outcome> outcomes(List<Check> checks) {
        return checks.stream().map(Check::outcome).toList();
    }

    @Test
    void proseAmountEqualsTheListedProjects() {
        List<Check> c = run("2026年本部门项目均实行绩效目标管理，共计3个一级项目，涉及资金2131.61万元。\n"
                + listing("业务建设\t1097.02", "设施维护\t887.90", "系统维护\t146.69"));
        assertEquals(List.of(Outcome.PASS), outcomes(c));
        assertEquals("2131.61", c.get(0).computed().toPlainString());
    }

    @Test
    void proseAmountOtherThanTheListedProjectsFails() {
        List<Check> c = run("2026年本部门项目均实行绩效目标管理，共计3个一级项目，涉及资金2131.61万元。\n"
                + listing("业务建设\t997.02", "设施维护\t887.90", "系统维护\t146.69"));
        assertEquals(List.of(Outcome.FAIL), outcomes(c));
        assertEquals("2031.61", c.get(0).computed().toPlainString());
        assertEquals("100.00", c.get(0).difference().toPlainString());
    }

    @Test
    void aListingTotalOtherThanItsProjectsFails() {
        List<Check> c = run(listing("合计\t2131.61", "业务建设\t1097.02", "设施维护\t887.90", "系统维护\t136.69"));
        assertEquals(List.of(Outcome.FAIL), outcomes(c));
        assertEquals("2121.61", c.get(0).computed().toPlainString());
    }

    @Test
    void oneTablePerProjectAddsUp() {
        List<Check> c = run("本局2026年项目全面实施绩效目标管理，涉及一级预算项目2个，预算资金35万元。\n"
                + perProject("公车统管费用", "15.00") + perProject("宣传教育经费", "20.00"));
        assertEquals(List.of(Outcome.PASS), outcomes(c));
    }

    @Test
    void fewerTablesThanProjectsStatedAreNotJudged() {
        List<Check> c = run("本局2026年项目全面实施绩效目标管理，涉及一级预算项目5个，预算资金95万元。\n"
                + perProject("公车统管费用", "15.00") + perProject("宣传教育经费", "20.00"));
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), outcomes(c));
    }

    @Test
    void withoutAProjectCountTheAmountIsNotCompared() {
        List<Check> c = run("本局对项目支出全面实施绩效目标管理，涉及预算拨款395.00万元。\n"
                + perProject("公车统管费用", "15.00"));
        assertEquals(List.of(Outcome.NOT_APPLICABLE), outcomes(c));
    }

    @Test
    void aTableOfUnknownShapeIsNotRead() {
        List<Check> c = run("共计2个项目实行绩效目标管理，涉及资金35万元。\n"
                + "2026年项目绩效目标表\n单位：万元\n项目经办人电话:\t10\t2368031757\n");
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), outcomes(c));
    }

    @Test
    void tablesUnderOneTitleAreNamedByTheirOrder() {
        List<Check> c = run("本局2026年项目全面实施绩效目标管理，涉及一级预算项目2个，预算资金40万元。\n"
                + "附件9\n" + perProject("政策和项目预算", "15.00") + "附件10\n" + perProject("政策和项目预算", "20.00"));
        assertEquals(List.of(Outcome.FAIL), outcomes(c));
        assertEquals("政策和项目预算绩效目标表（第1张）15.00万元、政策和项目预算绩效目标表（第2张）20.00万元",
                c.get(0).args().get(Checks.ARG_PARTS));
    }

    @Test
    void twoProjectsReadAsOneTableAreNotCounted() {
        // one title over two tables, read as one table holding two 项目资金 rows: the projects are not told apart
        List<Check> c = run("本局2026年项目全面实施绩效目标管理，涉及一级预算项目2个，预算资金35万元。\n"
                + perProject("政策和项目预算", "15.00") + perProject("政策和项目预算", "20.00"));
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA), outcomes(c));
    }
}
