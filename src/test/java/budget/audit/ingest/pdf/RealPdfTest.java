package budget.audit.ingest.pdf;

import budget.audit.support.SharedMaterial;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two real published filings in ../shared/real (skipped when absent). */
class RealPdfTest {

    private static SourceDocument putuo;
    private static SourceDocument shanghai;

    @BeforeAll
    static void read() throws Exception {
        Path real = realFolder();
        SharedMaterial.assume(real != null, "shared/real not found");
        putuo = readPdf(real.resolve("putuo-wanli-2024.pdf"));
        shanghai = readPdf(real.resolve("shanghai-finance-bureau-2025.pdf"));
    }

    private static SourceDocument readPdf(Path file) throws Exception {
        return new PdfReader().read(file, Files.readAllBytes(file), "h");
    }

    private static Path realFolder() {
        return SharedMaterial.root().map(r -> r.resolve("real")).filter(Files::isDirectory).orElse(null);
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }

    private static SourceLine line(SourceDocument doc, String text) {
        return doc.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("missing line: " + text.replace("\t", "→")));
    }

    @Test
    void putuoTableRowsAreCellExact() {
        assertEquals(14, line(putuo, "221\t02\t01\t住房公积金\t3,503,499\t3,503,499\t0\t0\t0").page());
        assertEquals(19, line(putuo, "221\t02\t01\t住房公积金\t3,503,499\t3,503,499\t0").page());
        assertEquals(29, line(putuo, "301\t2\t津贴补贴\t16,623,810\t16,623,810\t0").page());
        line(putuo, "一、财政拨款收入\t156,211,123\t一、一般公共服务支出\t2,932,700");
        line(putuo, "\t\t八、城乡社区支出\t119,385,303");
        line(putuo, "47.91\t0\t1.35\t46.56\t25\t21.56\t443.18");
        line(putuo, "功能分类科目编码\t\t\t功能分类科目名称\t合计\t财政拨款收入\t事业收入\t事业单位经营收入\t其他收入");
        // the 合计 row alone on page 15 keeps the columns of the table it ends
        assertEquals(15, line(putuo, "合计\t\t\t\t156,211,123\t156,211,123\t0\t0\t0").page());
        line(putuo, "2024年部门收入预算总表");
        line(putuo, "编制部门：上海市普陀区人民政府万里街道办事处");
        line(putuo, "单位：元");
    }

    @Test
    void putuoProseIsWholeParagraphs() {
        assertTrue(texts(putuo).contains("31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。"
                + "2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。主要原因是：住房公积金经费增加。"));
        assertTrue(texts(putuo).contains("14. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”460.85万元，"
                + "主要用于机关事业单位基本养老保险缴费支出。2023年当年预算执行数为357.56万元，2024年预算安排460.85万元，"
                + "比2023年预算执行数增加28.89%。主要原因是：机关事业单位基本养老保险缴费支出经费增加。"));
        line(putuo, "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。");
    }

    @Test
    void repeatedHeadersOfContinuedTablesAreDropped() {
        long headers = texts(putuo).stream()
                .filter(t -> t.equals("功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出")).count();
        assertEquals(4, headers); // tables 3, 5, 6, 7 once each, not once per page
        long shHeaders = texts(shanghai).stream()
                .filter(t -> t.equals("经济分类科目编码\t\t部门经济分类科目名称\t合计\t人员经费\t公用经费")).count();
        assertEquals(1, shHeaders);
    }

    @Test
    void shanghaiTableRowsAreCellExact() {
        line(shanghai, "一、财政拨款收入\t171,915,169\t一、一般公共服务支出\t127,886,849\t60,330,260\t24,531,459\t43,025,130");
        line(shanghai, "302\t\t商品和服务支出\t24,840,779\t\t24,840,779");
        line(shanghai, "221\t02\t01\t住房公积金\t10,000,000\t10,000,000\t\t\t");
        line(shanghai, "346.30\t288.70\t25.40\t32.20\t\t32.20\t2,517.78");
        line(shanghai, "合计\t\t\t\t171,915,169\t127,642,039\t44,273,130");
        line(shanghai, "2025年，上海市财政局收入预算17,192万元，其中：财政拨款收入17,192万元，比2024年预算减少990万元；"
                + "事业收入0万元；事业单位经营收入0万元；其他收入0万元。");
    }

    @Test
    void noParagraphIsDuplicatedAndNoPageNumbersRemain() {
        for (SourceDocument doc : List.of(putuo, shanghai)) {
            Set<String> seen = new HashSet<>();
            for (String t : texts(doc)) {
                if (!t.contains("\t") && t.length() > 30) {
                    assertTrue(seen.add(t), "duplicated paragraph: " + t);
                }
                assertFalse(t.strip().matches("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$|^第\\s*\\d+\\s*页.*"), "page number: " + t);
            }
        }
    }

    @Test
    void everyLineKnowsItsPage() {
        assertTrue(putuo.lines().stream().allMatch(l -> l.page() != null && l.page() >= 1 && l.page() <= 33));
        assertEquals(33, putuo.lines().getLast().page());
        assertEquals(21, shanghai.lines().getLast().page());
    }
}
