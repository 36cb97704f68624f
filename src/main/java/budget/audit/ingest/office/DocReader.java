package budget.audit.ingest.office;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.ingest.InputFormat;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a legacy Word .doc (HWPF): paragraphs as lines ("第N段"); table paragraphs are gathered cell by cell and
 * each table row becomes a TAB line ("表N第M行"). Merged cells are not expanded (HWPF exposes no grid).
 */
public final class DocReader implements DocumentReader {

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String name = file.getFileName().toString();
        List<SourceLine> lines = new ArrayList<>();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = document.getRange();
            int paragraphNo = 0;
            int tableNo = 0;
            int rowNo = 0;
            boolean inTable = false;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                String raw = p.text();
                if (p.isInTable()) {
                    if (!inTable) {
                        tableNo++;
                        rowNo = 0;
                        inTable = true;
                    }
                    if (p.isTableRowEnd()) {
                        rowNo++;
                        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                            String text = String.join("\t", cells);
                            lines.add(new SourceLine(lines.size() + 1, text, text, null,
                                    "表" + tableNo + "第" + rowNo + "行", List.of()));
                        }
                        cells = new ArrayList<>();
                        cell.setLength(0);
                        continue;
                    }
                    cell.append(OfficeText.cell(raw));
                    if (raw.endsWith("\u0007")) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    }
                    continue;
                }
                inTable = false;
                String text = OfficeText.paragraph(raw);
                if (!text.isEmpty()) {
                    paragraphNo++;
                    lines.add(new SourceLine(lines.size() + 1, text, text, null, "第" + paragraphNo + "段", List.of()));
                }
            }
        } catch (Exception e) {
            throw OfficeFailures.damaged(name, content, "DOC文件已损坏", e);
        }
        return new SourceDocument(name, sha256, InputFormat.DOC.name(), null, lines);
    }
}
