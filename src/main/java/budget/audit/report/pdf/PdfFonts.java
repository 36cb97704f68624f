package budget.audit.report.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private static volatile byte[] bodyBytes;
    private static volatile byte[] headingBytes;

    private PdfFonts() {
    }

    static byte[] body() {
        byte[] b = bodyBytes;
        if (b == null) {
            b = bodyBytes = load(BODY_FILE);
        }
        return b;
    }

    static byte[] heading() {
        byte[] b = headingBytes;
        if (b == null) {
            b = headingBytes = load(HEADING_FILE);
        }
        return b;
    }

    /** A new Identity-H embedded BaseFont whose subset prefix is drawn from {@code seed}. */
    static BaseFont create(String file, byte[] bytes, long seed) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setSecureRandom(new SeededRandom(seed));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("字体无法读取：" + file, e);
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path path = Path.of("fonts", file);
            if (Files.isRegularFile(path)) {
                return Files.readAllBytes(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("字体无法读取：fonts/" + file, e);
        }
        throw new UncheckedIOException(new IOException("缺少字体文件：fonts/" + file));
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
