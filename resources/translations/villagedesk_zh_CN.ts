<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>VillageDesk 村党群服务中心台账</source>
        <translation>VillageDesk 村党群服务中心台账</translation>
    </message>
    <message>
        <source>Every command that changes something or shows personal data in full acts as a real user who gives their PIN: --user NAME (default: the administrator), the PIN asked for at the terminal or read from the first line of standard input with --pin-stdin; a command that reads another secret from standard input (a new PIN, a backup passphrase) reads it on the next line. Only `init` and `demo` on an empty folder need no PIN. A locked or disabled user can do nothing.</source>
        <translation>凡是修改数据或完整显示个人信息的命令，都以一名真实用户的身份执行，须提供该用户的 PIN：--user 用户名（默认为管理员）；PIN 在终端询问，或用 --pin-stdin 从标准输入的第一行读取；命令若还要从标准输入读取其他密码（新 PIN、备份口令），则在下一行读取。只有在空数据文件夹上执行 `init` 和 `demo` 不需要 PIN。被锁定或停用的用户不能执行任何操作。</translation>
    </message>
    <message>
        <source>data folder (default: the user data folder)</source>
        <translation>数据文件夹（默认：用户数据文件夹）</translation>
    </message>
    <message>
        <source>act as this user (default: the centre&apos;s administrator, who still gives their PIN)</source>
        <translation>以此用户身份执行（默认：本中心管理员，仍须提供其 PIN）</translation>
    </message>
    <message>
        <source>open the desk offscreen, check it and quit</source>
        <translation>在后台打开台账程序、自检后退出</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>&lt;命令&gt;</translation>
    </message>
    <message>
        <source>file not found: {name}</source>
        <translation>找不到文件：{name}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {message}). Nothing more was done. Details are in the log: {log}</source>
        <translation>发生意外错误（{kind}：{message}），操作已停止，未再做任何修改。详情见日志：{log}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{what} {count}</source>
        <translation>{what} {count}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>不是有效日期（格式为 年-月-日，如 2026-11-27）：{text}</translation>
    </message>
    <message>
        <source>read the acting user&apos;s PIN from the first line of standard input (before any other secret the command reads there)</source>
        <translation>从标准输入的第一行读取执行用户的 PIN（在该命令读取的其他密码之前）</translation>
    </message>
    <message>
        <source>needs no PIN: it shows no personal data in full and changes nothing.</source>
        <translation>不需要 PIN：它不完整显示个人信息，也不修改任何数据。</translation>
    </message>
    <message>
        <source>Acts as --user (default: the administrator), who must give their PIN: asked for at the terminal, or the first line of standard input with --pin-stdin.</source>
        <translation>以 --user 指定的用户（默认为管理员）身份执行，须提供其 PIN：在终端询问，或用 --pin-stdin 从标准输入的第一行读取。</translation>
    </message>
    <message>
        <source>no active user called {name} (see `villagedesk user list`)</source>
        <translation>没有名为“{name}”的在用用户（请用 `villagedesk user list` 查看）</translation>
    </message>
    <message>
        <source>this data folder has no users yet: run `villagedesk init` or `villagedesk demo`, or open the desk</source>
        <translation>此数据文件夹还没有用户：请运行 `villagedesk init` 或 `villagedesk demo`，或打开台账程序完成设置</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>{name} 的 PIN</translation>
    </message>
    <message>
        <source>this data folder already has a centre; {command} needs a new, empty folder (--data-dir)</source>
        <translation>此数据文件夹已有服务中心数据；{command} 需要一个新的空文件夹（--data-dir）</translation>
    </message>
    <message>
        <source>{prompt}: run in a terminal or pass --{flag}</source>
        <translation>{prompt}：请在终端中运行，或使用 --{flag}</translation>
    </message>
    <message>
        <source>{prompt} (again): </source>
        <translation>{prompt}（再输入一次）：</translation>
    </message>
    <message>
        <source>the two entries are different</source>
        <translation>两次输入不一致</translation>
    </message>
    <message>
        <source>create the centre profile without the wizard</source>
        <translation>不经向导直接创建服务中心资料</translation>
    </message>
    <message>
        <source>Create the centre and its administrator in an empty data folder (no PIN needed: there is no user yet).</source>
        <translation>在空数据文件夹中创建服务中心及其管理员（不需要 PIN：此时还没有用户）。</translation>
    </message>
    <message>
        <source>12-digit 统计用区划代码</source>
        <translation>12 位统计用区划代码</translation>
    </message>
    <message>
        <source>name of the village Party organisation</source>
        <translation>村党组织名称</translation>
    </message>
    <message>
        <source>name of the villagers&apos; committee</source>
        <translation>村民委员会名称</translation>
    </message>
    <message>
        <source>secretary is also committee chair (一肩挑)</source>
        <translation>书记兼任村委会主任（一肩挑）</translation>
    </message>
    <message>
        <source>name of the administrator user (default 管理员)</source>
        <translation>管理员用户名（默认“管理员”）</translation>
    </message>
    <message>
        <source>the administrator&apos;s PIN (6 to 12 digits, not a simple sequence); asked for when omitted</source>
        <translation>管理员的 PIN（6 至 12 位数字，不能是简单序列）；省略时会询问</translation>
    </message>
    <message>
        <source>read the administrator&apos;s new PIN from standard input</source>
        <translation>从标准输入读取管理员的新 PIN</translation>
    </message>
    <message>
        <source>{village} {code} → {folder}</source>
        <translation>{village} {code} → {folder}</translation>
    </message>
    <message>
        <source>administrator: {name}</source>
        <translation>管理员：{name}</translation>
    </message>
    <message>
        <source>print the centre profile, database revision, data folder and fonts</source>
        <translation>显示服务中心资料、数据库版本、数据文件夹和字体</translation>
    </message>
    <message>
        <source>Print the centre profile, database revision, data folder and fonts. </source>
        <translation>显示服务中心资料、数据库版本、数据文件夹和字体。</translation>
    </message>
    <message>
        <source>centre: (not set up — run `villagedesk init` or open the desk)</source>
        <translation>服务中心：（尚未设置——请运行 `villagedesk init` 或打开台账程序）</translation>
    </message>
    <message>
        <source>village: {name} ({code})</source>
        <translation>村：{name}（{code}）</translation>
    </message>
    <message>
        <source>township: {name} ({code})</source>
        <translation>乡镇：{name}（{code}）</translation>
    </message>
    <message>
        <source>county: {name} ({code})</source>
        <translation>县（市、区）：{name}（{code}）</translation>
    </message>
    <message>
        <source>party organisation: {name}</source>
        <translation>村党组织：{name}</translation>
    </message>
    <message>
        <source>villagers&apos; committee: {name}</source>
        <translation>村民委员会：{name}</translation>
    </message>
    <message>
        <source>objection phone: {phone}</source>
        <translation>意见反馈电话：{phone}</translation>
    </message>
    <message>
        <source>supervision phone: {phone}</source>
        <translation>监督电话：{phone}</translation>
    </message>
    <message>
        <source>one-shoulder (一肩挑): {answer}</source>
        <translation>一肩挑：{answer}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>posting day: {day}</source>
        <translation>每月公开日：{day} 日</translation>
    </message>
    <message>
        <source>database revision: {revision} (head {head})</source>
        <translation>数据库版本：{revision}（最新 {head}）</translation>
    </message>
    <message>
        <source>data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>database: {file}</source>
        <translation>数据库：{file}</translation>
    </message>
    <message>
        <source>font: {file} (bundled)</source>
        <translation>字体：{file}（随程序提供）</translation>
    </message>
    <message>
        <source>font fallback: {file} (system)</source>
        <translation>备用字体：{file}（系统）</translation>
    </message>
    <message>
        <source>font {role}: {file} (bundled)</source>
        <translation>字体 {role}：{file}（随程序提供）</translation>
    </message>
    <message>
        <source>font {role}: {file} (system)</source>
        <translation>字体 {role}：{file}（系统）</translation>
    </message>
    <message>
        <source>fill a new centre with sample data</source>
        <translation>用示例数据填充一个新的服务中心</translation>
    </message>
    <message>
        <source>Fill an empty data folder with a sample village (no PIN needed: there is no user yet). Prints the demo users and their PINs.</source>
        <translation>在空数据文件夹中生成一个示例村（不需要 PIN：此时还没有用户）。会显示示例用户及其 PIN。</translation>
    </message>
    <message>
        <source>the demo&apos;s &apos;today&apos; (default: today)</source>
        <translation>示例数据的“今天”（默认：今天）</translation>
    </message>
    <message>
        <source>demo village {village}: {people} people in {folder}</source>
        <translation>示例村 {village}：{people} 人，数据在 {folder}</translation>
    </message>
    <message>
        <source>  {what}: {count}</source>
        <translation>  {what}：{count}</translation>
    </message>
    <message>
        <source>demo users (name, role, PIN):</source>
        <translation>示例用户（用户名、角色、PIN）：</translation>
    </message>
    <message>
        <source>desk users: list, add, set-pin, disable</source>
        <translation>台账用户：列出、添加、设置 PIN、停用</translation>
    </message>
    <message>
        <source>the users and their roles</source>
        <translation>用户及其角色</translation>
    </message>
    <message>
        <source>List the users. </source>
        <translation>列出用户。</translation>
    </message>
    <message>
        <source> Standard input, with both flags: the acting user&apos;s PIN on the first line, the new PIN on the second.</source>
        <translation>同时使用两个参数从标准输入读取时：第一行是执行用户的 PIN，第二行是新 PIN。</translation>
    </message>
    <message>
        <source>add a user (administrator)</source>
        <translation>添加用户（管理员操作）</translation>
    </message>
    <message>
        <source>Add a user; an administrator&apos;s action. </source>
        <translation>添加用户；须由管理员操作。</translation>
    </message>
    <message>
        <source>roster person (required for SUPERVISOR)</source>
        <translation>花名册中的人员编号（SUPERVISOR 监委会用户必填）</translation>
    </message>
    <message>
        <source>may manage users and restore backups</source>
        <translation>可管理用户和恢复备份</translation>
    </message>
    <message>
        <source>read the new user&apos;s PIN from standard input</source>
        <translation>从标准输入读取新用户的 PIN</translation>
    </message>
    <message>
        <source>change your own PIN, or reset another user&apos;s (administrator)</source>
        <translation>修改自己的 PIN，或重置他人的 PIN（管理员操作）</translation>
    </message>
    <message>
        <source>Change your own PIN (--user NAME user set-pin NAME, with your current PIN), or, as the administrator, reset another user&apos;s: they must then choose a new PIN at their next sign-in and cannot sign a review before. </source>
        <translation>修改自己的 PIN（--user 用户名 user set-pin 用户名，并提供当前 PIN）；或由管理员重置他人的 PIN：该用户下次登录时必须设置新 PIN，在此之前不能签署审核。</translation>
    </message>
    <message>
        <source>read the new PIN from standard input</source>
        <translation>从标准输入读取新 PIN</translation>
    </message>
    <message>
        <source>disable a user (administrator)</source>
        <translation>停用用户（管理员操作）</translation>
    </message>
    <message>
        <source>Disable a user. </source>
        <translation>停用用户。</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>{name} 的 PIN</translation>
    </message>
    <message>
        <source>new PIN for {name}</source>
        <translation>{name} 的新 PIN</translation>
    </message>
    <message>
        <source>user added: {name}</source>
        <translation>已添加用户：{name}</translation>
    </message>
    <message>
        <source>PIN set: {name}</source>
        <translation>已设置 PIN：{name}</translation>
    </message>
    <message>
        <source>user disabled: {name}</source>
        <translation>已停用用户：{name}</translation>
    </message>
    <message>
        <source>{name} must choose a new PIN at their next sign-in</source>
        <translation>{name} 下次登录时必须设置新 PIN</translation>
    </message>
    <message>
        <source>check or show the tamper-evident history</source>
        <translation>检查或查看防篡改的修改记录</translation>
    </message>
    <message>
        <source>walk the whole chain; exit 0 when intact</source>
        <translation>核验整条记录链；完好时退出码为 0</translation>
    </message>
    <message>
        <source>Walk the whole chain; exit 0 when intact. </source>
        <translation>核验整条记录链；完好时退出码为 0。</translation>
    </message>
    <message>
        <source>the history of one record</source>
        <translation>一条记录的修改历史</translation>
    </message>
    <message>
        <source>Every change to one record, in words (identity numbers masked). </source>
        <translation>一条记录的每次修改，以文字显示（身份证号遮挡）。</translation>
    </message>
    <message>
        <source>restored {at} by {name} from {backup} ({count} entries){start}</source>
        <translation>{at} 由 {name} 从 {backup} 恢复（{count} 条记录）{start}</translation>
    </message>
    <message>
        <source>, started again from the township&apos;s anchor at entry {count}</source>
        <translation>，从乡镇锚点第 {count} 条记录处重新接续</translation>
    </message>
    <message>
        <source>{name} lies past the restore: those entries were discarded by it</source>
        <translation>{name} 在这次恢复之后：其中的记录已被恢复舍弃</translation>
    </message>
    <message>
        <source>audit chain intact: {entries} entries, {records} records, {anchors} anchors outside the database agree</source>
        <translation>修改记录链完好：{entries} 条记录，涉及 {records} 条数据，{anchors} 个外部锚点一致</translation>
    </message>
    <message>
        <source>audit chain BROKEN ({kind}): {problem}</source>
        <translation>修改记录链已损坏（{kind}）：{problem}</translation>
    </message>
    <message>
        <source>make a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>folder outside the data folder (e.g. a USB stick): the copy is encrypted</source>
        <translation>数据文件夹以外的文件夹（如 U 盘）：备份将加密</translation>
    </message>
    <message>
        <source>read the passphrase from standard input (after the PIN, when --pin-stdin is given too)</source>
        <translation>从标准输入读取备份口令（同时使用 --pin-stdin 时，在 PIN 之后一行）</translation>
    </message>
    <message>
        <source>Make a backup now. </source>
        <translation>立即备份。</translation>
    </message>
    <message>
        <source>passphrase for the backup</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>list the automatic and manual backups in the data folder</source>
        <translation>列出数据文件夹中的自动和手动备份</translation>
    </message>
    <message>
        <source>List the backups in the data folder. </source>
        <translation>列出数据文件夹中的备份。</translation>
    </message>
    <message>
        <source>, attachments {count}</source>
        <translation>，附件 {count} 个</translation>
    </message>
    <message>
        <source>kept 30 days</source>
        <translation>保留 30 天</translation>
    </message>
    <message>
        <source>restore a backup (the current state is backed up first)</source>
        <translation>恢复备份（会先备份当前数据）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>Restore a backup; an administrator&apos;s action. </source>
        <translation>恢复备份；须由管理员操作。</translation>
    </message>
    <message>
        <source>passphrase of the backup</source>
        <translation>备份口令</translation>
    </message>
    <message>
        <source>, the village signing key</source>
        <translation>，含本村签名密钥</translation>
    </message>
    <message>
        <source>backup of {village} ({code}) made {made}: {counts}</source>
        <translation>{village}（{code}）的备份，制作于 {made}：{counts}</translation>
    </message>
    <message>
        <source>note: an old copy without a checksum; only its database structure was checked</source>
        <translation>注意：这是没有校验值的旧备份，只检查了数据库结构</translation>
    </message>
    <message>
        <source>restore replaces the current data: confirm with --yes</source>
        <translation>恢复会替换当前数据：请加 --yes 确认</translation>
    </message>
    <message>
        <source>restore it? the current state is backed up first [y/N] </source>
        <translation>确定恢复吗？会先备份当前数据 [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>未做任何修改</translation>
    </message>
    <message>
        <source>restored; the state before the restore is in {path}</source>
        <translation>已恢复；恢复前的数据保存在 {path}</translation>
    </message>
    <message>
        <source>list or import the people roster</source>
        <translation>列出或导入人员花名册</translation>
    </message>
    <message>
        <source>people, their groups and memberships</source>
        <translation>人员及其村民小组和身份</translation>
    </message>
    <message>
        <source>List people with their group and memberships (Party membership is personal data). </source>
        <translation>列出人员及其村民小组和身份（党员身份属于个人信息）。</translation>
    </message>
    <message>
        <source>import people and memberships from an .xlsx sheet</source>
        <translation>从 .xlsx 表格导入人员和身份</translation>
    </message>
    <message>
        <source>Import people and memberships from an .xlsx sheet: every problem is listed and nothing is imported until the sheet is clean; the same sheet twice changes nothing. </source>
        <translation>从 .xlsx 表格导入人员和身份：列出所有问题，表格没有问题之前什么也不导入；同一张表导入两次不会产生变化。</translation>
    </message>
    <message>
        <source>show what would change and import nothing</source>
        <translation>只显示将要发生的变化，不导入</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <source>list printable documents or write their PDFs</source>
        <translation>列出可打印文档或生成其 PDF</translation>
    </message>
    <message>
        <source>List the printable documents (--list, which needs no PIN) or write their PDFs (logged as printed by the acting user). </source>
        <translation>列出可打印文档（--list，不需要 PIN），或生成其 PDF（记入打印记录，记在执行用户名下）。</translation>
    </message>
    <message>
        <source>document ids from --list, e.g. general-3</source>
        <translation>文档编号（见 --list），如 general-3</translation>
    </message>
    <message>
        <source>list every printable document</source>
        <translation>列出全部可打印文档</translation>
    </message>
    <message>
        <source>write every printable document</source>
        <translation>生成全部可打印文档</translation>
    </message>
    <message>
        <source>暖心关怀: the care fund statement of a period</source>
        <translation>暖心关怀：关爱资金某一期间的收支情况</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>&lt;操作&gt;</translation>
    </message>
    <message>
        <source>write the care fund statement of a month, quarter, year or two dates as a PDF</source>
        <translation>将某月、某季度、某年或起止日期之间的关爱资金收支情况写成 PDF</translation>
    </message>
    <message>
        <source>Write the statement (opening balance, income, payments, closing balance and every line) of each care fund, or of --fund, for the period; logged as saved by the acting user. </source>
        <translation>写出该期间每项关爱资金（或 --fund 指定的资金）的收支情况（期初余额、本期收入、本期支出、期末余额及每笔明细），并以当前用户的名义记入打印日志。</translation>
    </message>
    <message>
        <source>2026 (a year), 2026Q1 (a quarter), 2026-03 (a month) or 2026-01-15..2026-03-20</source>
        <translation>2026（年度）、2026Q1（季度）、2026-03（月份）或 2026-01-15..2026-03-20（起止日期）</translation>
    </message>
    <message>
        <source>the fund&apos;s name (default: every care fund)</source>
        <translation>资金名称（默认：全部关爱资金）</translation>
    </message>
    <message>
        <source>folder for the PDFs</source>
        <translation>PDF 保存的文件夹</translation>
    </message>
    <message>
        <source>{fund} {period}: opening {opening}, income {income}, payments {spent}, closing {closing} yuan</source>
        <translation>{fund}{period}：期初余额{opening}元，本期收入{income}元，本期支出{spent}元，期末余额{closing}元</translation>
    </message>
    <message>
        <source>these copies are for posting: lock the notices</source>
        <translation>这些是张贴用的正式文本：锁定这些公告</translation>
    </message>
    <message>
        <source>print: give document ids (or --all) and --out DIR, or --list</source>
        <translation>print：请给出文档编号（或 --all）和 --out 文件夹，或使用 --list</translation>
    </message>
    <message>
        <source>print: no such document: {ids} (see `villagedesk print --list`)</source>
        <translation>print：没有这些文档：{ids}（请用 `villagedesk print --list` 查看）</translation>
    </message>
    <message>
        <source>column not imported: {letter} {header}</source>
        <translation>未导入的列：{letter} {header}</translation>
    </message>
    <message>
        <source>new {new}, updated {updated}, unchanged {unchanged}</source>
        <translation>新增 {new}，更新 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
        <source>row {row} {name}: not in the sheet, kept on the roster: {kept}</source>
        <translation>第 {row} 行 {name}：表中没有、花名册中保留：{kept}</translation>
    </message>
    <message>
        <source>the sheet has problems (listed above); nothing was imported</source>
        <translation>表格有问题（见上）；未导入任何数据</translation>
    </message>
    <message>
        <source>imported: new {new}, updated {updated}, memberships added {added}</source>
        <translation>已导入：新增 {new}，更新 {updated}，新增身份 {added}</translation>
    </message>
    <message>
        <source>general notices: supervision review</source>
        <translation>通用公告：监委会审核</translation>
    </message>
    <message>
        <source>sign the supervision review of a notice (as --user, with their PIN)</source>
        <translation>签署公告的监委会审核（以 --user 指定的用户身份，须其 PIN）</translation>
    </message>
    <message>
        <source>A supervision committee member (--user NAME) signs the review of a notice with their own PIN (asked for at the terminal, or the first line of standard input with --pin-stdin). The date is today unless --date says otherwise; it cannot be in the future nor before the day the notice&apos;s current version was saved.</source>
        <translation>监委会委员（--user 用户名）用自己的 PIN 签署公告审核（在终端询问，或用 --pin-stdin 从标准输入第一行读取）。审核日期默认为今天，可用 --date 指定；不能晚于今天，也不能早于公告当前版本保存的日期。</translation>
    </message>
    <message>
        <source>document id, e.g. general-3</source>
        <translation>文档编号，如 general-3</translation>
    </message>
    <message>
        <source>a review is signed by a supervision committee member: name them with --user</source>
        <translation>审核须由监委会委员签署：请用 --user 指定</translation>
    </message>
    <message>
        <source>no such document: {id}</source>
        <translation>没有此文档：{id}</translation>
    </message>
    <message>
        <source>{id}: reviewed by {name}</source>
        <translation>{id}：已由 {name} 审核</translation>
    </message>
    <message>
        <source>四议两公开: list the major matters and where each stands</source>
        <translation>四议两公开：列出重大事项及其进度</translation>
    </message>
    <message>
        <source>the major matters</source>
        <translation>重大事项</translation>
    </message>
    <message>
        <source>List the major matters. </source>
        <translation>列出重大事项。</translation>
    </message>
    <message>
        <source>one matter&apos;s timeline</source>
        <translation>一个事项的进程</translation>
    </message>
    <message>
        <source>A matter&apos;s timeline. </source>
        <translation>事项的进程。</translation>
    </message>
    <message>
        <source>origin: {origin}</source>
        <translation>动议事由：{origin}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>disclosure missing</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>{count} matters</source>
        <translation>共 {count} 个事项</translation>
    </message>
    <message>
        <source>install the township&apos;s public key at the village</source>
        <translation>在本村安装乡镇的公钥</translation>
    </message>
    <message>
        <source>install or replace the key file (the administrator only)</source>
        <translation>安装或更换密钥文件（仅限管理员）</translation>
    </message>
    <message>
        <source>Install or replace the township key: shows the installed and the new fingerprint side by side and asks to confirm (--yes when not at a terminal). The administrator only. </source>
        <translation>安装或更换乡镇密钥：并排显示已安装的和新的指纹并要求确认（不在终端时用 --yes）。仅限管理员。</translation>
    </message>
    <message>
        <source>confirm without asking (after comparing the fingerprints)</source>
        <translation>不再询问，直接确认（请先核对指纹）</translation>
    </message>
    <message>
        <source>the installed key</source>
        <translation>已安装的密钥</translation>
    </message>
    <message>
        <source>Show the installed key. </source>
        <translation>显示已安装的密钥。</translation>
    </message>
    <message>
        <source>installed now</source>
        <translation>当前已安装</translation>
    </message>
    <message>
        <source>new key file</source>
        <translation>新密钥文件</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>{name} {code} fingerprint {fingerprint}</source>
        <translation>{name} {code} 指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>no township key installed</source>
        <translation>尚未安装乡镇密钥</translation>
    </message>
    <message>
        <source>this key is already installed; nothing changed</source>
        <translation>此密钥已经安装；未做任何修改</translation>
    </message>
    <message>
        <source>compare the fingerprints, then confirm with --yes; nothing changed</source>
        <translation>请先核对指纹，再用 --yes 确认；未做任何修改</translation>
    </message>
    <message>
        <source>install the new key? [y/N] </source>
        <translation>安装新密钥吗？[y/N] </translation>
    </message>
    <message>
        <source>township {name} ({code}) key installed; fingerprint {fingerprint}</source>
        <translation>已安装乡镇 {name}（{code}）的密钥；指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>compare this fingerprint with the township by phone before the first export</source>
        <translation>第一次导出前，请打电话与乡镇核对此指纹</translation>
    </message>
    <message>
        <source>write a signed package for the township (to a USB stick)</source>
        <translation>为乡镇生成签名数据包（写到 U 盘）</translation>
    </message>
    <message>
        <source>Write a signed package for the township. </source>
        <translation>为乡镇生成签名数据包。</translation>
    </message>
    <message>
        <source>everything, not only what changed since the last acknowledgement</source>
        <translation>全部数据，而不只是上次回执以来的变化</translation>
    </message>
    <message>
        <source>package {number}: {counts}</source>
        <translation>第 {number} 号数据包：{counts}</translation>
    </message>
    <message>
        <source>village key: {file}</source>
        <translation>本村密钥：{file}</translation>
    </message>
    <message>
        <source>the township&apos;s acknowledgement</source>
        <translation>乡镇的回执</translation>
    </message>
    <message>
        <source>apply an acknowledgement</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Apply an acknowledgement. </source>
        <translation>导入回执。</translation>
    </message>
    <message>
        <source>package {number}: this acknowledgement was applied before; nothing changed</source>
        <translation>第 {number} 号数据包：此回执以前已导入；未做任何修改</translation>
    </message>
    <message>
        <source>package {number} acknowledged ({new} newly){catalogues}</source>
        <translation>第 {number} 号数据包已确认收到（新确认 {new} 个）{catalogues}</translation>
    </message>
    <message>
        <source>; catalogues applied: {names}</source>
        <translation>；已采用目录：{names}</translation>
    </message>
    <message>
        <source>; packages made here that the township never took: {numbers}</source>
        <translation>；本机生成但乡镇未收到的数据包：{numbers}</translation>
    </message>
    <message>
        <source>this desk now follows the township&apos;s chain (after a restore or on a new PC); changes are numbered above {mark}{voided}</source>
        <translation>本台账现在接续乡镇掌握的数据链（恢复备份后或在新电脑上）；此后的修改编号从 {mark} 以上开始{voided}</translation>
    </message>
    <message>
        <source>Acts as a township user (--user NAME before `township`, default: the township&apos;s administrator), who gives their PIN: asked for at the terminal, or the first line of standard input with --pin-stdin.</source>
        <translation>以乡镇用户身份执行（在 `township` 之前用 --user 用户名，默认为乡镇管理员），须提供其 PIN：在终端询问，或用 --pin-stdin 从标准输入第一行读取。</translation>
    </message>
    <message>
        <source>the township store: init, users, enrol, import, report (no subcommand: open its window)</source>
        <translation>乡镇数据库：初始化、用户、登记村、导入、报表（不带子命令：打开乡镇窗口）</translation>
    </message>
    <message>
        <source>The township store. Every command that changes it acts as a township user with a PIN.</source>
        <translation>乡镇数据库。凡修改数据的命令都以一名乡镇用户的身份执行，须提供 PIN。</translation>
    </message>
    <message>
        <source>SQLAlchemy URL or a file path for SQLite</source>
        <translation>SQLAlchemy 数据库地址，或 SQLite 文件路径</translation>
    </message>
    <message>
        <source>a new township store and its administrator</source>
        <translation>新建乡镇数据库及其管理员</translation>
    </message>
    <message>
        <source>Make the store and its administrator; the administrator&apos;s new PIN is asked for twice at the terminal, or read from the first line of standard input with --pin-stdin.</source>
        <translation>建立数据库及其管理员；管理员的新 PIN 在终端输入两次，或用 --pin-stdin 从标准输入第一行读取。</translation>
    </message>
    <message>
        <source>9-digit township code</source>
        <translation>9 位乡镇代码</translation>
    </message>
    <message>
        <source>the township administrator&apos;s name</source>
        <translation>乡镇管理员的用户名</translation>
    </message>
    <message>
        <source>folder for the township&apos;s public key file</source>
        <translation>乡镇公钥文件保存的文件夹</translation>
    </message>
    <message>
        <source>the township&apos;s users</source>
        <translation>乡镇用户</translation>
    </message>
    <message>
        <source>add an operator or a viewer</source>
        <translation>添加操作员或查看员</translation>
    </message>
    <message>
        <source>Add a user. </source>
        <translation>添加用户。</translation>
    </message>
    <message>
        <source> The new user&apos;s PIN is the next line.</source>
        <translation>新用户的 PIN 在下一行。</translation>
    </message>
    <message>
        <source>enrol a village&apos;s key</source>
        <translation>登记一个村的密钥</translation>
    </message>
    <message>
        <source>Enrol a village. </source>
        <translation>登记村。</translation>
    </message>
    <message>
        <source>a village&apos;s public key file (village-CODE.pub)</source>
        <translation>村的公钥文件（village-代码.pub）</translation>
    </message>
    <message>
        <source>replace a village&apos;s lost key, after its fingerprint was read out by phone</source>
        <translation>更换一个村丢失的密钥（先在电话中核对其指纹）</translation>
    </message>
    <message>
        <source>Re-enrol a village with a new key (administrator only). </source>
        <translation>用新密钥重新登记村（仅限管理员）。</translation>
    </message>
    <message>
        <source>the village&apos;s new public key file (village-CODE.pub)</source>
        <translation>村的新公钥文件（village-代码.pub）</translation>
    </message>
    <message>
        <source>the fingerprint the village read out by phone</source>
        <translation>村在电话中读出的指纹</translation>
    </message>
    <message>
        <source>why the key is replaced (kept with the change)</source>
        <translation>更换密钥的原因（随更换记录保存）</translation>
    </message>
    <message>
        <source>import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import packages. </source>
        <translation>导入数据包。</translation>
    </message>
    <message>
        <source>where to write the acknowledgements (default: next to each package)</source>
        <translation>回执写到哪里（默认：与数据包放在一起）</translation>
    </message>
    <message>
        <source>the overview as .xlsx or .pdf</source>
        <translation>把汇总表导出为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <source>.xlsx or .pdf</source>
        <translation>.xlsx 或 .pdf</translation>
    </message>
    <message>
        <source>write the acknowledgement of a package already imported</source>
        <translation>为已导入的数据包重新生成回执</translation>
    </message>
    <message>
        <source>Write an acknowledgement again. </source>
        <translation>重新生成回执。</translation>
    </message>
    <message>
        <source>folder for the acknowledgement (the village&apos;s USB stick)</source>
        <translation>回执保存的文件夹（村里的 U 盘）</translation>
    </message>
    <message>
        <source>list the records a village sent that differ from the stored ones</source>
        <translation>列出村里发来的、与已存数据不同的记录</translation>
    </message>
    <message>
        <source>only this village (12-digit code)</source>
        <translation>只看这个村（12 位代码）</translation>
    </message>
    <message>
        <source>also the conflicts already decided</source>
        <translation>也列出已处理的冲突</translation>
    </message>
    <message>
        <source>decide a conflict: keep the stored record or take the incoming one</source>
        <translation>处理冲突：保留已存记录或采用新发来的记录</translation>
    </message>
    <message>
        <source>Decide a conflict; the acting user is recorded with the decision. </source>
        <translation>处理冲突；执行用户随处理结果一并记录。</translation>
    </message>
    <message>
        <source>keep the stored record</source>
        <translation>保留已存记录</translation>
    </message>
    <message>
        <source>take the record the village sent</source>
        <translation>采用村里发来的记录</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>原因（随处理结果保存）</translation>
    </message>
    <message>
        <source>list the posted notices&apos; PDFs a village sent, or save one</source>
        <translation>列出村里发来的已公开公告 PDF，或保存其中一份</translation>
    </message>
    <message>
        <source>12-digit village code</source>
        <translation>12 位村代码</translation>
    </message>
    <message>
        <source>the number from the list, or the notice&apos;s UUID</source>
        <translation>列表中的编号，或公告的 UUID</translation>
    </message>
    <message>
        <source>file to save the PDF to</source>
        <translation>PDF 保存到的文件</translation>
    </message>
    <message>
        <source>set the catalogues sent back with every acknowledgement</source>
        <translation>设置随每份回执发回的目录</translation>
    </message>
    <message>
        <source>Set the catalogues. </source>
        <translation>设置目录。</translation>
    </message>
    <message>
        <source>a text file, one category per line</source>
        <translation>文本文件，每行一个类别</translation>
    </message>
    <message>
        <source>any declared catalogue from a JSON file, e.g. disclosure_catalogue=catalogue.json</source>
        <translation>从 JSON 文件读取任一已声明的目录，如 disclosure_catalogue=catalogue.json</translation>
    </message>
    <message>
        <source>a spreadsheet (.xlsx) of the 十有 services: columns 编码 and 名称</source>
        <translation>“十有”服务目录表格（.xlsx）：含“编码”和“名称”两列</translation>
    </message>
    <message>
        <source>an encrypted, portable copy of the whole store (keys included)</source>
        <translation>整个乡镇数据库的加密通用备份（含密钥）</translation>
    </message>
    <message>
        <source>Write a logical copy of the store, encrypted with a passphrase (asked twice at the terminal, or the line after the PIN with --pin-stdin). Administrator only. </source>
        <translation>生成数据库的逻辑备份，用口令加密（在终端输入两次，或用 --pin-stdin 时在 PIN 的下一行）。仅限管理员。</translation>
    </message>
    <message>
        <source>restore a township backup into a new, empty database (SQLite or PostgreSQL)</source>
        <translation>把乡镇备份恢复到一个新的空数据库（SQLite 或 PostgreSQL）</translation>
    </message>
    <message>
        <source>Restore into an empty store. --user (default: the backup&apos;s administrator) must be an administrator in the backup: the first line of standard input with --pin-stdin is their PIN, the next the passphrase.</source>
        <translation>恢复到空数据库。--user（默认：备份中的管理员）必须是备份中的管理员：使用 --pin-stdin 时标准输入第一行是其 PIN，下一行是备份口令。</translation>
    </message>
    <message>
        <source>no active township user called {name}</source>
        <translation>没有名为“{name}”的在用乡镇用户</translation>
    </message>
    <message>
        <source>this township store has no administrator: run `township init` with --admin</source>
        <translation>此乡镇数据库没有管理员：请运行 `township init` 并给出 --admin</translation>
    </message>
    <message>
        <source>township {name} ({code}) store ready; administrator {admin}; public key {file}</source>
        <translation>乡镇 {name}（{code}）数据库已建立；管理员 {admin}；公钥 {file}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint}</source>
        <translation>指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>township user {name} added ({role})</source>
        <translation>已添加乡镇用户 {name}（{role}）</translation>
    </message>
    <message>
        <source>enrolled {name} ({code}); fingerprint {fingerprint}</source>
        <translation>已登记 {name}（{code}）；指纹 {fingerprint}</translation>
    </message>
    <message>
        <source>village {code} re-enrolled by {name}: old key {old}, new key {new}; packages signed with the old key are refused from now on</source>
        <translation>村 {code} 已由 {name} 重新登记：旧密钥 {old}，新密钥 {new}；今后用旧密钥签名的数据包一律拒收</translation>
    </message>
    <message>
        <source>catalogues set: {names}</source>
        <translation>已设置目录：{names}</translation>
    </message>
    <message>
        <source>catalogues cleared</source>
        <translation>已清除目录</translation>
    </message>
    <message>
        <source>not a package number: {number}</source>
        <translation>不是数据包编号：{number}</translation>
    </message>
    <message>
        <source>  {decision} by {name}</source>
        <translation>  {decision}（{name} 处理）</translation>
    </message>
    <message>
        <source>stored v{stored}	incoming v{incoming} (package {number})	differs: {fields}</source>
        <translation>已存 第{stored}版	发来 第{incoming}版（第 {number} 号数据包）	不同：{fields}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>共 {count} 个冲突</translation>
    </message>
    <message>
        <source>{count} conflicts to decide</source>
        <translation>待处理冲突 {count} 个</translation>
    </message>
    <message>
        <source>conflict {id}: {decision} ({type} {uuid}) by {name}</source>
        <translation>冲突 {id}：{decision}（{type} {uuid}），{name} 处理</translation>
    </message>
    <message>
        <source>--save needs --out FILE</source>
        <translation>--save 需要 --out 文件</translation>
    </message>
    <message>
        <source>package {number}</source>
        <translation>第 {number} 号数据包</translation>
    </message>
    <message>
        <source>{count} notice PDFs</source>
        <translation>共 {count} 份公告 PDF</translation>
    </message>
    <message>
        <source>REFUSED {file}: {kind}: {message}</source>
        <translation>拒收 {file}：{kind}：{message}</translation>
    </message>
    <message>
        <source>FAILED {file}: {message}</source>
        <translation>失败 {file}：{message}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>以前已导入，未做任何修改</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>{file}: {village} ({code}) package {number}: {state}</source>
        <translation>{file}：{village}（{code}）第 {number} 号数据包：{state}</translation>
    </message>
    <message>
        <source>  {type}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>  {type}：新增 {new}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}</translation>
    </message>
    <message>
        <source>  acknowledgement: {file}</source>
        <translation>  回执：{file}</translation>
    </message>
    <message>
        <source>NO ACKNOWLEDGEMENT {file}: {message}</source>
        <translation>未生成回执 {file}：{message}</translation>
    </message>
    <message>
        <source>{file}: township {name} ({code}), {rows} rows, keys included, encrypted</source>
        <translation>{file}：乡镇 {name}（{code}），{rows} 行数据，含密钥，已加密</translation>
    </message>
    <message>
        <source>PIN of {name} in the backup</source>
        <translation>备份中 {name} 的 PIN</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>restored township {name} ({code}): {rows} rows</source>
        <translation>已恢复乡镇 {name}（{code}）：{rows} 行数据</translation>
    </message>
</context>
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
        <source>Select a copy in the list first.</source>
        <translation>请先在列表中选择一份备份。</translation>
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
        <source>Checking the backup...</source>
        <translation>正在检查备份……</translation>
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
        <source>Restoring the backup...</source>
        <translation>正在恢复备份……</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is kept in %1</source>
        <translation>已恢复。恢复前的数据保存在 %1</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care targets</source>
        <translation>暖心关怀对象</translation>
    </message>
    <message>
        <source>The care list (暖心关怀): ID numbers, phones and notes show masked; a full view needs the 查看敏感信息 permission and is logged. Leaving the list keeps the record.</source>
        <translation>暖心关怀对象名单：身份证号、电话和困难、健康情况均隐去部分显示；查看完整信息需“查看敏感信息”权限，并记入日志。退出名单不删除记录。</translation>
    </message>
    <message>
        <source>&amp;Targets and visits</source>
        <translation>关怀对象和走访(&amp;T)</translation>
    </message>
    <message>
        <source>Care &amp;fund</source>
        <translation>关爱资金(&amp;F)</translation>
    </message>
    <message>
        <source>Name, group or helper</source>
        <translation>姓名、村民小组或结对人</translation>
    </message>
    <message>
        <source>include those who left</source>
        <translation>含已退出</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>List as of</source>
        <translation>名单日期</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>新增对象(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>登记走访(&amp;V)</translation>
    </message>
    <message>
        <source>Visits...</source>
        <translation>走访记录...</translation>
    </message>
    <message>
        <source>Leaves the list...</source>
        <translation>退出名单...</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import .xlsx...</source>
        <translation>导入表格(&amp;I)...</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx...</source>
        <translation>导出表格(&amp;X)...</translation>
    </message>
    <message>
        <source>Festival visit list...</source>
        <translation>节日走访名单...</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 targets on %2</source>
        <translation>%2 在册关怀对象 %1 人</translation>
    </message>
    <message>
        <source>Select a target in the list first.</source>
        <translation>请先在名单中选择一名关怀对象。</translation>
    </message>
    <message>
        <source>%1: %2 (this view was logged)</source>
        <translation>%1：%2（本次查看已记入日志）</translation>
    </message>
    <message>
        <source>Import care targets</source>
        <translation>导入关怀对象</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported. Please fix the sheet:</source>
        <translation>未导入任何数据。请修改表格中的以下问题：</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1 人，更新 %2 人，%3 人无变化。</translation>
    </message>
    <message>
        <source>Export care targets</source>
        <translation>导出关怀对象</translation>
    </message>
    <message>
        <source>Export with full ID numbers, phones and notes? This is logged. Answer No for a masked list.</source>
        <translation>是否导出完整的身份证号、电话和困难情况？此操作将记入日志。选择“否”则导出隐去部分信息的名单。</translation>
    </message>
    <message>
        <source>Exported %1 targets to %2</source>
        <translation>已导出 %1 名关怀对象到 %2</translation>
    </message>
    <message>
        <source>Record &amp;income...</source>
        <translation>登记收入(&amp;I)...</translation>
    </message>
    <message>
        <source>Apply for a &amp;payment...</source>
        <translation>申请发放(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Branch approval...</source>
        <translation>支部审批(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Township approval...</source>
        <translation>乡镇审批(&amp;T)...</translation>
    </message>
    <message>
        <source>Supervision &amp;review...</source>
        <translation>监委会审核(&amp;R)...</translation>
    </message>
    <message>
        <source>Print for p&amp;osting...</source>
        <translation>打印张贴公示(&amp;O)...</translation>
    </message>
    <message>
        <source>Record pa&amp;yment...</source>
        <translation>登记发放(&amp;Y)...</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;verse...</source>
        <translation>冲销(&amp;V)...</translation>
    </message>
    <message>
        <source>Fund &amp;statement...</source>
        <translation>资金收支情况(&amp;S)...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: balance %2 yuan, committed %3, available %4</source>
        <translation>%1：余额 %2 元，已审批待发放 %3 元，可用 %4 元</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>reversal: %1</source>
        <translation>冲销：%1</translation>
    </message>
    <message>
        <source>Select an entry in the ledger first.</source>
        <translation>请先在台账中选择一笔记录。</translation>
    </message>
    <message>
        <source>Only an application awaiting the branch can be approved.</source>
        <translation>只有待支部审批的申请才能审批。</translation>
    </message>
    <message>
        <source>Township approval follows branch approval.</source>
        <translation>支部审批后才能乡镇审批。</translation>
    </message>
    <message>
        <source>The notice is reviewed after township approval.</source>
        <translation>乡镇审批后才能由监委会审核公示。</translation>
    </message>
    <message>
        <source>Posting follows township approval and the supervision review.</source>
        <translation>乡镇审批并经监委会审核后才能张贴公示。</translation>
    </message>
    <message>
        <source>Payment is recorded after the posting period has ended.</source>
        <translation>公示期满后才能登记发放。</translation>
    </message>
    <message>
        <source>Only an application not yet posted can be withdrawn.</source>
        <translation>只有尚未公示的申请才能撤回。</translation>
    </message>
    <message>
        <source>Only recorded income or a payment made can be reversed.</source>
        <translation>只有已入账的收入或已发放的款项才能冲销。</translation>
    </message>
    <message>
        <source>Care fund</source>
        <translation>关爱资金</translation>
    </message>
    <message>
        <source>Select the recipient on the Targets tab first.</source>
        <translation>请先在“关怀对象和走访”页选择领取人。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw this application?</source>
        <translation>撤回这笔申请？</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Reason for the reversal:</source>
        <translation>冲销原因：</translation>
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
        <source>Party organisation t&amp;ype</source>
        <translation>党组织类型(&amp;Y)</translation>
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
    <name>ClosureDialog</name>
    <message>
        <source>Holiday or closure</source>
        <translation>节假日或停开</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>e.g. 国庆节, 设备检修</source>
        <translation>例如：国庆节、设备检修</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>服务项目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
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
        <source>Print for &amp;posting...</source>
        <translation>打印张贴(&amp;P)…</translation>
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
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
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
        <source>Select a matter to see its stages here.</source>
        <translation>选中一个事项，这里显示它的办理进程。</translation>
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
        <source>This matter is closed (%1).</source>
        <translation>该事项已结束（%1）。</translation>
    </message>
    <message>
        <source>No meeting is due for this matter now: its disclosures come next.</source>
        <translation>该事项现在无需开会：下一步是公开。</translation>
    </message>
    <message>
        <source>No supervision committee member can sign yet: the administrator adds one as a user in Settings → Users.</source>
        <translation>还没有可以签字的监委会成员：请管理员在“设置 → 用户”中添加。</translation>
    </message>
    <message>
        <source>No disclosure of this matter is on the board: none is posted and still up.</source>
        <translation>该事项没有正在张贴的公开：没有已张贴且尚未撤下的。</translation>
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
        <source>Record that the %1 posted on %2 was taken off the board today?</source>
        <translation>登记%2张贴的%1已于今天撤下？</translation>
    </message>
    <message>
        <source>This matter has no disclosure yet.</source>
        <translation>此事项尚无公开记录。</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ not passed</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <source>⚠ no quorum</source>
        <translation>⚠ 未达法定人数</translation>
    </message>
    <message>
        <source>✔ posted</source>
        <translation>✔ 已张贴</translation>
    </message>
    <message>
        <source>✔ posted, taken down</source>
        <translation>✔ 已张贴，已撤下</translation>
    </message>
    <message>
        <source>… to be reviewed and posted</source>
        <translation>… 待审核张贴</translation>
    </message>
    <message>
        <source>○ to do</source>
        <translation>○ 待办理</translation>
    </message>
    <message>
        <source>⚠ taken down early</source>
        <translation>⚠ 提前撤下</translation>
    </message>
    <message>
        <source>Supervision rev&amp;iew...</source>
        <translation>监委会审核(&amp;I)…</translation>
    </message>
    <message>
        <source>Taken d&amp;own...</source>
        <translation>登记撤下(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 is recorded as posted on %2 and locked; the printer is printing it.</source>
        <translation>《%1》已登记为%2张贴并锁定，打印机正在打印。</translation>
    </message>
    <message>
        <source>Print for posting</source>
        <translation>打印张贴</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>登记撤下</translation>
    </message>
    <message>
        <source>This disclosure came down before its posting period ended; it is flagged in the register.</source>
        <translation>此公开在公示期届满前被撤下，已在台账中标注。</translation>
    </message>
    <message>
        <source>Recorded: the %1 posted on %2 was taken down on %3.</source>
        <translation>已登记：%2张贴的%1已于%3撤下。</translation>
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
    <name>DisbursementDialog</name>
    <message>
        <source>Apply for a care payment to %1</source>
        <translation>为 %1 申请关爱资金</translation>
    </message>
    <message>
        <source> (available %1 yuan)</source>
        <translation>（可用 %1 元）</translation>
    </message>
    <message>
        <source>e.g. 春节慰问金</source>
        <translation>例如：春节慰问金</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>资金(&amp;F)</translation>
    </message>
    <message>
        <source>Application &amp;date</source>
        <translation>申请日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>经办人(&amp;H)</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>新建公开事项</translation>
    </message>
    <message>
        <source>e.g. 2026年10月村级财务收支情况公开</source>
        <translation>例如：2026年10月村级财务收支情况公开</translation>
    </message>
    <message>
        <source>Leave empty for the standard lead with the legal basis</source>
        <translation>留空则使用含法律依据的标准导语</translation>
    </message>
    <message>
        <source>One paragraph per line. Lines starting with 一、 or （一） print as headings.</source>
        <translation>每行一段。以“一、”或“（一）”开头的行打印为标题。</translation>
    </message>
    <message>
        <source>Optional table: column headings separated by 、</source>
        <translation>可选表格：列标题之间用“、”分隔</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Catalogue &amp;item</source>
        <translation>公开目录事项(&amp;I)</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>公开周期(&amp;O)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期间自</translation>
    </message>
    <message>
        <source>Date of the &amp;event (ad hoc)</source>
        <translation>事项发生日期（临时公开）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lead paragraph</source>
        <translation>导语(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation>正文(&amp;N)</translation>
    </message>
    <message>
        <source>Table colu&amp;mns</source>
        <translation>表格列(&amp;M)</translation>
    </message>
    <message>
        <source>Date o&amp;f issue</source>
        <translation>落款日期(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;dd line</source>
        <translation>添加一行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Posting from</source>
        <translation>张贴日期(&amp;P)</translation>
    </message>
    <message>
        <source>Posting period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>What was wrong in the posted disclosure</source>
        <translation>已公开内容中的错误</translation>
    </message>
    <message>
        <source>Reason for the co&amp;rrection</source>
        <translation>更正原因(&amp;R)</translation>
    </message>
    <message>
        <source>Only when it differs from the previous period&apos;s closing balance</source>
        <translation>仅当与上期期末余额不同时填写</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Import .&amp;xlsx...</source>
        <translation>导入 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>Work out the closing balance</source>
        <translation>计算期末余额</translation>
    </message>
    <message>
        <source>Lines from %1</source>
        <translation>从%1导入明细</translation>
    </message>
    <message>
        <source>Opening balance (yuan)</source>
        <translation>期初余额（元）</translation>
    </message>
    <message>
        <source>Why the opening differs</source>
        <translation>期初余额差异说明</translation>
    </message>
    <message>
        <source>Ledger lines</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Closing balance (yuan)</source>
        <translation>期末余额（元）</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>更正公告</translation>
    </message>
    <message>
        <source>Edit disclosure</source>
        <translation>修改公开事项</translation>
    </message>
    <message>
        <source>Income %1, expenditure %2</source>
        <translation>收入 %1，支出 %2</translation>
    </message>
    <message>
        <source>Import ledger lines</source>
        <translation>导入收支明细</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the sheet and import it again:</source>
        <translation>未导入任何内容；请改正表格后重新导入：</translation>
    </message>
    <message>
        <source>%1 lines imported.</source>
        <translation>已导入 %1 条明细。</translation>
    </message>
</context>
<context>
    <name>DisclosurePage</name>
    <message>
        <source>Village affairs disclosure</source>
        <translation>村务公开</translation>
    </message>
    <message>
        <source>Party, village and finance disclosures. Every disclosure is reviewed and signed by the supervision committee before it is posted; once posted it is never changed: a correction notice is posted instead.</source>
        <translation>党务、村务、财务公开。每项公开在张贴前须经村务监督委员会审核签字；张贴后不得修改，如有错误另行张贴更正公告。</translation>
    </message>
    <message>
        <source>Search title, item or text</source>
        <translation>搜索标题、事项或正文</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New disclosure</source>
        <translation>新建公开(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <source>Send for revie&amp;w</source>
        <translation>提交审核(&amp;W)</translation>
    </message>
    <message>
        <source>Supervision &amp;review...</source>
        <translation>监委会审核(&amp;R)…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Print for p&amp;osting...</source>
        <translation>打印张贴(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Correction notice...</source>
        <translation>更正公告(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Taken down today</source>
        <translation>今日撤下(&amp;T)</translation>
    </message>
    <message>
        <source>Board &amp;photo / scan...</source>
        <translation>公开栏照片/扫描件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Queries...</source>
        <translation>群众询问(&amp;Q)…</translation>
    </message>
    <message>
        <source>Township c&amp;heck...</source>
        <translation>经管站审核(&amp;H)…</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>删除草稿(&amp;L)</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>公开事项</translation>
    </message>
    <message>
        <source>A posted disclosure is never changed: write a correction notice instead.</source>
        <translation>已公开的内容不能再修改：请发更正公告。</translation>
    </message>
    <message>
        <source>Only a draft can do this.</source>
        <translation>只有草稿可以这样做。</translation>
    </message>
    <message>
        <source>Only a disclosure sent for review is reviewed.</source>
        <translation>只有已提交审核的公开才能审核。</translation>
    </message>
    <message>
        <source>No supervision committee member can sign yet: the administrator adds one as a user in Settings → Users.</source>
        <translation>还没有能签字的村务监督委员会成员：请管理员在“设置 → 用户”中添加。</translation>
    </message>
    <message>
        <source>Only a reviewed disclosure is printed for posting.</source>
        <translation>只有已审核的公开才能打印张贴。</translation>
    </message>
    <message>
        <source>Already taken down.</source>
        <translation>已经撤下。</translation>
    </message>
    <message>
        <source>Only a finance disclosure has a township check.</source>
        <translation>只有财务公开才有乡镇经管站审核。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 disclosures</source>
        <translation>共 %1 项公开</translation>
    </message>
    <message>
        <source>This disclosure is kept by its own register (四议两公开); open it there.</source>
        <translation>该公开由其所属台账（四议两公开）管理，请到该台账中打开。</translation>
    </message>
    <message>
        <source>Select a disclosure in the list first.</source>
        <translation>请先在列表中选择一项公开。</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>更正公告</translation>
    </message>
    <message>
        <source>Only a posted disclosure is corrected.</source>
        <translation>只有已公开的事项才能更正。</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Print for posting</source>
        <translation>打印张贴</translation>
    </message>
    <message>
        <source>After printing for posting the disclosure is locked for good; a mistake needs a correction notice. Continue?</source>
        <translation>打印张贴后该公开将永久锁定，如有错误须发更正公告。是否继续？</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>撤下</translation>
    </message>
    <message>
        <source>Photo of the posted board or a scan</source>
        <translation>公开栏照片或扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Board photo / scan</source>
        <translation>公开栏照片/扫描件</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>已附加 %1</translation>
    </message>
    <message>
        <source>Township station check</source>
        <translation>经管站审核</translation>
    </message>
    <message>
        <source>Who at the township accounting station checked it?</source>
        <translation>乡镇经管站由谁审核？</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete this draft disclosure?</source>
        <translation>删除这份公开草稿？</translation>
    </message>
</context>
<context>
    <name>DisclosureReviewDialog</name>
    <message>
        <source>Send &amp;back</source>
        <translation>退回修改(&amp;B)</translation>
    </message>
    <message>
        <source>Write the reasons in the opinion field</source>
        <translation>请在审核意见栏写明退回理由</translation>
    </message>
</context>
<context>
    <name>DisclosuresModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>张贴期间</translation>
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
    <name>EquipmentDialog</name>
    <message>
        <source>New equipment</source>
        <translation>新增器材</translation>
    </message>
    <message>
        <source>e.g. 血糖试纸</source>
        <translation>例如：血糖试纸</translation>
    </message>
    <message>
        <source>e.g. 条, 台, 盒</source>
        <translation>例如：条、台、盒</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Purchased on</source>
        <translation>购置日期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>有效期至(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>Equipment</source>
        <translation>器材</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
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
        <source>This key is already installed; nothing changed.</source>
        <translation>这把密钥已经安装，未作更改。</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>%1 的PIN码</translation>
    </message>
    <message>
        <source>Installed the key of %1. Read this fingerprint to the township by phone and check it matches:
%2</source>
        <translation>已安装 %1 的密钥。请通过电话向乡镇读出以下指纹并核对一致：
%2</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>当前已安装</translation>
    </message>
    <message>
        <source>New key file</source>
        <translation>新密钥文件</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Replace the township key? Compare the new fingerprint with the township by phone first.</source>
        <translation>确定更换乡镇密钥吗？请先通过电话与乡镇核对新密钥的指纹。</translation>
    </message>
    <message>
        <source>Install the township key? Compare its fingerprint with the township by phone first.</source>
        <translation>确定安装乡镇密钥吗？请先通过电话与乡镇核对其指纹。</translation>
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
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Importing the acknowledgement...</source>
        <translation>正在导入乡镇回执……</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>%1 leaves the care list</source>
        <translation>%1 退出关怀名单</translation>
    </message>
    <message>
        <source>e.g. 病故, 脱贫, 迁出</source>
        <translation>例如：病故、脱贫、迁出</translation>
    </message>
    <message>
        <source>&amp;Exit date</source>
        <translation>退出日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Queries and objections: %1</source>
        <translation>群众询问与异议：%1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>反映方式</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>What they asked or objected to</source>
        <translation>询问或异议的内容</translation>
    </message>
    <message>
        <source>The answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>&amp;Record query</source>
        <translation>登记询问(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Answer selected</source>
        <translation>答复所选(&amp;A)</translation>
    </message>
    <message>
        <source>Send to the &amp;township</source>
        <translation>报送乡镇(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 已报送</translation>
    </message>
    <message>
        <source>Select a query in the list first.</source>
        <translation>请先在列表中选择一条询问。</translation>
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
        <source>No supervision committee member can sign yet: the administrator adds one as a user in Settings → Users.</source>
        <translation>还没有可以签字的监委会成员：请管理员在“设置 → 用户”中添加。</translation>
    </message>
    <message>
        <source>This notice was printed for posting: it stays in the register.</source>
        <translation>此公告已打印张贴，须保留在登记簿中。</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>共 %1 份公告</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>草稿已删除。</translation>
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
        <source>%1 notice(s) recorded as posted on %2 and locked; the printer is printing them.</source>
        <translation>%1份公告已登记为%2张贴并锁定，打印机正在打印。</translation>
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
        <source>Getting started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Before the first notice, this centre still needs (click a step to go there):</source>
        <translation>发布第一份公告之前，本服务中心还需要完成以下事项（点击可前往办理）：</translation>
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
    <name>IncomeDialog</name>
    <message>
        <source>Record income to a care fund</source>
        <translation>登记关爱资金收入</translation>
    </message>
    <message>
        <source>e.g. 区民政局拨付</source>
        <translation>例如：区民政局拨付</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>资金(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Date received</source>
        <translation>到账日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;ource of funds</source>
        <translation>资金来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Handled by</source>
        <translation>经办人(&amp;H)</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection (自查)</source>
        <translation>自查记录</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查人(&amp;I)</translation>
    </message>
    <message>
        <source>what was found</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <source>Add &amp;photo...</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>&amp;New inspection...</source>
        <translation>新增自查(&amp;N)…</translation>
    </message>
    <message>
        <source>Double-click a photo to see it large</source>
        <translation>双击照片查看大图</translation>
    </message>
    <message>
        <source>&amp;Open photo...</source>
        <translation>查看照片(&amp;O)...</translation>
    </message>
    <message>
        <source>%1 services checked, all available</source>
        <translation>检查%1项服务，均正常</translation>
    </message>
    <message>
        <source>The photo file is missing or cannot be read.</source>
        <translation>照片文件缺失或无法读取。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Public number: prints in full on the service guide</source>
        <translation>对外公开电话：服务指南上完整印出</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Sta&amp;te</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Last &amp;checked</source>
        <translation>最近检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>负责人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;artner</source>
        <translation>合作单位(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 08:30-11:30, 14:00-17:30; empty: closed</source>
        <translation>例如：08:30-11:30, 14:00-17:30；留空表示不开放</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>Income / expenditure</source>
        <translation>收支</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收支项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
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
        <source>Care targets</source>
        <translation>暖心关怀</translation>
    </message>
    <message>
        <source>Ten services</source>
        <translation>十有服务</translation>
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
        <source>Opening the village&apos;s records…</source>
        <translation>正在打开本村的台账……</translation>
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
        <source>Origin detai&amp;ls</source>
        <translation>动议说明(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;pened on</source>
        <translation>启动日期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>事项内容(&amp;D)</translation>
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
        <source>Date o&amp;f issue</source>
        <translation>落款日期(&amp;F)</translation>
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
        <source>Obser&amp;vers</source>
        <translation>列席人员(&amp;V)</translation>
    </message>
    <message>
        <source>Reso&amp;lution</source>
        <translation>形成决议(&amp;L)</translation>
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
    <name>MicroservicesPage</name>
    <message>
        <source>Ten services (十有)</source>
        <translation>“十有”便民服务</translation>
    </message>
    <message>
        <source>&amp;Usage log</source>
        <translation>使用登记(&amp;U)</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>服务项目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>自查(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>Select the entry to correct first.</source>
        <translation>请先选中要更正的登记。</translation>
    </message>
    <message>
        <source>This line is itself a correction.</source>
        <translation>这一行本身就是更正记录。</translation>
    </message>
    <message>
        <source>This entry has already been corrected.</source>
        <translation>这条登记已经更正过。</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>请先选中一个服务项目。</translation>
    </message>
    <message>
        <source>This service is already retired.</source>
        <translation>该服务项目已停用。</translation>
    </message>
    <message>
        <source>Select the equipment first.</source>
        <translation>请先选中器材。</translation>
    </message>
    <message>
        <source>Select an inspection with photos first.</source>
        <translation>请先选中一次有照片的自查。</translation>
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
        <source>Date o&amp;f issue</source>
        <translation>落款日期(&amp;F)</translation>
    </message>
    <message>
        <source>Posting peri&amp;od</source>
        <translation>公示天数(&amp;O)</translation>
    </message>
    <message>
        <source>Reason for the c&amp;hange</source>
        <translation>修改原因(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Posting from</source>
        <translation>张贴日期(&amp;P)</translation>
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
    <name>Page</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
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
    <name>PhotoDialog</name>
    <message>
        <source>Inspection photo</source>
        <translation>自查照片</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一张(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The photo file is missing or cannot be read.</source>
        <translation>照片文件缺失或无法读取。</translation>
    </message>
    <message>
        <source>Photo %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
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
    <message>
        <source>No supervision committee member is a user of this desk yet, so nobody can sign. The administrator adds them in Settings → Users (role: supervision committee member, linked to their roster entry).</source>
        <translation>本机还没有监委会成员用户，因此无人可以签字。请管理员在“设置 → 用户”中添加（角色：监委会成员，并关联其花名册条目）。</translation>
    </message>
    <message>
        <source>Supervision review</source>
        <translation>监督审核</translation>
    </message>
    <message>
        <source>%1 signed the review of %2 on %3. It can now be printed for posting.</source>
        <translation>%1已于%3签署《%2》的审核，现在可以打印张贴。</translation>
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
        <source>This membership has already ended.</source>
        <translation>该任职已经终止。</translation>
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
    <name>ServiceCatalogueTab</name>
    <message>
        <source>The ten services (十有) every village&apos;s list is replaced with, matched by code, and the public holidays their centres close on. Keep them in a spreadsheet: a sheet with the columns 编码 and 名称, and optionally a sheet named 节假日 with 开始日期, 结束日期 and 名称.</source>
        <translation>各村“十有”服务项目清单将按编码替换为这里的十项服务，并附上各村服务中心放假的法定节假日。请用 Excel 表格维护：一张工作表写“编码”和“名称”两列；如有节假日，另建一张名为“节假日”的工作表，写“开始日期”“结束日期”“名称”三列。</translation>
    </message>
    <message>
        <source>&amp;Load spreadsheet...</source>
        <translation>读取表格(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>保存目录(&amp;S)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Your role may not set the catalogues.</source>
        <translation>您的角色不能设置目录。</translation>
    </message>
    <message>
        <source>Load a spreadsheet without problems first.</source>
        <translation>请先读取一份没有问题的表格。</translation>
    </message>
    <message>
        <source>Sent with every acknowledgement: %1 services, %2 holidays.</source>
        <translation>随每份回执下发：%1 项服务，%2 个节假日。</translation>
    </message>
    <message>
        <source>No service catalogue is set: the villages keep their own lists.</source>
        <translation>尚未设置服务目录：各村沿用自己的清单。</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was saved. Correct the spreadsheet and load it again.</source>
        <translation>%1 有问题，未保存任何内容。请改正表格后重新读取。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (%2).</source>
        <translation>%1 无法作为 Excel 工作簿读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is in order. Check the list, then save it.</source>
        <translation>%1 检查无误。请核对清单后保存。</translation>
    </message>
    <message>
        <source>Saved. The villages receive it with their next acknowledgement.</source>
        <translation>已保存。各村将在下一份回执中收到。</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>&amp;Add service...</source>
        <translation>新增服务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Holiday or closure...</source>
        <translation>节假日或停开(&amp;H)…</translation>
    </message>
    <message>
        <source>Equipment and consumables of the selected service</source>
        <translation>所选服务的器材和耗材</translation>
    </message>
    <message>
        <source>New e&amp;quipment...</source>
        <translation>新增器材(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Used or restocked...</source>
        <translation>领用或补充(&amp;U)…</translation>
    </message>
    <message>
        <source>Retire service</source>
        <translation>停用服务</translation>
    </message>
    <message>
        <source>Retire this service? Its records stay in the history.</source>
        <translation>停用这项服务吗？它的记录仍保留在历史中。</translation>
    </message>
    <message>
        <source>closed today (%1); </source>
        <translation>今日休息（%1）；</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>(set by the township)</source>
        <translation>（乡镇统一安排）</translation>
    </message>
    <message>
        <source>Coming closures: %1</source>
        <translation>近期停开：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Centre profile</source>
        <translation>服务中心基本信息</translation>
    </message>
    <message>
        <source>Save centre pro&amp;file</source>
        <translation>保存基本信息(&amp;F)</translation>
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
    <name>StatementDialog</name>
    <message>
        <source>Care fund statement</source>
        <translation>关爱资金收支情况</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>自选期间</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>资金(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Month or quarter</source>
        <translation>月份或季度(&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>起始日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>预览(&amp;V)...</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>No care fund yet.</source>
        <translation>尚未设立关爱资金。</translation>
    </message>
    <message>
        <source>%1: opening %2 yuan, income %3, payments %4, closing %5</source>
        <translation>%1：期初余额%2元，本期收入%3元，本期支出%4元，期末余额%5元</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>Months of the year</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel...</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print statistics...</source>
        <translation>打印统计(&amp;P)…</translation>
    </message>
    <message>
        <source>Service &amp;guide...</source>
        <translation>服务指南(&amp;G)…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>People served, %1</source>
        <translation>服务人次：%1</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Print statistics</source>
        <translation>打印统计</translation>
    </message>
    <message>
        <source>No usage was entered yet.</source>
        <translation>还没有登记任何使用记录。</translation>
    </message>
    <message>
        <source>No usage was entered in that year.</source>
        <translation>该年没有使用登记。</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>服务指南</translation>
    </message>
    <message>
        <source>The list does not fit on one A4 page: the guide takes %1 pages. Shorten the locations or hours, or post both pages.</source>
        <translation>服务项目较多，一页A4纸放不下：服务指南共%1页。请精简地点或开放时间，或将各页一并张贴。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Branch approval</source>
        <translation>支部审批</translation>
    </message>
    <message>
        <source>Township approval</source>
        <translation>乡镇审批</translation>
    </message>
    <message>
        <source>Record the payment</source>
        <translation>登记发放</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>the recipient signed for the money</source>
        <translation>领取人已签字确认</translation>
    </message>
    <message>
        <source>&amp;Voucher number</source>
        <translation>凭证号(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>审批人(&amp;A)</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Stock movement</source>
        <translation>出入库</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>器材</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>领用</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>类型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>数量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Change care target</source>
        <translation>修改关怀对象</translation>
    </message>
    <message>
        <source>Add care target</source>
        <translation>新增关怀对象</translation>
    </message>
    <message>
        <source>(from the ID number)</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <source>Optional; 18 characters. Birth date and sex are taken from it</source>
        <translation>可不填；18位，出生日期和性别按号码确定</translation>
    </message>
    <message>
        <source>e.g. 三组</source>
        <translation>例如：三组</translation>
    </message>
    <message>
        <source>e.g. 二级 (only for the disabled)</source>
        <translation>例如：二级（仅残疾人填写）</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>排查</translation>
    </message>
    <message>
        <source>Own application</source>
        <translation>本人申请</translation>
    </message>
    <message>
        <source>Assigned by the township</source>
        <translation>乡镇交办</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
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
        <source>Villagers&apos; &amp;group</source>
        <translation>村民小组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>关怀类别(&amp;C)</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Full Party member since</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>&amp;Difficulties</source>
        <translation>困难情况(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>健康状况(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Paired helper</source>
        <translation>结对帮扶人(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>来源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Added on</source>
        <translation>纳入日期(&amp;A)</translation>
    </message>
    <message>
        <source>Reason for adding</source>
        <translation>纳入原因</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>下次复核(&amp;R)</translation>
    </message>
    <message>
        <source>Stored: %1 — type a new number only to replace it</source>
        <translation>已存：%1 —— 需更换时才输入新号码</translation>
    </message>
    <message>
        <source>(stored, hidden — type here to replace it)</source>
        <translation>（已存，已隐藏 —— 需更换时在此输入）</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Party standing</source>
        <translation>党龄</translation>
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
        <source>Helper</source>
        <translation>结对人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 退出</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在册</translation>
    </message>
</context>
<context>
    <name>TownshipQueries</name>
    <message>
        <source>Open board p&amp;hoto</source>
        <translation>打开公开栏照片(&amp;H)</translation>
    </message>
    <message>
        <source>The photo of the selected notice on the village&apos;s board</source>
        <translation>所选公告在村公开栏张贴的照片</translation>
    </message>
    <message>
        <source>The village sent no photo of this notice.</source>
        <translation>该村没有发来这份公告的照片。</translation>
    </message>
    <message>
        <source>Opening the photo...</source>
        <translation>正在打开照片…</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>村(&amp;V)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开事项</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>询问内容</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Township&apos;s answer</source>
        <translation>乡镇答复</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复(&amp;A)</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>答复日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>保存答复(&amp;S)</translation>
    </message>
    <message>
        <source>Only the township administrator answers escalated queries.</source>
        <translation>只有乡镇管理员可以答复上报的询问。</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>已超期 %1 天</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Select a query to read it and write the township&apos;s answer.</source>
        <translation>请选择一条询问，查看内容并填写乡镇答复。</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 · the village answered: %5</source>
        <translation>《%1》（%2，%3）：%4 · 村里的答复：%5</translation>
    </message>
    <message>
        <source>Select a query first.</source>
        <translation>请先选择一条询问。</translation>
    </message>
    <message>
        <source>Saved: the answer goes to %1 with its next acknowledgement.</source>
        <translation>已保存：答复将随下一次回执发给%1。</translation>
    </message>
</context>
<context>
    <name>TownshipSignIn</name>
    <message>
        <source>Sign in to the township store</source>
        <translation>登录乡镇数据库</translation>
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
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
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
        <source>%1 · township overview · %2</source>
        <translation>%1 · 各村报送情况 · %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>汇总(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>Ser&amp;vice catalogue</source>
        <translation>服务目录(&amp;V)</translation>
    </message>
    <message>
        <source>Disclosure &amp;queries</source>
        <translation>村务公开询问(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Re-enrol a village...</source>
        <translation>重新登记村密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Posted notices the selected village sent</source>
        <translation>所选村报送的已张贴公开PDF</translation>
    </message>
    <message>
        <source>&amp;Open notice PDF</source>
        <translation>打开公开PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>大小（KB）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Stored / incoming version</source>
        <translation>已存 / 新到版本</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>&amp;Keep the stored record</source>
        <translation>保留已存记录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the incoming record</source>
        <translation>采用新到记录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>冲突（%1）(&amp;C)</translation>
    </message>
    <message>
        <source>Take the incoming record</source>
        <translation>采用新到记录</translation>
    </message>
    <message>
        <source>Keep the stored record</source>
        <translation>保留已存记录</translation>
    </message>
    <message>
        <source>Why (kept with the decision):</source>
        <translation>理由（随处理结果保存）：</translation>
    </message>
    <message>
        <source>Opening the notice...</source>
        <translation>正在打开公开PDF…</translation>
    </message>
    <message>
        <source>Re-enrol a village</source>
        <translation>重新登记村密钥</translation>
    </message>
    <message>
        <source>Village key (*.pub)</source>
        <translation>村密钥 (*.pub)</translation>
    </message>
    <message>
        <source>New key of %1 (%2). Phone the village, have them read out the fingerprint shown on their desk, and type it here:</source>
        <translation>%1（%2）的新密钥。请打电话给该村，请对方念出其电脑上显示的指纹，并在此输入：</translation>
    </message>
    <message>
        <source>Why is the key replaced?</source>
        <translation>更换密钥的原因：</translation>
    </message>
    <message>
        <source>%1 re-enrolled. Old key %2, new key %3. Packages signed with the old key are refused.</source>
        <translation>%1 已重新登记。旧密钥 %2，新密钥 %3。此后用旧密钥签名的数据包一律拒收。</translation>
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
        <source>Writing the report...</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF报表</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
</context>
<context>
    <name>UsageTab</name>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>outcome (optional)</source>
        <translation>办理结果（可不填）</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>保存登记(&amp;S)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Search service, outcome or resident</source>
        <translation>按服务项目、办理结果或群众姓名查找</translation>
    </message>
    <message>
        <source>&amp;Correct entry...</source>
        <translation>更正登记(&amp;C)…</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>（不记姓名）</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>共%1条</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>超过%1条（正在统计）</translation>
    </message>
    <message>
        <source>Saved: %1, %2 people.</source>
        <translation>已保存：%1，%2人。</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>更正登记</translation>
    </message>
    <message>
        <source>Why is this entry wrong? It is cancelled by a correction line.</source>
        <translation>这条登记错在哪里？将另记一条更正冲销原登记。</translation>
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
        <source>Disa&amp;ble user</source>
        <translation>停用用户(&amp;B)</translation>
    </message>
    <message>
        <source>Allow / stop vie&amp;wing sensitive information</source>
        <translation>允许/取消查看敏感信息(&amp;W)</translation>
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
    <name>VisitDialog</name>
    <message>
        <source>Record a visit to %1</source>
        <translation>登记走访：%1</translation>
    </message>
    <message>
        <source>e.g. 村党组织书记、网格员</source>
        <translation>例如：村党组织书记、网格员</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>走访人(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>走访事由(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>走访情况(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <source>Follow-&amp;up on</source>
        <translation>回访日期(&amp;U)</translation>
    </message>
</context>
<context>
    <name>VisitsDialog</name>
    <message>
        <source>Visits to %1</source>
        <translation>%1 的走访记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancel by reversal...</source>
        <translation>冲销...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>reversal: %1</source>
        <translation>冲销：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Cancel by reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
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
        <source>Opening the village&apos;s records…</source>
        <translation>正在打开本村的台账……</translation>
    </message>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出以下参数之一：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>多余的参数值 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多一个参数值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
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
        <source>Care targets</source>
        <translation>暖心关怀对象</translation>
    </message>
    <message>
        <source>Care categories</source>
        <translation>关怀类别</translation>
    </message>
    <message>
        <source>Care categories visited at 七一 and 春节 (Party side)</source>
        <translation>七一、春节走访的党内关怀类别</translation>
    </message>
    <message>
        <source>Categories of special-hardship elderly</source>
        <translation>特殊困难老年人的类别</translation>
    </message>
    <message>
        <source>Age from which a target counts as special-hardship elderly</source>
        <translation>特殊困难老年人的起算年龄</translation>
    </message>
    <message>
        <source>Visit occasions</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <source>Care funds</source>
        <translation>关爱资金</translation>
    </message>
    <message>
        <source>Review each care target every (days)</source>
        <translation>关怀对象复核周期（天）</translation>
    </message>
    <message>
        <source>Party-side visits fall within this many days before 七一 and 春节</source>
        <translation>七一、春节前走访党内关怀对象的天数</translation>
    </message>
    <message>
        <source>Erase sensitive details of exited care targets after (years)</source>
        <translation>已退出关怀对象的敏感信息保留年限（年）</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Signed by the recipient</source>
        <translation>领取人签字</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>资金发放</translation>
    </message>
    <message>
        <source>Care target</source>
        <translation>关怀对象</translation>
    </message>
    <message>
        <source>Care-target sheet</source>
        <translation>关怀对象表格</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>{masked} is already on the care list for {name}</source>
        <translation>{masked} 已在关怀名单中（{name}）</translation>
    </message>
    <message>
        <source>{value} is not one of the care categories: {known}</source>
        <translation>“{value}”不是关怀类别之一：{known}</translation>
    </message>
    <message>
        <source>{value} is not one of the visit occasions: {known}</source>
        <translation>“{value}”不是走访事由之一：{known}</translation>
    </message>
    <message>
        <source>{value} is before the day of joining ({joined}); a member becomes full after joining</source>
        <translation>{value} 早于入党日期（{joined}）；转正应在入党之后</translation>
    </message>
    <message>
        <source>{name} already left the list on {day}</source>
        <translation>{name} 已于 {day} 退出名单</translation>
    </message>
    <message>
        <source>{value} is before the day {name} was added ({added})</source>
        <translation>{value} 早于 {name} 纳入名单的日期（{added}）</translation>
    </message>
    <message>
        <source>{name} left the care list on {day}; a later visit cannot be recorded</source>
        <translation>{name} 已于 {day} 退出关怀名单，不能登记之后的走访</translation>
    </message>
    <message>
        <source>{value} is before {name} was added to the list ({added})</source>
        <translation>{value} 早于 {name} 纳入名单的日期（{added}）</translation>
    </message>
    <message>
        <source>{value} is before the visit date</source>
        <translation>{value} 早于走访日期</translation>
    </message>
    <message>
        <source>this entry was already cancelled on {day}</source>
        <translation>这笔记录已于 {day} 冲销</translation>
    </message>
    <message>
        <source>this entry is itself a cancellation and cannot be cancelled</source>
        <translation>这笔记录本身是冲销记录，不能再冲销</translation>
    </message>
    <message>
        <source>{amount} yuan is more than {fund} has left ({available} yuan: balance {balance} yuan, of which {committed} yuan is already approved for other payments); a fund can never go below zero</source>
        <translation>{amount} 元超过{fund}的可用余额（可用 {available} 元：余额 {balance} 元，其中 {committed} 元已审批待发放）；资金余额不能为负</translation>
    </message>
    <message>
        <source>{value} is not one of the care funds: {known}</source>
        <translation>“{value}”不是关爱资金之一：{known}</translation>
    </message>
    <message>
        <source>this disbursement is {state}; it cannot be {action} now</source>
        <translation>这笔发放目前为“{state}”，现在不能{action}</translation>
    </message>
    <message>
        <source>the posting period runs until {end}; payment is made only after it has ended (from {next})</source>
        <translation>公示期至 {end}；公示期满后（{next} 起）才能发放</translation>
    </message>
    <message>
        <source>{value} is before the previous step on {previous}</source>
        <translation>{value} 早于上一环节的日期 {previous}</translation>
    </message>
    <message>
        <source>the recipient must have signed for the money before it is recorded as paid</source>
        <translation>领取人签字确认后才能登记为已发放</translation>
    </message>
    <message>
        <source>{name} is not on the care list on {day}</source>
        <translation>{name} 在 {day} 不在关怀名单中</translation>
    </message>
    <message>
        <source>the supervision committee has not reviewed this notice as it now prints; every disclosure is reviewed and signed before it is posted</source>
        <translation>村务监督委员会尚未审核这份公示的当前内容；每项公开都须经监委会审核签字后才能张贴</translation>
    </message>
    <message>
        <source>the sensitive details of {name} were erased on {day}</source>
        <translation>{name} 的敏感信息已于 {day} 删除</translation>
    </message>
    <message>
        <source>approved by the branch</source>
        <translation>支部已审批</translation>
    </message>
    <message>
        <source>approved by the township</source>
        <translation>乡镇已审批</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>applied for</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>{count} special-hardship elderly not yet visited this month, e.g. {names}</source>
        <translation>本月尚有 {count} 名特殊困难老年人未走访：{names}</translation>
    </message>
    <message>
        <source>{festival} on {day}: {count} Party-side care targets still to visit, e.g. {names}</source>
        <translation>{festival}（{day}）前尚有 {count} 名党内关怀对象待走访：{names}</translation>
    </message>
    <message>
        <source>Follow-up visit to {name} due on {day}</source>
        <translation>{name} 应于 {day} 回访</translation>
    </message>
    <message>
        <source>{count} care targets due for review, e.g. {names}</source>
        <translation>{count} 名关怀对象到期复核：{names}</translation>
    </message>
    <message>
        <source>Care payment to {name} may be paid: its posting period ended on {day}</source>
        <translation>{name} 的关爱资金公示期已于 {day} 届满，可以发放</translation>
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
        <source>Joined the Party</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Became a full Party member</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Paired helper</source>
        <translation>结对帮扶人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added to the list on</source>
        <translation>纳入日期</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Sensitive details erased on</source>
        <translation>敏感信息删除日期</translation>
    </message>
    <message>
        <source>the township&apos;s acknowledgement of package {sequence} ({file})</source>
        <translation>乡镇对第 {sequence} 个数据包的回执（{file}）</translation>
    </message>
    <message>
        <source>the backup {file}</source>
        <translation>备份 {file}</translation>
    </message>
    <message>
        <source>entry {entry}: written in the old form after newer entries (rewritten)</source>
        <translation>第 {entry} 条记录：在较新的记录之后以旧格式写入（被改写）</translation>
    </message>
    <message>
        <source>entry {entry}: link to the previous entry is broken (an entry was removed or inserted)</source>
        <translation>第 {entry} 条记录：与上一条记录的衔接断开（有记录被删除或插入）</translation>
    </message>
    <message>
        <source>entry {entry}: its content was altered</source>
        <translation>第 {entry} 条记录：内容被改动</translation>
    </message>
    <message>
        <source>entry {entry}: a restore that does not start from its anchor (rewritten)</source>
        <translation>第 {entry} 条记录：一次恢复没有从它的锚点接续（被改写）</translation>
    </message>
    <message>
        <source>the history ends at entry {position}, but {anchor} holds {count} entries: the last entries were removed (truncated)</source>
        <translation>修改记录只到第 {position} 条，而{anchor}记有 {count} 条：最后的记录被删除（被截短）</translation>
    </message>
    <message>
        <source>entry {count} differs from {anchor}: the history was rewritten</source>
        <translation>第 {count} 条记录与{anchor}不一致：修改记录被改写</translation>
    </message>
    <message>
        <source>{table} {record}: record added outside the app</source>
        <translation>{table} {record}：这条记录是在本软件之外添加的</translation>
    </message>
    <message>
        <source>{table} {record}: the record was deleted outside the app</source>
        <translation>{table} {record}：这条记录在本软件之外被删除</translation>
    </message>
    <message>
        <source>{table} {record}: field {field} is {actual} but the audit log says {expected} (changed outside the app)</source>
        <translation>{table} {record}：“{field}”现为 {actual}，修改记录却为 {expected}</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>断裂</translation>
    </message>
    <message>
        <source>rewritten</source>
        <translation>被改写</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>被截短</translation>
    </message>
    <message>
        <source>changed outside the app</source>
        <translation>在本软件之外被改动</translation>
    </message>
    <message>
        <source>Village Party organisation</source>
        <translation>村党组织</translation>
    </message>
    <message>
        <source>Village Party organisation and villagers&apos; committee</source>
        <translation>村党组织和村民委员会</translation>
    </message>
    <message>
        <source>Party general branch committee</source>
        <translation>党总支部委员会</translation>
    </message>
    <message>
        <source>Party committee</source>
        <translation>党委员会</translation>
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
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Party organisation committee meeting</source>
        <translation>党组织委员会会议</translation>
    </message>
    <message>
        <source>Joint meeting of the two committees</source>
        <translation>村“两委”联席会议</translation>
    </message>
    <message>
        <source>Party proposal and joint meeting of the two committees</source>
        <translation>党组织提议暨“两委”联席会议</translation>
    </message>
    <message>
        <source>Party members&apos; meeting</source>
        <translation>党员大会</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives&apos; meeting</source>
        <translation>村民代表会议</translation>
    </message>
    <message>
        <source>Villagers&apos; meeting</source>
        <translation>村民会议</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>未达法定人数</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>组织/身份</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Secretary is also committee chair</source>
        <translation>书记兼任村委会主任（一肩挑）</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Regular posting day</source>
        <translation>固定公开日</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>启动日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>事项来源</translation>
    </message>
    <message>
        <source>Origin details</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>Carried out in phases</source>
        <translation>分阶段实施</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收情况</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终公开</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reason for taking down</source>
        <translation>撤下原因</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论情况</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Form of meeting</source>
        <translation>会议形式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Meeting notice sent on</source>
        <translation>会议通知日期</translation>
    </message>
    <message>
        <source>Should attend</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>有表决权人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>到会</translation>
    </message>
    <message>
        <source>Present with a vote</source>
        <translation>到会有表决权人数</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>赞成</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Committee members who should attend</source>
        <translation>委员应到人数</translation>
    </message>
    <message>
        <source>Committee members present</source>
        <translation>委员到会人数</translation>
    </message>
    <message>
        <source>Committee members in favour</source>
        <translation>委员赞成</translation>
    </message>
    <message>
        <source>Committee members against</source>
        <translation>委员反对</translation>
    </message>
    <message>
        <source>Committee members abstaining</source>
        <translation>委员弃权</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Households represented</source>
        <translation>到会户代表数</translation>
    </message>
    <message>
        <source>Scanned record</source>
        <translation>会议记录扫描件</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Version reviewed</source>
        <translation>审核的版本</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>May see identity numbers in full</source>
        <translation>可查看完整身份证号</translation>
    </message>
    <message>
        <source>Must choose a new PIN</source>
        <translation>须设置新 PIN</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>the desk itself</source>
        <translation>系统</translation>
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
        <source>user added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改PIN码</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>重置PIN码</translation>
    </message>
    <message>
        <source>user enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>permission granted</source>
        <translation>授予权限</translation>
    </message>
    <message>
        <source>permission withdrawn</source>
        <translation>收回权限</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>恢复了备份</translation>
    </message>
    <message>
        <source>roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <source>centre profile saved in the settings</source>
        <translation>在设置中保存服务中心基本信息</translation>
    </message>
    <message>
        <source>first-run setup</source>
        <translation>首次设置</translation>
    </message>
    <message>
        <source>export to the township</source>
        <translation>向乡镇导出</translation>
    </message>
    <message>
        <source>township acknowledgement</source>
        <translation>乡镇回执</translation>
    </message>
    <message>
        <source>removed from the roster</source>
        <translation>从花名册移除</translation>
    </message>
    <message>
        <source>the full identity number was viewed</source>
        <translation>查看了完整身份证号</translation>
    </message>
    <message>
        <source>village rules changed</source>
        <translation>修改村规则设置</translation>
    </message>
    <message>
        <source>draft deleted</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>may view sensitive information</source>
        <translation>可查看敏感信息</translation>
    </message>
    <message>
        <source>{name} changed their PIN</source>
        <translation>{name}修改了自己的PIN码</translation>
    </message>
    <message>
        <source>PIN of {name} reset; to be changed at sign-in</source>
        <translation>{name}的PIN码已重置，登录时须修改</translation>
    </message>
    <message>
        <source>{name} enabled</source>
        <translation>启用{name}</translation>
    </message>
    <message>
        <source>{name} disabled</source>
        <translation>停用{name}</translation>
    </message>
    <message>
        <source>import of {file}</source>
        <translation>导入{file}</translation>
    </message>
    <message>
        <source>acknowledgement of package {number} from {code} sent again</source>
        <translation>重新发送{code}第{number}号数据包的回执</translation>
    </message>
    <message>
        <source>acknowledgement {file}</source>
        <translation>回执{file}</translation>
    </message>
    <message>
        <source>conflict {id} decided</source>
        <translation>已处理冲突{id}</translation>
    </message>
    <message>
        <source>{name} added as {role}</source>
        <translation>添加{name}为{role}</translation>
    </message>
    <message>
        <source>{name} added as {role}, administrator</source>
        <translation>添加{name}为{role}，并任管理员</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>任职</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Supervision review</source>
        <translation>监督审核</translation>
    </message>
    <message>
        <source>General notice</source>
        <translation>通用公告</translation>
    </message>
    <message>
        <source>Centre profile</source>
        <translation>服务中心基本信息</translation>
    </message>
    <message>
        <source>Ledger line</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Villager&apos;s query</source>
        <translation>村民咨询或异议</translation>
    </message>
    <message>
        <source>Care category</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Care fund</source>
        <translation>关爱基金</translation>
    </message>
    <message>
        <source>Fund entry</source>
        <translation>基金收支</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>物资出入库</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Inspection finding</source>
        <translation>自查结果</translation>
    </message>
    <message>
        <source>Inspection photo</source>
        <translation>自查照片</translation>
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
        <source>cells {range} are merged; unmerge them so every row has its own values</source>
        <translation>单元格 {range} 是合并单元格；请取消合并，使每一行都有自己的数据</translation>
    </message>
    <message>
        <source>is not a column the care list knows; known columns: {known}</source>
        <translation>不是关怀名单能识别的列；可用的列：{known}</translation>
    </message>
    <message>
        <source>the sheet has no {column} column</source>
        <translation>表格中没有“{column}”列</translation>
    </message>
    <message>
        <source>no header row with a 姓名 column in the first {rows} rows</source>
        <translation>前 {rows} 行中没有含“姓名”列的表头</translation>
    </message>
    <message>
        <source>the same identity number as row {other}</source>
        <translation>与第 {other} 行的身份证号相同</translation>
    </message>
    <message>
        <source>is not 男 or 女</source>
        <translation>不是“男”或“女”</translation>
    </message>
    <message>
        <source>is not one of {known}</source>
        <translation>不是以下之一：{known}</translation>
    </message>
    <message>
        <source>the sheet has a header row but no targets below it</source>
        <translation>表格只有表头，下面没有关怀对象</translation>
    </message>
    <message>
        <source>is not a date; write it like 2024-03-02</source>
        <translation>不是日期；请写成 2024-03-02 这样的格式</translation>
    </message>
    <message>
        <source>is a formula without a saved value; open and save the sheet in Excel first</source>
        <translation>是没有保存结果的公式；请先在 Excel 中打开并保存表格</translation>
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
        <source>Village affairs disclosure</source>
        <translation>村务公开</translation>
    </message>
    <message>
        <source>Disclosure catalogue (item｜category｜period｜retention)</source>
        <translation>村务公开目录（事项｜类别｜周期｜保管期限）</translation>
    </message>
    <message>
        <source>Disclosure posting day of the month</source>
        <translation>村务公开每月张贴日</translation>
    </message>
    <message>
        <source>Finance disclosure period</source>
        <translation>财务公开周期</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>Split village affairs into 政务 and 事务</source>
        <translation>村务分为政务和事务</translation>
    </message>
    <message>
        <source>Ad hoc disclosure within (days of the event)</source>
        <translation>临时公开时限（事项发生后天数）</translation>
    </message>
    <message>
        <source>Answer a query within (days)</source>
        <translation>答复群众询问时限（天）</translation>
    </message>
    <message>
        <source>Township answers an escalated query within (days)</source>
        <translation>乡镇答复报送询问时限（天）</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>公开目录事项</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>End of period</source>
        <translation>期间截止日</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>事项发生日期</translation>
    </message>
    <message>
        <source>Lead paragraph</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Reason the opening balance differs</source>
        <translation>期初余额差异说明</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Ledger lines</source>
        <translation>收支明细</translation>
    </message>
    <message>
        <source>Line {row}: income or expenditure item</source>
        <translation>第{row}行收支项目</translation>
    </message>
    <message>
        <source>Line {row}: amount</source>
        <translation>第{row}行金额</translation>
    </message>
    <message>
        <source>Line {row}: income or expenditure</source>
        <translation>第{row}行收支类型</translation>
    </message>
    <message>
        <source>Line {row}: handled by</source>
        <translation>第{row}行经办人</translation>
    </message>
    <message>
        <source>Reason for sending it back</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>反映方式</translation>
    </message>
    <message>
        <source>Query or objection</source>
        <translation>询问或异议内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Township accounting station check</source>
        <translation>乡镇经管站审核</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>“{value}”不是以下之一：{allowed}</translation>
    </message>
    <message>
        <source>{value} is not in the disclosure catalogue</source>
        <translation>“{value}”不在村务公开目录中</translation>
    </message>
    <message>
        <source>{item} belongs to {category}, not {value}</source>
        <translation>“{item}”属于{category}，不属于{value}</translation>
    </message>
    <message>
        <source>the period ends on {end}, before it starts on {start}</source>
        <translation>期间截止于{end}，早于开始日期{start}</translation>
    </message>
    <message>
        <source>{start} to {end} is not a whole {kind}; a periodic disclosure covers one calendar {kind}</source>
        <translation>{start}至{end}不是一个完整的{kind}期间；定期公开须覆盖一个完整的{kind}期间</translation>
    </message>
    <message>
        <source>{posting} is before the date of issue {issued}; a notice is posted after it is issued</source>
        <translation>{posting} 早于落款日期 {issued}，公告应在落款后张贴</translation>
    </message>
    <message>
        <source>only a finance disclosure has ledger lines</source>
        <translation>只有财务收支公开才有收支明细</translation>
    </message>
    <message>
        <source>a finance disclosure needs at least one line</source>
        <translation>财务公开至少要有一条收支明细</translation>
    </message>
    <message>
        <source>must be 收入 or 支出, got {value}</source>
        <translation>应为“收入”或“支出”，实际为“{value}”</translation>
    </message>
    <message>
        <source>{closing} does not add up: opening {opening} + income {income} − expenditure {expenditure} = {expected}</source>
        <translation>{closing}与明细不符：期初{opening} + 收入{income} − 支出{expenditure} = {expected}</translation>
    </message>
    <message>
        <source>{value} differs from the closing balance {previous} of the previous period ({period}); record the reason</source>
        <translation>{value}与上期（{period}）期末余额{previous}不一致，请填写原因</translation>
    </message>
    <message>
        <source>this disclosure was posted on {day} and can never be changed; make a correction notice instead</source>
        <translation>该公开已于{day}张贴，不能再修改或删除；请另发更正公告</translation>
    </message>
    <message>
        <source>is {status}; only a draft can be sent for review</source>
        <translation>当前为“{status}”；只有草稿才能提交审核</translation>
    </message>
    <message>
        <source>is {status}; only a disclosure waiting for review can be reviewed</source>
        <translation>当前为“{status}”；只有待审核的公开才能审核</translation>
    </message>
    <message>
        <source>has not been reviewed and signed by the supervision committee; it cannot be posted</source>
        <translation>尚未经村务监督委员会审核签字，不能张贴</translation>
    </message>
    <message>
        <source>{name} drafted this disclosure and may not review it</source>
        <translation>{name}是该公开的起草人，不能审核</translation>
    </message>
    <message>
        <source>{name} handled line {row} of this disclosure and may not review it</source>
        <translation>{name}是该公开第{row}行的经办人，不能审核</translation>
    </message>
    <message>
        <source>{name} is a member of the villagers&apos; committee on {day} and may not sit on the supervision committee</source>
        <translation>{name}在{day}是村民委员会成员，不得担任村务监督委员会成员</translation>
    </message>
    <message>
        <source>only a posted disclosure can be corrected</source>
        <translation>只有已公开的事项才能更正</translation>
    </message>
    <message>
        <source>has not been posted</source>
        <translation>尚未张贴</translation>
    </message>
    <message>
        <source>{value} is before the day it was posted ({posted})</source>
        <translation>{value}早于张贴日期（{posted}）</translation>
    </message>
    <message>
        <source>{name} is not a PDF, JPEG or PNG file</source>
        <translation>{name}不是 PDF、JPEG 或 PNG 文件</translation>
    </message>
    <message>
        <source>this query was already answered on {day}</source>
        <translation>该询问已于{day}答复</translation>
    </message>
    <message>
        <source>this query was already sent to the township on {day}</source>
        <translation>该询问已于{day}报送乡镇</translation>
    </message>
    <message>
        <source>{value} is before the query was received ({received})</source>
        <translation>{value}早于收到询问的日期（{received}）</translation>
    </message>
    <message>
        <source>{item} for {period} is due on {day}</source>
        <translation>{period}{item}应于{day}公开</translation>
    </message>
    <message>
        <source>{item} for {period} was due on {day}: {days} days overdue</source>
        <translation>{period}{item}应于{day}公开，已逾期{days}天</translation>
    </message>
    <message>
        <source>“{title}” is on the board until {day}</source>
        <translation>“{title}”张贴至{day}</translation>
    </message>
    <message>
        <source>“{title}” waits for the supervision committee&apos;s review</source>
        <translation>“{title}”等待村务监督委员会审核</translation>
    </message>
    <message>
        <source>a query about “{title}” received on {day} was to be answered by {deadline}: {days} days overdue</source>
        <translation>对“{title}”的询问于{day}收到，应于{deadline}前答复，已逾期{days}天</translation>
    </message>
    <message>
        <source>the township&apos;s answer to a query about “{title}” was due on {deadline}: {days} days overdue</source>
        <translation>乡镇对“{title}”相关询问的答复应于{deadline}前作出，已逾期{days}天</translation>
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
        <source>Township key</source>
        <translation>乡镇密钥</translation>
    </message>
    <message>
        <source>install or replace the township key</source>
        <translation>安装或更换乡镇密钥</translation>
    </message>
    <message>
        <source>{name} changed after it was shown; open it again</source>
        <translation>{name} 在显示后被改动，请重新打开</translation>
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
        <source>village {code} is already enrolled with another key (fingerprint {old}); if its key was lost, re-enrol it after reading the new fingerprint out by phone</source>
        <translation>村 {code} 已登记另一把密钥（指纹 {old}）；如该村密钥已丢失，请电话核对新指纹后重新登记</translation>
    </message>
    <message>
        <source>import village packages</source>
        <translation>导入各村数据包</translation>
    </message>
    <message>
        <source>decide conflicts</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>enrol or re-enrol a village</source>
        <translation>登记或重新登记村密钥</translation>
    </message>
    <message>
        <source>set the catalogues</source>
        <translation>设置目录</translation>
    </message>
    <message>
        <source>back up or restore the township store</source>
        <translation>备份或恢复乡镇数据库</translation>
    </message>
    <message>
        <source>manage township users</source>
        <translation>管理乡镇用户</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>Township operator</source>
        <translation>乡镇操作员</translation>
    </message>
    <message>
        <source>Re-enrol</source>
        <translation>重新登记</translation>
    </message>
    <message>
        <source>village {code} is not enrolled yet: enrol it instead</source>
        <translation>村 {code} 尚未登记，请直接登记</translation>
    </message>
    <message>
        <source>village {code} is already enrolled with this key</source>
        <translation>村 {code} 已用这把密钥登记</translation>
    </message>
    <message>
        <source>the fingerprint read out by phone ({given}) is not the one of this key file ({actual})</source>
        <translation>电话中念出的指纹（{given}）与该密钥文件的指纹（{actual}）不符</translation>
    </message>
    <message>
        <source>say why the key is replaced (e.g. the PC died and no backup had the key)</source>
        <translation>请说明更换密钥的原因（例如电脑损坏且备份中没有密钥）</translation>
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
        <source>village {code} sent no board photo of {id}</source>
        <translation>村 {code} 没有发来 {id} 的公开栏照片</translation>
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
        <source>{title}: details</source>
        <translation>{title}（明细）</translation>
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
        <source>{name} is larger than a photo may be ({limit} kB)</source>
        <translation>{name} 超过了照片的大小上限（{limit} kB）</translation>
    </message>
    <message>
        <source>{name} is not a JPEG photo</source>
        <translation>{name} 不是 JPEG 照片</translation>
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
        <source>Township backup</source>
        <translation>乡镇备份</translation>
    </message>
    <message>
        <source>{name} is not a VillageDesk township backup</source>
        <translation>{name} 不是村务台账的乡镇备份文件</translation>
    </message>
    <message>
        <source>wrong passphrase, or the file {name} is damaged; nothing was restored</source>
        <translation>口令错误或文件 {name} 已损坏，未恢复任何内容</translation>
    </message>
    <message>
        <source>the passphrase must be at least {minimum} characters</source>
        <translation>口令至少 {minimum} 个字符</translation>
    </message>
    <message>
        <source>this store already holds township {name} ({code}); restore into a new, empty database</source>
        <translation>此数据库已有乡镇 {name}（{code}）的数据，请恢复到一个新的空数据库</translation>
    </message>
    <message>
        <source>the backup holds {table}, which this version does not know; use a newer VillageDesk</source>
        <translation>备份中含有本版本不认识的 {table}，请使用更新版本的村务台账</translation>
    </message>
    <message>
        <source>{name} is not an administrator of the restored township; nothing was restored</source>
        <translation>{name} 不是所恢复乡镇的管理员，未恢复任何内容</translation>
    </message>
    <message>
        <source>Disclosures due this month</source>
        <translation>本月应公开</translation>
    </message>
    <message>
        <source>Disclosures overdue</source>
        <translation>逾期未公开</translation>
    </message>
    <message>
        <source>Disclosures on the board</source>
        <translation>正在张贴</translation>
    </message>
    <message>
        <source>Queries escalated to the township</source>
        <translation>报送乡镇的询问</translation>
    </message>
    <message>
        <source>disclosures</source>
        <translation>村务公开</translation>
    </message>
    <message>
        <source>disclosure queries</source>
        <translation>公开询问</translation>
    </message>
    <message>
        <source>Township answers to escalated queries</source>
        <translation>乡镇对报送询问的答复</translation>
    </message>
    <message>
        <source>Ledger sheet</source>
        <translation>收支明细表</translation>
    </message>
    <message>
        <source>no header row with a 收支项目 column and 收入/支出 (or 金额 and 收支) columns in the first {rows} rows</source>
        <translation>前{rows}行中没有找到含“收支项目”列和“收入/支出”（或“金额”和“收支”）列的表头</translation>
    </message>
    <message>
        <source>the sheet has no ledger lines under its header</source>
        <translation>表头下没有收支明细</translation>
    </message>
    <message>
        <source>is empty; every line needs it</source>
        <translation>为空；每条明细都必须填写</translation>
    </message>
    <message>
        <source>has both an income and an expenditure amount; a line is one or the other</source>
        <translation>同时填了收入和支出金额；每条明细只能是其中之一</translation>
    </message>
    <message>
        <source>has neither an income nor an expenditure amount</source>
        <translation>既没有收入金额也没有支出金额</translation>
    </message>
    <message>
        <source>is a formula without a saved value; open the sheet in Excel or WPS, save it, and import again</source>
        <translation>是没有保存计算结果的公式；请在 Excel 或 WPS 中打开并保存后重新导入</translation>
    </message>
    <message>
        <source>must be 收入 or 支出</source>
        <translation>应为“收入”或“支出”</translation>
    </message>
    <message>
        <source>Special-hardship elderly not visited this month</source>
        <translation>本月未走访的特殊困难老年人</translation>
    </message>
    <message>
        <source>Monthly visit rate (%)</source>
        <translation>月走访率（%）</translation>
    </message>
    <message>
        <source>Care fund balance (yuan)</source>
        <translation>关爱资金余额（元）</translation>
    </message>
    <message>
        <source>care targets</source>
        <translation>关怀对象</translation>
    </message>
    <message>
        <source>care visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Enter the people roster (type it in or import the county&apos;s workbook).</source>
        <translation>录入人员花名册（逐人录入，或导入县里下发的Excel表）。</translation>
    </message>
    <message>
        <source>Add the supervision committee members as users, so they can sign reviews (Settings → Users).</source>
        <translation>把村务监督委员会成员添加为用户，以便签署审核（设置 → 用户）。</translation>
    </message>
    <message>
        <source>Install the township&apos;s key from the township&apos;s USB stick (Township exchange).</source>
        <translation>从乡镇的U盘安装乡镇密钥（与乡镇交换数据）。</translation>
    </message>
    <message>
        <source>Fill in the phone number for objections that every notice prints (Settings).</source>
        <translation>填写每份公告都要印上的意见反映电话（设置）。</translation>
    </message>
    <message>
        <source>Ten services</source>
        <translation>十有服务</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务编码</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Room or location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Date last checked</source>
        <translation>最近检查日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>停开</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>器材</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Stock change</source>
        <translation>出入库数量</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Usage entry</source>
        <translation>使用登记</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Service catalogue, row {row}, {column}</source>
        <translation>服务目录第{row}行{column}</translation>
    </message>
    <message>
        <source>Public holidays, row {row}, {column}</source>
        <translation>节假日第{row}行{column}</translation>
    </message>
    <message>
        <source>{code} is already used by another service</source>
        <translation>{code}已被其他服务项目使用</translation>
    </message>
    <message>
        <source>{code} is not a valid code (letters, digits and &apos;-&apos;, at most 20; the village&apos;s own start with V-)</source>
        <translation>“{code}”不是有效编码（字母、数字和“-”，最多20位；以 V- 开头的编码留给村里自增项目）</translation>
    </message>
    <message>
        <source>{day}: &quot;{text}&quot; is not a time range such as 08:30-11:30</source>
        <translation>{day}：“{text}”不是有效时段，应写成 08:30-11:30 的形式</translation>
    </message>
    <message>
        <source>{day}: {text} ends before it starts or overlaps another range</source>
        <translation>{day}：时段{text}结束早于开始，或与另一时段重叠</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day}是将来的日期</translation>
    </message>
    <message>
        <source>{end} is before the first day {start}</source>
        <translation>截止日期{end}早于起始日期{start}</translation>
    </message>
    <message>
        <source>{start} to {end} overlaps the closure &quot;{other}&quot; ({other_start} to {other_end}) already entered</source>
        <translation>{start}至{end}与已登记的“{other}”（{other_start}至{other_end}）重叠</translation>
    </message>
    <message>
        <source>{expires} is before the purchase date {purchased}</source>
        <translation>有效期{expires}早于购置日期{purchased}</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {max}, got {value}</source>
        <translation>应为0至{max}的整数，填写的是{value}</translation>
    </message>
    <message>
        <source>using {used} would leave {name} below zero: only {left} in stock</source>
        <translation>领用{used}后{name}库存将小于0：现仅有{left}</translation>
    </message>
    <message>
        <source>must not be zero</source>
        <translation>不能为0</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {max} (a larger gathering is entered over several lines), got {value}</source>
        <translation>应为1至{max}的整数（人数更多的活动请分多条登记），填写的是{value}</translation>
    </message>
    <message>
        <source>{name} was retired on {retired}; a usage on {day} cannot be entered</source>
        <translation>{name}已于{retired}停用，不能登记{day}的使用</translation>
    </message>
    <message>
        <source>{name} was retired on {retired}</source>
        <translation>{name}已于{retired}停用</translation>
    </message>
    <message>
        <source>this entry was already corrected on {day}</source>
        <translation>这条登记已于{day}更正过</translation>
    </message>
    <message>
        <source>a correction cannot itself be corrected; enter a new line</source>
        <translation>更正记录不能再更正，请另登记一条</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>record the state of at least one service</source>
        <translation>至少记录一项服务的状态</translation>
    </message>
    <message>
        <source>{name} must be a JPEG or PNG photo</source>
        <translation>{name}应为 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>第{row}行：{problem}</translation>
    </message>
    <message>
        <source>the first row must name the columns 编码 and 名称</source>
        <translation>第一行应写明“编码”和“名称”两列</translation>
    </message>
    <message>
        <source>lists no services</source>
        <translation>没有列出任何服务项目</translation>
    </message>
    <message>
        <source>code {code} appears twice</source>
        <translation>编码{code}重复出现</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 2027-01-01)</source>
        <translation>“{value}”不是有效日期（应写成 2027-01-01 的形式）</translation>
    </message>
    <message>
        <source>{note} was set by the township with its catalogue; only the township can withdraw it</source>
        <translation>“{note}”是乡镇随服务目录统一安排的，只能由乡镇撤销</translation>
    </message>
    <message>
        <source>the holidays sheet&apos;s first row must name the columns 开始日期, 结束日期 and 名称</source>
        <translation>“节假日”工作表第一行应写明“开始日期”“结束日期”“名称”三列</translation>
    </message>
    <message>
        <source>{name} is not available (since the check on {day})</source>
        <translation>{name}暂不可用（{day}检查）</translation>
    </message>
    <message>
        <source>{name} has not been checked for {days} days</source>
        <translation>{name}已{days}天未检查</translation>
    </message>
    <message>
        <source>{name} has never been checked</source>
        <translation>{name}从未检查</translation>
    </message>
    <message>
        <source>{equipment} ({name}, {quantity} left) expires on {day}</source>
        <translation>{equipment}（{name}，剩余{quantity}）将于{day}过期</translation>
    </message>
    <message>
        <source>{equipment} ({name}, {quantity} left) expired on {day}</source>
        <translation>{equipment}（{name}，剩余{quantity}）已于{day}过期</translation>
    </message>
    <message>
        <source>available</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>partly available</source>
        <translation>部分可用</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>临时停开</translation>
    </message>
    <message>
        <source>Services not available</source>
        <translation>暂不可用的服务</translation>
    </message>
    <message>
        <source>People served last month</source>
        <translation>上月服务人次</translation>
    </message>
    <message>
        <source>service usage lines</source>
        <translation>服务使用登记</translation>
    </message>
    <message>
        <source>Service catalogue (十有)</source>
        <translation>“十有”服务目录</translation>
    </message>
    <message>
        <source>Check each service at least every (days)</source>
        <translation>每项服务至少每隔几天检查一次（天）</translation>
    </message>
    <message>
        <source>Warn of equipment expiring within (days)</source>
        <translation>器材到期前提醒（天）</translation>
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
    <message>
        <source>Statement period</source>
        <translation>收支期间</translation>
    </message>
    <message>
        <source>{value} is not a period: write a year (2025), a quarter (2025Q1), a month (2025-03) or two dates (2025-01-15..2025-03-20)</source>
        <translation>“{value}”不是有效的期间：请写年份（2025）、季度（2025Q1）、月份（2025-03）或起止日期（2025-01-15..2025-03-20）</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>截止日期（{end}）早于起始日期（{start}）</translation>
    </message>
    <message>
        <source>Township&apos;s answer</source>
        <translation>乡镇答复</translation>
    </message>
    <message>
        <source>Date of the answer</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Escalated query</source>
        <translation>上报的询问</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过 {limit} 个字</translation>
    </message>
    <message>
        <source>{value} is before the query was escalated ({escalated})</source>
        <translation>{value} 早于该询问上报的日期（{escalated}）</translation>
    </message>
    <message>
        <source>no query of village {code} was escalated under this number</source>
        <translation>村 {code} 没有上报过这条询问</translation>
    </message>
    <message>
        <source>Township key file</source>
        <translation>乡镇密钥文件</translation>
    </message>
    <message>
        <source>the private keys of township {name} ({code}) are locked with the key file {path}, which is missing. Put that file back (from where you kept it), or restore the newest township backup into a new store</source>
        <translation>乡镇{name}（{code}）的私钥由密钥文件 {path} 加密保管，但该文件不见了。请把该文件放回原处（从您保存它的地方复制回来），或把最新的乡镇备份恢复到一个新库中</translation>
    </message>
    <message>
        <source>the key file {path} is damaged or not a township key file. Put back the right file, or restore the newest township backup into a new store</source>
        <translation>密钥文件 {path} 已损坏，或不是乡镇密钥文件。请放回正确的文件，或把最新的乡镇备份恢复到一个新库中</translation>
    </message>
    <message>
        <source>the key file {path} does not open the keys of township {name} ({code}): it belongs to another store. Put back this store&apos;s key file, or restore the newest township backup into a new store</source>
        <translation>密钥文件 {path} 打不开乡镇{name}（{code}）的私钥：它不是本库的，属于另一个库。请放回本库的密钥文件，或把最新的乡镇备份恢复到一个新库中</translation>
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
        <source>Preparing the document(s)...</source>
        <translation>正在生成文书……</translation>
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
