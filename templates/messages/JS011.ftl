<#--
  JS011 决算年初预算数与已公开的部门预算一致 (compared by batch: a 决算 and the 部门预算 of the same department and year)
  Data model (budget.audit.rules.MessageModel): subject, stated (决算 figure), computed (预算 figure in the 决算
  figure's unit), difference, unit, outcome.
  Args: item, measure (the 决算 column's measure: 年初预算数 / 预算数), finalFile, budgetFile, finalAt, budgetAt
  (page or line, table, row, column), finalValue, budgetValue (as printed with unit), missing (NOT_APPLICABLE:
  why the figure is not compared; on a 决算 audited alone: what is needed).
  audit --budget, when the 决算 and the given budget file were not compared: unpaired (UNREADABLE / NOT_BUDGET /
  NO_DEPARTMENT / OTHER_DEPARTMENT / NO_YEAR / OTHER_YEAR / NO_FIGURES), budgetFile, budgetError (UNREADABLE),
  budgetKind (BUDGET / FINAL_ACCOUNTS / OTHER), budgetDepartment, finalDepartment, budgetYear, finalYear (each
  absent when not read).
-->
<#assign budgetName>--budget 所给文件《${budgetFile!}》</#assign>
<#assign bothNamed>${budgetName}为${budgetDepartment!"（未识别单位）"}<#if budgetYear?has_content>${budgetYear}年</#if>的<#if (budgetKind!"") == "BUDGET">部门预算<#else>公开文件</#if>，本决算为${finalDepartment!"（未识别单位）"}<#if finalYear?has_content>${finalYear}年</#if>的决算</#assign>
<#switch outcome>
<#case "NOT_APPLICABLE"><#if unpaired?has_content><#switch unpaired>
<#case "UNREADABLE">未核对：${budgetName}无法读取（${budgetError!"原因不明"}），决算所列年初预算数未与已公开的部门预算核对。<#break>
<#case "NOT_BUDGET">未核对：${budgetName}<#if (budgetKind!"") == "FINAL_ACCOUNTS">是部门决算<#else>不是预算或决算公开文件</#if>，不是部门预算，不作比较（年初预算数只与同一部门同一年度已公开的部门预算核对）。<#break>
<#case "NO_DEPARTMENT">未核对：${bothNamed}；未能识别<#if budgetDepartment?has_content>决算<#else>部门预算</#if>的单位名称，无法确认两者为同一部门，不作比较。<#break>
<#case "OTHER_DEPARTMENT">未核对：${bothNamed}，单位<#if budgetYear?has_content && finalYear?has_content && budgetYear != finalYear>和年度</#if>不同，不作比较（年初预算数只与同一部门同一年度已公开的部门预算核对）。<#break>
<#case "NO_YEAR">未核对：${bothNamed}；未能识别<#if budgetYear?has_content>决算<#else>部门预算</#if>的年度，无法确认两者为同一年度，不作比较。<#break>
<#case "OTHER_YEAR">未核对：${bothNamed}，年度不同，不作比较（年初预算数只与同一部门同一年度已公开的部门预算核对）。<#break>
<#case "NO_FIGURES">未核对：决算中未找到含义确定的年初预算数（表列“年初预算数”或说明文字“……年初预算为……”），未与${budgetName}比较。<#break>
<#default>未核对：决算未与${budgetName}比较。<#break>
</#switch><#elseif finalFile?has_content>未核对：决算《${finalFile}》（${finalAt!}）${item!}${measure!}为${finalValue!}<#if budgetValue?has_content>，预算《${budgetFile!}》（${budgetAt!}）为${budgetValue}</#if>；${missing!"含义不能确定"}。<#else>${subject!""}：未核对，需要同一部门同一年度已公开的部门预算（在同一次批量审核中同时审核预算与决算时核对，结果见汇总；单独审核决算时可用 audit --budget 指定该预算）。</#if><#break>
<#case "INSUFFICIENT_DATA">${subject!""}：${reason!"所需数据无法识读"}，无法核对。<#break>
<#case "PASS">决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，与已公开的部门预算《${budgetFile!}》（${budgetAt!}）所列${budgetValue!}一致。<#break>
<#case "ROUNDING">决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，与已公开的部门预算《${budgetFile!}》（${budgetAt!}）所列${budgetValue!}的差异在四舍五入范围内。<#break>
<#default>决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，而已公开的部门预算《${budgetFile!}》（${budgetAt!}）为${budgetValue!}，相差${difference}${unit}。<#break>
</#switch>
