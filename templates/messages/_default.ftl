<#-- Fallback message when a rule has no template of its own.
     Model: ruleId, subject, stated, computed, difference, unit (all strings, "" when absent), outcome (name),
     outcomeLabel (Chinese) + the check's args. -->
<#if subject?has_content>${subject}：</#if>
<#if stated?has_content && computed?has_content>公开数${stated}${unit}，计算数${computed}${unit}<#if difference?has_content>，差额${difference}${unit}</#if>。
<#elseif stated?has_content>公开数${stated}${unit}。
</#if>
检查结果：${outcomeLabel}。
