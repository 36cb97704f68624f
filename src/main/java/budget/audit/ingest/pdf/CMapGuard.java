package budget.audit.ingest.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Screens the CMaps embedded in a PDF's fonts before PDFBox reads them. A corrupted {@code bfrange} such as
 * {@code <0a> <2329909> <41>} makes PDFBox add hundreds of millions of mappings, one by one, which cannot be
 * interrupted (a 63 KB file burnt three minutes of CPU). Each ToUnicode / Encoding CMap stream is tokenized the
 * way fontbox's CMapParser does and the mappings its ranges would add are counted; a CMap that would add more than
 * {@link #MAX_MAPPINGS} is dropped from its font, as PDFBox drops a CMap it cannot parse (the font's text then
 * reads as PDFBox reads it without one). Real CMaps stay far below the limit (a whole 16-bit code space is
 * 65,536 mappings). Where the tokenization is unsure, the count errs towards more, never fewer.
 */
final class CMapGuard {

    /** More mappings than any real font needs: 16 full 16-bit code spaces. */
    static final long MAX_MAPPINGS = 1L << 20;
    /** A decoded CMap larger than this is not read either (real ones are below 2 MB). */
    static final int MAX_CMAP_BYTES = 16 << 20;
    private static final int MAX_DEPTH = 8;

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int dropped;

    /** Screens the fonts of a page (and of the forms it draws), each font once per document. */
    void screen(PDPage page) {
        screenResources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), 0);
    }

    /** How many CMaps were dropped so far. */
    int dropped() {
        return dropped;
    }

    private void screenResources(COSDictionary resources, int depth) {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.add(font)) {
                    screenFont(font, depth);
                }
            }
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && seen.add(form)) {
                    screenResources(form.getCOSDictionary(COSName.RESOURCES), depth + 1);
                }
            }
        }
    }

    private void screenFont(COSDictionary font, int depth) {
        if (font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode && excessive(toUnicode)) {
            font.removeItem(COSName.TO_UNICODE);
            dropped++;
        }
        if (font.getDictionaryObject(COSName.ENCODING) instanceof COSStream encoding && excessive(encoding)) {
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            dropped++;
        }
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (COSBase d : descendants) {
                COSBase o = d == null ? null : d.getCOSObject();
                if (o instanceof org.apache.pdfbox.cos.COSObject ref) {
                    o = ref.getObject();
                }
                if (o instanceof COSDictionary cid && seen.add(cid)) {
                    screenFont(cid, depth);
                }
            }
        }
        // Type 3 glyphs are content streams with resources of their own
        screenResources(font.getCOSDictionary(COSName.RESOURCES), depth + 1);
    }

    /** Whether fontbox would add more than {@link #MAX_MAPPINGS} mappings for this CMap (or it is too large). */
    static boolean excessive(COSStream stream) {
        byte[] data;
        try (InputStream in = stream.createInputStream()) {
            data = in.readNBytes(MAX_CMAP_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return false; // PDFBox cannot decode it either: it reads no mappings from it
        }
        return data.length > MAX_CMAP_BYTES || CMapCount.mappings(data) > MAX_MAPPINGS;
    }
}
