package budget.audit.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bound on text the PDF and DOCX reports lay out (issue 12, whole-pipeline fuzz input #219). */
class LayoutTextTest {

    private static final String MARKER = "…（原文共{n}字，以下从略）";

    @Test
    void aLongTextNodeKeepsItsBeginningAndSaysItsLength() {
        String xhtml = "<p class=\"a\">" + "长".repeat(100_000) + "</p><td>短</td>";
        String capped = LayoutText.cap(xhtml, MARKER);
        assertEquals("<p class=\"a\">" + "长".repeat(LayoutText.KEEP) + "…（原文共100000字，以下从略）</p><td>短</td>",
                capped);
        assertEquals(capped, LayoutText.cap(capped, MARKER), "capping twice changes nothing");
    }

    @Test
    void textUpToTheLimitAndMarkupAreLeftAlone() {
        String xhtml = "<html><head><style>" + "a{b:c}".repeat(1_000) + "</style></head><body><!-- "
                + "x".repeat(3_000) + " --><p>" + "字".repeat(LayoutText.LIMIT) + "</p><br /></body></html>";
        assertSame(xhtml, LayoutText.cap(xhtml, MARKER));
    }

    @Test
    void entitiesAndSurrogatePairsCountAsOneCharacterAndAreNeverSplit() {
        String xhtml = "<p>" + "&amp;".repeat(LayoutText.LIMIT) + "</p>";
        assertSame(xhtml, LayoutText.cap(xhtml, MARKER), "2,000 characters written as entities are not too long");
        String pairs = "<p>" + "𠀀".repeat(LayoutText.LIMIT + 1) + "</p>";
        assertEquals("<p>" + "𠀀".repeat(LayoutText.KEEP) + "…（原文共2001字，以下从略）</p>",
                LayoutText.cap(pairs, MARKER));
        String mixed = "<p>" + "a".repeat(LayoutText.KEEP - 1) + "&#20320;" + "b".repeat(LayoutText.LIMIT) + "</p>";
        String capped = LayoutText.cap(mixed, MARKER);
        assertTrue(capped.startsWith("<p>" + "a".repeat(LayoutText.KEEP - 1) + "&#20320;…（原文共2500字"), capped);
    }

    @Test
    void theMarkerComesFromTheLabelsTemplate() {
        Labels labels = Labels.load(TemplateEngine.of(null));
        assertEquals(MARKER, labels.get(LayoutText.MARKER_LABEL));
    }
}
