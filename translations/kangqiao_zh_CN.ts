<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Account</name>
    <message>
        <source>The username must be 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>用户名须为 2 至 32 个字符，只能包含小写字母、数字、点、连字符或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The display name must be 1 to 40 characters.</source>
        <translation>姓名须为 1 至 40 个字符。</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Your role may not manage accounts.</source>
        <translation>您的角色无权管理账户。</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>不存在账户 %1。</translation>
    </message>
    <message>
        <source>%1 is the last account that can manage accounts; give another account that role first.</source>
        <translation>%1 是最后一个可以管理账户的账户；请先将该角色授予其他账户。</translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>不存在处于启用状态的账户 %1。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>%1 is the last account that can manage accounts.</source>
        <translation>%1 是最后一个可以管理账户的账户。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Only a staff account has a password to change.</source>
        <translation>只有工作人员账户才有可修改的密码。</translation>
    </message>
    <message>
        <source>Your key slot is missing; ask a supervisor to reset your password.</source>
        <translation>您的密钥槽缺失，请联系主管重置密码。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Your role may not manage accounts.</source>
        <translation>您的角色无权管理账户。</translation>
    </message>
    <message>
        <source>There is no active account %1.</source>
        <translation>不存在处于启用状态的账户 %1。</translation>
    </message>
</context>
<context>
    <name>CentreProfile</name>
    <message>
        <source>The centre code must be 4 to 32 letters, digits or dashes.</source>
        <translation>机构编码须为 4 至 32 个字母、数字或连字符。</translation>
    </message>
    <message>
        <source>The centre name must be 1 to 100 characters.</source>
        <translation>机构名称须为 1 至 100 个字符。</translation>
    </message>
    <message>
        <source>The county must be a 6-digit county-level division code, e.g. 110105.</source>
        <translation>区县代码须为 6 位县级行政区划代码，例如 110105。</translation>
    </message>
</context>
<context>
    <name>CentreRepository</name>
    <message>
        <source>Your role may not change the centre profile.</source>
        <translation>您的角色无权修改机构信息。</translation>
    </message>
    <message>
        <source>The centre profile was not found.</source>
        <translation>未找到机构信息。</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity, foreign keys and audit chain.</source>
        <translation>检查数据库的完整性、外键和审计链。</translation>
    </message>
    <message numerus="yes">
        <source>ok: integrity, foreign keys and audit chain (%n entries) verified</source>
        <translation>
            <numerusform>正常：完整性、外键和审计链（共 %n 条）均已校验通过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>The centre database file.</source>
        <translation>机构数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Staff username.</source>
        <translation>工作人员用户名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File whose first line is the password (else $KANGQIAO_PASSWORD).</source>
        <translation>首行为密码的文件（未指定时使用 $KANGQIAO_PASSWORD）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>--%1: cannot read %2</source>
        <translation>--%1：无法读取 %2</translation>
    </message>
    <message>
        <source>--%1 (or $KANGQIAO_PASSWORD) is required</source>
        <translation>必须指定 --%1（或 $KANGQIAO_PASSWORD）</translation>
    </message>
    <message>
        <source>--%1: the password is empty</source>
        <translation>--%1：密码为空</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new encrypted centre database with its first supervisor.</source>
        <translation>创建新的加密机构数据库及其首位主管账户。</translation>
    </message>
    <message>
        <source>Platform-issued centre code.</source>
        <translation>平台分配的机构编码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Centre name.</source>
        <translation>机构名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>6-digit county division code.</source>
        <translation>6 位县级行政区划代码。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name (default: the username).</source>
        <translation>主管姓名（默认为用户名）。</translation>
    </message>
    <message>
        <source>--db: the folder %1 does not exist</source>
        <translation>--db：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Database created. Recovery key (shown once; print it and keep it locked away):</source>
        <translation>数据库已创建。恢复密钥（仅显示这一次；请打印出来并上锁保管）：</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The password is not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The key slot is damaged.</source>
        <translation>密钥槽已损坏。</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key file is damaged (%1).</source>
        <translation>密钥文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>不是 JSON 格式</translation>
    </message>
    <message>
        <source>not a Kangqiao key file</source>
        <translation>不是康桥密钥文件</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>版本不受支持</translation>
    </message>
    <message>
        <source>missing database id</source>
        <translation>缺少数据库标识</translation>
    </message>
    <message>
        <source>missing slots</source>
        <translation>缺少密钥槽</translation>
    </message>
    <message>
        <source>unknown slot kind</source>
        <translation>未知的密钥槽类型</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>未知的密钥派生算法</translation>
    </message>
    <message>
        <source>key derivation cost out of range</source>
        <translation>密钥派生成本参数超出范围</translation>
    </message>
    <message>
        <source>incomplete slot</source>
        <translation>密钥槽不完整</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>找不到密钥文件 %1。</translation>
    </message>
    <message>
        <source>Could not write the key file %1.</source>
        <translation>无法写入密钥文件 %1。</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Avoid common passwords and your username.</source>
        <translation>请勿使用常见密码或您的用户名。</translation>
    </message>
    <message>
        <source>Avoid repeating the same few characters.</source>
        <translation>请勿反复使用少数几个相同的字符。</translation>
    </message>
    <message>
        <source>Strong password.</source>
        <translation>密码强度高。</translation>
    </message>
    <message>
        <source>Acceptable. A longer phrase would be stronger.</source>
        <translation>可以使用。使用更长的短语会更安全。</translation>
    </message>
    <message>
        <source>Mix letters, digits and symbols, or use a longer phrase.</source>
        <translation>请混合使用字母、数字和符号，或使用更长的短语。</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>Use the recovery key to reset a supervisor&apos;s password, or to print the raw database key.</source>
        <translation>使用恢复密钥重置主管的密码，或输出数据库原始密钥。</translation>
    </message>
    <message>
        <source>File holding the recovery key.</source>
        <translation>存放恢复密钥的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Supervisor or administrator whose password to reset.</source>
        <translation>要重置密码的主管或系统管理员。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File whose first line is the new password.</source>
        <translation>首行为新密码的文件。</translation>
    </message>
    <message>
        <source>Print the raw database key (hex) for the sqlcipher shell instead.</source>
        <translation>改为输出数据库原始密钥（十六进制），供 sqlcipher 命令行工具使用。</translation>
    </message>
    <message>
        <source>--recovery-key-file: cannot read %1</source>
        <translation>--recovery-key-file：无法读取 %1</translation>
    </message>
    <message>
        <source>--recovery-key-file: this is not a recovery key (52 characters)</source>
        <translation>--recovery-key-file：这不是恢复密钥（恢复密钥为 52 个字符）</translation>
    </message>
    <message>
        <source>--user: %1 is not an active supervisor or administrator account</source>
        <translation>--user：%1 不是处于启用状态的主管或系统管理员账户</translation>
    </message>
    <message>
        <source>The password of %1 was reset with the recovery key.</source>
        <translation>已使用恢复密钥重置 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>&lt;h1&gt;Kangqiao recovery key&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Centre:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Created:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;This key opens the centre&apos;s encrypted records if every supervisor password is lost. Anyone holding it can read all records: keep this page locked away, apart from the computer, and never photograph or e-mail it.&lt;/p&gt;&lt;p style=&apos;font-family:monospace; font-size:16pt; margin:24px 0&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To use it, see “Recovering access” in the user guide (docs/recovery.md): &lt;code&gt;kangqiao recover --db DATABASE --user USERNAME --recovery-key-file FILE&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;康桥恢复密钥&lt;/h1&gt;&lt;p&gt;&lt;b&gt;机构：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;数据库：&lt;/b&gt;%2&lt;br&gt;&lt;b&gt;创建时间：&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;如果所有主管的密码均已遗失，可使用此密钥打开本机构的加密记录。任何持有此密钥的人都能读取全部记录：请将本页与电脑分开存放并上锁保管，切勿拍照或通过电子邮件发送。&lt;/p&gt;&lt;p style=&apos;font-family:monospace; font-size:16pt; margin:24px 0&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;使用方法请参阅用户指南中的“恢复访问”一节（docs/recovery.md）：&lt;code&gt;kangqiao recover --db DATABASE --user USERNAME --recovery-key-file FILE&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kangqiao recovery key</source>
        <translation>康桥恢复密钥</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database could not be used: %1</source>
        <translation>无法使用数据库：%1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>%1 处已存在数据库。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao database (it is not encrypted).</source>
        <translation>%1 不是康桥数据库（未加密）。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao database: %2</source>
        <translation>%1 不是康桥数据库：%2</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>恢复密钥不正确。</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>失败次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file next to %1 belongs to a different database.</source>
        <translation>与 %1 位于同一目录的密钥文件属于另一个数据库。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or was altered: it does not open with its own key.</source>
        <translation>数据库 %1 已损坏或被篡改：无法用其自身的密钥打开。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao database.</source>
        <translation>%1 不是康桥数据库。</translation>
    </message>
    <message>
        <source>Could not write the key file.</source>
        <translation>无法写入密钥文件。</translation>
    </message>
</context>
<context>
    <name>kq::AccountListModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kq::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>kq::ui::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::AccountsPage</name>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>The account was created.</source>
        <translation>账户已创建。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 的角色已改为：%2。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to sign in, and the database is re-encrypted with a new key so that a key they may have copied stops working. Their records and audit entries are kept.</source>
        <translation>要停用 %1 吗？停用后该用户将无法再登录，数据库也将使用新密钥重新加密，使其可能复制过的密钥失效。其录入的记录和审计日志条目将予以保留。</translation>
    </message>
    <message>
        <source>%1 was disabled and the database re-keyed.</source>
        <translation>%1 已停用，数据库已更换密钥。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
</context>
<context>
    <name>kq::ui::AuditLogPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <source>Checks that no entry was altered or removed.</source>
        <translation>检查是否有条目被篡改或删除。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: it was altered or entries were removed.</source>
        <translation>审计日志在第 %1 条处断裂：日志已被篡改或有条目被删除。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries).</source>
        <translation>
            <numerusform>审计日志完整（共 %n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>kq::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::FirstRunWizard</name>
    <message>
        <source>Your centre</source>
        <translation>本机构</translation>
    </message>
    <message>
        <source>As registered with the national referral platform.</source>
        <translation>请与在全国转介信息平台登记的信息保持一致。</translation>
    </message>
    <message>
        <source>e.g. BJ-CY-0001</source>
        <translation>例如 BJ-CY-0001</translation>
    </message>
    <message>
        <source>6 digits, e.g. 110105</source>
        <translation>6 位数字，例如 110105</translation>
    </message>
    <message>
        <source>Centre &amp;code:</source>
        <translation>机构编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ounty code:</source>
        <translation>区县代码(&amp;O)：</translation>
    </message>
    <message>
        <source>The first supervisor</source>
        <translation>首位主管</translation>
    </message>
    <message>
        <source>This account manages the other staff accounts. Choose a password only you know; it protects every record on this computer.</source>
        <translation>此账户用于管理其他工作人员账户。请设置一个只有您知道的密码，它保护着本机上的所有记录。</translation>
    </message>
    <message>
        <source>e.g. wang.li</source>
        <translation>例如 wang.li</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it locked away.</source>
        <translation>我已打印或保存恢复密钥，并将上锁妥善保管。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>If every supervisor password is lost, this key is the only way back into the records. It is shown only now.</source>
        <translation>如果所有主管的密码均已遗失，此密钥是重新访问记录的唯一途径。恢复密钥仅在此时显示。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to removable media and delete it from this computer.</source>
        <translation>已保存到 %1。请将其移至移动存储介质，并从本机删除。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Set up Kangqiao</source>
        <translation>设置康桥</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>创建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
</context>
<context>
    <name>kq::ui::MainWindow</name>
    <message>
        <source>Kangqiao</source>
        <translation>康桥</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能栏目</translation>
    </message>
    <message>
        <source>Sign &amp;out instead</source>
        <translation>改为退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out? Anything you had not saved before the lock is discarded.</source>
        <translation>要退出登录吗？锁定前未保存的内容将被丢弃。</translation>
    </message>
    <message>
        <source>&amp;Kangqiao</source>
        <translation>康桥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kangqiao</source>
        <translation>关于康桥(&amp;A)</translation>
    </message>
    <message>
        <source>About Kangqiao</source>
        <translation>关于康桥</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kangqiao %1&lt;/h3&gt;&lt;p&gt;Case records for community mental-health rehabilitation centres (精康融合行动). Records are kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;康桥 %1&lt;/h3&gt;&lt;p&gt;精神障碍社区康复服务机构个案记录系统（精康融合行动）。所有记录均加密保存在本机上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>kq::ui::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short phrase is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>至少 %n 个字符；使用一个简短的短语既好记又难猜。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::OverviewPage</name>
    <message>
        <source>Centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>当前登录</translation>
    </message>
    <message>
        <source>This workstation&apos;s records</source>
        <translation>本机记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Centre code: %2&lt;br&gt;County code: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;机构编码：%2&lt;br&gt;区县代码：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Role: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;角色：%3</translation>
    </message>
    <message>
        <source>Database file: %1&lt;br&gt;Encrypted with SQLCipher %2, schema version %3&lt;br&gt;Audit log entries: %4&lt;br&gt;Changes waiting to sync: %5</source>
        <translation>数据库文件：%1&lt;br&gt;使用 SQLCipher %2 加密，数据库结构版本 %3&lt;br&gt;审计日志条目数：%4&lt;br&gt;待同步的更改：%5</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>kq::ui::PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2). Give it to them in person; they should change it after signing in.</source>
        <translation>为 %1（%2）设置新密码。请当面告知本人，对方登录后应立即修改密码。</translation>
    </message>
</context>
<context>
    <name>kq::ui::SettingsPage</name>
    <message>
        <source>Centre profile</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Issued by the platform; it cannot be changed here.</source>
        <translation>由平台分配，不能在此修改。</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation>空闲多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Save &amp;preferences</source>
        <translation>保存偏好设置(&amp;P)</translation>
    </message>
    <message>
        <source>Centre code:</source>
        <translation>机构编码：</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ounty code:</source>
        <translation>区县代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Save &amp;centre profile</source>
        <translation>保存机构信息(&amp;C)</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start.</source>
        <translation>已保存。新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The centre profile was saved.</source>
        <translation>机构信息已保存。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>kq::ui::SignInDialog</name>
    <message>
        <source>Sign in — Kangqiao</source>
        <translation>登录 — 康桥</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kangqiao&lt;/h2&gt;&lt;p&gt;Community rehabilitation case records&lt;/p&gt;</source>
        <translation>&lt;h2&gt;康桥&lt;/h2&gt;&lt;p&gt;社区康复个案记录系统&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Forgot your password? Ask a supervisor to reset it. If no supervisor can sign in, a supervisor can use the recovery key (see the user guide).</source>
        <translation>忘记密码？请联系主管为您重置。如果所有主管都无法登录，可由主管使用恢复密钥（参见用户指南）。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kq::ui::SignInForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>正在验证密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Kangqiao is locked. %1, enter your password to continue.</source>
        <translation>康桥已锁定。%1，请输入密码以继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case records for community mental-health rehabilitation centres.
Commands: init, check, recover (kangqiao COMMAND --help).</source>
        <translation>精神障碍社区康复服务机构个案记录系统。
命令：init、check、recover（详见 kangqiao 命令 --help）。</translation>
    </message>
    <message>
        <source>The centre database file.</source>
        <translation>机构数据库文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Kangqiao</source>
        <translation>康桥</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
</context>
</TS>
