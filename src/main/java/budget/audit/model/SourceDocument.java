package budget.audit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A file after ingest: its name, content hash, detected format and encoding, and its text lines
 * (tables as TAB-separated lines).
 *
 * <p>Several files published as one filing (a 情况说明 and its 报表) are read as one document by
 * {@link #merge(List)}: their lines follow each other, renumbered so that line numbers stay unique, and
 * {@link #parts()} records which lines came from which file. {@link #locate(Provenance)} turns a place in the
 * merged document back into the file, line and page a reader can open.
 *
 * @param parts the files this document was merged from, in order; empty for a single file
 * @param notes what could not be read as it is (pages not read, bytes that were not valid text…), in Chinese;
 *              the report lists them with what was not checked
 */
public record SourceDocument(String fileName, String sha256, String format, String encoding, List<SourceLine> lines,
                             List<Part> parts, List<String> notes) {

    /** Joins the names of merged files. */
    public static final String NAME_SEPARATOR = " + ";

    /**
     * One file of a merged document: its own name, hash, format and encoding, and the numbers its lines carry in
     * the merged document ({@code firstLine}..{@code lastLine}; {@code offset} is added to the file's own numbers).
     */
    public record Part(String fileName, String sha256, String format, String encoding, int offset, int firstLine,
                       int lastLine) {

        public boolean holds(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    public SourceDocument {
        lines = List.copyOf(lines);
        parts = parts == null ? List.of() : List.copyOf(parts);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A document without reading notes. */
    public SourceDocument(String fileName, String sha256, String format, String encoding, List<SourceLine> lines,
                          List<Part> parts) {
        this(fileName, sha256, format, encoding, lines, parts, List.of());
    }

    /** This document with these reading notes added. */
    public SourceDocument withNotes(List<String> more) {
        if (more == null || more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new SourceDocument(fileName, sha256, format, encoding, lines, parts, all);
    }

    /** A single file. */
    public SourceDocument(String fileName, String sha256, String format, String encoding, List<SourceLine> lines) {
        this(fileName, sha256, format, encoding, lines, List.of());
    }

    /** The files this document was read from: several when merged, else this one. */
    public List<Part> files() {
        if (!parts.isEmpty()) {
            return parts;
        }
        int last = lines.stream().mapToInt(SourceLine::number).max().orElse(0);
        return List.of(new Part(fileName, sha256, format, encoding, 0, 1, last));
    }

    public boolean merged() {
        return parts.size() > 1;
    }

    /**
     * Merges files into one document, in the given order. Lines keep their text, page and place; their numbers
     * are shifted so each file's lines follow the previous file's. One document is returned as it is.
     */
    public static SourceDocument merge(List<SourceDocument> docs) {
        if (docs.size() == 1) {
            return docs.getFirst();
        }
        List<SourceLine> lines = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<String> encodings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int offset = 0;
        for (SourceDocument d : docs) {
            int max = 0;
            for (SourceLine l : d.lines()) {
                lines.add(new SourceLine(l.number() + offset, l.text(), l.original(), l.page(), l.place(),
                        l.cellRefs()));
                max = Math.max(max, l.number());
            }
            parts.add(new Part(d.fileName(), d.sha256(), d.format(), d.encoding(), offset, offset + 1, offset + max));
            names.add(d.fileName());
            d.notes().forEach(n -> notes.add(d.fileName() + "：" + n));
            addDistinct(formats, d.format());
            addDistinct(encodings, d.encoding());
            offset += max;
        }
        return new SourceDocument(String.join(NAME_SEPARATOR, names), null,
                formats.isEmpty() ? null : String.join("、", formats),
                encodings.isEmpty() ? null : String.join("、", encodings), lines, parts, notes);
    }

    private static void addDistinct(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    /** The part holding this line of the merged document, or null (single file, or a line outside every part). */
    public Part partOf(int line) {
        for (Part p : parts) {
            if (p.holds(line)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where a place in this document is in its own file: for a merged document, the file holding the line and
     * the line's number in that file (the page is already the file's own); otherwise the place unchanged.
     */
    public Provenance locate(Provenance p) {
        if (p == null || parts.isEmpty()) {
            return p;
        }
        Part part = partOf(p.line());
        if (part == null) {
            return p;
        }
        return new Provenance(part.fileName(), p.line() - part.offset(), p.page(), p.table(), p.row(), p.cell(),
                p.text());
    }

    /** The file a line of this document comes from. */
    public String fileOf(int line) {
        Part part = partOf(line);
        return part == null ? fileName : part.fileName();
    }
}
