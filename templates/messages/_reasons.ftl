<#--
  Why a table was not (fully) checked, shared by _untrusted.ftl (a check set aside) and the report's coverage
  section (templates/coverage-reason.ftl). The leading "_" marks it as no rule's template.
  kind: HIERARCHY / ROWS / COLUMNS / MULTIPLE / UNKNOWN_PART / NUMBERING_ROW (budget.audit.rules.TableTrust.Reason), OTHER_KIND, NO_COLUMNS, UNKNOWN_COLUMNS,
  EMPTY; identities, failed: counts in the failing family; columns: column roles or printed headers ("甲、乙").
-->
<#macro reason kind identities=0 failed=0 columns="">
<#switch kind>
<#case "HIERARCHY">表格层级未能验证：${identities}项汇总关系中${failed}项不成立，疑为读取有误<#break>
<#case "ROWS">表格列含义未能验证：${identities}项行内合计关系中${failed}项不成立，疑为列读取有误<#break>
<#case "COLUMNS">表格列含义不明确：多列同被识别为“${columns}”<#break>
<#case "MULTIPLE">表格层级未能验证：${failed}项汇总关系的分项之和恰为合计的整数倍，疑为上下级或小计被重复相加<#break>
<#case "UNKNOWN_PART">该行另有含义未能识别的金额列（${columns}），行内合计关系无法核对<#break>
<#case "NUMBERING_ROW">所引用的一行是栏次（列序号1、2、3…），并非金额<#break>
<#case "OTHER_KIND">表名与表头未能对应到标准表格，未作表格核对<#break>
<#case "NO_COLUMNS">未能识别金额列，未作表格核对<#break>
<#case "UNKNOWN_COLUMNS">以下金额列含义未能识别，未参与核对：${columns}<#break>
<#case "EMPTY">空表，无数据可核对<#break>
<#case "NOT_AUDITED">表格类型与列含义已识别；本文件不是预算公开，预算规则未适用，未作核对<#break>
<#default>表格读取未能验证<#break>
</#switch>
</#macro>
