/**
 * The one identity engine "total = Σ parts" (and "left ≤ right") behind the built-in sum rules, the change and
 * unit-slip rules and the rules-file rules: which facts stand for a total and its parts within one origin
 * ({@link budget.audit.rules.identity.Term}, {@link budget.audit.rules.identity.Identity}) and what of them is
 * missing, unreadable or not money ({@link budget.audit.rules.identity.Resolution}). The arithmetic and its
 * tolerances stay in {@code rules.arith}; the wording of each rule's checks stays with the rule.
 */
package budget.audit.rules.identity;
