package budget.audit.bench;

import java.util.List;

/**
 * One synthetic filing and its ground truth.
 *
 * @param path           relative path under the generated folder ("滨江区/00001-….txt")
 * @param content        the file's bytes (UTF-8 or GB18030)
 * @param expectedFail   rule ids expected to FAIL (the injected defects)
 * @param roundings      rule ids where a 尾差 was injected (must NOT fail)
 * @param style          prose phrasing
 * @param tables         whether TAB tables are included
 * @param proseUnit      万元 or 元
 * @param encoding       UTF-8 or GB18030
 */
public record GeneratedFiling(String path, byte[] content, List<String> expectedFail, List<String> roundings,
                              String style, boolean tables, String proseUnit, String encoding) {
}
