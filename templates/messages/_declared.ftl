<#-- Message of a rule declared in a --rules file: the rule renders its own text (arg "text"). -->
${text!((subject!"") + "：" + outcome)}
