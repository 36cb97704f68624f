<#--
  JY003 机关运行经费明细只含公用经费项目
  Data model (budget.audit.rules.MessageModel): subject, stated, computed, difference, unit (printed digits, "" when
  absent), outcome (PASS / ROUNDING / TRUNCATION / FAIL / NOT_APPLICABLE / INSUFFICIENT_DATA), outcomeLabel.
  Args used: origin (说明文字 or the table title), items (the 人员经费 items found, joined by 、), missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS"><@c.from/>机关运行经费明细均为公用经费（商品和服务支出、资本性支出）项目。<#break>
<#default><@c.from/>机关运行经费明细中列有人员经费项目：${items!""}。机关运行经费属于公用经费，不应包含人员经费。<#break>
</#switch>
