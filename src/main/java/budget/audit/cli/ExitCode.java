package budget.audit.cli;

/** Exit codes, listed in --help. */
public enum ExitCode {
    OK(0, "完成，且没有达到 --fail-on 级别的问题"),
    FINDINGS(1, "完成，但有达到 --fail-on 级别的问题（默认：错误）"),
    USAGE_OR_INPUT_ERROR(2, "用法错误，或有输入文件无法审核（文件为空、不是预算公开文件、已损坏……）或 --budget 指定的预算文件无法读取，或有规则发生内部错误");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Code → meaning, for picocli's exit code list in --help. */
    public static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        for (ExitCode e : values()) {
            list.put(" " + e.code, e.meaning);
        }
        return list;
    }
}
