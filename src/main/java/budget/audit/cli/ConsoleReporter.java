package budget.audit.cli;

import budget.audit.engine.AuditListener;
import budget.audit.engine.AuditResult;
import budget.audit.ingest.InputException;
import budget.audit.report.model.AuditReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** One line per audited file on stdout; one line per file that could not be audited on stderr. */
final class ConsoleReporter implements AuditListener {

    private final PrintWriter out;
    private final PrintWriter err;

    /** The reason a source is skipped by an explicitly requested source format (annotated), or null. */
    private final java.util.function.Function<AuditReport, String> skipNote;

    ConsoleReporter(PrintWriter out, PrintWriter err) {
        this(out, err, r -> null);
    }

    ConsoleReporter(PrintWriter out, PrintWriter err, java.util.function.Function<AuditReport, String> skipNote) {
        this.out = out;
        this.err = err;
        this.skipNote = skipNote;
    }

    @Override
    public synchronized void fileAudited(AuditResult result) {
        AuditReport.Summary s = result.report().summary();
        String files = result.outputs().stream().map(Path::toString).collect(Collectors.joining("、"));
        String roundings = s.roundings() > 0 ? "；尾差 " + s.roundings() + " 处（不计为问题）" : "";
        // files audited as one filing are named together ("a.pdf + b.pdf"); one file by its path as given, so
        // that two files of the same name in different folders are told apart
        String name = result.report().sources().size() > 1 ? result.report().source().file()
                : String.valueOf(result.input());
        out.printf("%s：%s%s → %s%n", Terminal.safe(name), s.verdict(), roundings, Terminal.safe(files));
        out.flush();
        String note = skipNote.apply(result.report());
        if (note != null) {
            err.printf("%s：%s%n", name, note);
            err.flush();
        }
    }

    @Override
    public synchronized void inputError(Path file, InputException error) {
        err.printf("%s：%s%n", Terminal.safe(error.fileName()), Terminal.safe(error.reason()));
        err.flush();
    }

    @Override
    public synchronized void internalError(Path file, Exception error) {
        err.printf("%s：内部错误，未能完成审核（%s）。请将该文件提交给维护者。%n", Terminal.safe(file.getFileName()),
                Terminal.safe(error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : "：" + error.getMessage())));
        err.flush();
    }
}
