<#-- JS007 决算表科目层级: the checks carry message key TB001 (the same hierarchy check and wording); this template
     serves only the rule's own NOT_APPLICABLE placeholder. -->
<#include "TB001.ftl">
