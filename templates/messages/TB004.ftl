<#--
  TB004 科目编码格式规范
  Data model (budget.audit.rules.MessageModel): subject, outcome.
  Args used: table (the table), printed (the code as printed, e.g. "301 2"), name (the row's name).
-->
<#import "_common.ftl" as c>
<#switch outcome>
<#case "NOT_APPLICABLE"><@c.notApplicable/><#break>
<#case "INSUFFICIENT_DATA"><@c.insufficient/><#break>
<#case "PASS">各表科目编码均为完整的类（3位）、款（2位）、项（2位）编码。<#break>
<#default>${table!}“${name!}”的科目编码印为“${printed!}”，位数不完整：类应为3位、款和项应为2位（如“301 02”），疑漏印前导零，请更正。<#break>
</#switch>
