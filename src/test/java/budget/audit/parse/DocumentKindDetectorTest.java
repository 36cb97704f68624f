package budget.audit.parse;

import budget.audit.ingest.Ingest;
import budget.audit.model.BudgetTable;
import budget.audit.model.DocumentKind;
import budget.audit.model.FilingContent;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.parse.table.TableReader;
import budget.audit.support.SharedMaterial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Document kind (预算 / 决算 / other) and content (情况说明 / 报表 / both) on real filings: the expected kind of each
 * nationwide file is its README's "kind" column; the content was read on the rendered pages. Skips when ../shared
 * is absent.
 */
class DocumentKindDetectorTest {

    private static final Ingest INGEST = new Ingest(200L * 1024 * 1024);

    record Read(SourceDocument doc, List<BudgetTable> tables) {
    }

    private static Read read(Path file) throws Exception {
        SourceDocument doc = INGEST.read(file);
        return new Read(doc, TableReader.read(doc));
    }

    private static Path nationwide(String name) {
        Optional<Path> root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        Path file = root.get().resolve("nationwide").resolve(name);
        SharedMaterial.assume(Files.isRegularFile(file), name + " not present");
        return file;
    }

    @ParameterizedTest
    @CsvSource({
            // file, kind (README), content (what the file holds, from its pages)
            "jiangsu-npc-office-2019-budget-narrative.pdf, BUDGET, NARRATIVE_ONLY",   // p1 目录, pp2-19 prose only
            "jiangsu-npc-office-2019-budget-tables.pdf, BUDGET, TABLES_ONLY",         // p1 公开表一 收支预算总表 ...
            "jiangsu-procuratorate-2019-budget.pdf, BUDGET, COMPLETE",
            "jiangsu-high-court-2019-budget.pdf, BUDGET, COMPLETE",
            "beijing-audit-2026-budget-narrative.pdf, BUDGET, NARRATIVE_ONLY",        // 情况说明 only; p9 points to 附件2
            "beijing-audit-2026-budget-tables.pdf, BUDGET, TABLES_ONLY",              // p1 预算01表 收支总表, no prose
            "shenzhen-statistics-2026-budget.pdf, BUDGET, COMPLETE",
            "guangzhou-statistics-2026-budget.pdf, BUDGET, COMPLETE",
            "foshan-rail-transit-2019-final-accounts.pdf, FINAL_ACCOUNTS, COMPLETE",  // p1 "2019年佛山市轨道交通局部门决算"
            "suzhou-audit-2026-budget.pdf, BUDGET, COMPLETE",
            "wuxi-statistics-2026-budget.pdf, BUDGET, COMPLETE",
            "hangzhou-meteorology-2026-budget.pdf, BUDGET, COMPLETE",
            "xian-audit-2026-budget.pdf, BUDGET, COMPLETE",
            "xian-work-safety-2019-budget-tables.pdf, BUDGET, TABLES_ONLY",           // tables half, narrative not kept
            "central-letters-visits-2026-budget.pdf, BUDGET, COMPLETE",
            "central-letters-visits-2024-final-accounts.pdf, FINAL_ACCOUNTS, COMPLETE" // p1 "2024年度部门决算"
    })
    void nationwideFilings(String name, DocumentKind kind, FilingContent content) throws Exception {
        Read r = read(nationwide(name));
        assertEquals(kind, DocumentKindDetector.detect(r.doc(), r.tables()), name);
        assertEquals(content, FilingContentDetector.detect(r.doc(), r.tables()), name);
    }

    /**
     * A short 情况说明 under its own heading is a narrative: sample 04 prints "第二部分 2023年度部门决算情况说明" and
     * four short sections (lines 7-20, about 400 characters) before its eight tables — not "only tables".
     */
    @Test
    void aShortNarrativeUnderItsHeadingIsANarrative() throws Exception {
        Read r = read(Path.of("samples/04-滨江区档案馆-2023年度部门决算.txt"));
        assertEquals(FilingContent.COMPLETE, FilingContentDetector.detect(r.doc(), r.tables()));
    }

    /** A table of contents naming the 情况说明 (a tables file's cover) is no narrative. */
    @Test
    void aContentsLineNamingTheNarrativeIsNoNarrative() throws Exception {
        StringBuilder text = new StringBuilder("滨海市测试局2024年部门预算\n目录\n一、2024年部门预算情况说明………………1\n"
                + "二、2024年部门预算表………………5\n");
        for (String title : List.of("部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表")) {
            text.append("\n2024年滨海市测试局").append(title).append("\n单位：万元\n项目\t合计\n");
            for (int i = 0; i < 12; i++) {
                text.append("科目").append(i).append("\t").append(10 + i).append(".00\n");
            }
        }
        text.append("2024年部门预算情况说明\n详见部门预算公开说明。\n");
        Path file = java.nio.file.Files.createTempFile("tables", ".txt");
        try {
            java.nio.file.Files.writeString(file, text);
            Read r = read(file);
            assertEquals(FilingContent.TABLES_ONLY, FilingContentDetector.detect(r.doc(), r.tables()));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void everySharedBudgetIsABudget() throws Exception {
        Optional<Path> root = SharedMaterial.root();
        SharedMaterial.assume(root.isPresent(), "../shared not present");
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("seeds", "real")) {
            try (Stream<Path> s = Files.list(root.get().resolve(folder))) {
                s.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        SharedMaterial.assume(!files.isEmpty(), "nationwide files not present");
        for (Path f : files) {
            Read r = read(f);
            assertEquals(DocumentKind.BUDGET, DocumentKindDetector.detect(r.doc(), r.tables()), f.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-滨江区文化和旅游局-2024年部门预算.txt", "02-青石街道社区服务中心-2024年单位预算.txt",
            "03-滨江区农业农村委员会-2024年部门预算-GB18030.txt", "06-滨江区档案馆-2023年部门预算.txt"})
    void samplesAreBudgets(String name) throws Exception {
        Read r = read(Path.of("samples", name));
        assertEquals(DocumentKind.BUDGET, DocumentKindDetector.detect(r.doc(), r.tables()));
    }

    private static SourceDocument text(String... lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.plain(i + 1, lines[i], lines[i]));
        }
        return new SourceDocument("t.txt", null, "TXT", "UTF-8", out);
    }

    @Test
    void aBudgetComparingWithLastYearsFinalAccountsIsABudget() {
        SourceDocument doc = text("某某区某某局", "2024年部门预算情况说明",
                "2024年收入预算100万元，比2023年决算数增加5万元。", "与上年部门决算相比，支出增加。",
                "2023年决算数为95万元。", "（一）与2023年决算数对比", "二、上年部门决算情况");
        assertEquals(DocumentKind.BUDGET, DocumentKindDetector.detect(doc, List.of()));
    }

    @Test
    void finalAccountsTitledAsSuch() {
        SourceDocument doc = text("某某局", "2023年度部门决算", "目录", "一、收入支出决算总表", "二、收入决算表",
                "2023年度收入决算100万元，比年初预算数增加5万元，完成年初预算的105%。");
        assertEquals(DocumentKind.FINAL_ACCOUNTS, DocumentKindDetector.detect(doc, List.of()));
    }

    @Test
    void aStandaloneSangongFinalAccountsNoteIsFinalAccounts() {
        // a page of its own: only the 三公 section of a 决算, named "…经费（支出）决算情况说明"
        SourceDocument doc = text("某某县农业农村局2021年度一般公共预算财政拨款“三公”经费支出决算情况说明",
                "一、一般公共预算财政拨款“三公”经费支出决算总体情况",
                "本局2021年度一般公共预算财政拨款“三公”经费支出预算为12.00万元，支出决算为9.60万元，完成预算的80%。");
        assertEquals(DocumentKind.FINAL_ACCOUNTS, DocumentKindDetector.detect(doc, List.of()));
    }

    @Test
    void aCountySangongFinalAccountsSummaryIsFinalAccounts() {
        // a finance bureau's page on the whole county's 三公 决算, titled "…经费支出决算情况"
        SourceDocument doc = text("2022年度某某县“三公”经费支出决算情况",
                "经县财政局汇总，全县2022年一般公共预算拨款安排的“三公”经费决算支出数为860.40万元，同比下降4.1%。");
        assertEquals(DocumentKind.FINAL_ACCOUNTS, DocumentKindDetector.detect(doc, List.of()));
    }

    @Test
    void anEvaluationReportIsAnotherKind() {
        SourceDocument doc = text("某某区某某局2023年度项目支出绩效评价报告", "一、项目基本情况",
                "该项目年度资金100万元，执行率98%。");
        assertEquals(DocumentKind.OTHER, DocumentKindDetector.detect(doc, List.of()));
    }
}
