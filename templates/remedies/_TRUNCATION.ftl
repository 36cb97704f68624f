<#-- Remedy of a TRUNCATION hint (a prose figure that is the table's exact value cut off rather than rounded).
     Model: ruleId, title, outcome. -->
文字所列数为表格数截断所得，而非四舍五入；建议按四舍五入列示，与表格保持一致。
