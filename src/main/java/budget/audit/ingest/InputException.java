package budget.audit.ingest;

/**
 * A file that cannot be audited: empty, binary, corrupt, encrypted, not a budget filing ...
 * The reason is Chinese text for the user; the CLI prints "文件名: 原因" and no stack trace.
 */
public class InputException extends Exception {

    private final String fileName;
    private final String reason;

    public InputException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public InputException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason in Chinese, e.g. "文件为空". */
    public String reason() {
        return reason;
    }
}
