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
        if (isZipBomb(cause) || (isZip(content) && expandsTooFar(cause))) {
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

    /**
     * POI's cap on one part's bytes ("Tried to allocate an array of length 1,073,743,986, but the maximum length
     * for this record type is 100,000,000"): in a ZIP package, a part that inflates past it is a compression bomb,
     * not damage.
     */
    static boolean expandsTooFar(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Tried to allocate an array of length")
                    || m.contains("Zip entry size is too large") || m.contains("exceed the max size of the expanded"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
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
