package budget.audit.ingest;

import budget.audit.ingest.html.HtmlReader;
import budget.audit.ingest.office.DocxReader;
import budget.audit.ingest.office.SpreadsheetReader;
import budget.audit.ingest.pdf.PdfReader;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same filing read from PDF, DOCX and XLSX gives the text version's prose lines and TAB rows. */
class ReadersAgreeTest {

    private static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }

    private static List<String> tabRows(SourceDocument doc) {
        return texts(doc).stream().filter(t -> t.contains("\t")).toList();
    }

    private static void assertSameFiling(SourceDocument doc) {
        List<String> texts = texts(doc);
        for (String prose : FixtureDocuments.PROSE) {
            assertEquals(1, texts.stream().filter(prose::equals).count(), "prose line once: " + prose + "\n" + texts);
        }
        assertTrue(texts.contains(FixtureDocuments.TITLE), texts.toString());
        assertTrue(texts.contains(FixtureDocuments.TABLE_TITLE), texts.toString());
        assertTrue(texts.contains(FixtureDocuments.UNIT_LINE), texts.toString());
        assertEquals(FixtureDocuments.tableLines(), tabRows(doc));
        for (SourceLine line : doc.lines()) {
            assertEquals(line.text(), line.original());
        }
    }

    @Test
    void pdfGivesTheTextVersionAndNothingHidden() throws Exception {
        SourceDocument doc = new PdfReader().read(Path.of("filing.pdf"), FixtureDocuments.pdf(), "h");
        assertSameFiling(doc);
        assertEquals(FixtureDocuments.TITLE, doc.lines().getFirst().text());
        assertEquals(List.of(FixtureDocuments.TITLE), texts(doc).subList(0, 1));
        assertFalse(texts(doc).stream().anyMatch(t -> t.contains("不可见")), texts(doc).toString());
        assertFalse(texts(doc).stream().anyMatch(t -> t.matches("^-\\s*\\d+\\s*-$")), texts(doc).toString());
        assertEquals(FixtureDocuments.PROSE.size() + 3 + FixtureDocuments.TABLE.size(), doc.lines().size(), texts(doc).toString());
        assertTrue(doc.lines().stream().allMatch(l -> l.page() == 1));
        assertEquals("PDF", doc.format());
    }

    @Test
    void docxGivesTheTextVersionWithPlaces() throws Exception {
        SourceDocument doc = new DocxReader().read(Path.of("filing.docx"), FixtureDocuments.docx(), "h");
        assertSameFiling(doc);
        assertEquals(FixtureDocuments.PROSE.size() + 3 + FixtureDocuments.TABLE.size(), doc.lines().size());
        assertEquals("第1段", doc.lines().getFirst().place());
        SourceLine total = doc.lines().getLast();
        assertEquals("合计\t1234.50\t1177.72\t56.78", total.text());
        assertEquals("表1第6行", total.place());
    }

    @Test
    void xlsxGivesTheTextVersionWithCachedFormulaValuesAndCellRefs() throws Exception {
        SourceDocument doc = new SpreadsheetReader(InputFormat.XLSX).read(Path.of("filing.xlsx"), FixtureDocuments.xlsx(), "h");
        assertSameFiling(doc);
        assertEquals(List.of("情况说明", FixtureDocuments.TITLE), texts(doc).subList(0, 2));
        SourceLine total = doc.lines().getLast();
        assertEquals("合计\t1234.50\t1177.72\t56.78", total.text());
        assertEquals(List.of("A8", "B8", "C8", "D8"), total.cellRefs());
        assertEquals(FixtureDocuments.TABLE_TITLE, total.place());
        SourceLine sheetTitle = doc.lines().get(FixtureDocuments.PROSE.size() + 2);
        assertEquals(FixtureDocuments.TABLE_TITLE, sheetTitle.text());
    }

    @Test
    void htmlGivesTheTextVersionWithPlaces() throws Exception {
        SourceDocument doc = new HtmlReader().read(Path.of("filing.html"), FixtureDocuments.html(), "h");
        assertSameFiling(doc);
        assertEquals(FixtureDocuments.PROSE.size() + 3 + FixtureDocuments.TABLE.size(), doc.lines().size(),
                texts(doc).toString());
        assertEquals(List.of(FixtureDocuments.TITLE), texts(doc).subList(0, 1));
        assertEquals("第1段", doc.lines().getFirst().place());
        SourceLine total = doc.lines().getLast();
        assertEquals("合计\t1234.50\t1177.72\t56.78", total.text());
        assertEquals("表1第7行", total.place());
        assertEquals("HTML", doc.format());
        assertEquals("GB18030", doc.encoding());
        assertFalse(texts(doc).stream().anyMatch(t -> t.contains("不可见") || t.contains("首页") || t.contains("版权")),
                texts(doc).toString());
    }
}
