package budget.audit.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Safe output base names: derived from the input file name, never able to leave the output folder. */
public final class OutputNames {

    private static final int MAX_CODE_POINTS = 120;
    /**
     * File systems limit a name to 255 bytes (UTF-8 on Linux): a Chinese character takes three. The base name
     * stays well below so that ".xlsx" and the writer's temporary suffix still fit.
     */
    static final int MAX_UTF8_BYTES = 150;
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private OutputNames() {
    }

    /** The reports' base name for files audited as one filing: the base names joined by "+". */
    public static String mergedBaseName(java.util.List<Path> inputs) {
        return sanitize(String.join("+", inputs.stream().map(OutputNames::baseName).toList()));
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
        int[] bytes = {0};
        raw.codePoints().limit(MAX_CODE_POINTS).forEach(cp -> {
            boolean unsafe = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xA0)
                    || cp == 0x2028 || cp == 0x2029 || "/\\:*?\"<>|".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.SURROGATE;
            int c = unsafe ? '_' : cp;
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes[0] + size <= MAX_UTF8_BYTES) {
                sb.appendCodePoint(c);
            }
            bytes[0] += size;
        });
        String s = sb.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        // Windows drops trailing dots and blanks, which would make two names collide
        while (s.endsWith(".") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return "report";
        }
        int dot = s.indexOf('.');
        String stem = (dot < 0 ? s : s.substring(0, dot)).toUpperCase(Locale.ROOT);
        return RESERVED.contains(stem) ? "_" + s : s;
    }
}
