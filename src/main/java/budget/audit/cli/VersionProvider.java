package budget.audit.cli;

import budget.audit.engine.ToolVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"budget-audit " + ToolVersion.current()};
    }
}
