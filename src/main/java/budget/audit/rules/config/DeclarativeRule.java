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
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule defined in a rules file: "total = Σ parts" ({@link Kind#SUM}) or "left ≤ right" ({@link Kind#LE}) over named
 * quantities, checked separately in the prose and in the tables (never mixing the two). Its message is the rules
 * file's FreeMarker text rendered with the usual message model; the check carries it in arg {@value #ARG_TEXT} and
 * is rendered by {@code templates/messages/_declared.ftl}.
 */
public final class DeclarativeRule implements Rule {

    public static final String ARG_TEXT = "text";
    public static final String MESSAGE_KEY = "_declared";

    public enum Kind { SUM, LE }

    private final String id;
    private final Kind kind;
    private final Quantity left;
    private final List<Quantity> right;
    private final Template message;

    DeclarativeRule(String id, Kind kind, Quantity left, List<Quantity> right, Template message) {
        this.id = id;
        this.kind = kind;
        this.left = left;
        this.right = List.copyOf(right);
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
            List<Fact> lefts = left.resolve(filing, origin);
            if (lefts.isEmpty()) {
                continue;
            }
            any = true;
            Fact l = lefts.getFirst();
            String subject = left.name() + "（" + (origin == Fact.Origin.PROSE ? "说明文字" : "表格") + "）";
            List<Fact> parts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Quantity q : right) {
                List<Fact> found = q.resolve(filing, origin);
                if (found.isEmpty()) {
                    missing.add(q.name());
                }
                parts.addAll(kind == Kind.LE ? found.stream().limit(1).toList() : found);
            }
            List<Fact> all = new ArrayList<>(List.of(l));
            all.addAll(parts);
            List<budget.audit.model.Provenance> evidence = all.stream().map(Fact::source).toList();
            if (!missing.isEmpty()) {
                context.report(finish(new Check(id, Outcome.NOT_APPLICABLE, subject, null, null, null, null,
                        MESSAGE_KEY, Map.of("missing", String.join("、", missing)), evidence)));
                continue;
            }
            if (all.stream().anyMatch(f -> !f.readable() || !f.amount().unit().isMoney())) {
                context.report(finish(new Check(id, Outcome.INSUFFICIENT_DATA, subject, null, null, null, null,
                        MESSAGE_KEY, Map.of("reason", "所需金额无法识读或不是金额"), evidence)));
                continue;
            }
            Map<String, Object> args = new LinkedHashMap<>();
            List<String> named = new ArrayList<>();
            for (Fact p : parts) {
                named.add((p.label() == null ? "" : p.label()) + p.amount().printed() + p.amount().unit().symbol());
            }
            args.put("parts", String.join("、", named));
            if (kind == Kind.SUM) {
                SumResult r = consistency.sum(l.amount(), parts.stream().map(Fact::amount).toList());
                context.report(finish(new Check(id, r.outcome(), subject, l.amount(), r.computed(), r.difference(),
                        r.unit(), MESSAGE_KEY, args, evidence)));
            } else {
                Amount b = parts.getFirst().amount();
                CompareResult r = consistency.lessOrEqual(l.amount(), b);
                args.put("other", b.printed() + b.unit().symbol());
                context.report(finish(new Check(id, r.outcome(), subject, l.amount(), r.other(), r.difference(),
                        r.unit(), MESSAGE_KEY, args, evidence)));
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
