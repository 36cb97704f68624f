package budget.audit.ingest.text;

import budget.audit.ingest.InputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Detects the encoding of a text filing and decodes it strictly: UTF-8 (with or without BOM), UTF-16LE/BE with
 * BOM, else GB18030 (a superset of GBK and GB2312). Rejects binary content and text that decodes to implausible
 * characters.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of characters that must be CJK, ASCII printable, whitespace or common punctuation. */
    private static final double MIN_PLAUSIBLE = 0.90;
    /** Share of control bytes above which content is binary. */
    private static final double MAX_CONTROL = 0.01;

    private TextDecoder() {
    }

    static DecodedText decode(String fileName, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(fileName, "文件为空");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(fileName, bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(fileName, strict(fileName, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(fileName, strict(fileName, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        if (looksBinary(bytes)) {
            throw new InputException(fileName, "不是文本文件（包含二进制内容）");
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(fileName, utf8, "UTF-8");
        }
        DecodedText damaged = Utf8Damage.decode(bytes);
        if (damaged != null) {
            DecodedText ok = checked(fileName, damaged.text(), "UTF-8");
            return new DecodedText(ok.text(), ok.encoding(), damaged.notes());
        }
        String gb = tryDecode(bytes, GB18030);
        if (gb != null && plausibility(gb) >= MIN_PLAUSIBLE) {
            return checked(fileName, gb, "GB18030");
        }
        throw new InputException(fileName, "无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK 中文文本）");
    }

    private static DecodedText checked(String fileName, String text, String encoding) throws InputException {
        if (controlShare(text) > MAX_CONTROL) {
            throw new InputException(fileName, "不是文本文件（包含二进制内容）");
        }
        if (plausibility(text) < MIN_PLAUSIBLE) {
            throw new InputException(fileName, "文件内容无法按 " + encoding + " 正常解读（疑似乱码或非文本文件）");
        }
        return new DecodedText(text, encoding);
    }

    private static String strict(String fileName, byte[] bytes, int skip, Charset cs, String name)
            throws InputException {
        String text = tryDecode(Arrays.copyOfRange(bytes, skip, bytes.length), cs);
        if (text == null) {
            throw new InputException(fileName, "文件声明为 " + name + " 编码，但内容无法按该编码解码（文件可能已损坏）");
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (isControl(v)) {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long control = text.chars().filter(c -> c == 0 || isControl(c)).count();
        return (double) control / text.length();
    }

    /** Share of characters that are plausible in a Chinese filing. */
    static double plausibility(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        long good = text.codePoints().filter(TextDecoder::plausible).count();
        return (double) good / text.codePointCount(0, text.length());
    }

    private static boolean plausible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || (cp >= 0x20 && cp < 0x7F)) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || block == Character.UnicodeBlock.NUMBER_FORMS
                || block == Character.UnicodeBlock.GEOMETRIC_SHAPES
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
                || block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
                || block == Character.UnicodeBlock.BOX_DRAWING
                || block == Character.UnicodeBlock.SPECIALS;
    }
}
