package budget.audit.parse.prose;

/** Finds the facts of one family of quantities (“三公”经费, 收入, 支出 ...) in the prose. */
public interface Locator {

    void locate(ProseContext context, FactSink sink);
}
