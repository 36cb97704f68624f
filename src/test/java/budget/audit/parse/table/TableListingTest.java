package budget.audit.parse.table;

import budget.audit.model.BudgetTable;
import budget.audit.model.Provenance;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableKind;
import budget.audit.model.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableListingTest {

    private static SourceDocument doc(String... lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, lines[i], lines[i]));
        }
        return new SourceDocument("t.txt", "", "TEXT", "UTF-8", out);
    }

    private static BudgetTable found(String label, String title, int line) {
        return new BudgetTable(label, title, TableKind.OTHER, Unit.YUAN, List.of("合计"), List.of(), true, null,
                Provenance.ofLine("t.txt", line, title));
    }

    @Test
    void tableOfContentsEntriesAndAbsentOnes() {
        SourceDocument d = doc("目 录", "一、部门主要职能 ……………", "五、部门预算表",
                "1. 2025年部门财务收支预算总表 ……………………", "2．2025年部门收入预算总表……………… 12",
                "3. 部门“三公”经费和机关运行经费预算表", "六、其他相关情况说明", "1. 关于收入的说明", "正文");
        assertEquals(List.of("1 2025年部门财务收支预算总表", "2 2025年部门收入预算总表", "3 部门“三公”经费和机关运行经费预算表"),
                TableListing.listed(d, 9).stream().map(e -> e.number() + " " + e.title()).toList());
        List<BudgetTable> tables = List.of(found("", "2025年部门财务收支预算总表（收入）", 20),
                found("", "部门“三公”经费和机关运行经费预算表", 40));
        assertEquals(List.of("2025年部门收入预算总表"),
                TableListing.missing(d, tables).stream().map(TableListing.Entry::title).toList());
    }

    @Test
    void attachmentListMatchedByNumber() {
        SourceDocument d = doc("附表：1.2023年某单位财政拨款收支总表", "- 2.2023 年某单位部门收入总表",
                "- 3.2023 年某单位部门支出总表（功能科目分类到项）", "附件1");
        List<BudgetTable> tables = List.of(found("附件1", "2023年某单位财政拨款收支总表（收入）", 4),
                found("附件3", "2023年某单位部门支出总表", 30));
        assertEquals(List.of(2), TableListing.missing(d, tables).stream().map(TableListing.Entry::number).toList());
    }
}
