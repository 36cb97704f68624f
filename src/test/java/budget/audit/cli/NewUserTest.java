package budget.audit.cli;

import budget.audit.support.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user meets when trying the command line (issue 11, items 1, 2, 3 and 5). */
class NewUserTest {

    private static final Path SAMPLE_A = Path.of("samples/01-滨江区文化和旅游局-2024年部门预算.txt");
    private static final Path SAMPLE_B = Path.of("samples/02-青石街道社区服务中心-2024年单位预算.txt");

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> written(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    private static long lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).count();
    }

    // item 1: two files with the same name never share a report

    @Test
    void sameNameInTwoFoldersKeepsBothReports() throws Exception {
        Path a = Files.createDirectories(dir.resolve("y2023")).resolve("部门预算.txt");
        Path b = Files.createDirectories(dir.resolve("y2024")).resolve("部门预算.txt");
        Files.copy(SAMPLE_A, a);
        Files.copy(SAMPLE_B, b);
        CliRunner.Result r = CliRunner.run("audit", a.toString(), b.toString(), "-o", out().toString(),
                "--format", "json", "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("y2024_部门预算.json", "部门预算.json"), written(out()));
        List<String> paths = r.out().lines().map(l -> l.substring(l.indexOf('→'))).toList();
        assertEquals(paths.size(), paths.stream().distinct().count(), r.out());
        // and each line names its input so that the two are told apart
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(a + "：")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(b + "：")), r.out());
        // each report is the one of its own input: B has findings, A has none
        assertTrue(Files.readString(out().resolve("部门预算.json")).contains("滨江区文化和旅游局"));
        assertTrue(Files.readString(out().resolve("y2024_部门预算.json")).contains("青石街道"));
    }

    @Test
    void namesDifferingOnlyInCaseOrExtensionKeepBothReports() throws Exception {
        Files.copy(SAMPLE_A, dir.resolve("报告.txt"));
        Files.copy(SAMPLE_B, dir.resolve("报告.TXT"));
        CliRunner.Result r = CliRunner.run("audit", dir.resolve("报告.txt").toString(), dir.resolve("报告.TXT").toString(),
                dir.resolve("报告.txt").toString(), "-o", out().toString(), "--format", "json", "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        // "报告.json" and "报告.JSON" would be one file on Windows and macOS
        assertEquals(List.of("报告.json", "报告_TXT.json"), written(out()));
        assertEquals(2, r.out().lines().count(), "the file given twice is audited once: " + r.out());
    }

    // item 2: a run that did nothing says so and exits 2

    @Test
    void auditOfAnEmptyFolderSaysNothingWasFound() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner.Result r = CliRunner.run("audit", empty.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("未找到可审核的文件"), r.err());
        assertTrue(written(out()).isEmpty());
    }

    @Test
    void auditOfAFolderWithOnlySubfoldersPointsToBatch() throws Exception {
        Path top = Files.createDirectories(dir.resolve("top/sub"));
        Files.copy(SAMPLE_A, top.resolve("a.txt"));
        CliRunner.Result r = CliRunner.run("audit", dir.resolve("top").toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("未找到可审核的文件"), r.err());
        assertTrue(r.err().contains("batch"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message, not two: " + r.err());
        assertTrue(written(out()).isEmpty());
    }

    @Test
    void auditAndBatchIntoTheInputFolderAreRefused() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLE_A, in.resolve("a.txt"));
        for (String command : new String[] {"audit", "batch"}) {
            CliRunner.Result r = CliRunner.run(command, in.toString(), "-o", in.toString());
            assertEquals(2, r.exitCode(), command);
            assertTrue(r.err().contains("未找到可审核的文件") && r.err().contains("输出文件夹"), r.err());
            assertEquals(List.of("a.txt"), written(in), command);
        }
    }

    @Test
    void batchOfAnEmptyFolderWritesNoSummary() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner.Result r = CliRunner.run("batch", empty.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("未找到可审核的文件"), r.err());
        assertFalse(Files.exists(out()), "no empty 汇总 a reader could take for 'no problems'");
    }

    @Test
    void batchOfAMissingFolderSaysSoAtOnceAndWritesNothing() {
        Path missing = dir.resolve("nonexistent");
        CliRunner.Result r = CliRunner.run("batch", missing.toString(), "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("不存在"), r.err());
        assertFalse(r.err().contains("开始审核"), r.err());
        assertFalse(Files.exists(out()));
    }

    // item 4: a folder holding old reports: they are skipped with one line, and the run is judged by the filings

    @Test
    void oldReportsInAScannedFolderAreSkippedNotAuditedNorCountedAsBadInput() throws Exception {
        Path first = dir.resolve("first");
        CliRunner.Result made = CliRunner.run("audit", SAMPLE_A.toString(), "-o", first.toString(),
                "--format", "pdf,xlsx", "--date", "2026-01-05");
        assertEquals(0, made.exitCode(), made.err());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLE_A, in.resolve("a.txt"));
        try (Stream<Path> reports = Files.list(first)) {
            for (Path report : reports.toList()) {
                // renamed, so that neither the name nor the output folder gives it away
                Files.copy(report, in.resolve("旧报告." + report.getFileName().toString().replaceAll(".*\\.", "")));
            }
        }
        CliRunner.Result r = CliRunner.run("audit", in.toString(), "-o", out().toString(), "--format", "json");
        assertEquals(0, r.exitCode(), "the filing has no errors; the skipped reports are no input errors: " + r.err());
        assertEquals(List.of("a.json"), written(out()));
        assertTrue(r.err().contains("跳过 2 个 budget-audit 生成的报告（旧报告.pdf、旧报告.xlsx）"), r.err());

        CliRunner.Result b = CliRunner.run("batch", in.toString(), "-o", dir.resolve("bout").toString(),
                "--format", "json");
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(1, lines(b.err(), "跳过 2 个 budget-audit 生成的报告"), b.err());
        assertFalse(written(dir.resolve("bout")).stream().anyMatch(f -> f.contains("旧报告")),
                written(dir.resolve("bout")).toString());

        Path onlyReports = Files.createDirectories(dir.resolve("only"));
        Files.copy(in.resolve("旧报告.pdf"), onlyReports.resolve("汇总.pdf"));
        CliRunner.Result none = CliRunner.run("audit", onlyReports.toString(), "-o", dir.resolve("o3").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("只有 budget-audit 生成的报告"), none.err());

        // named on its own, a report is refused with its reason
        CliRunner.Result named = CliRunner.run("audit", in.resolve("旧报告.pdf").toString(), "-o",
                dir.resolve("o4").toString());
        assertEquals(2, named.exitCode());
        assertTrue(named.err().contains("这是 budget-audit 生成的审核报告"), named.err());
    }

    // item 3: folder scans read .doc, and say what they skip

    @Test
    void folderScanReadsDocAndHtmlAndCountsWhatItSkips() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLE_A, in.resolve("a.txt"));
        Files.writeString(in.resolve("b.doc"), "");
        Files.writeString(in.resolve("c.htm"), "");
        Files.writeString(in.resolve("d.zip"), "x");
        Files.writeString(in.resolve("e.zip"), "x");
        Files.writeString(in.resolve("f.png"), "x");
        CliRunner.Result r = CliRunner.run("audit", in.toString(), "-o", out().toString(), "--format", "json");
        assertEquals(2, r.exitCode(), "the empty .doc and .htm were tried and failed");
        assertTrue(r.err().contains("b.doc：文件为空"), r.err());
        assertTrue(r.err().contains("c.htm：文件为空"), r.err());
        assertEquals(1, lines(r.err(), "跳过"), r.err());
        assertTrue(r.err().contains("跳过 3 个不支持的文件（.png 1 个、.zip 2 个"), r.err());

        CliRunner.Result b = CliRunner.run("batch", in.toString(), "-o", dir.resolve("bout").toString(),
                "--format", "json");
        assertEquals(1, lines(b.err(), "跳过 3 个不支持的文件"), b.err());
        assertTrue(b.err().contains("b.doc：文件为空"), b.err());
    }

    @Test
    void auditHelpAndRunSayThatSubfoldersAreNotEntered() throws Exception {
        assertTrue(CliRunner.run("audit", "--help").out().contains("不进入子文件夹"));
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(SAMPLE_A, dir.resolve("in/a.txt"));
        CliRunner.Result r = CliRunner.run("audit", dir.resolve("in").toString(), "-o", out().toString(),
                "--format", "json", "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("未进入 1 个子文件夹"), r.err());
    }

    // item 5: messages in Chinese

    @Test
    void picocliMessagesAreChinese() {
        String[][] cases = {{"samples/"}, {"audit"}, {"batch", "-j", "x", "samples"}, {"audit", "--jobs", "2", "a"},
                {"audit", "a", "--output"}, {"audit", "--date", "2024-01-01", "--date", "2024-01-02", "a"}};
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            for (String english : new String[] {"Unmatched", "Missing", "Invalid value", "Unknown option", "should be",
                    "Expected"}) {
                assertFalse(r.err().contains(english), r.err());
            }
        }
        assertTrue(CliRunner.run("samples/").err().contains("budget-audit audit samples/"));
        assertTrue(CliRunner.run("audt", "x").err().contains("audit"));
        for (String[] args : new String[][] {{"--help"}, {"audit", "--help"}, {"batch", "--help"}, {"bench", "--help"}}) {
            String help = CliRunner.run(args).out();
            assertFalse(help.contains("Usage:") || help.contains("Commands:"), help);
            assertTrue(help.startsWith("用法："), help);
        }
        String top = CliRunner.run("--help").out();
        assertFalse(top.contains("Display"), "help subcommand described in Chinese");
        // the command list shows each command's first line: a whole sentence
        String commands = top.substring(top.indexOf("子命令："), top.indexOf("退出码"));
        assertFalse(commands.lines().anyMatch(l -> l.strip().endsWith("，")), commands);
    }

    @Test
    void formatIgnoresCaseAndBlanks() throws Exception {
        CliRunner.Result r = CliRunner.run("audit", SAMPLE_A.toString(), "--format", "PDF, json", "-o", out().toString(),
                "--fail-on", "never");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("01-滨江区文化和旅游局-2024年部门预算.json", "01-滨江区文化和旅游局-2024年部门预算.pdf"),
                written(out()));
    }

    @Test
    void aDateThatDoesNotExistIsNamedSo() {
        CliRunner.Result r = CliRunner.run("audit", SAMPLE_A.toString(), "--date", "2024-02-30", "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("日期不存在") && r.err().contains("2024-02-30"), r.err());
        assertTrue(CliRunner.run("audit", SAMPLE_A.toString(), "--date", "2024/02/03", "-o", out().toString())
                .err().contains("YYYY-MM-DD"));
    }

    @Test
    void outputPointingAtAFileIsSaidOnceBeforeAnyWork() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRunner.Result r = CliRunner.run("audit", SAMPLE_A.toString(), SAMPLE_B.toString(), "-o", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("-o") && r.err().contains("文件"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        CliRunner.Result b = CliRunner.run("batch", SAMPLE_A.toString(), "-o", file.toString());
        assertEquals(2, b.exitCode());
        assertFalse(b.err().contains("开始审核"), b.err());
    }

    @Test
    void aMissingFileIsNamedAsGiven() {
        CliRunner.Result r = CliRunner.run("audit", "/nonexistent/file.txt", "-o", out().toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("/nonexistent/file.txt："), r.err());
    }

    @Test
    void batchHelpIsWholeSentencesAndRulesAndBenchListOnlyTheirExitCodes() {
        String batch = CliRunner.run("batch", "--help").out();
        String description = batch.substring(batch.indexOf("批量审核"), batch.indexOf("DIR...", batch.indexOf("批量审核")));
        for (String line : description.strip().lines().toList()) {
            assertTrue(line.strip().endsWith("。"), "help line cut mid-sentence: " + line);
        }
        assertTrue(batch.contains(".audit-state.json"), batch);
        for (String[] args : new String[][] {{"rules", "--help"}, {"bench", "--help"}, {"bench", "run", "--help"}}) {
            String help = CliRunner.run(args).out();
            assertTrue(help.contains("退出码"), help);
            assertFalse(help.contains("--fail-on"), "exit 1 does not apply to " + String.join(" ", args) + ": " + help);
        }
    }
}
