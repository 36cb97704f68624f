<#-- Fallback message when a rule has no template of its own.
     Model: ruleId, subject, stated, computed, difference, unit, outcome (name), outcomeLabel (Chinese) + the check's args. -->
<#if subject??>${subject}：</#if>
<#if stated?? && computed??>公开数${stated}${unit!}，计算数${computed}${unit!}<#if difference??>，差额${difference}${unit!}</#if>。
<#elseif stated??>公开数${stated}${unit!}。
</#if>
检查结果：${outcomeLabel}。
