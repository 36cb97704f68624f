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
        if (isZipBomb(cause)) {
            return new InputException(fileName, ZIP_BOMB, cause);
        }
        return new InputException(fileName, reason, cause);
    }

    static final String ZIP_BOMB = "文件疑似压缩炸弹（解压后体积异常膨胀），已拒绝读取";

    /** POI's ZipSecureFile refuses entries that inflate too far ("Zip bomb detected!"), somewhere in the causes. */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
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
