<#-- Why the budget rules were not applied to a document. Model: documentKind (BUDGET / FINAL_ACCOUNTS / OTHER),
     documentKindLabel (决算公开 ...). -->
<#if documentKind == "FINAL_ACCOUNTS">预算规则未适用于决算公开<#else>本文件未识别为预算公开，预算规则未适用</#if>
