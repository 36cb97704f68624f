package budget.audit.ingest.office;

import budget.audit.ingest.InputException;

import java.nio.charset.StandardCharsets;

/** Turns POI failures into the user's Chinese reason, without a stack trace. */
final class OfficeFailures {

    private OfficeFailures() {
    }

    static InputException damaged(String fileName, byte[] content, String reason, Exception cause) {
        if (isEncryptedOoxml(content)) {
            return new InputException(fileName, "文件已加密，无法读取", cause);
        }
        return new InputException(fileName, reason, cause);
    }

    /** Password-protected DOCX/XLSX files are OLE2 containers holding an "EncryptedPackage" stream. */
    static boolean isEncryptedOoxml(byte[] content) {
        byte[] needle = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
