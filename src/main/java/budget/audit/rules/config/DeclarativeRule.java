package budget.audit.rules.config;

import budget.audit.model.Amount;
import budget.audit.model.BudgetFiling;
import budget.audit.model.Fact;
import budget.audit.rules.MessageModel;
import budget.audit.rules.api.Check;
import budget.audit.rules.api.Outcome;
import budget.audit.rules.api.Rule;
import budget.audit.rules.api.RuleContext;
import budget.audit.rules.arith.CompareResult;
import budget.audit.rules.arith.Consistency;
import budget.audit.rules.arith.SumResult;
import budget.audit.rules.identity.Identity;
import budget.audit.rules.identity.Resolution;
import budget.audit.rules.identity.Term;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule defined in a rules file: "total = Σ parts" ({@link Kind#SUM}) or "left ≤ right" ({@link Kind#LE}) over named
 * quantities, checked separately in the prose and in the tables (never mixing the two) on the same identity engine
 * as the built-in rules ({@link Identity}). Its message is the rules file's FreeMarker text rendered with the usual
 * message model; the check carries it in arg {@value #ARG_TEXT} and is rendered by
 * {@code templates/messages/_declared.ftl}.
 */
public final class DeclarativeRule implements Rule {

    public static final String ARG_TEXT = "text";
    public static final String MESSAGE_KEY = "_declared";

    public enum Kind { SUM, LE }

    private final String id;
    private final Kind kind;
    private final Quantity left;
    private final Identity identity;
    private final Template message;

    DeclarativeRule(String id, Kind kind, Quantity left, List<Quantity> right, Template message) {
        this.id = id;
        this.kind = kind;
        this.left = left;
        // "left ≤ right" compares with the first fact of its one right-hand quantity
        this.identity = new Identity(left.term(), right.stream()
                .map(q -> kind == Kind.LE ? new Term.First(q.term()) : q.term()).toList());
        this.message = message;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void evaluate(BudgetFiling filing, RuleContext context) {
        Consistency consistency = Consistency.from(context);
        boolean any = false;
        for (Fact.Origin origin : Fact.Origin.values()) {
            Optional<Resolution> resolved = identity.resolve(filing, origin);
            if (resolved.isEmpty()) {
                continue;
            }
            any = true;
            Resolution r = resolved.get();
            Fact l = r.total();
            String subject = left.name() + "（" + (origin == Fact.Origin.PROSE ? "说明文字" : "表格") + "）";
            List<Fact> parts = r.parts();
            List<budget.audit.model.Provenance> evidence = r.all().stream().map(Fact::source).toList();
            if (!r.missing().isEmpty()) {
                context.report(finish(new Check(id, Outcome.NOT_APPLICABLE, subject, null, null, null, null,
                        MESSAGE_KEY, Map.of("missing", String.join("、", r.missing())), evidence)));
                continue;
            }
            if (!r.unreadable().isEmpty() || !r.notMoney().isEmpty()) {
                context.report(finish(new Check(id, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null,
                        MESSAGE_KEY, Map.of("reason", "所需金额无法识读或不是金额"), evidence)));
                continue;
            }
            Map<String, Object> args = new LinkedHashMap<>();
            List<String> named = new ArrayList<>();
            for (Fact p : parts) {
                named.add(Term.label(p) + p.amount().printed() + p.amount().unit().symbol());
            }
            args.put("parts", String.join("、", named));
            if (kind == Kind.SUM) {
                SumResult sum = r.sum(consistency);
                context.report(finish(new Check(id, sum.outcome(), subject, l.amount(), sum.computed(),
                        sum.difference(), sum.unit(), MESSAGE_KEY, args, evidence)));
            } else {
                Amount b = parts.getFirst().amount();
                CompareResult le = consistency.lessOrEqual(l.amount(), b);
                args.put("other", b.printed() + b.unit().symbol());
                context.report(finish(new Check(id, le.outcome(), subject, l.amount(), le.other(), le.difference(),
                        le.unit(), MESSAGE_KEY, args, evidence)));
            }
        }
        if (!any) {
            context.report(finish(new Check(id, Outcome.NOT_APPLICABLE, left.name(), null, null, null, null,
                    MESSAGE_KEY, Map.of("missing", left.name()), List.of())));
        }
    }

    /** The check with its message rendered from the rules file's text. */
    private Check finish(Check check) {
        Map<String, Object> model = MessageModel.of(check);
        StringWriter out = new StringWriter();
        try {
            message.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("规则 " + id + " 的消息模板出错：" + e.getMessage(), e);
        }
        Map<String, Object> args = new LinkedHashMap<>(check.args());
        args.put(ARG_TEXT, out.toString().replaceAll("[ \\t]*\\R[ \\t]*", "").strip());
        return new Check(check.ruleId(), check.outcome(), check.subject(), check.stated(), check.computed(),
                check.difference(), check.unit(), check.messageKey(), args, check.evidence());
    }
}
