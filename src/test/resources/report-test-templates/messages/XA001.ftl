<#-- test-only override: proves the override folder wins and args reach the template -->
${subject}：公开数${stated}${unit}，各分项之和${computed}${unit}，相差${difference}${unit}（${outcomeLabel}）。
<#if note??>${note}</#if>
