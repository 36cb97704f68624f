<#-- Verdict line. Model: errors, warnings, infos, roundings (numbers); documentKind (BUDGET / FINAL_ACCOUNTS /
     OTHER) and documentKindLabel when known. -->
<#if (documentKind!"BUDGET") == "OTHER">未核对（预算规则未适用于${documentKindLabel!"本文件"}）<#elseif errors == 0 && warnings == 0 && infos == 0>未发现问题<#else><#assign parts = []><#if errors gt 0><#assign parts += [errors + "个错误"]></#if><#if warnings gt 0><#assign parts += [warnings + "个警告"]></#if><#if infos gt 0><#assign parts += [infos + "条提示"]></#if>发现${parts?join("、")}</#if>
