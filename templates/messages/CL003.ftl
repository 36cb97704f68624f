<#--
  CL003 单价100万元以上设备数量: 说明文字 = 表格. stated = the prose count, computed = the table's count, difference =
  stated − computed, unit 个 (printed as 台（套）). Args: kind (现有 / 拟购置), table (the table's reference), missing.
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">${subject}：说明文字所列${kind!""}单价100万元以上设备${stated}台（套），与${table!"表格"}一致。<#break>
<#default>${subject}：说明文字所列${kind!""}单价100万元以上设备${stated}台（套），而${table!"表格"}所列为${computed}台（套），相差${difference?remove_beginning("-")}台（套）。<#break>
</#switch>
