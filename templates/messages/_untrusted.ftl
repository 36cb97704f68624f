<#--
  A check set aside because the table it rests on could not be read with certainty (budget.audit.rules.TableTrust).
  The leading "_" marks it as no rule's template. Args: untrustedTable (the table), untrustedReason (HIERARCHY /
  ROWS / COLUMNS), identities, failed (counts in the failing family), columns (ambiguous roles), gatedOutcome.
-->
<#import "_reasons.ftl" as r>
<#if subject?has_content>${subject}：</#if>所依据的${untrustedTable!"表格"}<@r.reason kind=untrustedReason!"" identities=identities!0 failed=failed!0 columns=columns!""/>，本项未核对。
