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

    /**
     * One base name per input, no two alike even on a case-insensitive file system, so that no report replaces
     * another of the same run: the first keeps its plain name; a later one with the same name takes its folder's name
     * ("y2024_部门预算"), or its extension when in the same folder ("报告_TXT" for "报告.TXT"), else a number
     * ("部门预算-2").
     */
    public static java.util.List<String> uniqueBaseNames(java.util.List<Path> inputs) {
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Set<String> seenFolders = new java.util.HashSet<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Path input : inputs) {
            String plain = baseName(input);
            String file = input.getFileName() == null ? plain : input.getFileName().toString();
            Path parent = input.toAbsolutePath().normalize().getParent();
            String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
            // same name in the same folder ("报告.txt", "报告.pdf"): the extension tells them apart; else the folder
            boolean sameFolder = !seenFolders.add(key(plain) + "\u0000" + parent);
            java.util.List<String> candidates = new java.util.ArrayList<>();
            candidates.add(plain);
            String byExtension = file.lastIndexOf('.') > 0 ? sanitize(file.replace('.', '_')) : null;
            String byFolder = folder.isEmpty() ? null : sanitize(folder + "_" + plain);
            for (String c : sameFolder ? new String[] {byExtension, byFolder} : new String[] {byFolder, byExtension}) {
                if (c != null) {
                    candidates.add(c);
                }
            }
            String chosen = null;
            for (String c : candidates) {
                if (!used.contains(key(c))) {
                    chosen = c;
                    break;
                }
            }
            for (int n = 2; chosen == null; n++) {
                String c = sanitize(plain + "-" + n);
                if (!used.contains(key(c))) {
                    chosen = c;
                }
            }
            used.add(key(chosen));
            names.add(chosen);
        }
        return names;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
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
