<#-- Draft 审核意见 paragraph at the top of the report, in memo language. Only what the report holds: no fact is
     invented. Model: department, year (number or absent), kind (部门预算 …), documentKind (BUDGET / FINAL_ACCOUNTS /
     OTHER; only OTHER is not audited), documentKindLabel, errors, warnings, infos (numbers), rules (distinct titles of the rules with findings,
     in report order), notChecked (number of tables not or only partly checked). -->
<#assign who>${department!"该单位"}<#if year??>${year?c}年</#if>${kind!"预算"}公开文件</#assign>
<#if documentKind != "BUDGET" && documentKind != "FINAL_ACCOUNTS">
经审核，${who}为${documentKindLabel}，预算审核规则未适用，本次未作核对，不提出审核意见。
<#elseif errors == 0 && warnings == 0 && infos == 0>
经审核，${who}未发现规则所列问题。<#if (notChecked > 0)>其中${notChecked}张表格未经核对或仅部分核对（见“核对范围与未核对事项”），未发现问题不代表上述内容无误。</#if>
<#else>
<#assign parts = []><#if errors gt 0><#assign parts += ["错误" + errors + "个"]></#if><#if warnings gt 0><#assign parts += ["警告" + warnings + "个"]></#if><#if infos gt 0><#assign parts += ["提示" + infos + "条"]></#if>
经审核，${who}存在以下问题：${parts?join("、")}，涉及<#list rules as r>“${r}”<#sep>、</#list>等方面（逐项情况、依据和整改建议见“发现的问题”）。
建议该单位对所列问题逐项核实：数据有误的予以更正，并重新公开更正后的文件；表述不完整的补充说明。<#if (notChecked > 0)>另有${notChecked}张表格未经核对或仅部分核对，请一并自行核实。</#if>
</#if>
