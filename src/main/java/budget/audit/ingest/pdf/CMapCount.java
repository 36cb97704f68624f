package budget.audit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the mappings fontbox's CMapParser (PDFBox 3.0) would add for a CMap, without adding them: the same
 * tokens (hex strings, arrays, names, numbers, operators, comments, strings, dictionaries) and the same sections
 * (codespacerange, bfchar, bfrange, cidchar, cidrange, each with its count), stopping where fontbox stops with an
 * error. Where it is unsure it goes on reading, so the count may be higher than fontbox's, never lower.
 */
final class CMapCount {

    /** fontbox ends an array at this token (so a string "(])" ends it too). */
    private static final String END_OF_ARRAY = "]";
    private static final Object END_OF_DICTIONARY = new Object();

    private record Name(String name) {
    }

    private record Operator(String op) {
    }

    /** Thrown where fontbox throws an IOException: its parse ends there. */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final byte[] data;
    private int at;
    private long mappings;

    private CMapCount(byte[] data) {
        this.data = data;
    }

    /** The number of mappings fontbox would add for this CMap (bfrange entries one by one). */
    static long mappings(byte[] cmap) {
        CMapCount c = new CMapCount(cmap);
        try {
            c.parse();
        } catch (Stop | RuntimeException e) {
            // fontbox stops here too
        }
        return c.mappings;
    }

    private void parse() throws Stop {
        Object previous = null;
        Object token;
        while ((token = next()) != null) {
            if (token instanceof Operator op) {
                if (op.op().equals("endcmap")) {
                    break;
                }
                if (previous instanceof Number count) {
                    switch (op.op()) {
                        case "begincodespacerange" -> section(count.intValue(), "endcodespacerange", 2);
                        case "beginbfchar" -> section(count.intValue(), "endbfchar", 2);
                        case "begincidchar" -> section(count.intValue(), "endcidchar", 2);
                        case "beginbfrange" -> bfrange(count.intValue());
                        case "begincidrange" -> {
                            if (previous instanceof Integer lines) {
                                cidrange(lines);
                            }
                        }
                        default -> {
                        }
                    }
                }
            } else if (token instanceof Name name) {
                literalName(name);
            }
            previous = token;
        }
    }

    private void literalName(Name name) throws Stop {
        switch (name.name()) {
            case "WMode", "CMapName", "CMapVersion", "CMapType", "Registry", "Ordering", "Supplement" -> next();
            default -> {
            }
        }
    }

    /** A section of entries of {@code tokens} tokens each that adds a bounded number of mappings. */
    private void section(int count, String end, int tokens) throws Stop {
        for (int j = 0; j < count; j++) {
            Object t = next();
            if (t instanceof Operator op) {
                expect(op, end);
                break;
            }
            if (!(t instanceof byte[])) {
                throw new Stop();
            }
            for (int k = 1; k < tokens; k++) {
                next();
            }
            mappings++;
        }
    }

    private void cidrange(int lines) throws Stop {
        for (int n = 0; n < lines; n++) {
            Object t = next();
            if (t instanceof Operator op) {
                expect(op, "endcidrange");
                break;
            }
            if (!(t instanceof byte[] startCode)) {
                throw new Stop();
            }
            Object endToken = next();
            Object mapped = next();
            if (!(endToken instanceof byte[] endCode) || !(mapped instanceof Integer mappedCode)) {
                throw new Stop(); // fontbox fails with a ClassCastException
            }
            if (startCode.length > 2 || endCode.length > 2) {
                // fontbox adds these one by one
                int last = mappedCode + shortInt(endCode) - shortInt(startCode);
                if (last == Integer.MAX_VALUE) {
                    mappings = Long.MAX_VALUE / 2; // fontbox's counter never passes it: it does not end
                    throw new Stop();
                }
                mappings += last >= mappedCode ? (long) last - mappedCode + 1 : 0;
            } else {
                mappings++;
            }
        }
    }

    private void bfrange(int count) throws Stop {
        for (int j = 0; j < count; j++) {
            Object t = next();
            if (t instanceof Operator op) {
                expect(op, "endbfrange");
                break;
            }
            if (!(t instanceof byte[] startCode)) {
                throw new Stop();
            }
            t = next();
            if (t instanceof Operator op) {
                expect(op, "endbfrange");
                break;
            }
            if (!(t instanceof byte[] endCode)) {
                throw new Stop();
            }
            int start = toInt(startCode);
            int end = toInt(endCode);
            if (end < start) {
                break;
            }
            t = next();
            if (t instanceof List<?> array) {
                if (!array.isEmpty() && array.size() >= end - start) {
                    mappings += array.size();
                }
            } else if (t instanceof byte[] dst && dst.length > 0) {
                if (dst.length == 2 && start == 0 && end == 0xffff && dst[0] == 0 && dst[1] == 0) {
                    mappings += 256 * 256;
                } else {
                    mappings += Math.max(0, end - start + 1);
                }
            }
        }
    }

    private static void expect(Operator op, String name) throws Stop {
        if (!op.op().equals(name)) {
            throw new Stop();
        }
    }

    /** fontbox's CMap.toInt: big-endian, wrapping like an int. */
    private static int toInt(byte[] bytes) {
        int code = 0;
        for (byte b : bytes) {
            code <<= 8;
            code |= b & 0xFF;
        }
        return code;
    }

    /** fontbox's createIntFromBytes: the first one or two bytes. */
    private static int shortInt(byte[] bytes) {
        if (bytes.length == 0) {
            return 0;
        }
        int v = bytes[0] & 0xFF;
        if (bytes.length == 2) {
            v = (v << 8) + (bytes[1] & 0xFF);
        }
        return v;
    }

    private int read() {
        return at < data.length ? data[at++] & 0xFF : -1;
    }

    private void unread() {
        at--;
    }

    private Object next() throws Stop {
        int b = read();
        while (b == 0x09 || b == 0x20 || b == 0x0D || b == 0x0A) {
            b = read();
        }
        switch (b) {
            case -1:
                return null;
            case '%': {
                StringBuilder sb = new StringBuilder();
                for (int c = read(); c != -1 && c != 0x0D && c != 0x0A; c = read()) {
                    sb.append((char) c);
                }
                return sb.toString();
            }
            case '(': {
                StringBuilder sb = new StringBuilder();
                for (int c = read(); c != -1 && c != ')'; c = read()) {
                    sb.append((char) c);
                }
                return sb.toString();
            }
            case '>':
                if (read() == '>') {
                    return END_OF_DICTIONARY;
                }
                throw new Stop();
            case ']':
                return END_OF_ARRAY;
            case '[': {
                List<Object> list = new ArrayList<>();
                Object t = next();
                while (t != null && !END_OF_ARRAY.equals(t)) {
                    list.add(t);
                    t = next();
                }
                return list;
            }
            case '<':
                return hexOrDictionary();
            case '/': {
                StringBuilder sb = new StringBuilder();
                int c = read();
                while (!isWhitespaceOrEof(c) && !isDelimiter(c)) {
                    sb.append((char) c);
                    c = read();
                }
                if (isDelimiter(c)) {
                    unread();
                }
                return new Name(sb.toString());
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9': {
                StringBuilder sb = new StringBuilder().append((char) b);
                int c = read();
                while (!isWhitespaceOrEof(c) && (Character.isDigit((char) c) || c == '.')) {
                    sb.append((char) c);
                    c = read();
                }
                if (c != -1) {
                    unread();
                }
                String v = sb.toString();
                try {
                    return v.indexOf('.') >= 0 ? (Number) Double.valueOf(v) : (Number) Integer.valueOf(v);
                } catch (NumberFormatException e) {
                    throw new Stop();
                }
            }
            default: {
                StringBuilder sb = new StringBuilder().append((char) b);
                int c = read();
                while (!isWhitespaceOrEof(c) && !isDelimiter(c) && !Character.isDigit(c)) {
                    sb.append((char) c);
                    c = read();
                }
                if (isDelimiter(c) || Character.isDigit(c)) {
                    unread();
                }
                return new Operator(sb.toString());
            }
        }
    }

    private Object hexOrDictionary() throws Stop {
        int b = read();
        if (b == '<') {
            Object key = next();
            while (key instanceof Name) {
                next();
                key = next();
            }
            return END_OF_DICTIONARY;
        }
        byte[] buffer = new byte[512];
        int multiplier = 16;
        int index = -1;
        while (b != -1 && b != '>') {
            int v;
            if (b >= '0' && b <= '9') {
                v = b - '0';
            } else if (b >= 'A' && b <= 'F') {
                v = 10 + b - 'A';
            } else if (b >= 'a' && b <= 'f') {
                v = 10 + b - 'a';
            } else if (isWhitespaceOrEof(b)) {
                b = read();
                continue;
            } else {
                throw new Stop();
            }
            v *= multiplier;
            if (multiplier == 16) {
                index++;
                if (index >= buffer.length) {
                    throw new Stop();
                }
                buffer[index] = 0;
                multiplier = 1;
            } else {
                multiplier = 16;
            }
            buffer[index] += (byte) v;
            b = read();
        }
        byte[] out = new byte[index + 1];
        System.arraycopy(buffer, 0, out, 0, index + 1);
        return out;
    }

    private static boolean isWhitespaceOrEof(int b) {
        return b == -1 || b == 0x20 || b == 0x0D || b == 0x0A;
    }

    private static boolean isDelimiter(int b) {
        return switch (b) {
            case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> true;
            default -> false;
        };
    }
}
