package budget.audit.hardening;

import budget.audit.engine.OutputNames;
import budget.audit.support.CliRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile names stay inside the output folder; hostile filing text stays literal text in every report format. */
class NamesAndContentTest {

    @TempDir
    Path dir;

    private static final List<String> HOSTILE_NAMES = List.of("../../etc/passwd", "..", ".", "a/b\\c:d*e?f\"g<h>i|j",
            "名称\u0000\u0001\u001f\u007f\n\r\t尾", "CON", "nul.报告", "com1", "尾部点和空格. . ", "...隐藏",
            "很".repeat(300), "x".repeat(300), "\u2028行\u2029", "\\\\server\\share", "C:\\Windows\\system32",
            "某区<script>&]]>{{x}}${y}统计局");

    @Test
    void sanitizedNamesAreSafe() {
        Path out = dir.resolve("out").toAbsolutePath().normalize();
        for (String raw : HOSTILE_NAMES) {
            String name = OutputNames.sanitize(raw);
            assertFalse(name.isEmpty(), raw);
            assertTrue(name.chars().noneMatch(c -> c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0), name);
            assertFalse(name.startsWith("."), name);
            assertFalse(name.endsWith(".") || name.endsWith(" "), name);
            assertTrue((name + ".xlsx").getBytes(StandardCharsets.UTF_8).length <= 200, name);
            Path target = out.resolve(name + ".xlsx").normalize();
            assertEquals(out, target.getParent(), raw);
        }
    }

    @Test
    void exactSanitizedNames() {
        assertEquals("_.._etc_passwd", OutputNames.sanitize("../../etc/passwd"));
        assertEquals("report", OutputNames.sanitize(".."));
        assertEquals("a_b_c_d_e_f_g_h_i_j", OutputNames.sanitize("a/b\\c:d*e?f\"g<h>i|j"));
        assertEquals("名称_______尾", OutputNames.sanitize("名称\u0000\u0001\u001f\u007f\n\r\t尾"));
        assertEquals("_CON", OutputNames.sanitize("CON"));
        assertEquals("_nul.报告", OutputNames.sanitize("nul.报告"));
        assertEquals("尾部点和空格", OutputNames.sanitize("尾部点和空格. . "));
        assertEquals("很".repeat(50), OutputNames.sanitize("很".repeat(300)));
        assertEquals("x".repeat(120), OutputNames.sanitize("x".repeat(300)));
        assertEquals("某区_script_&]]>{{x}}${y}统计局".replace(">", "_"), OutputNames.sanitize("某区<script>&]]>{{x}}${y}统计局"));
    }

    private static final String FILING = """
            某区统计局2024年部门预算情况说明
            =<script>x</script>&amp;]]>{{x}}${y}2024年部门支出预算100.00万元，其中：基本支出60.00万元，项目支出30.00万元。
            @2024年“三公”经费预算3.00万元，其中：因公出国（境）费0万元，公务用车购置及运行费2.00万元，公务接待费1.00万元。
            +2024年收入预算100.00万元，其中：一般公共预算拨款收入100.00万元。
            -2024年一般公共预算基本支出60.00万元，其中人员经费50.00万元，公用经费10.00万元。
            """;

    /** Every file name Linux allows that is hostile elsewhere, including one of 80 Chinese characters (240 bytes). */
    @Test
    void hostileInputNamesWriteOnlyInsideTheOutputFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> names = List.of("a:b*c?d\"e<f>g|h\\i.txt", "..txt", "...txt", "行\n换\u0001.txt", " .txt",
                "长".repeat(80) + ".txt", "CON.txt", "-o.txt");
        List<String> args = new ArrayList<>(List.of("audit"));
        for (String n : names) {
            args.add(Files.writeString(in.resolve(n), FILING, StandardCharsets.UTF_8).toString());
        }
        Path out = dir.resolve("out");
        args.addAll(List.of("-o", out.toString(), "--fail-on", "never"));
        Set<Path> before = allFiles(dir);
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        Set<Path> created = allFiles(dir);
        created.removeAll(before);
        for (Path p : created) {
            assertEquals(out.toAbsolutePath(), p.getParent().toAbsolutePath(), p.toString());
        }
        Set<String> written = new TreeSet<>();
        created.forEach(p -> written.add(p.getFileName().toString()));
        // "..txt", "...txt" and " .txt" all sanitize to "report": the later ones keep their extension, so no
        // report replaces another (issue 11, item 1)
        assertEquals(new TreeSet<>(List.of(
                "a_b_c_d_e_f_g_h_i.json", "a_b_c_d_e_f_g_h_i.pdf", "a_b_c_d_e_f_g_h_i.xlsx",
                "report.json", "report.pdf", "report.xlsx",
                "___txt.json", "___txt.pdf", "___txt.xlsx", "_txt.json", "_txt.pdf", "_txt.xlsx",
                "行_换_.json", "行_换_.pdf", "行_换_.xlsx",
                "长".repeat(50) + ".json", "长".repeat(50) + ".pdf", "长".repeat(50) + ".xlsx",
                "_CON.json", "_CON.pdf", "_CON.xlsx", "-o.json", "-o.pdf", "-o.xlsx")), written);
    }

    private static Set<Path> allFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return new java.util.HashSet<>(s.filter(Files::isRegularFile).map(Path::toAbsolutePath).toList());
        }
    }

    private static final List<String> LITERALS = List.of("<script>x</script>", "&amp;", "]]>", "{{x}}", "${y}");

    @Test
    void filingTextStaysLiteralInEveryFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("h.txt"), FILING, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("audit", file.toString(), "-o", out.toString(), "--date", "2026-01-15");
        assertEquals(1, r.exitCode(), r.err()); // the 60 + 30 ≠ 100 error finding cites the hostile line

        String json = Files.readString(out.resolve("h.json"));
        String line2 = FILING.lines().toList().get(1);
        String jsonEscaped = line2.replace("\\", "\\\\").replace("\"", "\\\"");
        assertTrue(json.contains("\"text\" : \"" + jsonEscaped + "\""), "line 2 verbatim in JSON");

        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("h.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        for (String literal : LITERALS) {
            assertTrue(pdfText.contains(literal), literal + " in PDF");
        }

        byte[] xlsx = Files.readAllBytes(out.resolve("h.xlsx"));
        Set<Character> leading = new TreeSet<>();
        boolean line2Found = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "formula in " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            String v = cell.getStringCellValue();
                            line2Found |= v.equals(line2);
                            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                                leading.add(v.charAt(0));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(line2Found, "line 2 verbatim in a string cell");
        assertEquals(new TreeSet<>(List.of('=', '+', '-', '@')), leading);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    assertFalse(xml.contains("<f>") || xml.contains("<f "), "formula element in " + e.getName());
                }
            }
        }
    }
}
