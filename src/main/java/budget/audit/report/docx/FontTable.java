package budget.audit.report.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's font table (word/fontTable.xml), naming each font of templates/docx.ftl with its fallbacks as
 * {@code w:altName} ("仿宋;FangSong;…"), the Chinese charset (86) and the family, which Word uses to pick a
 * substitute when 仿宋_GB2312 is missing (LibreOffice substitutes through the system's font configuration).
 * POI's XWPF has no API for this part; it is written as XML.
 */
final class FontTable {

    private static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private FontTable() {
    }

    static void write(XWPFDocument doc, DocxStyle style) {
        Map<String, Face> faces = new LinkedHashMap<>();
        faces.put(style.bodyFont(), new Face(style.bodyFallback(), "roman"));
        faces.putIfAbsent(style.headingFont(), new Face(style.headingFallback(), "swiss"));
        faces.putIfAbsent(style.titleFont(), new Face(style.titleFallback(), "roman"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:fonts xmlns:w=\"").append(NS).append("\">");
        faces.forEach((name, face) -> {
            xml.append("<w:font w:name=\"").append(escape(name)).append("\">");
            if (!face.fallback().isEmpty()) {
                xml.append("<w:altName w:val=\"").append(escape(String.join(";", face.fallback()))).append("\"/>");
            }
            xml.append("<w:charset w:val=\"86\"/><w:family w:val=\"").append(face.family())
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        });
        xml.append("<w:font w:name=\"").append(escape(style.latinFont())).append("\"><w:family w:val=\"roman\"/>")
                .append("<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName partName = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = pkg.containPart(partName) ? pkg.getPart(partName)
                    : pkg.createPart(partName, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(partName, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation(),
                    "rIdFontTable");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Face(List<String> fallback, String family) {
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
