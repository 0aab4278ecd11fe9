<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator adds the other users (clerks, the secretary, supervision committee members) and can restore backups. Choose a PIN of 6 to 12 digits that is not a simple sequence such as 123456 or 121212.</source>
        <translation>管理员负责添加其他用户（录入员、书记/主任、村务监督委员会成员），并可恢复备份。请设置 6 至 12 位数字的 PIN，不要用 123456、121212 这类简单序列。</translation>
    </message>
    <message>
        <source>e.g. the Party secretary&apos;s name</source>
        <translation>例如：村党组织书记的姓名</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN码(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入PIN码(&amp;A)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up to a &amp;USB stick...</source>
        <translation>备份到U盘(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a file...</source>
        <translation>从文件恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the &amp;selected copy...</source>
        <translation>恢复选中的备份(&amp;S)…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>attachments %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Choose the USB stick (or another folder)</source>
        <translation>选择U盘（或其他文件夹）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Choose a passphrase (at least 8 characters). Without it nobody can open this backup — not even you, so write it down and keep it safe:</source>
        <translation>请设置口令（至少8个字符）。没有口令任何人都无法打开这份备份，包括您自己，请记下并妥善保管：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>请再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>已备份到：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>VillageDesk backup (*.vdbak);;All files (*)</source>
        <translation>村务台账备份 (*.vdbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>VillageDesk backs up by itself: before a database upgrade, an import and a restore, and every hour while data changes. It keeps the last 7 daily, 4 weekly and 12 monthly copies, and each copy made before an upgrade, an import or a restore for 30 days. Every backup holds the attachments (meeting scans) and a checksum that is verified before restoring. A backup written to a USB stick is encrypted with a passphrase you choose, because it holds personal data; it also holds the village&apos;s signing key, so a new PC restored from it carries on the exchange with the township.</source>
        <translation>本软件会自动备份：数据库升级、导入和恢复之前各备份一次，数据有变动时每小时备份一次；保留最近7天每天、4周每周和12个月每月的备份，升级、导入或恢复之前的备份另外保留30天。每份备份都包含附件（会议签字扫描件）和校验值，恢复前会先核对。备份到U盘时会用您设置的口令加密，因为其中含有个人信息；加密备份还包含本村的签名密钥，换新电脑后从它恢复即可继续与乡镇交换数据。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2) made %3?
It holds: %4.

The current data is backed up first, so this can be undone.</source>
        <translation>确定恢复 %1（%2）于 %3 所做的备份吗？
备份内容：%4。

恢复前会先备份当前数据，可以撤销。</translation>
    </message>
    <message>
        <source>This copy was made by an older VillageDesk and carries no checksum: only the structure of its database could be checked.</source>
        <translation>这份备份由旧版本软件生成，没有校验值：只能检查其数据库结构是否完好。</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is kept in %1</source>
        <translation>已恢复。恢复前的数据保存在 %1</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>e.g. Xinqiao Village</source>
        <translation>例如：新桥村</translation>
    </message>
    <message>
        <source>12 digits, e.g. 320902104203</source>
        <translation>12位数字，例如 320902104203</translation>
    </message>
    <message>
        <source>Branch committee (支部)</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>General branch (总支)</source>
        <translation>总支部委员会</translation>
    </message>
    <message>
        <source>Party committee (党委)</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>The Party secretary is also the committee chair (一肩挑)</source>
        <translation>村党组织书记兼任村委会主任（一肩挑）</translation>
    </message>
    <message>
        <source>&amp;Village name</source>
        <translation>村名(&amp;V)</translation>
    </message>
    <message>
        <source>Division &amp;code</source>
        <translation>统计用区划代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>乡镇(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ounty</source>
        <translation>县（市、区）(&amp;O)</translation>
    </message>
    <message>
        <source>Party organisation &amp;type</source>
        <translation>党组织类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Party organisation name</source>
        <translation>党组织名称(&amp;P)</translation>
    </message>
    <message>
        <source>Villagers&apos; co&amp;mmittee name</source>
        <translation>村民委员会名称(&amp;M)</translation>
    </message>
    <message>
        <source>Ob&amp;jection phone</source>
        <translation>意见反映电话(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Supervision committee phone</source>
        <translation>村务监督委员会电话(&amp;S)</translation>
    </message>
    <message>
        <source>Township p&amp;hone</source>
        <translation>乡镇监督电话(&amp;H)</translation>
    </message>
    <message>
        <source>Notices posted on &amp;day</source>
        <translation>每月公开日(&amp;D)</translation>
    </message>
    <message>
        <source>Township code %1 · county code %2</source>
        <translation>乡镇代码 %1 · 县级代码 %2</translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation>已输入 %1 位，共需 12 位</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>The centre</source>
        <translation>服务中心基本信息</translation>
    </message>
    <message>
        <source>The 12-digit statistical division code identifies the village to the township.</source>
        <translation>12位统计用区划代码是乡镇识别本村数据的依据。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New matter...</source>
        <translation>新建事项(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;meeting...</source>
        <translation>记录会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Resolution &amp;disclosure...</source>
        <translation>决议公开(&amp;D)…</translation>
    </message>
    <message>
        <source>Implementation r&amp;esult...</source>
        <translation>实施结果公开(&amp;E)…</translation>
    </message>
    <message>
        <source>Supervision re&amp;view...</source>
        <translation>监委会审核(&amp;V)…</translation>
    </message>
    <message>
        <source>Print for &amp;posting...</source>
        <translation>打印张贴(&amp;P)…</translation>
    </message>
    <message>
        <source>Taken &amp;down...</source>
        <translation>登记撤下(&amp;D)…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Record &amp;book</source>
        <translation>记录本(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>撤回事项(&amp;W)…</translation>
    </message>
    <message>
        <source>Propose &amp;again...</source>
        <translation>修改后重新提议(&amp;A)…</translation>
    </message>
    <message>
        <source>Major matters</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理进程</translation>
    </message>
    <message>
        <source>%1 matters, %2 need attention</source>
        <translation>共 %1 个事项，%2 个需要处理</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>动议事由：%1</translation>
    </message>
    <message>
        <source>Select a matter in the list first.</source>
        <translation>请先在列表中选择一个事项。</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>No meeting is due for this matter now (%1).</source>
        <translation>此事项当前没有需要召开的会议（%1）。</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>This matter has no disclosure yet.</source>
        <translation>此事项尚无公开记录。</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>登记撤下</translation>
    </message>
    <message>
        <source>Record that this disclosure was taken off the board today?</source>
        <translation>登记此公开内容今天已从公开栏撤下？</translation>
    </message>
    <message>
        <source>This disclosure came down before its posting period ended; it is flagged in the register.</source>
        <translation>此公开在公示期届满前被撤下，已在台账中标注。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回事项</translation>
    </message>
    <message>
        <source>Why is the matter withdrawn?</source>
        <translation>撤回此事项的原因：</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>重新提议</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership: %1</source>
        <translation>终止任职/身份：%1</translation>
    </message>
    <message>
        <source>e.g. term ended, moved away, passed away</source>
        <translation>例如：任期届满、迁出、病故</translation>
    </message>
    <message>
        <source>&amp;Last day + 1 (no longer a member from)</source>
        <translation>终止日期（自该日起不再具有此身份）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Township exchange</source>
        <translation>乡镇数据交换</translation>
    </message>
    <message>
        <source>Install the township &amp;key...</source>
        <translation>安装乡镇密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Export to USB stick...</source>
        <translation>导出到U盘(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;everything...</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;acknowledgement...</source>
        <translation>导入回执(&amp;C)…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>乡镇确认</translation>
    </message>
    <message>
        <source>No township key installed yet. Ask the township for its key file, install it, and compare the fingerprint with them by phone.</source>
        <translation>尚未安装乡镇密钥。请向乡镇索取密钥文件并安装，再通过电话与乡镇核对指纹。</translation>
    </message>
    <message>
        <source>Township %1 (%2), key fingerprint %3</source>
        <translation>乡镇：%1（%2），密钥指纹 %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>void: the township never took it</source>
        <translation>作废：乡镇未接收</translation>
    </message>
    <message>
        <source>Township key</source>
        <translation>乡镇密钥</translation>
    </message>
    <message>
        <source>Township key (*.pub)</source>
        <translation>乡镇密钥 (*.pub)</translation>
    </message>
    <message>
        <source>Installed the key of %1. Read this fingerprint to the township by phone and check it matches:
%2</source>
        <translation>已安装 %1 的密钥。请通过电话向乡镇读出以下指纹并核对一致：
%2</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>选择U盘</translation>
    </message>
    <message>
        <source>Package %1 written and checked: %2</source>
        <translation>第 %1 号数据包已写入并校验：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何数据。</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Acknowledgement (*.vdack)</source>
        <translation>乡镇回执 (*.vdack)</translation>
    </message>
    <message>
        <source>Package %1 acknowledged by the township.</source>
        <translation>乡镇已确认收到第 %1 号数据包。</translation>
    </message>
    <message>
        <source>This desk now continues from the township&apos;s last package (after a restore).</source>
        <translation>本机已接续乡镇收到的最后一包（恢复备份后）。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>VillageDesk — first run</source>
        <translation>村务台账 — 首次使用</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GeneralNoticePage</name>
    <message>
        <source>General notices</source>
        <translation>通用公告</translation>
    </message>
    <message>
        <source>Notices such as water cuts, meeting notices and calls for comments. Printing for posting locks a notice; a later change becomes a new revision.</source>
        <translation>停水通知、会议通知、征求意见等公告。“打印张贴”后公告即锁定，之后的修改将生成新版次。</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>按标题查找</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New notice</source>
        <translation>新建公告(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit / revise</source>
        <translation>编辑/修改(&amp;E)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print for p&amp;osting...</source>
        <translation>打印张贴(&amp;O)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>另存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>删除草稿(&amp;L)</translation>
    </message>
    <message>
        <source>Print lo&amp;g</source>
        <translation>打印记录(&amp;G)</translation>
    </message>
    <message>
        <source>Supervision &amp;review...</source>
        <translation>监委会审核(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>共 %1 份公告</translation>
    </message>
    <message>
        <source>Select a notice in the list first.</source>
        <translation>请先在列表中选择一份公告。</translation>
    </message>
    <message>
        <source>Select one or more notices first.</source>
        <translation>请先选择一份或多份公告。</translation>
    </message>
    <message>
        <source>Print for posting</source>
        <translation>打印张贴</translation>
    </message>
    <message>
        <source>After printing for posting these notices are locked; a later change becomes a new revision. Continue?</source>
        <translation>打印张贴后，这些公告将被锁定，之后的修改将生成新版次。是否继续？</translation>
    </message>
    <message>
        <source>Printed %1 notice(s).</source>
        <translation>已打印 %1 份公告。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft notice?</source>
        <translation>确定删除这份公告草稿吗？</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>viewed the full identity number</source>
        <translation>查看了完整身份证号</translation>
    </message>
    <message>
        <source>reset the signer&apos;s PIN (administrator)</source>
        <translation>管理员重置了签名人的PIN</translation>
    </message>
    <message>
        <source>signer chose a new PIN</source>
        <translation>签名人自行设置了新PIN</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>%1 · Workbench</source>
        <translation>%1 · 工作台</translation>
    </message>
    <message>
        <source>%1 township · code %2 · today %3</source>
        <translation>%1 · 区划代码 %2 · 今天 %3</translation>
    </message>
    <message>
        <source>Roster: %1 full and %2 probationary Party members, %3 representatives, %4 supervision members</source>
        <translation>花名册：正式党员 %1 名、预备党员 %2 名，村民代表 %3 名，监委会委员 %4 名</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>导入花名册：%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading in the sheet</source>
        <translation>表中的列名</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file:</source>
        <translation>此文件无法导入：</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged; %4 memberships to add.</source>
        <translation>新增 %1 人，更新 %2 人，无变化 %3 人；新增身份 %4 项。</translation>
    </message>
    <message>
        <source>Header row: %1.</source>
        <translation>表头在第 %1 行。</translation>
    </message>
    <message>
        <source>%1 problems: nothing is imported until the sheet is corrected.</source>
        <translation>共 %1 处问题：表格改正之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Columns not understood, not imported: %1</source>
        <translation>无法识别、不会导入的列：%1</translation>
    </message>
    <message>
        <source>%1 people differ from the roster in ways the import does not change; see Changes.</source>
        <translation>有 %1 人与花名册的差异不会由导入改变，请查看“变化”。</translation>
    </message>
    <message>
        <source>not understood: not imported</source>
        <translation>无法识别：不导入</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>add %1 from %2</source>
        <translation>新增%1，自 %2 起</translation>
    </message>
    <message>
        <source>%1 since %2 is not in the sheet; it is kept (end it on the roster page if it ended)</source>
        <translation>自 %2 起的%1在表中没有列出；仍予保留（如已终止，请在花名册页面办理终止）</translation>
    </message>
    <message>
        <source>%1: the sheet says from %2, the roster %3; not changed</source>
        <translation>%1：表中起始日期为 %2，花名册中为 %3；不作修改</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>Village affairs disclosure</source>
        <translation>村务公开</translation>
    </message>
    <message>
        <source>Party, village and finance disclosures with supervision review (村务公开) arrive in a later version.</source>
        <translation>党务、村务、财务公开及村务监督委员会审核（村务公开）将在后续版本提供。</translation>
    </message>
    <message>
        <source>Care targets</source>
        <translation>暖心关怀</translation>
    </message>
    <message>
        <source>The care-target list, visits and the care fund (暖心关怀) arrive in a later version.</source>
        <translation>关爱对象名单、走访记录和关爱资金（暖心关怀）将在后续版本提供。</translation>
    </message>
    <message>
        <source>Ten services</source>
        <translation>十有服务</translation>
    </message>
    <message>
        <source>The centre&apos;s ten micro-services and their usage log (十有服务) arrive in a later version.</source>
        <translation>服务中心“十有”微服务及使用登记（十有服务）将在后续版本提供。</translation>
    </message>
    <message>
        <source>General notices</source>
        <translation>通用公告</translation>
    </message>
    <message>
        <source>People roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Township exchange</source>
        <translation>乡镇数据交换</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>VillageDesk</source>
        <translation>村务台账</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>台账目录</translation>
    </message>
    <message>
        <source>Signed in as %1 · data folder: %2</source>
        <translation>当前用户：%1 · 数据文件夹：%2</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Propose again (new round)</source>
        <translation>修改后重新提议（新一轮）</translation>
    </message>
    <message>
        <source>New major matter</source>
        <translation>新建重大事项</translation>
    </message>
    <message>
        <source>involves money</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Villagers&apos; suggestion</source>
        <translation>村民建议</translation>
    </message>
    <message>
        <source>Proposed by village cadres</source>
        <translation>村干部提议</translation>
    </message>
    <message>
        <source>Assigned by a higher level</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>Phased project (several implementation disclosures)</source>
        <translation>分期实施项目（分期公开实施结果）</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Origin (动议事由)</source>
        <translation>动议事由(&amp;O)</translation>
    </message>
    <message>
        <source>Origin &amp;details</source>
        <translation>动议说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>事项内容(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>启动日期(&amp;O)</translation>
    </message>
    <message>
        <source>Any matter above %1 yuan must go through the four deliberations (a setting).</source>
        <translation>凡金额超过 %1 元的事项都须履行“四议两公开”程序（可在设置中调整）。</translation>
    </message>
</context>
<context>
    <name>MatterNoticeDialog</name>
    <message>
        <source>Resolution disclosure</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>Implementation result disclosure</source>
        <translation>实施结果公开</translation>
    </message>
    <message>
        <source>This is the final phase</source>
        <translation>这是最后一期</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>公开内容(&amp;C)</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>实施情况(&amp;D)</translation>
    </message>
    <message>
        <source>Money &amp;spent</source>
        <translation>实际支出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acceptance result</source>
        <translation>验收结果(&amp;A)</translation>
    </message>
    <message>
        <source>Date of &amp;issue</source>
        <translation>落款日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Posting from</source>
        <translation>张贴日期(&amp;P)</translation>
    </message>
    <message>
        <source>Posting p&amp;eriod (days)</source>
        <translation>公示天数(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MattersModel</name>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source> (round %1)</source>
        <translation>（第%1轮）</translation>
    </message>
    <message>
        <source> (disclosure missing)</source>
        <translation>（未公开）</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已超期）</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <source>Record a meeting: %1</source>
        <translation>记录会议：%1</translation>
    </message>
    <message>
        <source>Party-mass service centre meeting room</source>
        <translation>村党群服务中心会议室</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场会议</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决权</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Reason absent</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <source>Written vote</source>
        <translation>书面表决</translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation>书面意见</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>represented</source>
        <translation>派代表参加</translation>
    </message>
    <message>
        <source>One per line: name, title (e.g. 李明，镇党委委员)</source>
        <translation>每行一人：姓名，职务（如 李明，镇党委委员）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Attach a scan of the signed sheet...</source>
        <translation>附上签到表扫描件…</translation>
    </message>
    <message>
        <source>no scan (tick the signed marks instead)</source>
        <translation>未附扫描件（可改为勾选签到）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>审核日期(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>主持人(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Recorder</source>
        <translation>记录人(&amp;R)</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>Members (from the roster on the meeting date)</source>
        <translation>应到人员（按会议当日花名册）</translation>
    </message>
    <message>
        <source>Branch committee members&apos; votes cast: %1 of %2 present</source>
        <translation>党组织委员已表决：%1 票，到会党组织委员 %2 人</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>&amp;Observers</source>
        <translation>列席人员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议题(&amp;A)</translation>
    </message>
    <message>
        <source>Discussio&amp;n</source>
        <translation>讨论情况(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>同意(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>反对(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;bstain</source>
        <translation>弃权(&amp;B)</translation>
    </message>
    <message>
        <source>Villagers aged 18+</source>
        <translation>18周岁以上村民</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Votes of those present</source>
        <translation>到会人员表决</translation>
    </message>
    <message>
        <source>of them branch committee members</source>
        <translation>其中党组织委员</translation>
    </message>
    <message>
        <source>Re&amp;solution</source>
        <translation>形成决议(&amp;S)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>表决规则</translation>
    </message>
    <message>
        <source>Scan of the signed sheet</source>
        <translation>签到表扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>有表决权</translation>
    </message>
    <message>
        <source>no vote (probationary)</source>
        <translation>无表决权（预备党员）</translation>
    </message>
    <message>
        <source>vote, branch committee</source>
        <translation>有表决权（党组织委员）</translation>
    </message>
    <message>
        <source>No meeting can be recorded for this matter now.</source>
        <translation>此事项当前不能记录会议。</translation>
    </message>
    <message>
        <source>Result if saved: PASSED</source>
        <translation>保存后结果：通过</translation>
    </message>
    <message>
        <source>Result if saved: NOT PASSED — the matter stops here</source>
        <translation>保存后结果：未通过——事项到此终止</translation>
    </message>
    <message>
        <source>Result if saved: NO QUORUM — the stage does not pass</source>
        <translation>保存后结果：未达法定人数——本环节不通过</translation>
    </message>
    <message>
        <source>Votes cast: %1 of %2 members with a vote present</source>
        <translation>已表决 %1 票，到会有表决权人员 %2 人</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add membership for %1</source>
        <translation>为 %1 添加身份/任职</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>组织/身份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>职务(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From (join date for Party members)</source>
        <translation>起始日期（党员为入党日期）(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MembershipsModel</name>
    <message>
        <source>Body</source>
        <translation>组织/身份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Reason ended</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>current</source>
        <translation>至今</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Amount in yuan, for example 1234.50</source>
        <translation>金额（元），例如 1234.50</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This register is not yet available in this version of VillageDesk.</source>
        <translation>本版本尚未提供此台账。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>New notice</source>
        <translation>新建公告</translation>
    </message>
    <message>
        <source>e.g. 关于临时停水的通知</source>
        <translation>例如：关于临时停水的通知</translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Village Party organisation</source>
        <translation>村党组织</translation>
    </message>
    <message>
        <source>Party organisation and villagers&apos; committee</source>
        <translation>村党组织和村民委员会</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>One paragraph per line. Lines starting with 一、 or （一） print as headings.</source>
        <translation>每行一段。以“一、”或“（一）”开头的行按标题排版。</translation>
    </message>
    <message>
        <source>Optional table: column headings separated by 、 e.g. 村民小组、联系人、时间</source>
        <translation>可选表格：列标题之间用顿号分隔，例如 村民小组、联系人、时间</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>添加行(&amp;R)</translation>
    </message>
    <message>
        <source>Remove ro&amp;w</source>
        <translation>删除行(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>落款单位(&amp;I)</translation>
    </message>
    <message>
        <source>Date of &amp;issue</source>
        <translation>落款日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Posting from</source>
        <translation>张贴日期(&amp;P)</translation>
    </message>
    <message>
        <source>Posting &amp;period</source>
        <translation>公示天数(&amp;P)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <source>Table &amp;columns</source>
        <translation>表格列标题(&amp;C)</translation>
    </message>
    <message>
        <source>Required when the notice was already printed or reviewed</source>
        <translation>公告已打印或已审核时必须填写</translation>
    </message>
    <message>
        <source>Reason for the &amp;change</source>
        <translation>修改原因(&amp;C)</translation>
    </message>
    <message>
        <source>New revision of a posted notice</source>
        <translation>修改已张贴公告（生成新版次）</translation>
    </message>
    <message>
        <source>Edit notice</source>
        <translation>编辑公告</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Posting period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>, reviewed by %1</source>
        <translation>，已由 %1 审核</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted %1</source>
        <translation>已于 %1 张贴</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>身份/任职</translation>
    </message>
    <message>
        <source>Joined Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>only year and month known</source>
        <translation>只知道年和月</translation>
    </message>
    <message>
        <source>18 characters; birth date and sex are taken from it</source>
        <translation>18 位；出生日期和性别据此自动填写</translation>
    </message>
    <message>
        <source>remove the stored number</source>
        <translation>删除已登记的号码</translation>
    </message>
    <message>
        <source>e.g. 三组</source>
        <translation>例如：三组</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Villagers&apos; &amp;group</source>
        <translation>村民小组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>stored: %1 (leave empty to keep it)</source>
        <translation>已登记：%1（留空则保持不变）</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>另存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PrintLogDialog</name>
    <message>
        <source>Print log</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>printed for posting</source>
        <translation>打印张贴</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Supervision review: %1</source>
        <translation>监委会审核：%1</translation>
    </message>
    <message>
        <source>Agreed to post.</source>
        <translation>同意公开。</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>审核人(&amp;R)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;PIN</source>
        <translation>审核人PIN码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>审核意见(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>审核日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>People roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Search by name or group</source>
        <translation>按姓名或村民小组查找</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>组织/身份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;On date</source>
        <translation>截至日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移出(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;membership</source>
        <translation>添加身份(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;nd membership</source>
        <translation>终止身份(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import .xlsx</source>
        <translation>从 Excel 导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View ID number</source>
        <translation>查看身份证号(&amp;V)</translation>
    </message>
    <message>
        <source>Shows the full identity number; the viewing is recorded</source>
        <translation>显示完整身份证号；每次查看都会记录在案</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>身份与任职</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一个人。</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移出人员</translation>
    </message>
    <message>
        <source>Remove %1 from the roster? Their past meetings keep them; they leave every list from now on.</source>
        <translation>确定将 %1 移出花名册吗？以往会议记录中仍保留此人，今后不再出现在各名单中。</translation>
    </message>
    <message>
        <source>Select a current membership in the lower list first.</source>
        <translation>请先在下方列表中选择一项现有身份。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>No identity number is recorded for %1.</source>
        <translation>%1 没有登记身份证号。</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>已导入：新增 %1 人，更新 %2 人，无变化 %3 人。</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <source>Village rules (local practice; defaults from the national rules)</source>
        <translation>本村规则（地方规定，默认值依据国家规定）</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>过半数</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>三分之二以上</translation>
    </message>
    <message>
        <source>One category per line</source>
        <translation>每行一个类别</translation>
    </message>
    <message>
        <source>Save &amp;rules</source>
        <translation>保存规则(&amp;R)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Centre profile</source>
        <translation>服务中心基本信息</translation>
    </message>
    <message>
        <source>&amp;Save centre profile</source>
        <translation>保存基本信息(&amp;S)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Large text mode (大字模式): bigger letters everywhere</source>
        <translation>大字模式：全部界面文字放大(&amp;L)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>新 PIN(&amp;N)</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>再次输入新 PIN(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your PIN must be changed before you go on: it was reset by the administrator or is shorter than %1 digits. Choose a new PIN and type it twice.</source>
        <translation>继续之前必须更换 PIN：它已被管理员重置，或少于 %1 位。请设置新 PIN 并输入两次。</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
    <message>
        <source>%1 · township overview</source>
        <translation>%1 · 各村报送情况</translation>
    </message>
    <message>
        <source>&amp;Import packages...</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Export .&amp;xlsx...</source>
        <translation>导出Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;PDF report...</source>
        <translation>PDF报表(&amp;P)…</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最新数据包</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Missing packages</source>
        <translation>缺少的数据包</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <source>Checking the packages...</source>
        <translation>正在检查数据包……</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>new %1, updated %2, unchanged %3, conflicts %4</source>
        <translation>新增 %1，更新 %2，未变 %3，冲突 %4</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import these packages?

%1</source>
        <translation>确定导入以下数据包吗？

%1</translation>
    </message>
    <message>
        <source>Importing the packages...</source>
        <translation>正在导入数据包……</translation>
    </message>
    <message>
        <source>%1: %2 package %3 — new %4, updated %5, unchanged %6, conflicts %7</source>
        <translation>%1：%2 第 %3 号数据包——新增 %4，更新 %5，未变 %6，冲突 %7</translation>
    </message>
    <message>
        <source>REFUSED %1: %2</source>
        <translation>拒收 %1：%2</translation>
    </message>
    <message>
        <source>Choose the USB stick with the villages&apos; packages</source>
        <translation>选择存有各村数据包的U盘</translation>
    </message>
    <message>
        <source>Export .xlsx</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF报表</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (supervision committee)</source>
        <translation>%1（村务监督委员会）</translation>
    </message>
    <message>
        <source>Administrator (manages users, restores backups)</source>
        <translation>管理员（管理用户、恢复备份）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Roster &amp;person</source>
        <translation>对应花名册人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;PIN (%1 to 12 digits)</source>
        <translation>PIN（%1 至 12 位数字）(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>再次输入PIN码(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsersBox</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Reset P&amp;IN...</source>
        <translation>重设PIN码(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Disable user</source>
        <translation>停用用户(&amp;D)</translation>
    </message>
    <message>
        <source>Allow / stop &amp;viewing sensitive information</source>
        <translation>允许/取消查看敏感信息(&amp;V)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>may view sensitive information</source>
        <translation>可查看敏感信息</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重设PIN码</translation>
    </message>
    <message>
        <source>New PIN for %1:</source>
        <translation>%1 的新PIN码：</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>请再次输入PIN码：</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>您的 PIN 已更改。</translation>
    </message>
    <message>
        <source>The PIN of %1 was reset. Give it to them in person: they must choose a new PIN when they next sign in, and cannot sign a review before.</source>
        <translation>%1 的 PIN 已重置。请当面告知本人：其下次登录时必须设置新 PIN，在此之前不能签署审核。</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>确定停用 %1 吗？</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to VillageDesk</source>
        <translation>欢迎使用村务台账</translation>
    </message>
    <message>
        <source>This desk keeps the centre&apos;s registers, prints the notices for the village board and exports the data for the township. Everything stays on this computer.

First, tell it which village it serves. You can change these details later in Settings.</source>
        <translation>本软件用于登记党群服务中心各项台账、打印村务公开栏公示，并为乡镇导出数据。所有数据只保存在本机。

首先请填写本村的基本信息，以后可在“设置”中修改。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>VillageDesk is already open</source>
        <translation>村务台账已经打开</translation>
    </message>
    <message>
        <source>VillageDesk is already open on this data folder:
%1

Switch to the open window, or close it and try again.</source>
        <translation>村务台账已经在使用此数据文件夹：
%1

请切换到已打开的窗口，或关闭后再试。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>VillageDesk is already open on this data folder (another window or command). Close it first.</source>
        <translation>村务台账已在此数据文件夹上运行（另一个窗口或命令），请先关闭。</translation>
    </message>
    <message>
        <source>Village name</source>
        <translation>村名</translation>
    </message>
    <message>
        <source>Statistical division code</source>
        <translation>统计用区划代码</translation>
    </message>
    <message>
        <source>Township name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>County name</source>
        <translation>县（市、区）名称</translation>
    </message>
    <message>
        <source>Party organisation name</source>
        <translation>党组织名称</translation>
    </message>
    <message>
        <source>Villagers&apos; committee name</source>
        <translation>村民委员会名称</translation>
    </message>
    <message>
        <source>Objection phone</source>
        <translation>意见反映电话</translation>
    </message>
    <message>
        <source>Supervision committee phone</source>
        <translation>村务监督委员会电话</translation>
    </message>
    <message>
        <source>Township phone</source>
        <translation>乡镇监督电话</translation>
    </message>
    <message>
        <source>Posting day of month</source>
        <translation>每月公开日</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most {max} characters</source>
        <translation>不能超过 {max} 个字</translation>
    </message>
    <message>
        <source>must be exactly 12 digits (0-9), got {length} characters: {value}</source>
        <translation>必须是12位数字（0-9），现为 {length} 位：{value}</translation>
    </message>
    <message>
        <source>first two digits {prefix} are not a province code</source>
        <translation>前两位 {prefix} 不是省级代码</translation>
    </message>
    <message>
        <source>digits 7-9 (township part) cannot be 000</source>
        <translation>第7至9位（乡镇部分）不能为 000</translation>
    </message>
    <message>
        <source>digits 10-12 (village part) cannot be 000</source>
        <translation>第10至12位（村级部分）不能为 000</translation>
    </message>
    <message>
        <source>{value} is not a phone number (landline such as 0515-88881234 or an 11-digit mobile)</source>
        <translation>{value} 不是有效电话号码（固定电话如 0515-88881234，或11位手机号码）</translation>
    </message>
    <message>
        <source>must be a day from 1 to 28, got {value}</source>
        <translation>必须是1至28日之间的一天，现为 {value}</translation>
    </message>
    <message>
        <source>a centre profile already exists in this data folder</source>
        <translation>此数据文件夹已有服务中心信息</translation>
    </message>
    <message>
        <source>{field}: {rule}</source>
        <translation>{field}：{rule}</translation>
    </message>
    <message>
        <source>The disk is full: nothing more fits in {folder}. The last action was not saved; everything saved before is intact. Free some space on that disk (or choose another folder) and try again.</source>
        <translation>磁盘已满：{folder} 已写不下任何内容。刚才的操作没有保存，之前保存的记录完好无损。请在该磁盘上腾出空间（或换一个文件夹）后重试。</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full</source>
        <translation>{folder} 所在的磁盘已满</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Villagers&apos; group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>张贴人</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>落款单位</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Birth date known only to the month</source>
        <translation>出生日期只知年月</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>组织/身份</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>{value} is in the future; it cannot be later than today ({today})</source>
        <translation>{value} 是将来的日期，不能晚于今天（{today}）</translation>
    </message>
    <message>
        <source>{value} is before 1900</source>
        <translation>{value} 早于1900年</translation>
    </message>
    <message>
        <source>{value} is not an 11-digit mobile number starting with 1</source>
        <translation>{value} 不是以1开头的11位手机号码</translation>
    </message>
    <message>
        <source>must not contain digits or punctuation, got {value}</source>
        <translation>不能含有数字或标点符号，现为 {value}</translation>
    </message>
    <message>
        <source>{end} is not after the start date {start}; a membership cannot end before it starts</source>
        <translation>{end} 不晚于起始日期 {start}，终止日期不能早于起始日期</translation>
    </message>
    <message>
        <source>{start} is before the person&apos;s 18th birthday ({adult}); members of {body} must be adults</source>
        <translation>{start} 早于本人年满18周岁之日（{adult}），{body}须为成年人</translation>
    </message>
    <message>
        <source>overlaps an existing {body} membership from {start}</source>
        <translation>与自 {start} 起的{body}身份时间重叠</translation>
    </message>
    <message>
        <source>this membership already ended on {end}</source>
        <translation>此身份已于 {end} 终止</translation>
    </message>
    <message>
        <source>{value} does not agree with the identity number, which gives the birth date {expected}</source>
        <translation>{value} 与身份证号不一致，身份证号中的出生日期是 {expected}</translation>
    </message>
    <message>
        <source>{value} does not agree with the identity number, which gives {expected}</source>
        <translation>{value} 与身份证号不一致，身份证号表明为{expected}</translation>
    </message>
    <message>
        <source>{masked} is already on the roster for {name}</source>
        <translation>{masked} 已登记在花名册中的 {name} 名下</translation>
    </message>
    <message>
        <source>a birth date known only to the month must be given as its first day</source>
        <translation>只知年月的出生日期须记为该月 1 日</translation>
    </message>
    <message>
        <source>{other} is already chair of {body} on {start}; end that term first</source>
        <translation>{start} 时 {other} 已是{body}主要负责人，请先终止其任职</translation>
    </message>
    <message>
        <source>Full Party member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary Party member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Party branch committee</source>
        <translation>党组织委员会</translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Villagers&apos; representative</source>
        <translation>村民代表</translation>
    </message>
    <message>
        <source>Supervision committee</source>
        <translation>村务监督委员会</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员/成员</translation>
    </message>
    <message>
        <source>Chair / secretary</source>
        <translation>书记/主任</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副职</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>same identity number as another entry</source>
        <translation>与另一条记录身份证号相同</translation>
    </message>
    <message>
        <source>same name and birth date as another entry</source>
        <translation>与另一条记录姓名和出生日期相同</translation>
    </message>
    <message>
        <source>{name} is not a probationary Party member</source>
        <translation>{name} 不是预备党员</translation>
    </message>
    <message>
        <source>Roster sheet</source>
        <translation>花名册表格</translation>
    </message>
    <message>
        <source>Bodies (身份)</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Row number (序号, not imported)</source>
        <translation>序号（不导入）</translation>
    </message>
    <message>
        <source>row {row}, column {letter} ({column}), value {value}: {message}</source>
        <translation>第 {row} 行 {letter} 列（{column}），值{value}：{message}</translation>
    </message>
    <message>
        <source>rows {rows} ({count} rows), column {letter} ({column}), for example row {row} value {value}: {message}</source>
        <translation>第 {rows} 行共 {count} 行，{letter} 列（{column}），如第 {row} 行的值{value}：{message}</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>no header row with a 姓名 column and at least one other known column in the first {rows} rows</source>
        <translation>前 {rows} 行中没有找到表头行（须有“姓名”列和至少一个其他可识别的列）</translation>
    </message>
    <message>
        <source>columns {first} and {second} both give {field}; delete one of them</source>
        <translation>{first} 列和 {second} 列都是“{field}”，请删除其中一列</translation>
    </message>
    <message>
        <source>is not a date; write it like 1965-03-02 (or 1965-03 when only the year and month are known)</source>
        <translation>不是日期；请写成 1965-03-02（只知年月时写 1965-03）</translation>
    </message>
    <message>
        <source>could be January or October (Excel turns 1965.10 into 1965.1); set the column to text and type it again</source>
        <translation>可能是 1 月也可能是 10 月（Excel 会把 1965.10 变成 1965.1）；请把该列设为“文本”格式后重新输入</translation>
    </message>
    <message>
        <source>a start date needs the day, not only the year and month</source>
        <translation>起始日期须具体到日，不能只有年月</translation>
    </message>
    <message>
        <source>is not 男 or 女</source>
        <translation>不是“男”或“女”</translation>
    </message>
    <message>
        <source>{value} does not say whether 正式党员 (full) or 预备党员 (probationary); write one of them</source>
        <translation>“{value}”没有说明是正式党员还是预备党员，请写明其中一个</translation>
    </message>
    <message>
        <source>{value} is not one the roster keeps: {known}</source>
        <translation>“{value}”不是花名册登记的身份，可登记的身份为：{known}</translation>
    </message>
    <message>
        <source>is required when column {letter} lists a body; the import never invents a start date</source>
        <translation>{letter} 列填了身份时必须填写；导入不会自行编造起始日期</translation>
    </message>
    <message>
        <source>is a formula with no saved value; open the sheet in Excel or WPS, save it, and import it again</source>
        <translation>是没有保存计算结果的公式；请用 Excel 或 WPS 打开表格、保存后再导入</translation>
    </message>
    <message>
        <source>is the same person as row {other}</source>
        <translation>与第 {other} 行是同一个人</translation>
    </message>
    <message>
        <source>matches {count} people on the roster; add the 身份证号 to the sheet to tell them apart</source>
        <translation>与花名册中的 {count} 人都对得上；请在表中补上身份证号以便区分</translation>
    </message>
    <message>
        <source>matches the same roster person as row {other}</source>
        <translation>与第 {other} 行对应的是花名册中的同一人</translation>
    </message>
    <message>
        <source>the sheet was changed after it was checked; check it again before importing</source>
        <translation>检查之后表格又被修改过；请重新检查后再导入</translation>
    </message>
    <message>
        <source>the sheet has a header row but no people below it</source>
        <translation>表格有表头，但下面没有人员</translation>
    </message>
    <message>
        <source>{value} is not an .xlsx workbook</source>
        <translation>{value} 不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>{name}&apos;s probationary year ended on {day}: record the decision on full membership</source>
        <translation>{name} 的预备期已于 {day} 届满，请登记转正决定</translation>
    </message>
    <message>
        <source>the supervision committee has {count} members on the roster; it needs 3 to 5 to review notices</source>
        <translation>花名册中村务监督委员会仅有 {count} 名委员，应为3至5名方可审核公开事项</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>村党群服务中心</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>任职及身份记录</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Posting period (days)</source>
        <translation>公示天数</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>过半数</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>三分之二以上</translation>
    </message>
    <message>
        <source>of those who should attend</source>
        <translation>应到人员</translation>
    </message>
    <message>
        <source>of the full Party members who should attend</source>
        <translation>应到有表决权的正式党员</translation>
    </message>
    <message>
        <source>of those present</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <source>Organic Law of Villagers&apos; Committees</source>
        <translation>《村民委员会组织法》</translation>
    </message>
    <message>
        <source>Party rules on village organisations</source>
        <translation>《中国共产党农村基层组织工作条例》</translation>
    </message>
    <message>
        <source>local practice, a setting</source>
        <translation>地方规定，可在设置中调整</translation>
    </message>
    <message>
        <source>Attendance: {rule} {basis} ({base}) must be there, at least {needed}; {count} are: {verdict} ({source})</source>
        <translation>到会：须{basis}（{base}人）的{rule}到会，即至少 {needed} 人；实到 {count} 人：{verdict}（{source}）</translation>
    </message>
    <message>
        <source>Vote: yes votes must be {rule} {basis} ({base}), at least {needed}; {yes} voted yes: {verdict} ({source})</source>
        <translation>表决：同意票须超过{basis}（{base}人）的{rule}，即至少 {needed} 票；同意 {yes} 票：{verdict}（{source}）</translation>
    </message>
    <message>
        <source>of the villagers aged 18 and over</source>
        <translation>本村十八周岁以上村民</translation>
    </message>
    <message>
        <source>of the households</source>
        <translation>本村户数</translation>
    </message>
    <message>
        <source>Or households: representatives of {rule} {basis} ({base}), at least {needed}; {count} came: {verdict} ({source})</source>
        <translation>或按户：须{basis}（{base}户）{rule}的户派代表参加，至少{needed}户；实有{count}户：{verdict}（{source}）</translation>
    </message>
    <message>
        <source>The assembly has its quorum through {way}.</source>
        <translation>本次村民会议以{way}达到法定人数。</translation>
    </message>
    <message>
        <source>the villagers aged 18 and over present</source>
        <translation>本村十八周岁以上村民过半数参加</translation>
    </message>
    <message>
        <source>the households&apos; representatives</source>
        <translation>本村三分之二以上的户的代表参加</translation>
    </message>
    <message>
        <source>both the villagers present and the households&apos; representatives</source>
        <translation>十八周岁以上村民过半数参加和三分之二以上的户的代表参加</translation>
    </message>
    <message>
        <source>Among the branch committee members (the stage 1 rule, proposal):</source>
        <translation>党组织委员会成员（按第一步“党组织提议”的规则）：</translation>
    </message>
    <message>
        <source>The whole joint meeting (the stage 2 rule, consultation):</source>
        <translation>联席会议全体（按第二步“两委会议商议”的规则）：</translation>
    </message>
    <message>
        <source>Absentees&apos; written opinions: {yes} yes, {no} no, {abstain} abstain; they join the tally only, as the base already counts the absentees ({source})</source>
        <translation>缺席人员书面意见：同意{yes}、反对{no}、弃权{abstain}；只计入票数，因应到人数已包含缺席人员（{source}）</translation>
    </message>
    <message>
        <source>Absentees&apos; written opinions: {yes} yes, {no} no, {abstain} abstain; they join the tally and the base ({source})</source>
        <translation>缺席人员书面意见：同意{yes}、反对{no}、弃权{abstain}；同时计入票数和计票基数（{source}）</translation>
    </message>
    <message>
        <source>Absentees&apos; written opinions: {yes} yes, {no} no, {abstain} abstain; not counted (village setting)</source>
        <translation>缺席人员书面意见：同意{yes}、反对{no}、弃权{abstain}；不计入表决（本村设置）</translation>
    </message>
    <message>
        <source>Absentees&apos; written opinions: {yes} yes, {no} no, {abstain} abstain; never counted here: the decision is by those present ({source})</source>
        <translation>缺席人员书面意见：同意{yes}、反对{no}、弃权{abstain}；本会议不计入：决定须经到会人员过半数通过（{source}）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>The meeting did not reach its quorum (未达法定人数): the stage does not pass.</source>
        <translation>会议未达法定人数，本环节不通过。</translation>
    </message>
    <message>
        <source>Party organisation proposal</source>
        <translation>党组织提议</translation>
    </message>
    <message>
        <source>Joint committees&apos; consultation</source>
        <translation>“两委”会议商议</translation>
    </message>
    <message>
        <source>Party members&apos; meeting review</source>
        <translation>党员大会审议</translation>
    </message>
    <message>
        <source>Villagers&apos; (representatives&apos;) meeting resolution</source>
        <translation>村民（代表）会议决议</translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation>决议公开</translation>
    </message>
    <message>
        <source>Implementation result disclosure</source>
        <translation>实施结果公开</translation>
    </message>
    <message>
        <source>Major matter</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <source>Absentees</source>
        <translation>缺席人员</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>表决票数</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Origin (动议事由)</source>
        <translation>动议事由</translation>
    </message>
    <message>
        <source>Attendance counts</source>
        <translation>到会人数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>this matter is {status}; no further stage can be recorded</source>
        <translation>此事项{status}，不能再记录后续环节</translation>
    </message>
    <message>
        <source>{stage} cannot be recorded yet: {needed} has not passed</source>
        <translation>还不能记录“{stage}”：“{needed}”尚未通过</translation>
    </message>
    <message>
        <source>stages 1 and 2 may be one joint meeting only where the secretary is also the committee chair (一肩挑, a centre setting)</source>
        <translation>只有书记、主任“一肩挑”的村（服务中心设置）才能将第一、二环节合并召开</translation>
    </message>
    <message>
        <source>a {kind} cannot record the stage {stage}</source>
        <translation>{kind}不能作为“{stage}”环节的会议</translation>
    </message>
    <message>
        <source>{value} is in the future; a meeting is recorded after it is held</source>
        <translation>{value} 是将来的日期，会议应在召开后记录</translation>
    </message>
    <message>
        <source>{value} is before this matter&apos;s earlier meeting ({meeting}) held on {previous}</source>
        <translation>{value}早于本事项此前于{previous}召开的{meeting}</translation>
    </message>
    <message>
        <source>{value} is before the matter was opened on {opened}</source>
        <translation>{value}早于本事项的动议日期{opened}</translation>
    </message>
    <message>
        <source>{name} was not a member of this body on {day} (roster)</source>
        <translation>{name} 在 {day} 不是该组织成员（花名册）</translation>
    </message>
    <message>
        <source>{name} is absent without a reason</source>
        <translation>{name} 缺席但未填写原因</translation>
    </message>
    <message>
        <source>vote counts cannot be negative</source>
        <translation>票数不能为负数</translation>
    </message>
    <message>
        <source>yes {yes} + no {no} + abstain {abstain} = {total}, but {voters} members with a vote are present</source>
        <translation>同意 {yes} + 反对 {no} + 弃权 {abstain} = {total} 票，但到会有表决权人员为 {voters} 人</translation>
    </message>
    <message>
        <source>{present} present is more than the {should} who should attend</source>
        <translation>实到 {present} 人多于应到 {should} 人</translation>
    </message>
    <message>
        <source>{represented} households represented is more than the {total} households of the village</source>
        <translation>派代表参加的 {represented} 户多于全村户数 {total} 户</translation>
    </message>
    <message>
        <source>{represented} households represented, but only {present} villagers are present</source>
        <translation>有 {represented} 户派代表参加，但到会村民只有 {present} 人</translation>
    </message>
    <message>
        <source>{name}&apos;s written vote must be yes, no or abstain, got {value}</source>
        <translation>{name} 的书面表决只能是同意、反对或弃权，现为 {value}</translation>
    </message>
    <message>
        <source>{name} attends without a vote (probationary Party member), so has no written vote either</source>
        <translation>{name} 为预备党员，没有表决权，也不能书面表决</translation>
    </message>
    <message>
        <source>Branch committee members&apos; votes</source>
        <translation>党组织委员表决</translation>
    </message>
    <message>
        <source>yes {yes} + no {no} + abstain {abstain} = {total}, but {present} branch committee members are present</source>
        <translation>同意 {yes} + 反对 {no} + 弃权 {abstain} = {total}，但到会党组织委员为 {present} 人</translation>
    </message>
    <message>
        <source>the branch committee members&apos; {what} votes ({part}) are more than the whole meeting&apos;s ({whole})</source>
        <translation>党组织委员的{what}票（{part}）多于全体与会人员的此项票数（{whole}）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives&apos; meeting: {representatives} of its {members} members (村委会 members and 村民代表) are 村民代表; the law asks for at least four fifths, {needed} ({source})</source>
        <translation>村民代表会议：{members} 名组成人员（村委会成员和村民代表）中村民代表 {representatives} 名；法律要求占五分之四以上，至少 {needed} 名（{source}）</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives&apos; meeting: {women} of its {members} members are women representatives; the law asks for at least one third, {needed} ({source})</source>
        <translation>村民代表会议：{members} 名组成人员中妇女村民代表 {women} 名；法律要求占三分之一以上，至少 {needed} 名（{source}）</translation>
    </message>
    <message>
        <source>the roster does not say whether {count} of the 村民代表 are men or women</source>
        <translation>花名册中有 {count} 名村民代表未填写性别</translation>
    </message>
    <message>
        <source>nobody is on the roster for this body on {day}; add its members first</source>
        <translation>{day} 花名册中该组织没有成员，请先添加</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>Scan of the signatures</source>
        <translation>签到表扫描件</translation>
    </message>
    <message>
        <source>{name} must be a PDF, JPEG or PNG file</source>
        <translation>{name} 须为 PDF、JPEG 或 PNG 文件</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB</source>
        <translation>{name} 超过 20 MB</translation>
    </message>
    <message>
        <source>{name} cannot be read</source>
        <translation>无法读取 {name}</translation>
    </message>
    <message>
        <source>{value} is not on the major-matters list</source>
        <translation>“{value}”不在重大事项目录中</translation>
    </message>
    <message>
        <source>the notice went out {days} days before the meeting; the rule is at least {needed} days ({source})</source>
        <translation>会议通知只提前了 {days} 天，规定至少提前 {needed} 天（{source}）</translation>
    </message>
    <message>
        <source>no date is recorded for when the meeting was announced; the rule is at least {needed} days ahead</source>
        <translation>未登记会议通知日期，规定至少提前 {needed} 天通知</translation>
    </message>
    <message>
        <source>only a matter that failed a vote or was withdrawn can be proposed again</source>
        <translation>只有表决未通过或已撤回的事项才能重新提议</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>the resolution disclosure needs the villagers&apos; (representatives&apos;) meeting to have passed the matter</source>
        <translation>决议公开须在村民（代表）会议表决通过后进行</translation>
    </message>
    <message>
        <source>the implementation result is disclosed after the resolution disclosure was posted</source>
        <translation>实施结果须在决议公开张贴后才能公开</translation>
    </message>
    <message>
        <source>this matter already has a resolution disclosure</source>
        <translation>此事项已有决议公开</translation>
    </message>
    <message>
        <source>the final implementation result has already been disclosed</source>
        <translation>最后一期实施结果已经公开</translation>
    </message>
    <message>
        <source>this disclosure was posted on {day} and is locked</source>
        <translation>此公开已于 {day} 张贴并锁定</translation>
    </message>
    <message>
        <source>needs the supervision committee&apos;s review signature before it can be printed for posting</source>
        <translation>须经村务监督委员会审核签字后才能打印张贴</translation>
    </message>
    <message>
        <source>must be from 1 to 90 days, got {value}</source>
        <translation>须为1至90天，现为 {value}</translation>
    </message>
    <message>
        <source>{value} is before the resolution meeting on {meeting}</source>
        <translation>{value} 早于 {meeting}</translation>
    </message>
    <message>
        <source>this disclosure has not been posted</source>
        <translation>此公开尚未张贴</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>四议两公开</translation>
    </message>
    <message>
        <source>{title}: waiting for {stage} (open {days} days)</source>
        <translation>{title}：等待“{stage}”（已启动 {days} 天）</translation>
    </message>
    <message>
        <source>{title}: open {days} days, past the {limit}-day limit</source>
        <translation>{title}：已启动 {days} 天，超过 {limit} 天的办理时限</translation>
    </message>
    <message>
        <source>{title}: passed, but the resolution disclosure is not posted</source>
        <translation>{title}：已表决通过，但尚未张贴决议公开</translation>
    </message>
    <message>
        <source>{posting} is before the date of issue {issued}; a notice is posted after it is issued</source>
        <translation>{posting} 早于落款日期 {issued}，公告应在落款后张贴</translation>
    </message>
    <message>
        <source>must have 1 to 8 columns, got {count}</source>
        <translation>须有1至8列，现为 {count} 列</translation>
    </message>
    <message>
        <source>column {column} has no heading</source>
        <translation>第 {column} 列没有列标题</translation>
    </message>
    <message>
        <source>row {row} has {got} cells but the table has {want} columns</source>
        <translation>第 {row} 行有 {got} 格，但表格有 {want} 列</translation>
    </message>
    <message>
        <source>must have at least one row and at most {max}</source>
        <translation>至少1行，最多 {max} 行</translation>
    </message>
    <message>
        <source>row {row}, column {column} is longer than {max} characters</source>
        <translation>第 {row} 行第 {column} 列超过 {max} 个字</translation>
    </message>
    <message>
        <source>this notice was posted on {day} and is locked; make a new revision to change it</source>
        <translation>此公告已于 {day} 张贴并锁定，如需修改请生成新版次</translation>
    </message>
    <message>
        <source>revision {revision} has already been replaced by a newer revision</source>
        <translation>第 {revision} 版已有更新的版次</translation>
    </message>
    <message>
        <source>General notices</source>
        <translation>通用公告</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>{where} contains &apos;{char}&apos; (U+{code}), and no font on this PC that can be embedded has it; install a TrueType font that has it (e.g. SimSun-ExtB) or use another character</source>
        <translation>{where}中有“{char}”（U+{code}），本机没有可嵌入的字体包含此字；请安装包含此字的 TrueType 字体（如 SimSun-ExtB），或改用其他字</translation>
    </message>
    <message>
        <source>{where} contains &apos;{char}&apos; (U+{code}), and no font on this PC that can be embedded has it: {fonts} have it but use PostScript outlines, which cannot be embedded; install a TrueType font that has it (e.g. SimSun-ExtB) or use another character</source>
        <translation>{where}中有“{char}”（U+{code}），本机没有可嵌入的字体包含此字：{fonts}虽有此字，但采用 PostScript 轮廓，无法嵌入 PDF；请安装包含此字的 TrueType 字体（如 SimSun-ExtB），或改用其他字</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>{name} is not a VillageDesk backup</source>
        <translation>{name} 不是村务台账的备份文件</translation>
    </message>
    <message>
        <source>{name} is incomplete or damaged (it may have been cut off while copying)</source>
        <translation>{name} 不完整或已损坏（可能在复制时中断）</translation>
    </message>
    <message>
        <source>{name} is damaged: its content no longer matches the checksum made with it; nothing was restored</source>
        <translation>{name} 已损坏：内容与备份时生成的校验值不一致，未恢复任何数据</translation>
    </message>
    <message>
        <source>{name} has a damaged or unknown header; it was not made by this version of VillageDesk</source>
        <translation>{name} 的文件头已损坏或无法识别，不是本版本软件生成的备份</translation>
    </message>
    <message>
        <source>{name} asks for key-derivation settings outside the allowed range; it was altered or not made by VillageDesk</source>
        <translation>{name} 要求的密钥派生参数超出允许范围，文件已被改动或不是本软件生成的</translation>
    </message>
    <message>
        <source>the passphrase does not open {name} (or the file was altered)</source>
        <translation>口令无法打开 {name}（或文件已被改动）</translation>
    </message>
    <message>
        <source>{name} is encrypted; enter its passphrase</source>
        <translation>{name} 已加密，请输入口令</translation>
    </message>
    <message>
        <source>{name} belongs to {village} ({code}), not to this centre ({own})</source>
        <translation>{name} 属于{village}（{code}），不是本服务中心（{own}）的备份</translation>
    </message>
    <message>
        <source>{name} was made by a newer VillageDesk (database revision {rev}); update first</source>
        <translation>{name} 由更新版本的村务台账生成（数据库版本 {rev}），请先升级软件</translation>
    </message>
    <message>
        <source>must be at least 8 characters</source>
        <translation>至少8个字符</translation>
    </message>
    <message>
        <source>could not be written to {folder}: {error}</source>
        <translation>无法写入 {folder}：{error}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>{name} is not a member of the village affairs supervision committee on {day}; only its members may sign a review</source>
        <translation>{name} 在 {day} 不是村务监督委员会成员，只有监委会成员才能签署审核意见</translation>
    </message>
    <message>
        <source>{value} is in the future (today is {today})</source>
        <translation>{value} 晚于今天（{today}）</translation>
    </message>
    <message>
        <source>{value} is before {saved}, the day this version of the record was saved; a review cannot be dated before what it reviews existed</source>
        <translation>{value} 早于 {saved}（该记录本版本的保存日期）；审核日期不能早于被审核的内容形成之日</translation>
    </message>
    <message>
        <source>{name} has already signed this version</source>
        <translation>{name} 已审核过此版本</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>must be {minimum} to {maximum} digits</source>
        <translation>须为 {minimum} 至 {maximum} 位数字</translation>
    </message>
    <message>
        <source>is too easy to guess (the same digit, a simple sequence or a repeated group such as 121212)</source>
        <translation>太容易被猜到（同一数字、简单序列或 121212 这类重复组合）</translation>
    </message>
    <message>
        <source>the new PIN must differ from the current one</source>
        <translation>新 PIN 必须与当前 PIN 不同</translation>
    </message>
    <message>
        <source>{name} must choose a new PIN before doing anything else (it was reset by the administrator or is shorter than {minimum} digits): sign in at the desk, or run `villagedesk --user {name} user set-pin {name}`</source>
        <translation>{name} 须先设置新 PIN 才能进行其他操作（PIN 已被管理员重置，或少于 {minimum} 位）：请在台账软件中登录，或运行 `villagedesk --user {name} user set-pin {name}`</translation>
    </message>
    <message>
        <source>the PIN of {name} was reset by the administrator: {name} must first choose a new PIN</source>
        <translation>{name} 的 PIN 已被管理员重置：{name} 须先设置新 PIN</translation>
    </message>
    <message>
        <source>the two PINs are different</source>
        <translation>两次输入的PIN码不一致</translation>
    </message>
    <message>
        <source>a user called {name} already exists</source>
        <translation>已有名为 {name} 的用户</translation>
    </message>
    <message>
        <source>there is no active user called {name}</source>
        <translation>没有名为 {name} 的在用用户</translation>
    </message>
    <message>
        <source>wrong PIN; {left} tries left before the account is locked for {minutes} minutes</source>
        <translation>PIN 不正确；再错 {left} 次账户将被锁定 {minutes} 分钟</translation>
    </message>
    <message>
        <source>too many wrong PINs; the account is locked until {until}</source>
        <translation>PIN 错误次数过多，账户已锁定至 {until}</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {action}</source>
        <translation>{name}（{role}）无权{action}</translation>
    </message>
    <message>
        <source>a supervision committee user must be linked to a person on the roster</source>
        <translation>监委会成员用户必须对应花名册中的人员</translation>
    </message>
    <message>
        <source>the last administrator cannot be removed or demoted</source>
        <translation>不能停用最后一名管理员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>录入员</translation>
    </message>
    <message>
        <source>Secretary / chair</source>
        <translation>书记/主任</translation>
    </message>
    <message>
        <source>Supervision committee member</source>
        <translation>监委会成员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>修改台账记录</translation>
    </message>
    <message>
        <source>change the centre profile</source>
        <translation>修改服务中心信息</translation>
    </message>
    <message>
        <source>print or save documents</source>
        <translation>打印或保存文件</translation>
    </message>
    <message>
        <source>print notices for posting</source>
        <translation>打印张贴公告</translation>
    </message>
    <message>
        <source>sign a supervision review</source>
        <translation>签署监委会审核意见</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>export data for the township</source>
        <translation>导出数据报送乡镇</translation>
    </message>
    <message>
        <source>see sensitive information (查看敏感信息)</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>is required: this record has been posted on the village board</source>
        <translation>必须填写：此记录已在村务公开栏张贴公开</translation>
    </message>
    <message>
        <source>Stage 1 attendance</source>
        <translation>党组织提议到会要求</translation>
    </message>
    <message>
        <source>Stage 1 pass (of members who should attend)</source>
        <translation>党组织提议通过要求（按应到人数）</translation>
    </message>
    <message>
        <source>Stage 2 attendance</source>
        <translation>“两委”会议到会要求</translation>
    </message>
    <message>
        <source>Stage 2 pass (of members present)</source>
        <translation>“两委”会议通过要求（按实到人数）</translation>
    </message>
    <message>
        <source>Party members&apos; meeting attendance</source>
        <translation>党员大会到会要求</translation>
    </message>
    <message>
        <source>Days ahead Party members get the plan</source>
        <translation>提前几天向党员发送方案</translation>
    </message>
    <message>
        <source>Days ahead a villagers&apos; meeting is announced</source>
        <translation>村民会议提前几天公告</translation>
    </message>
    <message>
        <source>Default posting period (days)</source>
        <translation>默认公示天数</translation>
    </message>
    <message>
        <source>Whole-process limit (days)</source>
        <translation>全流程办理时限（天）</translation>
    </message>
    <message>
        <source>Amount above which any matter is major (yuan)</source>
        <translation>重大事项金额标准（元）</translation>
    </message>
    <message>
        <source>Absentees&apos; written opinions count as votes</source>
        <translation>缺席人员书面意见计入票数</translation>
    </message>
    <message>
        <source>Major-matters list</source>
        <translation>重大事项目录</translation>
    </message>
    <message>
        <source>Shortest PIN (digits)</source>
        <translation>PIN 最短位数</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>{title}: {value} is not allowed</source>
        <translation>{title}：不允许取值 {value}</translation>
    </message>
    <message>
        <source>Record book</source>
        <translation>记录本</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>is filed, not posted on the board</source>
        <translation>只归档，不在公开栏张贴</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>{name} is not a township acknowledgement</source>
        <translation>{name} 不是乡镇回执</translation>
    </message>
    <message>
        <source>{name} is signed but malformed ({field})</source>
        <translation>{name} 有签名但格式不对（{field}）</translation>
    </message>
    <message>
        <source>{name} is too large to be an acknowledgement</source>
        <translation>{name} 太大，不是回执文件</translation>
    </message>
    <message>
        <source>{name} is not signed by this village&apos;s township key</source>
        <translation>{name} 不是由本村安装的乡镇密钥签名的</translation>
    </message>
    <message>
        <source>{name} acknowledges village {code}, not this one</source>
        <translation>{name} 是给 {code} 村的回执，不是本村的</translation>
    </message>
    <message>
        <source>{name} is older than the acknowledgement already applied (package {applied}); nothing was changed</source>
        <translation>{name} 比已导入的回执（第{applied}包）旧，未作任何改动</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>import the township&apos;s key first (Settings or `villagedesk township-key import`)</source>
        <translation>请先安装乡镇密钥（在“乡镇数据交换”页或用 villagedesk township-key import）</translation>
    </message>
    <message>
        <source>could not write to {folder}: {error}. Nothing was recorded as exported; check the USB stick and try again</source>
        <translation>无法写入 {folder}：{error}。未记录为已导出，请检查U盘后重试</translation>
    </message>
    <message>
        <source>the file on {folder} did not read back correctly ({error}); nothing was recorded as exported</source>
        <translation>{folder} 上的文件回读校验失败（{error}），未记录为已导出</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>{name} is not a VillageDesk {what} key file</source>
        <translation>{name} 不是村务台账的{what}密钥文件</translation>
    </message>
    <message>
        <source>{name} is the key of township {code}, but this village belongs to {own}</source>
        <translation>{name} 是乡镇 {code} 的密钥，但本村属于 {own}</translation>
    </message>
    <message>
        <source>Township store</source>
        <translation>乡镇数据库</translation>
    </message>
    <message>
        <source>the township code must be 9 digits, got {value}</source>
        <translation>乡镇代码须为9位数字，现为 {value}</translation>
    </message>
    <message>
        <source>this store already belongs to township {name} ({code})</source>
        <translation>此数据库已属于乡镇 {name}（{code}）</translation>
    </message>
    <message>
        <source>this store has no township yet: run `villagedesk township --db URL init` first</source>
        <translation>此数据库尚未初始化，请先运行 villagedesk township --db URL init</translation>
    </message>
    <message>
        <source>village {code} does not belong to township {township}</source>
        <translation>{code} 村不属于乡镇 {township}</translation>
    </message>
    <message>
        <source>village {code} is already enrolled with another key (fingerprint {old}); a new key must be confirmed in person</source>
        <translation>{code} 村已登记另一把密钥（指纹 {old}），更换密钥须当面核实</translation>
    </message>
    <message>
        <source>village {code} belongs to township {other}, not {own}</source>
        <translation>村 {code} 属于乡镇 {other}，不属于 {own}</translation>
    </message>
    <message>
        <source>village {code} is not enrolled (enrol its key first)</source>
        <translation>村 {code} 尚未登记（请先登记其密钥）</translation>
    </message>
    <message>
        <source>the package was made for another township or another township key</source>
        <translation>该数据包是为其他乡镇或乡镇的其他密钥制作的</translation>
    </message>
    <message>
        <source>package {sequence} was already received with other content; if the village restored a backup, it must first import the township&apos;s newest acknowledgement</source>
        <translation>第{sequence}包已收到过内容不同的一份；如该村恢复过备份，须先导入乡镇最新的回执</translation>
    </message>
    <message>
        <source>package {sequence} is older than the last one received ({last})</source>
        <translation>第{sequence}包早于已收到的最后一包（第{last}包）</translation>
    </message>
    <message>
        <source>packages {missing} of village {code} have not been imported yet; import them first</source>
        <translation>村 {code} 的第{missing}包尚未导入，请先导入</translation>
    </message>
    <message>
        <source>the package does not follow the last one received (previous hash differs)</source>
        <translation>该数据包与已收到的最后一包接不上（上一包哈希不同）</translation>
    </message>
    <message>
        <source>the package starts after change {after}, but the township holds changes only up to {held}; export everything (--all) at the village</source>
        <translation>该数据包从第{after}号变更之后开始，但乡镇只收到第{held}号为止；请在村里全部导出（--all）</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>the township store could not save it ({error}); nothing was imported, try again</source>
        <translation>乡镇数据库无法保存（{error}），未导入任何内容，请重试</translation>
    </message>
    <message>
        <source>imported, but the acknowledgement could not be written ({error}); write it again with `township ack --again`</source>
        <translation>已导入，但回执未能写出（{error}）；请用 `township ack --again` 重写回执</translation>
    </message>
    <message>
        <source>package {sequence} of village {code} has not been imported</source>
        <translation>村 {code} 的第{sequence}包尚未导入</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>there is no conflict number {id}</source>
        <translation>没有编号为 {id} 的冲突</translation>
    </message>
    <message>
        <source>conflict {id} was already decided ({decision} by {by})</source>
        <translation>冲突 {id} 已处理（{by}：{decision}）</translation>
    </message>
    <message>
        <source>say who decides (a name)</source>
        <translation>请填写处理人姓名</translation>
    </message>
    <message>
        <source>Notice PDF</source>
        <translation>公开PDF</translation>
    </message>
    <message>
        <source>village {code} sent no notice PDF {id}</source>
        <translation>村 {code} 没有报送编号为 {id} 的公开PDF</translation>
    </message>
    <message>
        <source>Backups restored</source>
        <translation>恢复备份次数</translation>
    </message>
    <message>
        <source>PIN resets by the administrator</source>
        <translation>管理员重置PIN次数</translation>
    </message>
    <message>
        <source>Matters between stages</source>
        <translation>办理中的重大事项</translation>
    </message>
    <message>
        <source>Matters past the limit</source>
        <translation>超期事项</translation>
    </message>
    <message>
        <source>Resolutions not disclosed</source>
        <translation>决议未公开</translation>
    </message>
    <message>
        <source>major matters</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <source>People on the roster</source>
        <translation>花名册人数</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最新数据包</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Missing packages</source>
        <translation>缺少的数据包</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>{value} was stored as a number by Excel and has lost its last digits; set the column to text and type the number again</source>
        <translation>{value} 被 Excel 存成了数字，末尾几位已丢失；请把该列设为“文本”格式后重新输入号码</translation>
    </message>
    <message>
        <source>{value} has 17 characters: the last one (a digit or X) is missing, often because Excel dropped it; type the full 18-character number</source>
        <translation>{value} 只有 17 位：缺少最后一位（数字或 X），常因 Excel 丢掉；请输入完整的 18 位号码</translation>
    </message>
    <message>
        <source>{value} has {length} characters; an identity number has 18 (15 on an old first-generation card)</source>
        <translation>{value} 有 {length} 位；身份证号应为 18 位（一代旧证为 15 位）</translation>
    </message>
    <message>
        <source>{value} may contain only digits, and X as the last character, got {char}</source>
        <translation>{value} 只能由数字组成，仅最后一位可为 X，但其中有“{char}”</translation>
    </message>
    <message>
        <source>{value}: the birth date in it ({digits}) is not a real date</source>
        <translation>{value}：其中的出生日期（{digits}）不是真实存在的日期</translation>
    </message>
    <message>
        <source>{value}: the birth date in it ({date}) is before 1900</source>
        <translation>{value}：其中的出生日期（{date}）早于 1900 年</translation>
    </message>
    <message>
        <source>{value}: the birth date in it ({date}) is after today ({today})</source>
        <translation>{value}：其中的出生日期（{date}）晚于今天（{today}）</translation>
    </message>
    <message>
        <source>{value}: the check character (the last one) should be {expected}, not {actual}; a character was probably mistyped</source>
        <translation>{value}：校验码（最后一位）应为 {expected}，而不是 {actual}；可能有一位输错了</translation>
    </message>
    <message>
        <source>{value} is not an amount in yuan (write it like 1234.50 or 1,234.50)</source>
        <translation>{value} 不是以元为单位的金额（请写成 1234.50 或 1,234.50）</translation>
    </message>
    <message>
        <source>{value} has more than two decimal places; amounts are kept to the fen (0.01 yuan)</source>
        <translation>{value} 的小数超过两位；金额只记到分（0.01 元）</translation>
    </message>
    <message>
        <source>{value} is negative; an amount cannot be below zero</source>
        <translation>{value} 是负数；金额不能小于零</translation>
    </message>
    <message>
        <source>{value} is more than the largest amount allowed ({max} yuan)</source>
        <translation>{value} 超过了允许的最大金额（{max} 元）</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>{value} is not a whole number of fen</source>
        <translation>{value} 不是整数分</translation>
    </message>
    <message>
        <source>character {position} is an invisible or control character ({char}); delete it and type again</source>
        <translation>第 {position} 个字符是不可见字符或控制字符（{char}），请删除后重新输入</translation>
    </message>
    <message>
        <source>incomplete file</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>altered or damaged</source>
        <translation>被改动或已损坏</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>没有签名</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>签名不符</translation>
    </message>
    <message>
        <source>village not enrolled</source>
        <translation>村未登记</translation>
    </message>
    <message>
        <source>made for another township</source>
        <translation>不是发给本乡镇的</translation>
    </message>
    <message>
        <source>out of sequence</source>
        <translation>包号不连续</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>格式未知</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>audit history rewritten</source>
        <translation>审计记录被改写</translation>
    </message>
    <message>
        <source>the file is incomplete or not a package (cut off while copying?)</source>
        <translation>文件不完整或不是数据包（复制时中断？）</translation>
    </message>
    <message>
        <source>the manifest is missing</source>
        <translation>缺少清单</translation>
    </message>
    <message>
        <source>the manifest is damaged</source>
        <translation>清单已损坏</translation>
    </message>
    <message>
        <source>format version {version} (this desk reads {ours})</source>
        <translation>格式版本 {version}（本软件读取版本 {ours}）</translation>
    </message>
    <message>
        <source>the package carries no signature</source>
        <translation>数据包没有签名</translation>
    </message>
    <message>
        <source>the signature or the village code in the manifest is malformed</source>
        <translation>签名或清单中的村代码格式错误</translation>
    </message>
    <message>
        <source>not signed by the enrolled key of village {code} (another village&apos;s key, a replaced key, or an altered manifest)</source>
        <translation>不是村 {code} 登记的密钥签名的（其他村的密钥、更换过的密钥或被改动的清单）</translation>
    </message>
    <message>
        <source>members not in the manifest: {names}</source>
        <translation>清单中没有的文件：{names}</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>缺少 {name}</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} 已损坏</translation>
    </message>
    <message>
        <source>{name} does not match its hash in the signed manifest</source>
        <translation>{name} 与签名清单中的哈希不符</translation>
    </message>
    <message>
        <source>the file holds {name} twice (a package never does)</source>
        <translation>文件中 {name} 出现两次（数据包不会这样）</translation>
    </message>
    <message>
        <source>the file holds {count} members, more than a package may ({limit})</source>
        <translation>文件包含 {count} 个成员，超过数据包上限（{limit}）</translation>
    </message>
    <message>
        <source>{name} is larger than a package member may be ({limit} MB)</source>
        <translation>{name} 超过数据包成员的大小上限（{limit} MB）</translation>
    </message>
    <message>
        <source>the members together are larger than a package may be ({limit} MB)</source>
        <translation>各成员合计超过数据包的大小上限（{limit} MB）</translation>
    </message>
    <message>
        <source>the signed manifest has no {field}</source>
        <translation>签名清单缺少 {field}</translation>
    </message>
    <message>
        <source>{field} in the signed manifest is not {expected}</source>
        <translation>签名清单中的 {field} 不是{expected}</translation>
    </message>
    <message>
        <source>{field} in the signed manifest is out of range: {value}</source>
        <translation>签名清单中的 {field} 超出范围：{value}</translation>
    </message>
    <message>
        <source>the manifest lists a member with an unexpected name: {name}</source>
        <translation>清单列出了名称异常的成员：{name}</translation>
    </message>
    <message>
        <source>the manifest counts {count} records of {name}, but the package holds {actual}</source>
        <translation>清单记 {name} 共 {count} 条，但数据包中有 {actual} 条</translation>
    </message>
    <message>
        <source>{name} is not a list of records</source>
        <translation>{name} 不是记录列表</translation>
    </message>
    <message>
        <source>a record in {name} has a missing or wrong {field}</source>
        <translation>{name} 中有记录的 {field} 缺失或错误</translation>
    </message>
    <message>
        <source>record {uuid} appears twice in the package</source>
        <translation>记录 {uuid} 在数据包中出现两次</translation>
    </message>
    <message>
        <source>sealed fields of {uuid} do not open</source>
        <translation>{uuid} 的加密字段无法打开</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a table of fields</source>
        <translation>字段表</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>a SHA-256 digest</source>
        <translation>SHA-256 摘要</translation>
    </message>
    <message>
        <source>the package carries no audit history (an older VillageDesk), but the township already anchored {count} entries of this village; update VillageDesk at the village and export again</source>
        <translation>数据包未附带审计记录（村里的软件版本较旧），但乡镇已锚定该村{count}条审计记录；请在村里升级软件后重新导出</translation>
    </message>
    <message>
        <source>the audit history in the package starts from entry {count}, a point the township never anchored; import the newest acknowledgement at the village and export again</source>
        <translation>数据包中的审计记录从第{count}条开始，乡镇从未锚定过该位置；请在村里导入最新回执后重新导出</translation>
    </message>
    <message>
        <source>the audit history does not extend the one anchored with package {sequence} ({count} entries): records were rewritten or removed at the village</source>
        <translation>审计记录未延续第{sequence}号包锚定的记录（{count}条）：村里的记录被改写或删除</translation>
    </message>
    <message>
        <source>the audit history in the package does not lead to the head its manifest names</source>
        <translation>数据包中的审计记录与清单所载的最新记录不符</translation>
    </message>
    <message>
        <source>the audit history holds an old-form entry after the first anchor (rewritten)</source>
        <translation>首次锚定之后出现旧格式的审计记录（已被改写）</translation>
    </message>
    <message>
        <source>an entry shown in full does not match its hash (altered)</source>
        <translation>一条完整附带的审计记录与其哈希不符（已被改动）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入内容</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>VillageDesk hit an unexpected error. Your saved records are safe; the last action was not saved.
Press &apos;Show Details&apos; to copy the details for support.</source>
        <translation>村务台账遇到意外错误。已保存的记录不受影响，最后一步操作未保存。
点击“显示详细信息”可复制错误详情，提供给技术支持。</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>The printer did not take the job: %1
What was recorded stays recorded; print the document again.</source>
        <translation>打印机未接收打印任务：%1
已登记的内容保持不变，请重新打印该文档。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Sending to the printer...</source>
        <translation>正在发送到打印机…</translation>
    </message>
    <message>
        <source>Print %1 document(s), %2 page(s)</source>
        <translation>打印 %1 份文件，共 %2 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入PDF文件：%1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Large text mode (大字模式)</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <source>Large text scale</source>
        <translation>大字模式放大倍数</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>启动时显示的页面</translation>
    </message>
    <message>
        <source>Last signed-in user</source>
        <translation>上次登录的用户</translation>
    </message>
</context>
</TS>
