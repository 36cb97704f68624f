package budget.audit.model;

/** Whether a fact's number could be read. A phrase naming a quantity with an unreadable number is never 0. */
public enum FactStatus {
    READ,
    UNREADABLE
}
