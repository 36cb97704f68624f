package budget.audit.engine;

import java.nio.file.Path;

/** Safe output base names: derived from the input file name, never able to leave the output folder. */
public final class OutputNames {

    private static final int MAX_CODE_POINTS = 120;

    private OutputNames() {
    }

    /** "a/b/报告.v1.txt" → "报告.v1"; unsafe characters become "_"; never empty, never "." or "..". */
    public static String baseName(Path input) {
        String name = input.getFileName() == null ? "" : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return sanitize(name);
    }

    public static String sanitize(String raw) {
        StringBuilder sb = new StringBuilder();
        raw.codePoints().limit(MAX_CODE_POINTS).forEach(cp -> {
            boolean unsafe = cp < 0x20 || cp == 0x7f || "/\\:*?\"<>|".indexOf(cp) >= 0;
            sb.appendCodePoint(unsafe ? '_' : cp);
        });
        String s = sb.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "report" : s;
    }
}
