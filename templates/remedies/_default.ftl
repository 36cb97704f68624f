<#-- Remedy of a rule without a template of its own (e.g. a rule from a local rules file).
     Model: ruleId, title, outcome (FAIL / TRUNCATION / ...). -->
请核对“${title}”所涉数据，更正有误之处；如系口径不同，请在说明中写明。
