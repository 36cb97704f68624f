package budget.audit.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting the mappings fontbox would add, as fontbox reads a CMap. */
class CMapCountTest {

    private static long count(String cmap) {
        return CMapCount.mappings(cmap.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String cmap(String body) {
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
                + "<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n"
                + "/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n" + body
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    @Test
    void ordinaryCMapsAreSmall() {
        assertEquals(1 + 3 + 2, count(cmap("3 beginbfchar\n<0001><0020>\n<0002><4E00>\n<0003><00660066>\nendbfchar\n"
                + "1 beginbfrange\n<0010><0011><0030>\nendbfrange\n")));
        // the malformed identity range fontbox supports (PDFBOX-4720) is one full code space
        assertEquals(1 + 65_536, count(cmap("1 beginbfrange\n<0000><FFFF><0000>\nendbfrange\n")));
        assertTrue(count(cmap("1 beginbfrange\n<0000><FFFF><0000>\nendbfrange\n")) <= CMapGuard.MAX_MAPPINGS);
    }

    @Test
    void aCorruptedRangeCountsWhatFontboxWouldAdd() {
        // a flipped byte: "<0a><2329909>" is the range 0x0a..0x23299090 (fontbox pairs the odd digit up)
        long n = count(cmap("2 beginbfrange\n<0a><2329909><41>\n<0010><0011><0030>\nendbfrange\n"));
        assertEquals(1 + (0x23299090L - 0x0a + 1) + 2, n);
        assertTrue(n > CMapGuard.MAX_MAPPINGS);
    }

    @Test
    void countsStopWhereFontboxStops() {
        // an unexpected operator inside the section ends fontbox's parse: later ranges are never added
        assertEquals(1, count(cmap("1 beginbfrange\nfoo\n<0000><FFFFFF><41>\nendbfrange\n")));
        // a count of 1 reads one range; the next triple is read as plain tokens
        assertEquals(1 + 2, count(cmap("1 beginbfrange\n<0010><0011><0030>\n<0000><FFFFFF><41>\nendbfrange\n")));
        // end before start: fontbox leaves the section
        assertEquals(1, count(cmap("2 beginbfrange\n<0011><0010><0030>\n<0000><FFFFFF><41>\nendbfrange\n")));
    }
}
