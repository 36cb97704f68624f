<#-- Styles of the Word report (--format docx), key=value per line (read by budget.audit.report.Labels). The
     content and wording are those of report.ftlx (the PDF report); this file sets the 公文-like look.
     Fonts: the first name is written into every style and run (east-Asian text; Latin text uses font.latin); the
     *.fallback names go into the document's font table (word/fontTable.xml) as w:altName (";"-separated) with the
     Chinese charset and family, for Word's substitution. LibreOffice substitutes through the system's font
     configuration instead: install one of the named fonts for the intended look. -->
font.body=仿宋_GB2312
font.body.fallback=仿宋,FangSong,STFangsong,Noto Serif CJK SC,Noto Serif SC
font.heading=黑体
font.heading.fallback=SimHei,Noto Sans CJK SC,Noto Sans SC
font.title=方正小标宋简体
font.title.fallback=黑体,SimHei,Noto Sans CJK SC,Noto Sans SC
font.latin=Times New Roman
# 字号（磅）：标题二号 22，一级标题三号 16，二级标题四号 14，正文小四 12，表格五号 10.5，小字 9
size.title=22
size.heading1=16
size.heading2=14
size.body=12
size.table=10.5
size.small=9
# A4 页边距（毫米）：上 37、下 35、左 28、右 26（GB/T 9704）
margin.top=37
margin.bottom=35
margin.left=28
margin.right=26
# 页码：“— 1 —”
page.before=— 
page.after= —
