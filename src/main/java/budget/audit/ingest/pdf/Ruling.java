package budget.audit.ingest.pdf;

/**
 * A straight table rule on a page, in top-down page coordinates.
 *
 * @param vertical true for a vertical rule (at x = position, from y = start to y = end)
 * @param position x of a vertical rule, y of a horizontal one
 * @param start    smaller end coordinate along the rule
 * @param end      larger end coordinate along the rule
 */
record Ruling(boolean vertical, double position, double start, double end) {

    static final double TOLERANCE = 2.0;

    double length() {
        return end - start;
    }

    /** Whether this rule passes through the given coordinate along its own direction (with tolerance). */
    boolean spans(double along) {
        return along >= start - TOLERANCE && along <= end + TOLERANCE;
    }
}
