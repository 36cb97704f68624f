package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageCommandTest {

    @Test
    void printsEachFileAndTheTotalsAndExitsZero() {
        CliRunner.Result r = CliRunner.run("coverage", "samples", "--details");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Arrays.asList(r.out().split("\\R"));
        // issue 13: samples 04 and 05 are 决算 filings, audited with the 决算 rules; 06 is the budget paired with 04;
        // issue 14: 07 has one defect for each of five catalogue-III rules
        assertEquals(7, lines.stream().filter(l -> l.startsWith("== ")).count(), r.out());
        assertTrue(lines.contains("== 01-滨江区文化和旅游局-2024年部门预算.txt"), r.out());
        // sample 01: ten tables, one of them empty (政府性基金预算支出表), all others read and validated
        int first = lines.indexOf("== 01-滨江区文化和旅游局-2024年部门预算.txt");
        assertTrue(lines.get(first + 1).startsWith("  类型：部门预算　年度：2024年"), lines.get(first + 1));
        assertTrue(lines.get(first + 2).startsWith("  版式：一般公共预算支出表、"), lines.get(first + 2));
        assertTrue(lines.get(first + 3).startsWith("  表格：读取10张｜已核对9 部分核对0 未核对0 未识别0 空表1"),
                lines.get(first + 3));
        assertEquals("  标准表格识别：9/9（100.0%）", lines.get(first + 4));
        assertTrue(lines.get(first + 5).startsWith("  说明文字金额对应："), lines.get(first + 5));
        assertTrue(lines.get(first + 6).startsWith("  问题：错误0 警告0 提示0"), lines.get(first + 6));
        String total = lines.getLast();
        assertTrue(total.startsWith("合计：7份公开文件（无法审核0个）｜标准表格识别 43/43（100.0%）｜说明文字金额对应 "), total);
        assertTrue(total.contains("｜错误12 警告13 提示1｜"), total);
        // sample 07: its 国有资产占有使用情况表 is read as an asset table, not an unknown one
        int seventh = lines.indexOf("== 07-滨江区体育局-2024年部门预算.txt");
        assertTrue(lines.get(seventh + 3).startsWith("  表格：读取11张｜已核对10 部分核对0 未核对0 未识别0 空表1"),
                lines.get(seventh + 3));
        int fifth = lines.indexOf("== 05-滨江区方志办公室-2023年度部门决算.txt");
        assertTrue(lines.get(fifth + 1).startsWith("  类型：部门决算　年度：2023年"), lines.get(fifth + 1));
        assertTrue(lines.get(fifth + 3).startsWith("  表格：读取10张｜已核对9 "), lines.get(fifth + 3));
    }

    @Test
    void helpDefinesTheMeasures() {
        CliRunner.Result r = CliRunner.run("coverage", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("标准表格识别率"), r.out());
        assertTrue(r.out().contains("说明文字金额"), r.out());
        assertTrue(r.out().contains("弱对应"), r.out());
    }

    @Test
    void anUnreadableFileIsListedNotFatal() {
        CliRunner.Result r = CliRunner.run("coverage", "pom.xml");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("== pom.xml"), r.out());
        assertTrue(r.out().contains("  无法审核："), r.out());
        assertTrue(r.out().strip().endsWith("搁置检查0项"), r.out());
    }
}
