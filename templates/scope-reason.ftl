<#-- Why a rule was not applied to a document. Model: documentKind (BUDGET / FINAL_ACCOUNTS / OTHER),
     documentKindLabel (决算公开 ...), ruleKind (the kind of document the rule is written for: BUDGET /
     FINAL_ACCOUNTS; absent = BUDGET). -->
<#if (ruleKind!"BUDGET") == "FINAL_ACCOUNTS" && documentKind == "BUDGET">决算规则未适用于预算公开<#elseif (ruleKind!"BUDGET") == "FINAL_ACCOUNTS">本文件未识别为决算公开，决算规则未适用<#elseif documentKind == "FINAL_ACCOUNTS">预算规则未适用于决算公开<#else>本文件未识别为预算公开，预算规则未适用</#if>
