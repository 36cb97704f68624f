package budget.audit.ingest;

/** File formats the ingest stage can tell apart (by content; the extension only breaks ties). */
public enum InputFormat {
    TEXT, PDF, DOCX, XLSX, XLS, DOC, HTML, UNKNOWN
}
