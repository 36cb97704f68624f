<#-- A rule that failed internally (Outcome INTERNAL_ERROR). Args: reason, error (exception type and message).
     The leading "_" marks it as no rule's template. -->
${subject!""}：${reason!"规则执行时发生内部错误，未能完成核对"}<#if error?has_content>（${error}）</#if>。这是审核工具的问题，不是文件的问题，本项未核对，请向维护者报告。
