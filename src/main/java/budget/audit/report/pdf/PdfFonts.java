package budget.audit.report.pdf;

import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The two CJK fonts of every PDF the tool writes (per-filing reports and the batch overview), embedded as
 * Identity-H subsets.
 *
 * <p>Parsing a 10–15 MB TrueType file (cmaps, glyph widths and bounding boxes of ~65,000 glyphs) costs far more
 * than laying out a report, so each font is parsed <em>once per JVM</em> into one shared {@link BaseFont}. This is
 * safe because OpenPDF keeps everything that belongs to one document (the glyphs used, the font's PDF objects) in
 * the document's own {@code PdfWriter}/{@code FontDetails}; the shared font is only read (metrics, cmaps, the
 * file's bytes, which the subsetter copies per document). The one thing OpenPDF draws from the font per document is
 * the six-letter subset prefix, from {@link BaseFont#getSecureRandom()}: the shared font's random is a
 * {@link DocumentSeeds} that answers from a generator seeded per document on the rendering thread, so the prefix is
 * repeatable and concurrent documents on other threads do not disturb each other. The font programs are
 * compressed at {@link #FONT_COMPRESSION}.
 */
public final class PdfFonts {

    /** CSS family of body text (宋体-like serif). */
    public static final String BODY_FAMILY = "Noto Serif SC";
    /** CSS family of headings (黑体-like sans, bold). */
    public static final String HEADING_FAMILY = "Noto Sans SC";

    /**
     * zlib level of the embedded font programs. A CJK subset still carries full-length 'loca' and 'hmtx' tables
     * (one entry per glyph of the 65,000), ~300 KB per font per document; at the default level 6 deflating them
     * took ~14 ms CPU per report, at level 2 ~3.5 ms, for ~9 KB (6%) more PDF.
     */
    static final int FONT_COMPRESSION = 2;

    static final String BODY_FILE = "NotoSerifSC-Regular.ttf";
    static final String HEADING_FILE = "NotoSansSC-Bold.ttf";

    private static final Face BODY = new Face(BODY_FILE, BODY_FAMILY);
    private static final Face HEADING = new Face(HEADING_FILE, HEADING_FAMILY);

    private PdfFonts() {
    }

    /**
     * Registers both fonts with this renderer for one document (to be laid out and written on the calling
     * thread): the body font's subset prefix is drawn from {@code seed}, the heading font's from {@code seed + 1}.
     */
    public static void register(ITextRenderer renderer, long seed) {
        register(renderer, seed, false);
    }

    /**
     * As {@link #register(ITextRenderer, long)}; for PDF/A ({@code pdfa}) the fonts are a second shared pair that
     * leaves out the CIDSet, which PDF/A-2 validators reject when it does not list exactly the subset's glyphs
     * (OpenPDF's does not).
     */
    public static void register(ITextRenderer renderer, long seed, boolean pdfa) {
        ITextFontResolver resolver = renderer.getFontResolver();
        BODY.register(resolver, seed, pdfa);
        HEADING.register(resolver, seed + 1, pdfa);
    }

    /** Whether both fonts have a glyph for this code point. */
    static boolean canDraw(int codePoint) {
        return BODY.font().charExists(codePoint) && HEADING.font().charExists(codePoint);
    }

    /** One font file: its shared BaseFont (parsed on first use) and its path on disk (see {@link FontFile}). */
    static final class Face {
        private final String file;
        private final String family;
        private final DocumentSeeds seeds = new DocumentSeeds();
        private BaseFont font;
        private BaseFont archivalFont;
        private String path;

        Face(String file, String family) {
            this.file = file;
            this.family = family;
        }

        void register(ITextFontResolver resolver, long seed, boolean pdfa) {
            BaseFont shared = pdfa ? archivalFont() : font();
            seeds.seedThisThread(seed);
            resolver.addFont(shared, path(), family);
        }

        synchronized BaseFont font() {
            if (font == null) {
                FontFile loaded = FontFile.load(file);
                font = parse(file, loaded.bytes(), true);
                path = loaded.path();
            }
            return font;
        }

        /** The same font without CIDSet, parsed on first PDF/A use. */
        synchronized BaseFont archivalFont() {
            if (archivalFont == null) {
                archivalFont = parse(file, FontFile.load(file).bytes(), false);
                path();
            }
            return archivalFont;
        }

        synchronized String path() {
            font();
            return path;
        }

        private BaseFont parse(String name, byte[] bytes, boolean includeCidSet) {
            try {
                BaseFont parsed = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
                        null);
                parsed.setSubset(true);
                parsed.setIncludeCidSet(includeCidSet);
                parsed.setCompressionLevel(FONT_COMPRESSION);
                parsed.setSecureRandom(seeds);
                return parsed;
            } catch (IOException | DocumentException e) {
                throw new UncheckedIOException(new IOException("字体无法读取：fonts/" + name, e));
            }
        }
    }

    /**
     * OpenPDF draws a font's subset prefix (six letters) from {@code BaseFont.getSecureRandom().nextDouble()};
     * this stand-in answers from a generator seeded for the document the current thread is rendering, so the
     * draws are repeatable. It is never used for anything secret.
     */
    static final class DocumentSeeds extends SecureRandom {
        private final transient ThreadLocal<SplittableRandom> current =
                ThreadLocal.withInitial(() -> new SplittableRandom(0));

        /** Starts a new document on this thread. */
        void seedThisThread(long seed) {
            current.set(new SplittableRandom(seed));
        }

        private SplittableRandom random() {
            return current.get();
        }

        @Override
        public double nextDouble() {
            return random().nextDouble();
        }

        @Override
        public int nextInt() {
            return random().nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return random().nextInt(bound);
        }

        @Override
        public long nextLong() {
            return random().nextLong();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random().nextBytes(bytes);
        }
    }
}
