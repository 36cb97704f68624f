package budget.audit.hardening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of a seed file's bytes: byte flips, truncation, chunk duplication and deletion, splices with
 * another seed, inserted budget words (so the parser sees near-valid text) and, for ZIP seeds (DOCX/XLSX),
 * corruption inside one entry's uncompressed XML (the archive stays valid, so the XML parsers are reached).
 */
final class Mutator {

    /** Words and symbols that steer mutated text into the parser's interesting paths. */
    private static final List<String> TOKENS = List.of("\t", "\n", "\r", "万元", "元", "亿元", "合计", "其中", "预算",
            "单位：元", "单位：万元", "%", "-", "—", "（", "）", "一、", "二、", "0.00", "99999999999999999999.999",
            "-1", "１２３", "表", "收入", "支出", "基本支出", "项目支出", "“三公”经费", "比上年增加", "减少", "万",
            "\u3000", "\uFEFF", "\u0000", "<", "&", "]]>", "${x}", "2025年", "第", "行", "：", ",", "，", "...", "  ",
            // structure bombs for the PDF and XML parsers: deep nesting
            "[".repeat(20_000), "<<".repeat(10_000), "<a>".repeat(5_000), "q ".repeat(50_000));

    enum Kind { FLIP, TRUNCATE, DUPLICATE, DELETE, SPLICE, TOKENS, ZIP_ENTRY }

    record Mutation(Kind kind, byte[] bytes) {
    }

    private Mutator() {
    }

    static Mutation mutate(byte[] seed, byte[] other, boolean zip, SplittableRandom random) {
        Kind[] kinds = Kind.values();
        Kind kind = kinds[random.nextInt(zip ? kinds.length : kinds.length - 1)];
        byte[] out = switch (kind) {
            case FLIP -> flip(seed, random);
            case TRUNCATE -> Arrays.copyOf(seed, random.nextInt(Math.max(1, seed.length)));
            case DUPLICATE -> duplicate(seed, random);
            case DELETE -> delete(seed, random);
            case SPLICE -> splice(seed, other, random);
            case TOKENS -> tokens(seed, random);
            case ZIP_ENTRY -> zipEntry(seed, random);
        };
        return new Mutation(kind, out.length == 0 ? new byte[] {' '} : out);
    }

    static byte[] flip(byte[] seed, SplittableRandom random) {
        byte[] out = seed.clone();
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (out[at] ^ (1 << random.nextInt(8)));
        }
        return out;
    }

    static byte[] duplicate(byte[] seed, SplittableRandom random) {
        if (seed.length < 2) {
            return seed.clone();
        }
        int from = random.nextInt(seed.length);
        int len = 1 + random.nextInt(Math.min(seed.length - from, 4096));
        int at = random.nextInt(seed.length + 1);
        int times = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + len * times);
        out.write(seed, 0, at);
        for (int i = 0; i < times; i++) {
            out.write(seed, from, len);
        }
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }

    static byte[] delete(byte[] seed, SplittableRandom random) {
        if (seed.length < 2) {
            return seed.clone();
        }
        int from = random.nextInt(seed.length);
        int len = 1 + random.nextInt(Math.min(seed.length - from, 4096));
        byte[] out = new byte[seed.length - len];
        System.arraycopy(seed, 0, out, 0, from);
        System.arraycopy(seed, from + len, out, from, seed.length - from - len);
        return out;
    }

    static byte[] splice(byte[] seed, byte[] other, SplittableRandom random) {
        int cut = random.nextInt(seed.length + 1);
        int otherCut = random.nextInt(other.length + 1);
        byte[] out = Arrays.copyOf(seed, cut + other.length - otherCut);
        System.arraycopy(other, otherCut, out, cut, other.length - otherCut);
        return out;
    }

    static byte[] tokens(byte[] seed, SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + 64);
        int n = 1 + random.nextInt(8);
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = random.nextInt(seed.length + 1);
        }
        Arrays.sort(at);
        int pos = 0;
        for (int p : at) {
            // keep UTF-8 sequences whole: move the cut past continuation bytes
            while (p < seed.length && (seed[p] & 0xC0) == 0x80) {
                p++;
            }
            if (p < pos) {
                continue;
            }
            out.write(seed, pos, p - pos);
            out.writeBytes(TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            pos = p;
        }
        out.write(seed, pos, seed.length - pos);
        return out.toByteArray();
    }

    /** Rewrites the archive with one entry's content mutated (flip, truncate, duplicate or token insertion). */
    static byte[] zipEntry(byte[] seed, SplittableRandom random) {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(seed))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            return flip(seed, random);
        }
        if (names.isEmpty()) {
            return flip(seed, random);
        }
        int victim = random.nextInt(names.size());
        byte[] content = contents.get(victim);
        contents.set(victim, switch (random.nextInt(4)) {
            case 0 -> flip(content, random);
            case 1 -> Arrays.copyOf(content, random.nextInt(Math.max(1, content.length)));
            case 2 -> duplicate(content, random);
            default -> tokens(content, random);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
