package budget.audit.hardening;

import budget.audit.ingest.FixtureDocuments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds hostile inputs: zip bombs, XXE, deep or endless PDFs. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** The archive with one entry's content replaced. */
    static byte[] replaceEntry(byte[] zip, String entry, UnaryOperator<String> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!entries.containsKey(entry)) {
            throw new IllegalArgumentException("no entry " + entry + " in " + entries.keySet());
        }
        entries.put(entry, change.apply(new String(entries.get(entry), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fixture DOCX whose document.xml grows by {@code megabytes} MB of blanks (compresses ~1000:1). */
    static byte[] docxBomb(int megabytes) {
        return replaceEntry(FixtureDocuments.docx(), "word/document.xml",
                xml -> xml.replace("</w:document>", " ".repeat(megabytes * 1024 * 1024) + "</w:document>"));
    }

    static byte[] xlsxBomb(int megabytes) {
        return replaceEntry(FixtureDocuments.xlsx(), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(megabytes * 1024 * 1024) + "</worksheet>"));
    }

    /** A DOCTYPE with an external entity naming {@code secretUri}, used in the first text run. */
    static String withExternalEntity(String xml, String root, String secretUri, String textOpen) {
        String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>";
        String withDoctype = xml.replaceFirst("\\?>", "?>" + doctype);
        return withDoctype.replaceFirst(textOpen, textOpen + "&xxe;");
    }

    /** The classic "billion laughs": ten levels of ten-fold entity expansion. */
    static String withEntityExpansion(String xml, String root, String textOpen) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        return xml.replaceFirst("\\?>", "?>" + doctype).replaceFirst(textOpen, textOpen + "&lol10;");
    }

    /** A PDF from numbered object bodies (object 1 = catalog), with a correct xref table. */
    static byte[] pdf(List<String> objects) {
        return pdfOfBytes(objects.stream().map(o -> o.getBytes(StandardCharsets.ISO_8859_1)).toList());
    }

    static byte[] pdfOfBytes(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** One page (object 3) drawing {@code content} (object 4) with Helvetica as /F1 and form XObjects 5... */
    static byte[] onePage(byte[] content, List<byte[]> extraObjects, String extraResources) {
        List<byte[]> objects = new ArrayList<>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> " + extraResources + " >> >>"));
        objects.add(stream(content, ""));
        objects.addAll(extraObjects);
        return pdfOfBytes(objects);
    }

    static byte[] stream(byte[] content, String dictionary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 100);
        out.writeBytes(ascii("<< /Length " + content.length + " " + dictionary + " >>\nstream\n"));
        out.writeBytes(content);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A page whose resources hold an array nested {@code depth} levels deep. */
    static byte[] deeplyNestedPdf(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        return onePage(ascii("BT /F1 12 Tf 72 700 Td (2025 budget) Tj ET"), List.of(), "/Deep " + nested);
    }

    /** A page whose content stream holds {@code glyphs} single-letter text shows. */
    static byte[] manyGlyphsPdf(int glyphs) {
        StringBuilder sb = new StringBuilder("BT /F1 6 Tf\n");
        for (int i = 0; i < glyphs; i++) {
            sb.append(i % 100 == 0 ? "1 0 0 1 10 " + (830 - (i / 100) % 820) + " Tm\n" : "").append("(1) Tj\n");
        }
        sb.append("ET");
        return onePage(ascii(sb.toString()), List.of(), "");
    }

    /** A page drawing form XObject /X1 (object 5), which draws itself: endless recursion if followed. */
    static byte[] selfDrawingFormPdf() {
        byte[] form = stream(ascii("BT /F1 12 Tf 72 700 Td (loop) Tj ET /X1 Do"),
                "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>");
        return onePage(ascii("/X1 Do"), List.of(form), "/XObject << /X1 5 0 R >>");
    }

    /** A page tree whose /Kids contain the tree itself. */
    static byte[] cyclicPageTreePdf() {
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                "<< /Length 0 >>\nstream\n\nendstream"));
    }

    /** The fixture XLSX protected with a password (agile encryption: an OLE2 file holding "EncryptedPackage"). */
    static byte[] encryptedXlsx() {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(FixtureDocuments.xlsx());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
