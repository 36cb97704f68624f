package budget.audit.parse.table;

import budget.audit.model.Amount;
import budget.audit.model.BudgetTable;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import budget.audit.model.TableRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debug view of tables as read: one block per table, one line per row. Run main with a .txt file to eyeball. */
public final class TableDump {

    private TableDump() {
    }

    public static String render(List<BudgetTable> tables) {
        StringBuilder sb = new StringBuilder();
        for (BudgetTable t : tables) {
            sb.append("== ").append(t.reference()).append("  [").append(t.kind()).append(", ")
                    .append(t.unit().symbol()).append(", ").append(t.rows().size()).append(" rows")
                    .append(t.empty() ? ", EMPTY" : "").append("] line ").append(t.source().line()).append('\n');
            sb.append("   columns: ");
            for (int i = 0; i < t.columns().size(); i++) {
                sb.append(i == 0 ? "" : " | ").append(t.columns().get(i)).append(" ← ").append(t.columnHeaders().get(i));
            }
            sb.append('\n');
            for (TableRow r : t.rows()) {
                sb.append(String.format("   %3d L%-4d %-9s %s", r.index(), r.source().line(), r.code(), r.name()));
                for (Amount a : r.values()) {
                    sb.append(" | ").append(a == null ? "·" : a.printed());
                }
                sb.append('\n');
            }
            if (t.note() != null) {
                sb.append("   note: ").append(t.note()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Reads a UTF-8 text file as lines (thousands separators kept in both text and original) and dumps its tables. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("用法：TableDump 文件.txt");
            return;
        }
        Path p = Path.of(args[0]);
        List<String> raw = Files.readAllLines(p, StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(SourceLine.plain(i + 1, raw.get(i), raw.get(i)));
        }
        SourceDocument doc = new SourceDocument(p.getFileName().toString(), "", "text", "UTF-8", lines);
        System.out.print(render(TableReader.read(doc)));
    }
}
