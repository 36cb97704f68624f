package budget.audit.ingest.html;

import budget.audit.ingest.InputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a web page's bytes: a byte order mark wins, then the charset the page declares ({@code <meta charset>},
 * {@code http-equiv Content-Type}, an XML declaration); GB2312 and GBK are read as GB18030, their superset, since
 * pages labelled GB2312 routinely use GBK characters. A page whose bytes do not fit the declared charset (a UTF-8
 * page labelled GBK after a re-save, or the reverse) is read with the one that fits; with no declaration UTF-8 is
 * tried, then GB18030.
 */
final class HtmlDecoder {

    record Decoded(String text, String encoding) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern DECLARED = Pattern.compile(
            "(?:<meta[^>]*?charset\\s*=\\s*[\"']?|<\\?xml[^>]*?encoding\\s*=\\s*[\"'])([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** The declaration must come early in the page (HTML requires the first 1024 bytes; be lenient). */
    private static final int DECLARATION_SCAN = 8192;

    private HtmlDecoder() {
    }

    static Decoded decode(String fileName, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (hasNul(bytes)) {
            throw new InputException(fileName, HtmlReader.BINARY);
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            String text = strict(bytes, declared);
            if (text != null) {
                return new Decoded(text, name(declared));
            }
        }
        for (Charset candidate : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            String text = strict(bytes, candidate);
            if (text != null) {
                return new Decoded(text, name(candidate));
            }
        }
        // a few stray bytes in a page must not make it unreadable: decode with replacement characters
        Charset fallback = declared != null ? declared : GB18030;
        return new Decoded(lenient(bytes, 0, fallback), name(fallback));
    }

    /** The charset the page declares, mapped to the one to decode with; null when none or unknown to Java. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        return switch (label) {
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "chinese", "csgb2312",
                 "iso-ir-58", "windows-936" -> GB18030;
            case "utf8", "unicode-1-1-utf-8" -> StandardCharsets.UTF_8;
            // a page read as bytes cannot be UTF-16 without a byte order mark, and a Chinese filing is not Latin-1
            // (an editor's default label): the label is a mistake, the bytes decide
            case "utf-16", "utf-16le", "utf-16be", "unicode", "iso-8859-1", "latin1", "l1", "windows-1252",
                 "cp1252", "us-ascii", "ascii" -> null;
            default -> {
                try {
                    yield Charset.forName(label);
                } catch (RuntimeException e) {
                    yield null;
                }
            }
        };
    }

    private static String name(Charset charset) {
        return charset.equals(GB18030) ? "GB18030" : charset.name();
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int skip, Charset charset) {
        return new String(Arrays.copyOfRange(bytes, skip, bytes.length), charset);
    }

    private static boolean hasNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
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
}
