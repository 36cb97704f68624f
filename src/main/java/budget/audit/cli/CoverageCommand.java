package budget.audit.cli;

import budget.audit.batch.FilingPairer;
import budget.audit.engine.AuditResult;
import budget.audit.engine.StageTimes;
import budget.audit.engine.AuditSettings;
import budget.audit.engine.FilingAuditor;
import budget.audit.engine.InputFiles;
import budget.audit.ingest.InputException;
import budget.audit.model.DocumentKind;
import budget.audit.model.FilingKind;
import budget.audit.report.TemplateEngine;
import budget.audit.report.model.AuditReport;
import budget.audit.report.model.AuditReport.FindingEntry;
import budget.audit.report.model.Coverage;
import budget.audit.rules.RuleCatalogue;
import budget.audit.rules.RuleRunner;
import budget.audit.rules.config.RulesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "coverage", sortOptions = false, versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        description = {"核对范围统计：逐个审核文件夹（含子文件夹）中的预算公开文件，不写报告。",
                "按文件列出：公开类型与年度；版式（识别到的表格类型）；",
                "表格识别情况（已核对、部分核对、未核对、未识别、空表，目录所列",
                "但未找到）；说明文字金额的对应情况；问题按级别和规则的分布。",
                "末行为合计与百分比。本命令只统计、不判定，退出码恒为 0（用法错误除外）。",
                "",
                "口径：",
                "  标准表格识别率 = 已核对表格 ÷（有数据的表格 + 目录所列但未找到",
                "  的表格）。“已核对”指：表格类型已识别，有数据的金额列含义均已",
                "  识别（绩效目标表、资产表不要求），且读取经表格自身的汇总关系（上下级、",
                "  行内合计）验证，未被判为“未核对”。决算等非预算文件不执行预算规则，",
                "  其表格只计“已识别”（类型与列含义已识别），不称“已核对”。",
                "  说明文字金额 = 说明文字中陈述数额的金额（元、万元、亿元），不含",
                "  增减额、上年数、占比，也不含“主要原因是…”中的金额。",
                "  “对应”指：该金额读成的数据被某项已执行的核对引用；或与任一表格",
                "  单元格数值相等（按各自打印位数的舍入区间比较，可跨单位）。与单元",
                "  格相等是弱对应：整数金额可能与无关单元格巧合相等。"},
        exitCodeListHeading = "%n退出码：%n")
public final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOptions helpOptions;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "要统计的文件夹（或文件）")
    List<Path> inputs;

    @Option(names = "--rules", paramLabel = "FILE", description = "本地规则文件（同 audit --rules）")
    Path rulesFile;

    @Option(names = {"-d", "--details"},
            description = "另列出每个文件中未核对、部分核对、未识别的表格及原因和未对应的说明文字金额")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalogue catalogue = RuleCatalogue.builtIn();
        RuleRunner runner = new RuleRunner();
        if (rulesFile != null) {
            RulesFile rules = RulesFile.load(rulesFile);
            catalogue = rules.apply(catalogue);
            runner = new RuleRunner(rules.params(), rules.ruleParams());
        }
        AuditSettings settings = new AuditSettings(Path.of("."), List.of("json"), null, LocalDate.EPOCH,
                200L * 1024 * 1024);
        FilingAuditor auditor = new FilingAuditor(settings, catalogue, TemplateEngine.classpath(), runner);
        Totals totals = new Totals();
        List<Path> files = InputFiles.expand(inputs, true, null);
        for (List<Path> filing : FilingPairer.filings(files, f -> probe(auditor, f))) {
            out.println("== " + Terminal.safe(String.join(" + ",
                    filing.stream().map(p -> p.getFileName().toString()).toList())));
            try {
                AuditResult result = auditor.audit(filing);
                print(out, result.report(), totals);
            } catch (InputException e) {
                totals.unreadable++;
                out.println("  无法审核：" + Terminal.safe(e.getMessage()));
            } catch (RuntimeException e) {
                totals.unreadable++;
                out.println("  内部错误：" + Terminal.safe(e));
            }
            out.flush();
        }
        out.println(totals.line());
        out.flush();
        return ExitCode.OK.code();
    }

    /** 部门预算 / 单位决算 …; the document kind alone (决算公开) when the level of the filing was not read. */
    private static String kindOf(AuditReport.FilingInfo f) {
        if (f.kind() != null && !f.kind().equals(FilingKind.UNKNOWN.label())) {
            return f.kind();
        }
        return f.documentKind() == null ? orUnknown(null) : DocumentKind.valueOf(f.documentKind()).label();
    }

    /** The pairing probe of a file, as {@code batch} reads it; empty when the file cannot be read. */
    private static Optional<FilingPairer.Probe> probe(FilingAuditor auditor, Path file) {
        try {
            return Optional.of(FilingPairer.Probe.of(auditor.parse(file, new StageTimes())));
        } catch (InputException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void print(PrintWriter out, AuditReport report, Totals totals) {
        AuditReport.FilingInfo f = report.filing();
        out.println("  类型：" + kindOf(f) + "　年度：" + (f.year() == null ? "（未识别）" : f.year() + "年")
                + "　单位：" + orUnknown(f.department()));
        Coverage c = report.coverage();
        if (c == null) {
            out.println("  （未生成核对范围信息）");
            return;
        }
        Coverage.Summary s = c.summary();
        out.println("  版式：" + layout(c));
        String recognised = !"OTHER".equals(f.documentKind()) ? "已核对" : "已识别（预算规则未适用，未核对）";
        out.println("  表格：读取" + s.tables() + "张｜" + recognised + s.recognised() + " 部分核对" + s.partial() + " 未核对"
                + s.notVerified() + " 未识别" + s.notUnderstood() + " 空表" + s.empty() + "｜目录所列未找到"
                + s.listedNotFound() + "｜搁置检查" + s.setAsideChecks() + "项");
        out.println("  标准表格识别：" + ratio(s.recognised(), s.standardTables()));
        out.println("  说明文字金额对应：" + ratio(s.proseMatched(), s.proseAmounts()) + "，未对应"
                + (s.proseAmounts() - s.proseMatched()) + "个");
        out.println("  问题：错误" + report.summary().errors() + " 警告" + report.summary().warnings() + " 提示"
                + report.summary().infos() + "｜" + byRule(report.findings()));
        if (details) {
            for (Coverage.TableItem t : c.tables()) {
                if (!t.status().equals(Coverage.CHECKED) && !t.status().equals(Coverage.EMPTY)) {
                    out.println("    [" + statusLabel(t.status()) + "] " + t.table()
                            + (t.page() == null ? "" : "（第" + t.page() + "页）") + "：" + t.reason());
                }
            }
            c.missingTables().forEach(m -> out.println("    [未找到] " + m.title()));
            c.prose().unmatched().forEach(p -> out.println("    [未对应金额] " + p.label() + " " + p.amount()
                    + (p.page() == null ? "" : "（第" + p.page() + "页）")));
        }
        totals.add(report);
    }

    /** The table kinds found, in order of first appearance, with a count when more than one. */
    private static String layout(Coverage c) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        c.tables().forEach(t -> kinds.merge(t.kind() == null ? "其他表" : t.kind(), 1, Integer::sum));
        if (kinds.isEmpty()) {
            return "（未识别到表格）";
        }
        StringBuilder sb = new StringBuilder();
        kinds.forEach((k, n) -> sb.append(sb.isEmpty() ? "" : "、").append(k).append(n > 1 ? "×" + n : ""));
        return sb.toString();
    }

    private static String byRule(List<FindingEntry> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FindingEntry x : findings) {
            counts.merge(x.severity().charAt(0) + ":" + x.rule(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "无";
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, n) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append("×").append(n));
        return sb.toString();
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case Coverage.PARTIAL -> "部分核对";
            case Coverage.NOT_VERIFIED -> "未核对";
            case Coverage.NOT_UNDERSTOOD -> "未识别";
            default -> status;
        };
    }

    static String ratio(int part, int whole) {
        String percent = Coverage.Summary.percent(part, whole);
        return part + "/" + whole + (percent == null ? "" : "（" + percent + "%）");
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "（未识别）" : s;
    }

    private static final class Totals {
        int files;
        int unreadable;
        int recognised;
        int standard;
        int matched;
        int amounts;
        int errors;
        int warnings;
        int infos;
        int setAside;

        void add(AuditReport report) {
            files++;
            Coverage.Summary s = report.coverage().summary();
            recognised += s.recognised();
            standard += s.standardTables();
            matched += s.proseMatched();
            amounts += s.proseAmounts();
            setAside += s.setAsideChecks();
            errors += report.summary().errors();
            warnings += report.summary().warnings();
            infos += report.summary().infos();
        }

        String line() {
            return "合计：" + (files + unreadable) + "份公开文件（无法审核" + unreadable + "个）｜标准表格识别 "
                    + ratio(recognised, standard) + "｜说明文字金额对应 " + ratio(matched, amounts) + "｜错误" + errors
                    + " 警告" + warnings + " 提示" + infos + "｜搁置检查" + setAside + "项";
        }
    }
}
