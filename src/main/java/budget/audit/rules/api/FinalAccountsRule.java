package budget.audit.rules.api;

import budget.audit.model.DocumentKind;

/** A rule written for 部门决算 (the JS rules): it applies to final accounts only. */
public interface FinalAccountsRule extends Rule {

    @Override
    default DocumentKind appliesTo() {
        return DocumentKind.FINAL_ACCOUNTS;
    }
}
