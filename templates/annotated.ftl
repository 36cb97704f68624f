<#-- Wording of the annotated copy of the department's PDF (--format annotated): key=value per line, read by
     budget.audit.report.Labels. In values, {n} {rule} {severity} {page} {message} {file} … are filled in by the
     renderer (plain replacement, not FreeMarker). -->
# 首页（审核发现清单）
cover.title=审核标注本
cover.file=原文件：{file}
cover.sha=原文件SHA-256：{sha}
cover.date=审核日期：{date}　审核工具：{tool}
cover.verdict=审核结论：{verdict}
cover.note=本文件是上述公开文件的副本，原文件未作任何改动。各问题的出处已在原文中以底色标出（红色为错误、黄色为警告、蓝色为提示），点击标注可查看说明、依据和整改建议；点击下列条目可跳转至所在页面，书签“审核发现”逐项列出。页码为原文件页码。
cover.list=发现的问题（{count}项）
cover.none=未发现问题。
cover.item={n}. [{rule} {severity}] {where}　{message}
cover.where.page=第{page}页
cover.where.none=原文中未能定位
cover.continued=（续）
longText.omitted=…（原文共{n}字，以下从略）
# 批注
note.title={rule} {severity}：{title}
note.body={message}\n依据：{basis}\n整改建议：{remedy}
# 书签
outline.root=审核发现（{count}项）
outline.item={rule} {sentence}
outline.cover=审核发现清单
# 页码标签
label.cover=审核发现-
# 非 PDF 输入
skip.notPdf=标注原文需要 PDF 格式的公开文件，本文件为 {format}，已跳过
