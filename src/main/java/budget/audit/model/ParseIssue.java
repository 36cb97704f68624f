package budget.audit.model;

/** Something the parser noticed but could not turn into a fact (ambiguous or unreadable phrase). */
public record ParseIssue(String code, String message, Provenance source) {
}
