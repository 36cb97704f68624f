package budget.audit.cli;

import budget.audit.engine.RunTally;

final class Exits {
    private Exits() {
    }

    /**
     * Input errors and rules that failed internally win over findings (and over --fail-on): a reviewer must not
     * miss that a file was not (fully) audited.
     */
    static ExitCode of(RunTally tally) {
        if (tally.inputErrors() > 0 || tally.ruleErrors() > 0) {
            return ExitCode.USAGE_OR_INPUT_ERROR;
        }
        return tally.failing() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
