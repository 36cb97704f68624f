package budget.audit.ingest.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A UTF-8 filing with a few invalid bytes (a damaged download, one stray byte from an editor) is read, not
 * refused: the bad bytes become U+FFFD, the report notes where they were (line and byte offset), and a number
 * touching one is not read as a number (so a finding never quotes "1�00" as 00 or 1). Text with many invalid
 * bytes is no UTF-8 at all (GB18030, binary) and is left to the other decoders.
 */
final class Utf8Damage {

    /** At most this many invalid sequences, and at least ten valid multi-byte characters for each. */
    static final int MAX_BAD = 64;
    private static final int MIN_VALID_PER_BAD = 10;
    /** Positions listed in the note; more are counted. */
    private static final int LISTED = 10;
    private static final char REPLACEMENT = '\uFFFD';
    /** A number (or a part of one) run into a replaced byte. */
    private static final Pattern DAMAGED_RUN = Pattern.compile("[0-9.,]*\uFFFD[0-9.,\uFFFD]*");
    private static final Pattern UNIT_AHEAD = Pattern.compile("^(?:万元|亿元|元|辆|个|%)");

    private Utf8Damage() {
    }

    /** The text with bad bytes replaced and a note naming where, or null when this is not damaged UTF-8. */
    static DecodedText decode(byte[] bytes) {
        List<Integer> bad = new ArrayList<>();
        List<Integer> badLength = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < bytes.length; ) {
            int len = sequenceLength(bytes, i);
            if (len < 0) {
                // one bad sequence: a lead byte with the continuation bytes that fit it (as Java's decoder counts)
                bad.add(i);
                badLength.add(-len);
                if (bad.size() > MAX_BAD) {
                    return null;
                }
                i += -len;
            } else {
                valid += len > 1 ? 1 : 0;
                i += len;
            }
        }
        if (bad.isEmpty() || valid < MIN_VALID_PER_BAD * bad.size()) {
            return null;
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int from = 0;
        for (int k = 0; k < bad.size(); k++) {
            int at = bad.get(k);
            text.append(new String(bytes, from, at - from, StandardCharsets.UTF_8)).append(REPLACEMENT);
            from = at + badLength.get(k);
        }
        text.append(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
        return new DecodedText(text.toString(), "UTF-8", List.of(note(bytes, bad)));
    }

    /**
     * "1�00万元" and "�5万元" are no numbers: each run of digits touching U+FFFD becomes "□", which the prose
     * reads as an unreadable figure ("□万元", like "XX万元"), so the checks needing it say 数据不足 instead of
     * adding up the other figures without it.
     */
    static String withoutDamagedNumbers(String line) {
        if (line.indexOf(REPLACEMENT) < 0) {
            return line;
        }
        return DAMAGED_RUN.matcher(line).replaceAll(m -> {
            boolean digit = m.group().chars().anyMatch(Character::isDigit);
            boolean unit = UNIT_AHEAD.matcher(line.substring(m.end())).find();
            return digit || unit ? "□" : m.group();
        });
    }

    private static String note(byte[] bytes, List<Integer> bad) {
        List<String> places = new ArrayList<>();
        int line = 1;
        int next = 0;
        for (int i = 0; i < bytes.length && next < Math.min(bad.size(), LISTED); i++) {
            if (i == bad.get(next)) {
                places.add("第" + line + "行（第" + (i + 1) + "字节）");
                next++;
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return "文件中有 " + bad.size() + " 处字节不是有效的 UTF-8 文本，已以“\uFFFD”代替，所在位置的数字未读取："
                + String.join("、", places) + (bad.size() > LISTED ? "等" : "");
    }

    /**
     * Length of the valid UTF-8 sequence starting at {@code i}; when invalid, minus the length of the bad sequence
     * (the lead byte and the continuation bytes that fit it, at least 1).
     */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int len;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            if (lead == 0xE0) {
                min2 = 0xA0;
            } else if (lead == 0xED) {
                max2 = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            if (lead == 0xF0) {
                min2 = 0x90;
            } else if (lead == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= b.length) {
                return -k;
            }
            int c = b[i + k] & 0xFF;
            int lo = k == 1 ? min2 : 0x80;
            int hi = k == 1 ? max2 : 0xBF;
            if (c < lo || c > hi) {
                return -k;
            }
        }
        return len;
    }
}
