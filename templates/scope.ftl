<#-- What the audit covered: one statement per line (blank lines dropped). Model: documentKind (BUDGET /
     FINAL_ACCOUNTS / OTHER), documentKindLabel, content (COMPLETE / NARRATIVE_ONLY / TABLES_ONLY), files (the
     source file names; several when files were audited as one filing). -->
<#if documentKind == "FINAL_ACCOUNTS">
本文件为决算公开（部门决算：决算表、决算数），按决算公开规则（JS开头的规则）审核；预算规则未适用于决算公开，未核对。决算规则未能核对的事项（未载明、未能识读或列义不明的数字）在各规则下注明，不表示无误。
<#elseif documentKind == "OTHER">
本文件未识别为预算公开（可能为绩效评价报告、通知等其他文件）。预算规则未适用：各项规则均未核对，不报告问题。
</#if>
<#if files?size gt 1>
以下${files?size}个文件作为同一份预算公开合并审核：${files?join("；")}。各项出处注明所在文件及该文件的行号、页码。
</#if>
<#if documentKind == "BUDGET" && content == "TABLES_ONLY">
本文件只有公开报表，未见情况说明（情况说明可能另行公开）。依赖情况说明的完整性核对（WZ001—WZ008，以及空表说明WZ009中可在情况说明中给出的部分）不适用，未核对；如需完整审核，请将情况说明与报表合并审核（audit --one-filing；batch 会自动配对同一文件夹中同一部门同一年度的两部分）。
<#elseif documentKind == "BUDGET" && content == "NARRATIVE_ONLY">
本文件只有情况说明，未见可读取的公开报表（报表可能另行公开）。公开报表是否齐全（WZ010中所列表格、WZ011）不适用，未核对；如需完整审核，请将情况说明与报表合并审核（audit --one-filing；batch 会自动配对同一文件夹中同一部门同一年度的两部分）。
</#if>
