package budget.audit.engine;

/** The tool's version, from the jar manifest (set by Maven), "dev" when run from classes. */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String current() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
