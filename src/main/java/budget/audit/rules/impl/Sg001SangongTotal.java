package budget.audit.rules.impl;

/** SG001: “三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费 (公务用车购置及运行费 may be given as 购置费 + 运行费). */
public final class Sg001SangongTotal extends DelegatingRule {

    public static final String ID = "SG001";

    public Sg001SangongTotal() {
        super(ID, new SumIdentity(Identities.SANGONG));
    }
}
