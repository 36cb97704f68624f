<#--
  A rule not applied to this document (a 决算公开 or another kind of document). Args: reason.
-->
${subject!""}：${reason!"预算规则未适用于本文件"}，未核对。
