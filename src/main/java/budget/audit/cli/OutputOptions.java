package budget.audit.cli;

import budget.audit.engine.FailOn;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options shared by the commands that write reports (picocli mixin). */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "报告输出文件夹（默认：${DEFAULT-VALUE}）")
    Path outputDir;

    /** The formats written when --format is not given: annotated applies to PDF inputs only (others: silently none). */
    static final List<String> DEFAULT_FORMATS = List.of("pdf", "xlsx", "json", "annotated");

    @Option(names = "--format", split = ",", paramLabel = "FMT",
            description = "报告格式，逗号分隔：pdf、xlsx、json、docx（可编辑的 Word 报告）、annotated（标注原文：在部门的 PDF "
                    + "副本上标出每个问题的出处，文件名“…-标注.pdf”）。默认：pdf,xlsx,json，输入为 PDF 时另加 annotated；"
                    + "给出 --format 时只生成所列格式，所列 annotated 遇到非 PDF 输入时说明一行并跳过")
    List<String> formats;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            converter = FailOnConverter.class,
            description = "发现哪一级问题时以退出码 1 结束：error（错误）、warning（警告及以上）、never（从不）。默认：${DEFAULT-VALUE}")
    FailOn failOn;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "模板文件夹：其中的 FreeMarker 模板覆盖内置模板（报告措辞与版式），无需重新编译")
    Path templatesDir;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "本地规则文件（YAML）：停用规则、调整级别与容差（rounding），或不写代码新增“合计=分项之和”“a≤b”规则。格式见 RULES.md")
    Path rulesFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "报告日期（印在报告上，也是文件元数据日期）。默认：环境变量 SOURCE_DATE_EPOCH，否则今天。同一输入、同一日期生成的文件逐字节相同")
    String date;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "200",
            description = "单个输入文件的大小上限，单位 MB（默认：${DEFAULT-VALUE}）")
    long maxSizeMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "单个文件的处理时限，单位秒（默认：${DEFAULT-VALUE}）；超时的文件记为输入错误“处理超时”，其余文件照常审核")
    long timeoutSeconds;

    @Option(names = "--pdfa",
            description = "PDF 报告按长期归档格式 PDF/A-2b 生成（嵌入字体、sRGB 输出意图、XMP 元数据）")
    boolean pdfa;

    /** The engine settings these options describe (validated: a usage error is an IllegalArgumentException). */
    budget.audit.engine.AuditSettings settings() {
        if (maxSizeMb < 1) {
            throw new IllegalArgumentException("--max-size 应为正整数（单位 MB），而不是 " + maxSizeMb);
        }
        checkOutputDir(outputDir);
        checkDate(date);
        return new budget.audit.engine.AuditSettings(outputDir, formats(), templatesDir,
                budget.audit.engine.ReportDates.resolve(date, System.getenv("SOURCE_DATE_EPOCH"),
                        java.time.Instant.now()),
                maxSizeMb * 1024 * 1024, rulesFile, pdfa);
    }

    /** The time each file may take (validated: 1 s to a day). */
    budget.audit.engine.TimeBudget timeBudget() {
        if (timeoutSeconds < 1 || timeoutSeconds > budget.audit.engine.TimeBudget.MAX_SECONDS) {
            throw new IllegalArgumentException("--timeout 应为 1 到 " + budget.audit.engine.TimeBudget.MAX_SECONDS
                    + " 之间的整数（单位：秒），而不是 " + timeoutSeconds);
        }
        return new budget.audit.engine.TimeBudget(java.time.Duration.ofSeconds(timeoutSeconds));
    }

    /** "PDF", " json" and "pdf,,xlsx" mean what they say: lower case, blanks and empty items dropped, no repeats. */
    /** Whether --format was given (then annotated is written only when listed, and a non-PDF input says so). */
    boolean formatsGiven() {
        return formats != null;
    }

    List<String> formats() {
        List<String> clean = new java.util.ArrayList<>();
        for (String f : formats == null ? DEFAULT_FORMATS : formats) {
            for (String part : f.split(",")) {
                String p = part.strip().toLowerCase(java.util.Locale.ROOT);
                if (!p.isEmpty() && !clean.contains(p)) {
                    clean.add(p);
                }
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("--format 未给出任何报告格式（可用：pdf、xlsx、json、docx、annotated）");
        }
        return clean;
    }

    /** -o naming a file (or a path below a file) fails once, before any work, instead of once per input. */
    static void checkOutputDir(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw new IllegalArgumentException(p.equals(dir.toAbsolutePath().normalize())
                        ? "-o 指向的是一个文件，而不是文件夹：" + dir
                        : "-o 无法使用：" + p + " 是一个文件，不能在其下建立文件夹 " + dir);
            }
        }
    }

    /** "2024-02-30" has the right form but is no day of the calendar: say so rather than "wrong format". */
    static void checkDate(String date) {
        if (date == null || date.isBlank()) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(date.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--date 的格式应为 YYYY-MM-DD（如 2024-03-01），而不是 '" + date + "'");
        }
        try {
            java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("--date 给出的日期不存在：" + date.strip()
                    + monthNote(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
    }

    private static String monthNote(int year, int month) {
        if (month < 1 || month > 12) {
            return "（月份应为 01–12）";
        }
        return "（" + year + " 年 " + month + " 月只有 " + java.time.YearMonth.of(year, month).lengthOfMonth() + " 天）";
    }

    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "--fail-on 只能是 error、warning 或 never，而不是 '" + value + "'");
            }
        }
    }
}
