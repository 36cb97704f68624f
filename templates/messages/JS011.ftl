<#--
  JS011 决算年初预算数与已公开的部门预算一致 (compared by batch: a 决算 and the 部门预算 of the same department and year)
  Data model (budget.audit.rules.MessageModel): subject, stated (决算 figure), computed (预算 figure in the 决算
  figure's unit), difference, unit, outcome.
  Args: item, measure (the 决算 column's measure: 年初预算数 / 预算数), finalFile, budgetFile, finalAt, budgetAt
  (page or line, table, row, column), finalValue, budgetValue (as printed with unit), missing (NOT_APPLICABLE:
  why the figure is not compared; on a 决算 audited alone: what is needed).
-->
<#switch outcome>
<#case "NOT_APPLICABLE"><#if finalFile?has_content>未核对：决算《${finalFile}》（${finalAt!}）${item!}${measure!}为${finalValue!}<#if budgetValue?has_content>，预算《${budgetFile!}》（${budgetAt!}）为${budgetValue}</#if>；${missing!"含义不能确定"}。<#else>${subject!""}：未核对，需要同一部门同一年度已公开的部门预算（在同一次批量审核中同时审核预算与决算时核对，结果见汇总）。</#if><#break>
<#case "INSUFFICIENT_DATA">${subject!""}：${reason!"所需数据无法识读"}，无法核对。<#break>
<#case "PASS">决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，与已公开的部门预算《${budgetFile!}》（${budgetAt!}）所列${budgetValue!}一致。<#break>
<#case "ROUNDING">决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，与已公开的部门预算《${budgetFile!}》（${budgetAt!}）所列${budgetValue!}的差异在四舍五入范围内。<#break>
<#default>决算《${finalFile!}》（${finalAt!}）${item!}${measure!}为${finalValue!}，而已公开的部门预算《${budgetFile!}》（${budgetAt!}）为${budgetValue!}，相差${difference}${unit}。<#break>
</#switch>
