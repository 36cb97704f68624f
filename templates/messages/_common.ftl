<#--
  Shared macros for the rule message templates (imported as "c"). The leading "_" marks it as no rule's template.
  Uses: subject, origin, missing (NOT_APPLICABLE), reason (INSUFFICIENT_DATA).
-->
<#macro notApplicable>${subject!""}：文件未载明${missing!"核对所需的数据"}，本项不适用。</#macro>
<#macro insufficient>${subject!""}：${reason!"所需数据无法识读"}，无法核对。</#macro>
<#macro from><#if origin?has_content>${origin}所列</#if></#macro>
