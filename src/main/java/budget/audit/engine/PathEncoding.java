package budget.audit.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * File names under a locale that cannot spell them. With {@code LANG} unset or {@code LC_ALL=C} (cron, systemd,
 * minimal containers) the JVM encodes file names in ASCII ({@code sun.jnu.encoding}, fixed at start-up; a
 * {@code -D} option cannot change it): a Chinese name read from a folder turns into replacement characters and no
 * file of that name can be created. Such a file is refused with one Chinese line saying what to set, and the run
 * goes on with the others. The {@code budget-audit} launcher sets a UTF-8 locale, so this only happens when the
 * jar is run directly.
 */
public final class PathEncoding {

    private static final Charset JNU = charset(System.getProperty("sun.jnu.encoding"));

    private PathEncoding() {
    }

    /** Whether the JVM can use this name (or path) as a file name. */
    public static boolean representable(String name) {
        return JNU == null || JNU.equals(StandardCharsets.UTF_8) || JNU.newEncoder().canEncode(name);
    }

    /** The one line telling the user what to set. */
    public static String reason() {
        return "文件名含当前区域设置无法表示的字符（系统文件名编码为 " + System.getProperty("sun.jnu.encoding")
                + "）。请在 UTF-8 区域设置下运行，如先执行 export LANG=C.UTF-8（或 zh_CN.UTF-8，并确保未设置 LC_ALL=C），"
                + "或使用 budget-audit 启动脚本";
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
