package budget.audit.ingest.office;

import budget.audit.ingest.DocumentReader;
import budget.audit.ingest.InputException;
import budget.audit.ingest.InputFormat;
import budget.audit.model.SourceDocument;
import budget.audit.model.SourceLine;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DOCX body in document order: each non-empty paragraph is a line ({@code place} "第N段"), each table row a
 * TAB line ({@code place} "表N第M行"). A cell spanning k grid columns is followed by k-1 empty cells and a
 * vertically merged continuation cell is empty, so columns stay aligned.
 */
public final class DocxReader implements DocumentReader {

    @Override
    public SourceDocument read(Path file, byte[] content, String sha256) throws InputException {
        String name = file.getFileName().toString();
        List<SourceLine> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            int paragraphNo = 0;
            int tableNo = 0;
            for (IBodyElement element : document.getBodyElements()) {
                budget.audit.model.Interruption.check();
                if (element instanceof XWPFParagraph paragraph) {
                    String text = OfficeText.paragraph(paragraph.getText());
                    if (!text.isEmpty()) {
                        paragraphNo++;
                        add(lines, text, "第" + paragraphNo + "段");
                    }
                } else if (element instanceof XWPFTable table) {
                    tableNo++;
                    int rowNo = 0;
                    for (XWPFTableRow row : table.getRows()) {
                        rowNo++;
                        List<String> cells = cells(row);
                        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                            add(lines, String.join("\t", cells), "表" + tableNo + "第" + rowNo + "行");
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw OfficeFailures.damaged(name, content, "DOCX文件已损坏", e);
        }
        return new SourceDocument(name, sha256, InputFormat.DOCX.name(), null, lines);
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continuation = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() != STMerge.RESTART);
            StringBuilder text = new StringBuilder();
            if (!continuation) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    text.append(OfficeText.cell(p.getText()));
                }
                for (XWPFTable nested : cell.getTables()) {
                    text.append(OfficeText.cell(nested.getText()));
                }
            }
            cells.add(text.toString());
            int span = properties != null && properties.isSetGridSpan() && properties.getGridSpan().getVal() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }

    private static void add(List<SourceLine> lines, String text, String place) {
        lines.add(new SourceLine(lines.size() + 1, text, text, null, place, List.of()));
    }
}
