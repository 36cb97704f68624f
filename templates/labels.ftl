<#-- Fixed wording of the reports: one key=value per line (read by budget.audit.report.Labels). -->
# 级别
severity.ERROR=错误
severity.WARNING=警告
severity.INFO=提示
# 检查结果
outcome.NOT_APPLICABLE=不适用
outcome.PASS=通过
outcome.ROUNDING=尾差
outcome.TRUNCATION=截断
outcome.INSUFFICIENT_DATA=数据不足
outcome.FAIL=不通过
# 数据来源
origin.PROSE=文字说明
origin.TABLE=表格
status.READ=已识别
status.UNREADABLE=无法识别
# 文件性质与审核范围
documentKind.BUDGET=预算公开
documentKind.FINAL_ACCOUNTS=决算公开（预算规则未适用）
documentKind.OTHER=其他文件（非预算公开，预算规则未适用）
content.COMPLETE=情况说明和报表
content.NARRATIVE_ONLY=只有情况说明（未见可读取的报表）
content.TABLES_ONLY=只有报表（未见情况说明）
xlsx.summary.documentKind=文件性质
xlsx.summary.content=文件内容
xlsx.summary.scope=审核范围说明
# 通用
line.prefix=第
line.suffix=行
page.prefix=第
page.suffix=页
unreadable=（无法识别）
none=无
# PDF 与 DOCX 报告中过长的文字（如 10 万字的表格单元格）只显示开头部分，{n} 为原文字数；JSON 保留全文
longText.omitted=…（原文共{n}字，以下从略）
# Excel 工作表
xlsx.sheet.summary=概况
xlsx.sheet.findings=问题清单
xlsx.sheet.rules=规则执行情况
xlsx.sheet.facts=关键数据
xlsx.sheet.table=表格复核
# 表格复核
xlsx.table.code=编码
xlsx.table.name=名称
xlsx.table.computed=（计算数）
xlsx.table.line=出处行号
xlsx.table.note=核对说明
xlsx.table.unit=单位：
xlsx.table.legend=说明：红色单元格为核对不通过，黄色单元格为仅存在四舍五入尾差（或截断）；“（计算数）”列为核对规则按下级科目或各列之和等计算的数值；核对说明列出检查该单元格的规则编号及结果。
xlsx.title=预算公开审核报告
# 概况
xlsx.summary.item=项目
xlsx.summary.value=内容
xlsx.summary.department=被审核单位
xlsx.summary.year=预算年度
xlsx.summary.kind=公开类型
xlsx.summary.file=被审核文件
xlsx.summary.sha256=文件SHA-256
xlsx.summary.date=审核日期
xlsx.summary.tool=审核工具
xlsx.summary.verdict=审核结论
xlsx.summary.errors=错误
xlsx.summary.warnings=警告
xlsx.summary.infos=提示
xlsx.summary.roundings=尾差（不计为问题）
xlsx.summary.opinion=审核意见（草拟稿）
# 问题清单
col.no=序号
col.rule=规则编号
col.title=规则名称
col.category=类别
col.severity=级别
col.outcome=结果
col.subject=检查事项
col.message=说明
col.stated=公开数
col.computed=计算数
col.difference=差额
col.unit=单位
col.line=出处行号
col.text=原文
col.basis=依据
col.remedy=整改建议
col.checks=检查次数
# 关键数据
col.key=数据键
col.name=项目
col.label=名称（原文）
col.value=数值
col.decimals=小数位
col.origin=来源
col.status=识别状态
col.cell=单元格
col.table=表格
col.row=行
# 核对范围（coverage）
xlsx.sheet.coverage=核对范围
coverage.title=核对范围与未核对事项
coverage.col.category=类别
coverage.col.item=对象
coverage.col.kind=表格类型
coverage.col.status=状态
coverage.col.reason=说明
coverage.col.page=页码
coverage.col.line=行号
coverage.cat.summary=汇总
coverage.cat.table=表格
coverage.cat.missing=目录所列表格
coverage.cat.prose=说明文字金额
coverage.cat.rule=规则
coverage.status.CHECKED=已核对
coverage.status.RECOGNISED=已识别（未核对）
coverage.status.PARTIAL=部分核对
coverage.status.NOT_VERIFIED=未核对
coverage.status.NOT_UNDERSTOOD=未识别
coverage.status.EMPTY=空表
coverage.status.MISSING=未找到
coverage.status.UNMATCHED=未匹配
coverage.status.NOT_APPLICABLE=不适用
coverage.status.INSUFFICIENT_DATA=数据不足
coverage.summary.tables=标准表格识别（含列含义，读取经自身汇总关系验证）
coverage.summary.prose=说明文字金额与表格数据或核对项目对应
coverage.summary.setAside=因表格未核对而搁置的检查
coverage.summary.rules=未执行核对的规则
coverage.missing.reason=文件目录（附表清单）列有此表，但正文中未能识别
coverage.prose.reason=未能对应到任何表格数据，也未被任何核对项目使用
coverage.unit.items=项

# issue 11 item 7: a rule that failed internally (its own outcome, never 数据不足)
outcome.INTERNAL_ERROR=内部错误

# issue 13: 决算公开 audited with its own rules (JS…); figures labelled with their measure
documentKind.audited.FINAL_ACCOUNTS=决算公开（按决算规则审核）
xlsx.title.FINAL_ACCOUNTS=决算公开审核报告
measure.label=口径

# issue 12 items 8, 9: content of the file that could not be read (coverage.notRead)
coverage.cat.notRead=未读取内容
coverage.status.NOT_READ=未读取

# audit --budget: the published 部门预算 a 决算 was compared with (JS011; report comparedBudget)
xlsx.summary.budgetFile=对照预算文件
xlsx.summary.budgetSha256=对照预算文件SHA-256
xlsx.summary.budgetResult=与预算核对结果
xlsx.sheet.budget=预算核对
budget.col.subject=核对项目
budget.col.finalValue=决算所列
budget.col.finalAt=决算出处
budget.col.budgetValue=已公开预算所列
budget.col.budgetAt=预算出处
budget.result.compared=核对决算所列年初预算数{total}项：一致{same}项，不一致{differing}项，未核对{open}项
budget.outcome.PASS=一致
budget.outcome.ROUNDING=尾差（一致）
budget.outcome.FAIL=不一致
budget.outcome.NOT_APPLICABLE=未核对
budget.outcome.INSUFFICIENT_DATA=未核对
