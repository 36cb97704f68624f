package budget.audit.report.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * The two CJK fonts of the PDF report. Their bytes are read once per JVM (from the classpath {@code fonts/}, or
 * the {@code fonts/} folder of the working directory); each document gets fresh {@link BaseFont}s registered
 * with Identity-H, embedded as subsets, whose subset prefix comes from a seeded random so output is repeatable.
 */
final class PdfFonts {

    /** CSS family of body text (宋体-like serif). */
    static final String BODY_FAMILY = "Noto Serif SC";
    /** CSS family of headings (黑体-like sans, bold). */
    static final String HEADING_FAMILY = "Noto Sans SC";

    static final String BODY_FILE = "NotoSerifSC-Regular.ttf";
    static final String HEADING_FILE = "NotoSansSC-Bold.ttf";

    private static final Loaded BODY = new Loaded(BODY_FILE);
    private static final Loaded HEADING = new Loaded(HEADING_FILE);

    private PdfFonts() {
    }

    static Loaded body() {
        return BODY;
    }

    static Loaded heading() {
        return HEADING;
    }

    /** A new Identity-H embedded BaseFont whose subset prefix is drawn from {@code seed}. */
    static BaseFont create(String file, byte[] bytes, long seed) {
        return create(file, bytes, seed, true);
    }

    /**
     * As {@link #create(String, byte[], long)}; {@code includeCidSet} false leaves out the font's CIDSet, which
     * PDF/A-2 validators reject when it does not list exactly the subset's glyphs (OpenPDF's does not).
     */
    static BaseFont create(String file, byte[] bytes, long seed, boolean includeCidSet) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setIncludeCidSet(includeCidSet);
            font.setSecureRandom(new SeededRandom(seed));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("字体无法读取：" + file, e);
        }
    }

    /**
     * One font file, read once per JVM: its bytes, and a path on disk the HTML renderer can re-open to read the
     * OS/2 weight (it only seeks to a few bytes there): the classpath file itself, the {@code fonts/} folder, or
     * a temporary copy when the font sits inside the jar.
     */
    static final class Loaded {
        private final String file;
        private volatile byte[] bytes;
        private volatile String path;

        Loaded(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }

        synchronized byte[] bytes() {
            if (bytes == null) {
                load();
            }
            return bytes;
        }

        synchronized String path() {
            if (path == null) {
                load();
            }
            return path;
        }

        /** A new BaseFont of this file for one document. */
        BaseFont create(long seed) {
            return PdfFonts.create(file, bytes(), seed);
        }

        /** A new BaseFont of this file for one document; without CIDSet for PDF/A. */
        BaseFont create(long seed, boolean includeCidSet) {
            return PdfFonts.create(file, bytes(), seed, includeCidSet);
        }

        private void load() {
            try {
                URL url = PdfFonts.class.getClassLoader().getResource("fonts/" + file);
                if (url != null && "file".equals(url.getProtocol())) {
                    Path onDisk = Path.of(url.toURI());
                    bytes = Files.readAllBytes(onDisk);
                    path = onDisk.toString();
                    return;
                }
                if (url != null) {
                    try (InputStream in = url.openStream()) {
                        bytes = in.readAllBytes();
                    }
                    Path copy = Files.createTempFile("budget-audit-", "-" + file);
                    copy.toFile().deleteOnExit();
                    Files.write(copy, bytes);
                    path = copy.toString();
                    return;
                }
                Path local = Path.of("fonts", file);
                if (Files.isRegularFile(local)) {
                    bytes = Files.readAllBytes(local);
                    path = local.toAbsolutePath().toString();
                    return;
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new UncheckedIOException(new IOException("字体无法读取：fonts/" + file, e));
            }
            throw new UncheckedIOException(new IOException("缺少字体文件：fonts/" + file));
        }
    }

    /**
     * OpenPDF draws a font's subset prefix (six letters) from {@code BaseFont.getSecureRandom().nextDouble()};
     * this stand-in makes those draws repeatable. It is never used for anything secret.
     */
    static final class SeededRandom extends SecureRandom {
        private final SplittableRandom random;

        SeededRandom(long seed) {
            this.random = new SplittableRandom(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public int nextInt() {
            return random.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public long nextLong() {
            return random.nextLong();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
