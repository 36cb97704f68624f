package budget.audit.parse;

import budget.audit.ingest.text.TextDocumentReader;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.model.ParseIssue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debug helper: prints every prose fact of text files, to eyeball what the parser reads.
 * Run: java -cp target/classes:target/test-classes budget.audit.parse.ProseFactDump FILE...
 */
public final class ProseFactDump {

    private ProseFactDump() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            System.out.println(dump(Path.of(arg)));
        }
    }

    public static String dump(Path file) throws Exception {
        BudgetFiling f = new ProseParser().parse(new TextDocumentReader().read(file, Files.readAllBytes(file), ""));
        StringBuilder out = new StringBuilder();
        out.append("== ").append(f.fileName()).append(" | ").append(f.department()).append(" | ")
                .append(f.year()).append(" | ").append(f.kind()).append('\n');
        for (Fact fact : f.facts()) {
            out.append(String.format("  L%-4d %-30s %-22s %s%n", fact.source().line(), fact.key(), fact.label(),
                    fact.readable() ? fact.amount() + " (" + fact.amount().decimals() + "dp)" : "UNREADABLE"));
        }
        for (ParseIssue issue : f.issues()) {
            out.append("  ! ").append(issue.code()).append(' ').append(issue.message()).append('\n');
        }
        return out.toString();
    }
}
