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
    <message>
        <source>The display name contains control or direction characters.</source>
        <translation>显示名称含有控制字符或文字方向字符。</translation>
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
    <message>
        <source>Your role may not give the role %1: it can see more than you can.</source>
        <translation>您的角色不能授予“%1”角色：该角色可查看的内容多于您。</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another account manager.</source>
        <translation>不能更改自己的角色，请由其他账户管理人员操作。</translation>
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
    <message>
        <source>Your account is no longer active.</source>
        <translation>您的账户已停用。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor or administrator account; the recovery key resets only those.</source>
        <translation>%1 不是主管或系统管理员账户；恢复密钥只能重置这两类账户的密码。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Enter the date of the application.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <source>The application date cannot be in the future.</source>
        <translation>申请日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the hospital that recommended community rehabilitation.</source>
        <translation>请填写建议社区康复的医院。</translation>
    </message>
    <message>
        <source>A hospital recommendation needs the consent of the patient or the guardian.</source>
        <translation>医院建议须经患者或监护人同意。</translation>
    </message>
    <message>
        <source>Say whether the client or the guardian applied.</source>
        <translation>请注明申请人是康复对象本人还是监护人。</translation>
    </message>
    <message>
        <source>Choose who made the report.</source>
        <translation>请选择报告方。</translation>
    </message>
    <message>
        <source>Enter the name of the reporter.</source>
        <translation>请填写报告人姓名。</translation>
    </message>
    <message>
        <source>Choose how the report arrived.</source>
        <translation>请选择报告渠道。</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s referral number.</source>
        <translation>请填写平台转介编号。</translation>
    </message>
    <message>
        <source>applied by the guardian</source>
        <translation>监护人申请</translation>
    </message>
    <message>
        <source>applied by the client</source>
        <translation>本人申请</translation>
    </message>
    <message>
        <source>%1 %2, by %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>platform referral %1</source>
        <translation>平台转介编号 %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Residents&apos; committee</source>
        <translation>居民委员会</translation>
    </message>
    <message>
        <source>Village committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>The hospital&apos;s assessment</source>
        <translation>医院的评估意见</translation>
    </message>
    <message>
        <source>The reporter&apos;s name</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <source>The platform&apos;s referral number</source>
        <translation>平台转介编号</translation>
    </message>
    <message>
        <source>The referring organisation</source>
        <translation>转出机构</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Record who took part in the assessment.</source>
        <translation>请记录参与评估的人员。</translation>
    </message>
    <message>
        <source>At most %1 people can be listed as taking part.</source>
        <translation>参与人员最多可填写 %1 名。</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>参与人员%1</translation>
    </message>
    <message>
        <source>%1: choose the discipline.</source>
        <translation>%1：请选择专业类别。</translation>
    </message>
    <message>
        <source>%1: the name is required.</source>
        <translation>%1：姓名为必填项。</translation>
    </message>
    <message>
        <source>%1: the name is longer than %2 characters.</source>
        <translation>%1：姓名不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1: the name contains control or direction characters.</source>
        <translation>%1：姓名含有控制字符或文字方向字符。</translation>
    </message>
    <message>
        <source>An intake assessment is multi-disciplinary: at least two of psychiatrist, nurse, rehabilitation therapist and social worker must take part.</source>
        <translation>综合评估须由多学科人员共同参与：精神科医生、护士、康复师和社会工作者中至少应有两类人员参加。</translation>
    </message>
    <message>
        <source>No psychiatrist took part in the intake assessment.</source>
        <translation>本次综合评估没有精神科医生参与。</translation>
    </message>
    <message>
        <source>No social worker took part in the intake assessment.</source>
        <translation>本次综合评估没有社会工作者参与。</translation>
    </message>
    <message>
        <source>Write the rehabilitation opinion of the intake assessment.</source>
        <translation>请填写综合评估的康复意见。</translation>
    </message>
    <message>
        <source>The findings</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>The rehabilitation opinion</source>
        <translation>康复意见</translation>
    </message>
    <message>
        <source>The risk level must be 0 to 5, or not rated.</source>
        <translation>危险性评估等级须为 0 至 5 级，或为未评定。</translation>
    </message>
    <message>
        <source>Choose the outcome of the post-service assessment.</source>
        <translation>请选择服务后转介评估的转介去向。</translation>
    </message>
    <message>
        <source>Only a post-service (transfer) assessment has an outcome.</source>
        <translation>只有服务后转介评估才需填写转介去向。</translation>
    </message>
    <message>
        <source>%1 is required for a post-service assessment.</source>
        <translation>服务后转介评估须填写%1。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the ratings.</source>
        <translation>%1：“%2”不是有效的评定选项。</translation>
    </message>
    <message>
        <source>The scale “%1” is listed twice.</source>
        <translation>量表“%1”重复添加。</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>A plan follows an intake or periodic assessment: record one first.</source>
        <translation>康复计划须依据综合评估或阶段性评估制定，请先记录评估。</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Your role may not record assessments.</source>
        <translation>您的角色无权记录评估。</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象的记录。</translation>
    </message>
    <message>
        <source>This client was transferred to another centre; the record is read-only here.</source>
        <translation>该康复对象已转至其他机构，本机构中的记录为只读。</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>请填写评估日期。</translation>
    </message>
    <message>
        <source>The assessment date cannot be in the future.</source>
        <translation>评估日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The assessment date cannot be before the application of the current case (%1).</source>
        <translation>评估日期不能早于本次个案的申请日期（%1）。</translation>
    </message>
    <message>
        <source>There is no scale “%1” in the scale library.</source>
        <translation>量表库中没有量表“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not complete: %n item(s) not answered, the first “%2”.</source>
        <translation>
            <numerusform>%1未完成：有 %n 个条目未作答，第一个是“%2”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not see assessments.</source>
        <translation>您的角色无权查看评估。</translation>
    </message>
    <message>
        <source>The assessment was not found.</source>
        <translation>未找到该评估记录。</translation>
    </message>
</context>
<context>
    <name>AssessmentVocabulary</name>
    <message>
        <source>Intake assessment</source>
        <translation>综合评估</translation>
    </message>
    <message>
        <source>Periodic assessment</source>
        <translation>阶段性评估</translation>
    </message>
    <message>
        <source>Post-service (transfer) assessment</source>
        <translation>服务后转介评估</translation>
    </message>
    <message>
        <source>Rehabilitation effect</source>
        <translation>康复效果</translation>
    </message>
    <message>
        <source>Illness state</source>
        <translation>疾病状态</translation>
    </message>
    <message>
        <source>Self-care ability</source>
        <translation>生活自理能力</translation>
    </message>
    <message>
        <source>Wish to work</source>
        <translation>就业意愿</translation>
    </message>
    <message>
        <source>Ability to work</source>
        <translation>就业能力</translation>
    </message>
    <message>
        <source>Psychiatrist</source>
        <translation>精神科医生</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Rehabilitation therapist</source>
        <translation>康复治疗师</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Recommended for employment</source>
        <translation>推荐就业</translation>
    </message>
    <message>
        <source>Public-welfare or sheltered employment</source>
        <translation>公益性、庇护性就业</translation>
    </message>
    <message>
        <source>Another type of community rehabilitation service</source>
        <translation>转介其他类型社区康复服务</translation>
    </message>
    <message>
        <source>Return to community living</source>
        <translation>回归社区生活</translation>
    </message>
    <message>
        <source>Marked improvement</source>
        <translation>显著改善</translation>
    </message>
    <message>
        <source>Some improvement</source>
        <translation>有所改善</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Basically stable</source>
        <translation>基本稳定</translation>
    </message>
    <message>
        <source>Unstable</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>Fully independent</source>
        <translation>完全自理</translation>
    </message>
    <message>
        <source>Partly dependent</source>
        <translation>部分依赖</translation>
    </message>
    <message>
        <source>Dependent on others</source>
        <translation>依赖他人</translation>
    </message>
    <message>
        <source>Wants to work</source>
        <translation>有就业意愿</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Does not want to work</source>
        <translation>无就业意愿</translation>
    </message>
    <message>
        <source>Able to work in the open labour market</source>
        <translation>具备竞争性就业能力</translation>
    </message>
    <message>
        <source>Able to work with support or in sheltered employment</source>
        <translation>可支持性或庇护性就业</translation>
    </message>
    <message>
        <source>Not yet able to work</source>
        <translation>暂不具备就业能力</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Only a supervisor or an administrator may read the audit log.</source>
        <translation>只有主管或管理员可以查看审计日志。</translation>
    </message>
</context>
<context>
    <name>AuditVocabulary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>康复对象 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Price ended</source>
        <translation>价格停用</translation>
    </message>
    <message>
        <source>Withdrawn from the price list</source>
        <translation>从价目表撤下</translation>
    </message>
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
        <source>Amended</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
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
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Full identifier shown</source>
        <translation>查看完整证件号或电话</translation>
    </message>
    <message>
        <source>Raw database key shown</source>
        <translation>导出原始数据库密钥</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Changes sent to the platform</source>
        <translation>向平台发送更改</translation>
    </message>
    <message>
        <source>Changes received from the platform</source>
        <translation>从平台接收更改</translation>
    </message>
    <message>
        <source>Workstation enrolled with the platform</source>
        <translation>本机在平台注册</translation>
    </message>
    <message>
        <source>Referral received from the platform</source>
        <translation>收到平台转介</translation>
    </message>
    <message>
        <source>Sync conflict settled</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>Sync conflict closed</source>
        <translation>关闭同步冲突</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Price changed</source>
        <translation>调整价格</translation>
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
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>个案档案</translation>
    </message>
    <message>
        <source>Case step</source>
        <translation>个案步骤</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>签署文书</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Session amendment</source>
        <translation>服务记录更正</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <source>Saved group</source>
        <translation>已保存小组</translation>
    </message>
    <message>
        <source>Form template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>工作人员培训</translation>
    </message>
    <message>
        <source>Staff profile</source>
        <translation>工作人员资质</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>National platform</source>
        <translation>全国转介信息平台</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assessment type</source>
        <translation>评估类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record keeping</source>
        <translation>记录信息</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>County of residence</source>
        <translation>居住地</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severe mental disorder</source>
        <translation>严重精神障碍类别</translation>
    </message>
    <message>
        <source>Risk assessed on</source>
        <translation>危险性评估日期</translation>
    </message>
    <message>
        <source>Risk assessed by</source>
        <translation>危险性评估人</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>Disability level</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Low-income household</source>
        <translation>低保家庭</translation>
    </message>
    <message>
        <source>Hardship allowance</source>
        <translation>困难生活补贴</translation>
    </message>
    <message>
        <source>Care allowance for severe disability</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <source>Guardianship reward</source>
        <translation>监护人以奖代补</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Signs for the client</source>
        <translation>代为签署</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Needs reviewed on</source>
        <translation>需求审核日期</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待日期</translation>
    </message>
    <message>
        <source>Waiting re-reviewed on</source>
        <translation>等待复核日期</translation>
    </message>
    <message>
        <source>Status after hospital</source>
        <translation>出院后状态</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Next periodic assessment</source>
        <translation>下次阶段性评估</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>个案状态</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Rehabilitation opinion</source>
        <translation>康复意见</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Based on assessment</source>
        <translation>依据的评估</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复评日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>文书版本</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>纸质签署</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Text of the form</source>
        <translation>文书正文</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>校验值</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>替代</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Service form</source>
        <translation>服务形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Risk noticed</source>
        <translation>发现风险</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Values before and after</source>
        <translation>更正前后的内容</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <source>County</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Kangqiao (automatic)</source>
        <translation>康桥（自动）</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Changes to records</source>
        <translation>记录的增改</translation>
    </message>
    <message>
        <source>Sign-ins and accounts</source>
        <translation>登录与账户</translation>
    </message>
    <message>
        <source>Identifiers and keys shown</source>
        <translation>查看证件号与密钥</translation>
    </message>
    <message>
        <source>Exports, prints and backups</source>
        <translation>导出、打印与备份</translation>
    </message>
    <message>
        <source>Case steps</source>
        <translation>个案步骤</translation>
    </message>
    <message>
        <source>Sync with the platform</source>
        <translation>与平台同步</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy did not pass its check (%1); nothing was kept. Run kangqiao check on the database.</source>
        <translation>副本未通过检查（%1），未保留任何文件。请对数据库运行 kangqiao check。</translation>
    </message>
    <message>
        <source>its key file belongs to another database</source>
        <translation>其密钥文件属于另一个数据库</translation>
    </message>
    <message>
        <source>This account&apos;s role may not back up the database.</source>
        <translation>此账户的角色无权备份数据库。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is the database itself or one of its files; choose another file.</source>
        <translation>%1 是数据库本身或其文件之一；请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file.</source>
        <translation>%1 是文件夹；请指定文件名。</translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to replace it.</source>
        <translation>%1 已存在；如要替换，请加 --replace。</translation>
    </message>
    <message>
        <source>%1 is open in Kangqiao; close it first.</source>
        <translation>%1 正在康桥中打开；请先关闭。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the audit log could not record it: %2</source>
        <translation>备份 %1 已写入，但审计日志未能记录：%2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write an encrypted copy of the database and its key file (FILE and FILE.keys; the same passwords and recovery key open it), owner-only, checked before it is reported; safe while Kangqiao is in use. Recorded in the audit log.</source>
        <translation>写出数据库及其密钥文件的加密副本（FILE 与 FILE.keys；用相同的密码和恢复密钥打开），仅所有者可读，报告前先行检查；康桥使用中也可安全执行。记入审计日志。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (after the new copy is checked).</source>
        <translation>如 FILE 已存在则替换（新副本检查通过后）。</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist</source>
        <translation>--out：文件夹 %1 不存在</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 and %2 (%3 bytes); the copy opens with your password and passed integrity, foreign-key and audit-chain checks (%n audit entries).</source>
        <translation>
            <numerusform>已备份到 %1 和 %2（%3 字节）；副本可用您的密码打开，并通过了完整性、外键和审计链检查（%n 条审计记录）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 is damaged or was altered: it does not open with its own key.</source>
        <translation>备份 %1 已损坏或被改动：无法用其自身的密钥打开。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao backup, or its .keys file belongs to another database.</source>
        <translation>%1 不是康桥备份，或其 .keys 文件属于另一个数据库。</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>This account&apos;s role may not restore the database.</source>
        <translation>此账户的角色无权恢复数据库。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao backup (it is not encrypted).</source>
        <translation>%1 不是康桥备份（未加密）。</translation>
    </message>
    <message>
        <source>%1 is not a Kangqiao backup: its key file %2 is missing or unreadable (a backup is both files).</source>
        <translation>%1 不是康桥备份：其密钥文件 %2 缺失或无法读取（备份由这两个文件组成）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the database file.</source>
        <translation>%1 是文件夹；请指定数据库文件名。</translation>
    </message>
    <message>
        <source>%1 is the backup itself; name where the database goes.</source>
        <translation>%1 就是备份本身；请指定数据库的存放位置。</translation>
    </message>
    <message>
        <source>A database already exists at %1; add --replace to replace it (it is kept as %1.before-restore-&lt;date&gt;-&lt;time&gt;).</source>
        <translation>%1 处已有数据库；如要替换，请加 --replace（原数据库保留为 %1.before-restore-&lt;日期&gt;-&lt;时间&gt;）。</translation>
    </message>
    <message>
        <source>%1 is open in Kangqiao; close it everywhere first.</source>
        <translation>%1 正在康桥中打开；请先在所有地方关闭。</translation>
    </message>
    <message>
        <source>The backup %1 is of another database than the one at %2; restore it to a new file, or move that database away first.</source>
        <translation>备份 %1 属于与 %2 不同的数据库；请恢复到新文件，或先移走该数据库。</translation>
    </message>
    <message>
        <source>Could not write the restored database next to %1.</source>
        <translation>无法在 %1 旁写入恢复的数据库。</translation>
    </message>
    <message>
        <source>Could not set %1 aside.</source>
        <translation>无法将 %1 移到一旁。</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>%1 处已有数据库。</translation>
    </message>
</context>
<context>
    <name>BlankForm</name>
    <message>
        <source>This account&apos;s role may not print blank forms.</source>
        <translation>此账户的角色不能打印空白表格。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>Your role may not change the holiday calendar.</source>
        <translation>您的角色无权修改节假日日历。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效日期。</translation>
    </message>
    <message>
        <source>The name is too long (60 characters at most).</source>
        <translation>名称过长（最多 60 个字符）。</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <source>Review needs</source>
        <translation>需求审核</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>初核登记</translation>
    </message>
    <message>
        <source>Decline registration</source>
        <translation>不予登记</translation>
    </message>
    <message>
        <source>Place on waiting list</source>
        <translation>列入等待名单</translation>
    </message>
    <message>
        <source>Re-review while waiting</source>
        <translation>等待期间复核</translation>
    </message>
    <message>
        <source>Refer to a centre</source>
        <translation>转介至机构</translation>
    </message>
    <message>
        <source>Accept referral</source>
        <translation>接收转介</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>拒绝转介</translation>
    </message>
    <message>
        <source>Complete intake</source>
        <translation>完成接案</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>Green channel to hospital</source>
        <translation>绿色通道转诊住院</translation>
    </message>
    <message>
        <source>Resume after discharge</source>
        <translation>出院后恢复服务</translation>
    </message>
    <message>
        <source>Transfer out (relocation)</source>
        <translation>转出（迁居）</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Record follow-up call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>重新申请</translation>
    </message>
    <message>
        <source>Hospital recommendation</source>
        <translation>医院建议</translation>
    </message>
    <message>
        <source>Voluntary application</source>
        <translation>自愿申请</translation>
    </message>
    <message>
        <source>Report by an organisation or person</source>
        <translation>单位或个人报告</translation>
    </message>
    <message>
        <source>Assigned by the platform</source>
        <translation>平台转介</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Record a step of a client&apos;s case (register, refer-to-centre, green-channel, close, ...) under the same rules as the window.</source>
        <translation>按与图形界面相同的规则，记录康复对象个案中的一个步骤（register、refer-to-centre、green-channel、close 等）。</translation>
    </message>
    <message>
        <source>The client&apos;s id.</source>
        <translation>康复对象编号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>可选值：%1。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Why, or what was found.</source>
        <translation>原因或发现的情况。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Reference of a paper document.</source>
        <translation>纸质文书的编号。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>When it happened (ISO date or date-time; default now).</source>
        <translation>发生时间（ISO 格式的日期或日期时间；默认为当前时间）。</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>An action&apos;s detail as key=value (hospital=…, centre=…, county=…, outcome=…, follow_up_on=…); repeatable.</source>
        <translation>操作的详细信息，格式为 键=值（hospital=…、centre=…、county=…、outcome=…、follow_up_on=…）；可重复指定。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>--action: unknown action &apos;%1&apos;</source>
        <translation>--action：未知操作“%1”</translation>
    </message>
    <message>
        <source>--at: give a date like 2026-11-23 or 2026-11-23T14:30</source>
        <translation>--at：请指定日期，例如 2026-11-23 或 2026-11-23T14:30</translation>
    </message>
    <message>
        <source>--detail: give key=value, not &apos;%1&apos;</source>
        <translation>--detail：请使用 键=值 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation>--client：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1：当前状态为%2</translation>
    </message>
</context>
<context>
    <name>CaseDeadlines</name>
    <message>
        <source>Registration due</source>
        <translation>初核登记期限</translation>
    </message>
    <message>
        <source>Referral to a centre due</source>
        <translation>转介至机构期限</translation>
    </message>
    <message>
        <source>Waiting-list re-review due</source>
        <translation>等待复核期限</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>计划复评期限</translation>
    </message>
    <message>
        <source>Follow-up call due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Service agreement ends</source>
        <translation>服务协议到期</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>随访到期</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Follow-up due (unstable, risk level %1)</source>
        <translation>随访到期（不稳定，危险性评估 %1 级）</translation>
    </message>
    <message>
        <source>Follow-up due (basically stable, risk level %1)</source>
        <translation>随访到期（基本稳定，危险性评估 %1 级）</translation>
    </message>
    <message>
        <source>Follow-up due (stable, risk level 0)</source>
        <translation>随访到期（稳定，危险性评估 0 级）</translation>
    </message>
    <message>
        <source>Follow-up due (risk not yet assessed)</source>
        <translation>随访到期（尚未评估危险性）</translation>
    </message>
    <message>
        <source>Appointment at %1 with %2</source>
        <translation>%1 与 %2 有预约</translation>
    </message>
    <message>
        <source>Appointment with %1</source>
        <translation>与 %1 有预约</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Hospital: %1</source>
        <translation>医院：%1</translation>
    </message>
    <message>
        <source>New residence: %1</source>
        <translation>新居住地：%1</translation>
    </message>
    <message>
        <source>Follow-up call due %1</source>
        <translation>应于 %1 回访</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未予登记</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Referred to a centre</source>
        <translation>已转介至机构</translation>
    </message>
    <message>
        <source>Being assessed</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Awaiting agreement</source>
        <translation>待签约</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Hospitalised</source>
        <translation>住院中</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
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
    <name>CentreSettings</name>
    <message>
        <source>Your role may not change the centre&apos;s settings.</source>
        <translation>您的角色无权修改机构设置。</translation>
    </message>
    <message>
        <source>The review interval must be between %1 and %2 months.</source>
        <translation>复评间隔须为 %1 至 %2 个月。</translation>
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
    <name>ClientIndicators</name>
    <message>
        <source>Closed in the period</source>
        <translation>本期结案</translation>
    </message>
    <message>
        <source>Closed in the period: %1</source>
        <translation>本期结案：%1</translation>
    </message>
    <message>
        <source>Closed in the period: outcome not recorded</source>
        <translation>本期结案：未记录结局</translation>
    </message>
    <message>
        <source>Closed in the period: withdrew</source>
        <translation>本期结案：退出</translation>
    </message>
    <message>
        <source>Transferred out in the period</source>
        <translation>本期转出</translation>
    </message>
    <message>
        <source>Registered clients (cumulative)</source>
        <translation>累计登记康复对象</translation>
    </message>
    <message>
        <source>Registered in the period</source>
        <translation>本期登记</translation>
    </message>
    <message>
        <source>At the end of the period: %1</source>
        <translation>期末状态：%1</translation>
    </message>
    <message>
        <source>Waiting 3 months or more at the end of the period</source>
        <translation>期末轮候 3 个月及以上</translation>
    </message>
    <message>
        <source>In service by age group: %1</source>
        <translation>服务中（按年龄组）：%1</translation>
    </message>
    <message>
        <source>In service by gender: %1</source>
        <translation>服务中（按性别）：%1</translation>
    </message>
    <message>
        <source>In service by risk level: %1</source>
        <translation>服务中（按危险性评估等级）：%1</translation>
    </message>
    <message>
        <source>Registered clients receiving standardised service</source>
        <translation>接受规范服务的登记康复对象</translation>
    </message>
    <message>
        <source>Meeting the requirement: %1</source>
        <translation>符合要求：%1</translation>
    </message>
    <message>
        <source>In service by county of residence: %1</source>
        <translation>服务中（按居住区县）：%1</translation>
    </message>
    <message>
        <source>In service by diagnosis group: %1</source>
        <translation>服务中（按诊断分组）：%1</translation>
    </message>
    <message>
        <source>no diagnosis recorded</source>
        <translation>未记录诊断</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Standardised service</source>
        <translation>规范服务</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>Your role may not register or edit clients.</source>
        <translation>您的角色无权登记或编辑康复对象。</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象的记录。</translation>
    </message>
    <message>
        <source>Someone else saved this record in the meantime. Reopen it to see their changes.</source>
        <translation>在此期间已有其他人保存了此记录。请重新打开以查看其修改。</translation>
    </message>
    <message>
        <source>A client with this ID number is already registered.</source>
        <translation>已有使用此身份证号登记的康复对象。</translation>
    </message>
    <message>
        <source>Your role may not change diagnosis or risk information.</source>
        <translation>您的角色无权修改诊断或危险性评估信息。</translation>
    </message>
    <message>
        <source>Your role may not see full ID numbers or phone numbers.</source>
        <translation>您的角色无权查看完整的身份证号或电话号码。</translation>
    </message>
    <message>
        <source>%1 is not an active case manager.</source>
        <translation>%1 不是在用的个案管理员。</translation>
    </message>
    <message>
        <source>This client was transferred to another centre; the record is read-only here.</source>
        <translation>该康复对象已转至其他机构，本机构中的记录为只读。</translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 contains control or direction characters.</source>
        <translation>%1含有控制字符或文字方向字符。</translation>
    </message>
    <message>
        <source>%1 %2 is not a county-level division code.</source>
        <translation>%1 %2 不是县级行政区划代码。</translation>
    </message>
    <message>
        <source>Guardian %1</source>
        <translation>监护人%1</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1：姓名</translation>
    </message>
    <message>
        <source>%1: address</source>
        <translation>%1：地址</translation>
    </message>
    <message>
        <source>%1: choose the relation.</source>
        <translation>%1：请选择关系。</translation>
    </message>
    <message>
        <source>%1: a phone number is required.</source>
        <translation>%1：联系电话为必填项。</translation>
    </message>
    <message>
        <source>Mark exactly one guardian as the one who signs with the client.</source>
        <translation>请指定且仅指定一名监护人与康复对象共同签字。</translation>
    </message>
    <message>
        <source>A client under 14 needs a legal guardian, who consents on their behalf.</source>
        <translation>未满 14 周岁的康复对象须有法定监护人，由其代为表示同意。</translation>
    </message>
    <message>
        <source>For a client under 14 the guardian who signs must be a legal guardian.</source>
        <translation>康复对象未满 14 周岁时，与其共同签字的监护人须为法定监护人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The 15-digit ID number was upgraded to %1.</source>
        <translation>15 位身份证号已升级为 18 位：%1。</translation>
    </message>
    <message>
        <source>The ID number&apos;s area code %1 is not a current county; it may be an abolished one. Please check it.</source>
        <translation>身份证号的地址码 %1 不是现行区县代码，可能是已撤销的区县，请核对。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number (%1).</source>
        <translation>出生日期与身份证号不符（身份证号中为 %1）。</translation>
    </message>
    <message>
        <source>The gender does not match the ID number.</source>
        <translation>性别与身份证号不符。</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>出生日期为必填项。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>出生日期不能早于 1900 年。</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>请选择性别。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household county</source>
        <translation>户籍所在区县</translation>
    </message>
    <message>
        <source>County of residence</source>
        <translation>现居住区县</translation>
    </message>
    <message>
        <source>The diagnosis must be an ICD-10 F code such as F20 or F20.0.</source>
        <translation>诊断须为 ICD-10 的 F 类编码，如 F20 或 F20.0。</translation>
    </message>
    <message>
        <source>The risk level must be 0 to 5.</source>
        <translation>危险性评估等级须为 0 至 5 级。</translation>
    </message>
    <message>
        <source>Give the date of the risk assessment.</source>
        <translation>请填写危险性评估日期。</translation>
    </message>
    <message>
        <source>The risk assessment date is in the future.</source>
        <translation>评估日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Risk assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>The disability level must be 1 to 4, or none.</source>
        <translation>残疾等级须为一级至四级，或为无。</translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unknown client status %1.</source>
        <translation>未知的康复对象状态：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ClientVocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>None of the six</source>
        <translation>不属于六类严重精神障碍</translation>
    </message>
    <message>
        <source>Schizophrenia</source>
        <translation>精神分裂症</translation>
    </message>
    <message>
        <source>Schizoaffective disorder</source>
        <translation>分裂情感性障碍</translation>
    </message>
    <message>
        <source>Paranoid psychosis (persistent delusional disorder)</source>
        <translation>偏执性精神病（持久的妄想性障碍）</translation>
    </message>
    <message>
        <source>Bipolar (affective) disorder</source>
        <translation>双相（情感）障碍</translation>
    </message>
    <message>
        <source>Mental disorder due to epilepsy</source>
        <translation>癫痫所致精神障碍</translation>
    </message>
    <message>
        <source>Intellectual disability with mental disorder</source>
        <translation>精神发育迟滞伴发精神障碍</translation>
    </message>
    <message>
        <source>Employee medical insurance</source>
        <translation>职工基本医疗保险</translation>
    </message>
    <message>
        <source>Urban and rural resident medical insurance</source>
        <translation>城乡居民基本医疗保险</translation>
    </message>
    <message>
        <source>No medical insurance</source>
        <translation>无医疗保险</translation>
    </message>
    <message>
        <source>Other insurance</source>
        <translation>其他保险</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Village or residents&apos; committee</source>
        <translation>村（居）民委员会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Child (under 14)</source>
        <translation>儿童（14岁以下）</translation>
    </message>
    <message>
        <source>Adolescent (14–17)</source>
        <translation>青少年（14–17岁）</translation>
    </message>
    <message>
        <source>Adult (18–59)</source>
        <translation>成年人（18–59岁）</translation>
    </message>
    <message>
        <source>Older (60+)</source>
        <translation>老年人（60岁及以上）</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Level %1 – unstable</source>
        <translation>第%1级 – 不稳定</translation>
    </message>
    <message>
        <source>Level %1 – basically stable</source>
        <translation>第%1级 – 基本稳定</translation>
    </message>
    <message>
        <source>Level 0 – stable</source>
        <translation>第0级 – 稳定</translation>
    </message>
    <message>
        <source>No behaviour of levels 1–5.</source>
        <translation>无符合以下1-5级中的任何行为。</translation>
    </message>
    <message>
        <source>Verbal threats or shouting, but no smashing.</source>
        <translation>口头威胁，喊叫，但没有打砸行为。</translation>
    </message>
    <message>
        <source>Smashing confined to the home, aimed at property, can be stopped by persuasion.</source>
        <translation>打砸行为，局限在家里，针对财物，能被劝说制止。</translation>
    </message>
    <message>
        <source>Obvious smashing regardless of place, aimed at property, cannot be stopped by persuasion.</source>
        <translation>明显打砸行为，不分场合，针对财物，不能接受劝说而停止。</translation>
    </message>
    <message>
        <source>Continued smashing regardless of place, aimed at property or people, cannot be stopped by persuasion (including self-harm and suicide).</source>
        <translation>持续的打砸行为，不分场合，针对财物或人，不能接受劝说而停止（包括自伤、自杀）。</translation>
    </message>
    <message>
        <source>Any violence against people with a weapon, or arson, explosion and the like, at home or in public.</source>
        <translation>持械针对人的任何暴力行为，或者纵火、爆炸等行为，无论在家里还是公共场合。</translation>
    </message>
    <message>
        <source>The risk assessment has not been done yet.</source>
        <translation>尚未进行危险性评估。</translation>
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
    <message>
        <source>--%1: give the name of a file</source>
        <translation>--%1：请给出文件名</translation>
    </message>
    <message>
        <source>--%1: the first line of %2 is longer than %3 bytes</source>
        <translation>--%1：%2 的第一行超过 %3 字节</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>个案事件</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>康复计划</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>签署文书</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Session amendment</source>
        <translation>服务记录更正</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>工作人员培训</translation>
    </message>
    <message>
        <source>Staff qualification</source>
        <translation>工作人员资质</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>Centre profile</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <source>Form template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <source>Price list item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>County of residence</source>
        <translation>现居住区县</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>This conflict is no longer on this workstation.</source>
        <translation>此冲突已不在本工作站上。</translation>
    </message>
    <message>
        <source>Your role may not change this kind of record.</source>
        <translation>您的角色无权修改此类记录。</translation>
    </message>
    <message>
        <source>This conflict was already resolved by %1.</source>
        <translation>此冲突已由 %1 处理。</translation>
    </message>
    <message>
        <source>The platform refused this change: it can only be dismissed.</source>
        <translation>平台拒绝了此修改：只能忽略。</translation>
    </message>
    <message>
        <source>Choose which value to keep.</source>
        <translation>请选择保留哪个值。</translation>
    </message>
    <message>
        <source>This workstation&apos;s value cannot be written back (%1).</source>
        <translation>无法写回本工作站的值（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>How many clients to add (default 200).</source>
        <translation>要添加的康复对象数量（默认 200）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>--clients: give a number from 0 to 2000000</source>
        <translation>--clients：请指定 0 至 2000000 之间的数字</translation>
    </message>
    <message>
        <source>--seed: give a non-negative whole number</source>
        <translation>--seed：请指定非负整数</translation>
    </message>
    <message>
        <source>--user: this account&apos;s role may not register clients</source>
        <translation>--user：该账户的角色无权登记康复对象</translation>
    </message>
    <message>
        <source>Added %1 clients (%2 already present) in %3 s.</source>
        <translation>已添加 %1 名康复对象（%2 名已存在），用时 %3 秒。</translation>
    </message>
    <message>
        <source>About how many individual session logs to add over the clients&apos; time in service, with one group meeting and its attendance for every %1 (default 0).</source>
        <translation>在康复对象服务期间添加约多少条个案服务记录，每 %1 条附带一次小组活动及其签到（默认 0）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>--sessions: give a number from 0 to 50000000</source>
        <translation>--sessions：请给出 0 到 50000000 之间的数字</translation>
    </message>
    <message>
        <source>--user: this account&apos;s role may not write session logs</source>
        <translation>--user：此账户的角色不能写服务记录</translation>
    </message>
    <message>
        <source>Added %1 session logs and %2 group meetings with %3 attendances in %4 s.</source>
        <translation>已添加 %1 条服务记录和 %2 次小组活动（签到 %3 人次），用时 %4 秒。</translation>
    </message>
    <message>
        <source>The session history of this seed is already present; no sessions added.</source>
        <translation>此种子的服务记录已存在；未添加服务记录。</translation>
    </message>
    <message>
        <source>Fill a database with realistic synthetic clients and their cases (applications, waiting lists, assessments, plans, signed consents and service agreements, service, green channel, transfers, closures) and, with --sessions, their session logs and group meetings; the same for the same seed.</source>
        <translation>用逼真的合成康复对象及其个案（申请、轮候、评估、计划、已签署的知情同意书和服务协议、服务、绿色通道、转出、结案）填充数据库；加 --sessions 时还生成服务记录和小组活动；相同种子得到相同数据。</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>List what is due or overdue: due date, overdue|due, kind, client id, status, one per line.</source>
        <translation>列出到期或逾期的事项，每行一项：到期日期、overdue|due、类型、康复对象编号、状态。</translation>
    </message>
    <message>
        <source>Also list what falls due within N days (default 7).</source>
        <translation>同时列出在指定天数内到期的事项（默认 7 天）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>--days: give a number from 0 to 366</source>
        <translation>--days：请指定 0 至 366 之间的数字</translation>
    </message>
    <message>
        <source>--user: this account&apos;s role may not see clients</source>
        <translation>--user：该账户的角色无权查看康复对象</translation>
    </message>
</context>
<context>
    <name>EnrolCommand</name>
    <message>
        <source>Connect this workstation to the referral platform with the centre&apos;s code and a one-time enrolment code (supervisors and administrators).</source>
        <translation>用机构代码和督导发放的一次性注册码将本工作站连接到转介平台（限督导和管理员）。</translation>
    </message>
    <message>
        <source>The centre&apos;s code on the platform.</source>
        <translation>机构在平台上的代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The one-time enrolment code.</source>
        <translation>一次性注册码。</translation>
    </message>
    <message>
        <source>A name for this workstation (default: the host name).</source>
        <translation>本工作站的名称（默认为主机名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the enrolment did not finish</source>
        <translation>注册未完成</translation>
    </message>
    <message>
        <source>Enrolled with the platform as workstation %1.</source>
        <translation>已作为工作站 %1 注册到平台。</translation>
    </message>
</context>
<context>
    <name>FormTemplate</name>
    <message>
        <source>The centre&apos;s name, as in its profile.</source>
        <translation>机构名称（取自机构信息）。</translation>
    </message>
    <message>
        <source>The institution code issued by the platform.</source>
        <translation>平台核发的机构编码。</translation>
    </message>
    <message>
        <source>The client&apos;s full name.</source>
        <translation>康复对象姓名。</translation>
    </message>
    <message>
        <source>The client&apos;s ID number with the middle digits masked.</source>
        <translation>康复对象身份证号（中间位已遮盖）。</translation>
    </message>
    <message>
        <source>The client&apos;s date of birth.</source>
        <translation>康复对象出生日期。</translation>
    </message>
    <message>
        <source>The guardian&apos;s name; blank when there is none.</source>
        <translation>监护人姓名；无监护人时为空。</translation>
    </message>
    <message>
        <source>The guardian&apos;s relationship to the client.</source>
        <translation>监护人与康复对象的关系。</translation>
    </message>
    <message>
        <source>A table of the services: content, unit, price and frequency.</source>
        <translation>服务项目表：服务内容、计价单位、价格和频次。</translation>
    </message>
    <message>
        <source>The first day of the agreement&apos;s term.</source>
        <translation>协议期限的起始日。</translation>
    </message>
    <message>
        <source>The last day of the agreement&apos;s term.</source>
        <translation>协议期限的终止日。</translation>
    </message>
    <message>
        <source>How many years records are kept after the services end.</source>
        <translation>服务结束后记录的保存年限。</translation>
    </message>
    <message>
        <source>The date the document is signed.</source>
        <translation>文书签署日期。</translation>
    </message>
    <message>
        <source>The version number of this text.</source>
        <translation>本文本的版本号。</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>服务协议</translation>
    </message>
</context>
<context>
    <name>FormTemplateRenderer</name>
    <message>
        <source>“}}” without its “{{” near “%1”.</source>
        <translation>“%1”附近的“}}”缺少对应的“{{”。</translation>
    </message>
    <message>
        <source>“{{” without its “}}” near “%1”.</source>
        <translation>“%1”附近的“{{”缺少对应的“}}”。</translation>
    </message>
    <message>
        <source>%1 is not a placeholder Kangqiao knows; choose one from the list.</source>
        <translation>%1 不是康桥可识别的占位符，请从列表中选择。</translation>
    </message>
    <message>
        <source>No value for %1.</source>
        <translation>%1 没有取值。</translation>
    </message>
    <message>
        <source>The text is longer than %1 KB.</source>
        <translation>文本超过 %1 KB。</translation>
    </message>
    <message>
        <source>An informed consent must contain %1.</source>
        <translation>知情同意书必须包含 %1。</translation>
    </message>
    <message>
        <source>A service agreement must contain %1.</source>
        <translation>服务协议必须包含 %1。</translation>
    </message>
</context>
<context>
    <name>FormTemplateRepository</name>
    <message>
        <source>Kangqiao has no form texts in the language “%1”.</source>
        <translation>康桥没有“%1”语言的文书文本。</translation>
    </message>
    <message>
        <source>Your role may not change form templates.</source>
        <translation>您的角色无权修改文书模板。</translation>
    </message>
    <message>
        <source>The text is the same as version %1; nothing to save.</source>
        <translation>文本与第 %1 版相同，无需保存。</translation>
    </message>
</context>
<context>
    <name>GroupActivityRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose the service content.</source>
        <translation>请选择服务内容。</translation>
    </message>
    <message>
        <source>Choose the service form.</source>
        <translation>请选择服务形式。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of service contents.</source>
        <translation>“%1”不在服务内容列表中。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of service forms.</source>
        <translation>“%1”不在服务形式列表中。</translation>
    </message>
    <message>
        <source>“%1” is no longer offered; choose another service content.</source>
        <translation>“%1”已不再提供，请选择其他服务内容。</translation>
    </message>
    <message>
        <source>“%1” is no longer offered; choose another service form.</source>
        <translation>“%1”已不再提供，请选择其他服务形式。</translation>
    </message>
    <message>
        <source>Your role may not plan group activities.</source>
        <translation>您的角色不能安排小组活动。</translation>
    </message>
    <message>
        <source>The group meeting was not found.</source>
        <translation>未找到该次小组活动。</translation>
    </message>
    <message>
        <source>Enter the topic of the meeting.</source>
        <translation>请输入活动主题。</translation>
    </message>
    <message>
        <source>The topic is longer than %1 characters.</source>
        <translation>主题超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one facilitator.</source>
        <translation>请至少选择一名带领者。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member who keeps case records.</source>
        <translation>%1 不是负责个案记录的在职工作人员。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请输入活动日期。</translation>
    </message>
    <message>
        <source>Enter the time the meeting starts, e.g. 14:30.</source>
        <translation>请输入活动开始时间，如 14:30。</translation>
    </message>
    <message>
        <source>A meeting lasts 1 to %1 minutes.</source>
        <translation>一次活动时长为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <source>The capacity is 1 to %1 people.</source>
        <translation>容量为 1 到 %1 人。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The roster has %1 people but the capacity is %2.</source>
        <translation>名单有 %1 人，但容量为 %2 人。</translation>
    </message>
    <message>
        <source>A client on the roster was not found.</source>
        <translation>未找到名单中的一位康复对象。</translation>
    </message>
    <message>
        <source>%1 is not in service (%2); only clients in service join a group.</source>
        <translation>%1 不在服务中（%2）；只有服务中的康复对象可以参加小组。</translation>
    </message>
    <message>
        <source>A weekly series ends on or after its first meeting.</source>
        <translation>每周系列活动的结束日期不能早于第一次活动。</translation>
    </message>
    <message>
        <source>A weekly series has at most %1 meetings; end it by %2.</source>
        <translation>每周系列最多 %1 次活动；请在 %2 之前结束。</translation>
    </message>
    <message>
        <source>Attendance has been taken; the meeting cannot move to a day after today.</source>
        <translation>已签到，活动不能改到今天之后的日期。</translation>
    </message>
    <message>
        <source>Your role may not book clients onto group activities.</source>
        <translation>您的角色不能为小组活动报名。</translation>
    </message>
    <message>
        <source>Attendance has been taken for this meeting, so its roster is kept; a case manager corrects it with the attendance.</source>
        <translation>该次活动已签到，名单保持不变；如需更正，由个案管理员在签到中更正。</translation>
    </message>
    <message>
        <source>The meeting holds %1 people; there is no room for %2.</source>
        <translation>该活动可容纳 %1 人；%2 已无名额。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your role may not take attendance.</source>
        <translation>您的角色不能签到。</translation>
    </message>
    <message>
        <source>Attendance is taken on or after the day of the meeting (%1).</source>
        <translation>签到须在活动当天或之后进行（%1）。</translation>
    </message>
    <message>
        <source>Nobody is on the roster of this meeting.</source>
        <translation>该次活动名单上没有人。</translation>
    </message>
    <message>
        <source>The note for %1 is longer than %2 characters.</source>
        <translation>%1 的备注超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Mark whether each client was present: %1.</source>
        <translation>请标记每位康复对象是否出席：%1。</translation>
    </message>
    <message>
        <source>A client in the attendance is not on the roster.</source>
        <translation>签到中有康复对象不在名单上。</translation>
    </message>
    <message>
        <source>Attendance has been taken for this meeting, so it is kept; correct the attendance instead.</source>
        <translation>该次活动已签到，因此予以保留；请改为更正签到。</translation>
    </message>
    <message>
        <source>Your role may not see group activities.</source>
        <translation>您的角色不能查看小组活动。</translation>
    </message>
    <message>
        <source>Your role may not see group attendance.</source>
        <translation>您的角色不能查看小组签到。</translation>
    </message>
    <message>
        <source>Your role may not save groups.</source>
        <translation>您的角色不能保存小组名单。</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>请输入小组名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A group needs at least one client.</source>
        <translation>小组至少需要一名康复对象。</translation>
    </message>
    <message>
        <source>A group has at most %1 clients.</source>
        <translation>小组最多 %1 名康复对象。</translation>
    </message>
    <message>
        <source>A client of the group was not found.</source>
        <translation>未找到小组中的一位康复对象。</translation>
    </message>
    <message>
        <source>Your role may not remove saved groups.</source>
        <translation>您的角色不能删除已保存的小组。</translation>
    </message>
    <message>
        <source>The saved group was not found.</source>
        <translation>未找到该已保存小组。</translation>
    </message>
    <message>
        <source>Your role may not see saved groups.</source>
        <translation>您的角色不能查看已保存的小组。</translation>
    </message>
    <message>
        <source>A note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Meeting %1 (%2): %3</source>
        <translation>第 %1 次活动（%2）：%3</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>give the platform&apos;s address as https://host:port</source>
        <translation>请以 https://主机:端口 的形式填写平台地址</translation>
    </message>
    <message>
        <source>plain http is allowed only to this computer (127.0.0.1); use https</source>
        <translation>仅允许对本机（127.0.0.1）使用明文 http；请使用 https</translation>
    </message>
    <message>
        <source>give the certificate of the CA that signed the platform&apos;s certificate</source>
        <translation>请提供为平台证书签名的 CA 证书</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>该文件中没有 PEM 证书</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not from the configured CA (%1).</source>
        <translation>平台的证书不是由所配置的 CA 签发的（%1）。</translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1).</source>
        <translation>无法连接平台（%1）。</translation>
    </message>
    <message>
        <source>The platform answered without speaking protocol %1.</source>
        <translation>平台的应答未使用协议 %1。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was cut short or is not JSON; it will be asked again.</source>
        <translation>平台的应答被截断或不是 JSON，稍后将重新请求。</translation>
    </message>
    <message>
        <source>The platform has revoked this workstation&apos;s access; enrol it again.</source>
        <translation>平台已撤销本工作站的访问权限，请重新注册。</translation>
    </message>
    <message>
        <source>This workstation&apos;s access to the platform has expired; enrol it again.</source>
        <translation>本工作站对平台的访问权限已过期，请重新注册。</translation>
    </message>
    <message>
        <source>The platform does not recognise this workstation; enrol it again.</source>
        <translation>平台不认识本工作站，请重新注册。</translation>
    </message>
    <message>
        <source>The platform speaks sync protocol %1, this Kangqiao speaks %2: update Kangqiao.</source>
        <translation>平台使用同步协议 %1，本康桥使用 %2：请更新康桥。</translation>
    </message>
    <message>
        <source>another</source>
        <translation>其他版本</translation>
    </message>
    <message>
        <source>The platform had a problem (HTTP %1); it will be asked again.</source>
        <translation>平台出现问题（HTTP %1），稍后将重新请求。</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1).</source>
        <translation>平台拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1): %2</source>
        <translation>平台拒绝了请求（HTTP %1）：%2</translation>
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
    <message>
        <source>checksum does not match</source>
        <translation>校验和不符</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>Continue waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Needs have changed (keep waiting, needs updated)</source>
        <translation>需求已变化（继续等待，需求已更新）</translation>
    </message>
    <message>
        <source>“%1” is not possible while the client is “%2”.</source>
        <translation>康复对象处于“%2”状态时，不能进行“%1”。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date cannot be before the client became “%1” (%2).</source>
        <translation>日期不能早于康复对象进入“%1”状态的日期（%2）。</translation>
    </message>
    <message>
        <source>Summarise the needs review.</source>
        <translation>请概述需求审核情况。</translation>
    </message>
    <message>
        <source>No needs review yet: a social worker must review the need of a %1 before registration.</source>
        <translation>尚未进行需求审核：%1须经社会工作者审核康复需求后方可登记。</translation>
    </message>
    <message>
        <source>Give the reason the application is not registered.</source>
        <translation>请填写不予登记的原因。</translation>
    </message>
    <message>
        <source>Give the reason the client has to wait.</source>
        <translation>请填写康复对象需要等待的原因。</translation>
    </message>
    <message>
        <source>Choose the outcome of the re-review.</source>
        <translation>请选择复核结果。</translation>
    </message>
    <message>
        <source>Record the client&apos;s willingness and circumstances.</source>
        <translation>请记录康复对象的意愿和情况。</translation>
    </message>
    <message>
        <source>No re-review yet: the client has waited more than 3 months, so a social worker must re-review their willingness and circumstances before the hand-over.</source>
        <translation>尚未复核：康复对象已等待超过 3 个月，须由社会工作者重新审核其意愿和情况后方可转介。</translation>
    </message>
    <message>
        <source>Enter the centre the client is referred to.</source>
        <translation>请填写接收转介的机构。</translation>
    </message>
    <message>
        <source>Give the reason the centre cannot take the client.</source>
        <translation>请填写机构无法接收该康复对象的原因。</translation>
    </message>
    <message>
        <source>No intake assessment yet: record the multi-disciplinary assessment first.</source>
        <translation>尚未进行综合评估：请先记录多学科综合评估。</translation>
    </message>
    <message>
        <source>No rehabilitation plan yet: write the plan from the assessment first.</source>
        <translation>尚未制定康复计划：请先根据评估制定康复计划。</translation>
    </message>
    <message>
        <source>The consent form and service agreement are not signed yet: sign them, or enter the reference of the signed paper copies.</source>
        <translation>知情同意书和服务协议尚未签订：请完成签订，或填写已签纸质文本的编号。</translation>
    </message>
    <message>
        <source>Enter the psychiatric hospital.</source>
        <translation>请填写精神专科医院。</translation>
    </message>
    <message>
        <source>Give the reason for the urgent referral.</source>
        <translation>请填写紧急转诊的原因。</translation>
    </message>
    <message>
        <source>Choose the county of the new residence.</source>
        <translation>请选择新居住地所在区县。</translation>
    </message>
    <message>
        <source>%1 is not a county-level division code.</source>
        <translation>%1 不是县级行政区划代码。</translation>
    </message>
    <message>
        <source>Give the reason for the transfer.</source>
        <translation>请填写转出原因。</translation>
    </message>
    <message>
        <source>No post-service assessment yet: record the transfer assessment with its outcome before closing.</source>
        <translation>尚未进行服务后转介评估：结案前请先记录服务后转介评估及其转介去向。</translation>
    </message>
    <message>
        <source>Enter the date of the follow-up call.</source>
        <translation>请填写回访日期。</translation>
    </message>
    <message>
        <source>The follow-up call cannot be before the closure.</source>
        <translation>回访日期不能早于结案日期。</translation>
    </message>
    <message>
        <source>Give the reason the client withdraws.</source>
        <translation>请填写康复对象退出的原因。</translation>
    </message>
    <message>
        <source>Record what the follow-up call found.</source>
        <translation>请记录回访情况。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <source>The hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The detail %1</source>
        <translation>详情 %1</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The document reference</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>At most %1 details may be given.</source>
        <translation>最多可填写%1项详情。</translation>
    </message>
    <message>
        <source>A detail&apos;s name must be up to 40 lower-case letters and underscores.</source>
        <translation>详情名称须为不超过40个小写字母或下划线。</translation>
    </message>
</context>
<context>
    <name>LifecycleService</name>
    <message>
        <source>Your role may not take applications.</source>
        <translation>您的角色无权受理申请。</translation>
    </message>
    <message>
        <source>Your role may not do this: %1.</source>
        <translation>您的角色无权执行此操作：%1。</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象的记录。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>more than %L1</source>
        <translation>超过 %L1</translation>
    </message>
</context>
<context>
    <name>OverlongInput</name>
    <message numerus="yes">
        <source>At most %n characters fit in this field; what did not fit was not taken.</source>
        <translation>
            <numerusform>此栏最多可填 %n 个字符；超出的内容未被接收。</numerusform>
        </translation>
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
    <message>
        <source>Use only characters you can type: no control, direction or invalid characters.</source>
        <translation>只使用可以键入的字符：不要含控制字符、文字方向字符或无效字符。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码应为 11 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation>手机号码应以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>Add the area code to the landline number, e.g. 010-12345678 or 0571-8765432.</source>
        <translation>固定电话号码请加区号，例如 010-12345678 或 0571-8765432。</translation>
    </message>
    <message>
        <source>This is neither a mobile number (11 digits starting with 1) nor a landline number with area code (starting with 0).</source>
        <translation>该号码既不是手机号码（以 1 开头的 11 位数字），也不是带区号的固定电话号码（以 0 开头）。</translation>
    </message>
    <message>
        <source>The area code is not valid: it is 010, 020 to 029, or four digits such as 0571.</source>
        <translation>区号无效：区号应为 010、020 至 029，或 0571 等四位数字。</translation>
    </message>
    <message>
        <source>After the area code %1 a landline number has 7 or 8 digits; this one has %2.</source>
        <translation>区号 %1 之后的固定电话号码应为 7 或 8 位，当前为 %2 位。</translation>
    </message>
    <message>
        <source>After the area code %1 a landline number cannot start with 0.</source>
        <translation>区号 %1 之后的固定电话号码不能以 0 开头。</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes, brackets, a leading +86 and an extension.</source>
        <translation>电话号码只能包含数字、空格、连字符、括号、开头的 +86 以及分机号。</translation>
    </message>
    <message>
        <source>The extension after the number is missing.</source>
        <translation>号码后缺少分机号。</translation>
    </message>
    <message>
        <source>A mobile number has no extension.</source>
        <translation>手机号码不能带分机号。</translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation>分机号须为 1 至 6 位数字。</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>%1: choose the service content.</source>
        <translation>%1：请选择服务内容。</translation>
    </message>
    <message>
        <source>%1: choose the service form.</source>
        <translation>%1：请选择服务形式。</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list of service contents.</source>
        <translation>%1：“%2”不在服务内容列表中。</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list of service forms.</source>
        <translation>%1：“%2”不在服务形式列表中。</translation>
    </message>
    <message>
        <source>%1: “%2” is no longer offered; choose another service content.</source>
        <translation>%1：“%2”已停止提供，请选择其他服务内容。</translation>
    </message>
    <message>
        <source>%1: “%2” is no longer offered; choose another service form.</source>
        <translation>%1：“%2”已停止提供，请选择其他服务形式。</translation>
    </message>
    <message>
        <source>Your role may not write rehabilitation plans.</source>
        <translation>您的角色无权制定康复计划。</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象的记录。</translation>
    </message>
    <message>
        <source>This client was transferred to another centre; the record is read-only here.</source>
        <translation>该康复对象已转至其他机构，本机构中的记录为只读。</translation>
    </message>
    <message>
        <source>Choose the assessment of this client that the plan follows.</source>
        <translation>请选择该康复计划所依据的评估。</translation>
    </message>
    <message>
        <source>A plan follows an intake or periodic assessment, not a post-service one.</source>
        <translation>康复计划须依据综合评估或阶段性评估制定，不能依据服务后转介评估。</translation>
    </message>
    <message>
        <source>Choose the staff member responsible for the plan.</source>
        <translation>请选择康复计划的负责人。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member who keeps case records.</source>
        <translation>%1 不是在用的、负责个案记录的工作人员。</translation>
    </message>
    <message>
        <source>Enter the date the plan starts.</source>
        <translation>请填写计划开始日期。</translation>
    </message>
    <message>
        <source>The plan cannot start before its assessment (%1).</source>
        <translation>计划开始日期不能早于所依据的评估日期（%1）。</translation>
    </message>
    <message>
        <source>The review must be after the start of the plan.</source>
        <translation>复评日期须晚于计划开始日期。</translation>
    </message>
    <message>
        <source>The review must be within %1 months of the start.</source>
        <translation>复评日期须在计划开始后 %1 个月以内。</translation>
    </message>
    <message>
        <source>Goal %1 is longer than %2 characters.</source>
        <translation>目标 %1 不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Goal %1 has an invalid or repeated id.</source>
        <translation>目标 %1 的标识无效或重复。</translation>
    </message>
    <message>
        <source>Write at least one goal.</source>
        <translation>请至少填写一个目标。</translation>
    </message>
    <message>
        <source>A plan has at most %1 goals.</source>
        <translation>每个康复计划最多 %1 个目标。</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务%1</translation>
    </message>
    <message>
        <source>%1: enter how often, e.g. twice a week.</source>
        <translation>%1：请填写服务频次，例如每周两次。</translation>
    </message>
    <message>
        <source>%1: the frequency is longer than %2 characters.</source>
        <translation>%1：服务频次不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Plan at least one service.</source>
        <translation>请至少安排一项服务。</translation>
    </message>
    <message>
        <source>A plan has at most %1 services.</source>
        <translation>每个康复计划最多 %1 项服务。</translation>
    </message>
    <message>
        <source>Your role may not see rehabilitation plans.</source>
        <translation>您的角色无权查看康复计划。</translation>
    </message>
    <message>
        <source>There is no rehabilitation plan yet.</source>
        <translation>尚未制定康复计划。</translation>
    </message>
</context>
<context>
    <name>PlatformEnrolment</name>
    <message>
        <source>Only a supervisor or an administrator may connect this workstation to the platform.</source>
        <translation>只有督导或管理员可以将本工作站连接到平台。</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s code on the platform.</source>
        <translation>请输入机构在平台上的代码。</translation>
    </message>
    <message>
        <source>Enter the one-time enrolment code from the platform.</source>
        <translation>请输入平台发放的一次性注册码。</translation>
    </message>
    <message>
        <source>Name this workstation (up to 128 characters), e.g. Front desk 1.</source>
        <translation>请为本工作站命名（不超过 128 个字符），例如“前台 1”。</translation>
    </message>
    <message>
        <source>The platform refused the enrolment code: it is unknown, used, expired or for another centre.</source>
        <translation>平台拒绝了此注册码：该码未知、已使用、已过期或属于其他机构。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is not an enrolment (%1).</source>
        <translation>平台的应答不是注册结果（%1）。</translation>
    </message>
    <message>
        <source>The store was locked before the enrolment finished.</source>
        <translation>注册完成前数据库已被锁定。</translation>
    </message>
</context>
<context>
    <name>PlatformOptions</name>
    <message>
        <source>The platform&apos;s address, https://host:port.</source>
        <translation>平台地址，https://主机:端口。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the platform&apos;s certificate (the only one trusted).</source>
        <translation>为平台证书签名的 CA 的 PEM 文件（唯一受信任的 CA）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is too large for a certificate file</source>
        <translation>%1 过大，不像证书文件</translation>
    </message>
    <message>
        <source>give the name of the certificate file</source>
        <translation>请给出证书文件名</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>PriceListDocument</name>
    <message>
        <source>No services are priced on this day.</source>
        <translation>该日没有执行中的服务价格。</translation>
    </message>
    <message>
        <source>Public price list</source>
        <translation>收费标准公示</translation>
    </message>
    <message>
        <source>Prices in force on %1</source>
        <translation>%1 执行的价格</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>执行起始日</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Prices are per unit, in yuan (RMB). No other charges are made for these services.</source>
        <translation>以上价格为每计价单位的人民币价格（元）。上述服务不另收取其他费用。</translation>
    </message>
</context>
<context>
    <name>PriceListRepository</name>
    <message>
        <source>Enter a price from 0 to %1 yuan, with at most two decimals.</source>
        <translation>请输入 0 至 %1 元之间的价格，最多两位小数。</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>Your role may not change the price list.</source>
        <translation>您的角色无权修改价目表。</translation>
    </message>
    <message>
        <source>Enter the name of the service, 1 to %1 characters.</source>
        <translation>请输入服务项目名称（1 至 %1 个字）。</translation>
    </message>
    <message>
        <source>“%1” is already on the price list; change its price instead.</source>
        <translation>“%1”已在价目表中，请改为调整其价格。</translation>
    </message>
    <message>
        <source>Enter the unit charged for, such as 次, 月 or 小时 (1 to %1 characters).</source>
        <translation>请输入计价单位，如 次、月 或 小时（1 至 %1 个字）。</translation>
    </message>
    <message>
        <source>Enter the date the price takes effect.</source>
        <translation>请输入价格生效日期。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of service contents.</source>
        <translation>“%1”不在服务内容列表中。</translation>
    </message>
    <message>
        <source>The price list item was not found.</source>
        <translation>未找到该价目项。</translation>
    </message>
    <message>
        <source>Enter the date the new price takes effect.</source>
        <translation>请输入新价格的生效日期。</translation>
    </message>
    <message>
        <source>“%1” is not on the price list on %2.</source>
        <translation>%2 时价目表中没有“%1”。</translation>
    </message>
    <message>
        <source>The new price must start after the current one (in force from %1).</source>
        <translation>新价格的生效日期须晚于现行价格（自 %1 起执行）。</translation>
    </message>
    <message>
        <source>A later price of “%1” is already recorded, from %2.</source>
        <translation>已登记“%1”自 %2 起的更晚价格。</translation>
    </message>
    <message>
        <source>The new price is the same as the current one.</source>
        <translation>新价格与现行价格相同。</translation>
    </message>
    <message>
        <source>Enter the first day the item is no longer offered.</source>
        <translation>请输入停止提供该项目的首日。</translation>
    </message>
    <message>
        <source>The item can end at the earliest the day after its current price starts (%1).</source>
        <translation>该项目最早只能在现行价格生效日（%1）的次日停止。</translation>
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
    <name>ReferralIndicators</name>
    <message>
        <source>SDSS</source>
        <translation>SDSS</translation>
    </message>
    <message>
        <source>Barthel index</source>
        <translation>Barthel 指数</translation>
    </message>
    <message>
        <source>ADL (Lawton–Brody)</source>
        <translation>ADL（Lawton–Brody）</translation>
    </message>
    <message>
        <source>Referrals and outcomes</source>
        <translation>转介与结局</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Referrals to a centre</source>
        <translation>转介到机构</translation>
    </message>
    <message>
        <source>Referrals accepted</source>
        <translation>接收转介</translation>
    </message>
    <message>
        <source>Referrals declined</source>
        <translation>拒绝转介</translation>
    </message>
    <message>
        <source>Transfers out (relocation)</source>
        <translation>转出（迁居）</translation>
    </message>
    <message>
        <source>Green-channel referrals to hospital (relapse)</source>
        <translation>绿色通道转诊住院（复发）</translation>
    </message>
    <message numerus="yes">
        <source>Registrations later than %n working day(s) after the application</source>
        <translation>
            <numerusform>申请后超过 %n 个工作日才登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals later than %n working day(s) after the registration</source>
        <translation>
            <numerusform>登记后超过 %n 个工作日才转介</numerusform>
        </translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closures: %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Assessments done</source>
        <translation>完成评估</translation>
    </message>
    <message>
        <source>Assessments done: %1</source>
        <translation>完成评估：%1</translation>
    </message>
    <message>
        <source>Periodic assessments overdue at the end</source>
        <translation>期末逾期的阶段性评估</translation>
    </message>
    <message>
        <source>%1 improved</source>
        <translation>%1 改善</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 不变</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 变差</translation>
    </message>
</context>
<context>
    <name>RemoteChanges</name>
    <message>
        <source>The platform&apos;s answer to a push is malformed (%1).</source>
        <translation>平台对推送的应答格式错误（%1）。</translation>
    </message>
    <message>
        <source>The platform answered %1 of %2 changes.</source>
        <translation>平台只应答了 %2 项修改中的 %1 项。</translation>
    </message>
    <message>
        <source>The platform answered the changes out of order.</source>
        <translation>平台应答修改的顺序有误。</translation>
    </message>
    <message>
        <source>The platform&apos;s page of changes is malformed (%1).</source>
        <translation>平台发来的变更页格式错误（%1）。</translation>
    </message>
    <message>
        <source>A record from the platform could not be applied (%1).</source>
        <translation>平台的一条记录无法写入（%1）。</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>Records of kind “%1” have no field “%2”.</source>
        <translation>“%1”类记录没有字段“%2”。</translation>
    </message>
    <message>
        <source>The value has the wrong type.</source>
        <translation>值的类型不正确。</translation>
    </message>
    <message>
        <source>A referral comes in through the platform.</source>
        <translation>转介须经由平台进入。</translation>
    </message>
    <message>
        <source>Platform referral %1 is for a client already registered here with an open case; no second case was opened.</source>
        <translation>平台转介 %1 的康复对象已在本机构登记且个案未结案，未再开设新个案。</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <source>Expected open or resolved.</source>
        <translation>应为 open 或 resolved。</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation>记录没有 id。</translation>
    </message>
    <message>
        <source>Kangqiao does not know records of kind “%1”.</source>
        <translation>康桥不认识“%1”类记录。</translation>
    </message>
    <message>
        <source>The value does not belong to this record&apos;s id.</source>
        <translation>该值与此记录的 id 不符。</translation>
    </message>
    <message>
        <source>A new record needs this field.</source>
        <translation>新记录需要此字段。</translation>
    </message>
    <message>
        <source>This record was recorded once and does not change.</source>
        <translation>此记录一经记录即不可更改。</translation>
    </message>
    <message>
        <source>The record it belongs to is not in this store yet.</source>
        <translation>其所属的记录尚未同步到本机。</translation>
    </message>
    <message>
        <source>Expected a JSON list as text.</source>
        <translation>应为以文本表示的 JSON 列表。</translation>
    </message>
    <message>
        <source>This store belongs to centre %1, not %2.</source>
        <translation>此数据库属于机构 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Another text of this form is already version %1 here.</source>
        <translation>此文书的另一版本在本机已是第 %1 版。</translation>
    </message>
    <message>
        <source>Each scale needs scale_id, version, answers, total and flagged.</source>
        <translation>每个量表都需要 scale_id、version、answers、total 和 flagged。</translation>
    </message>
    <message>
        <source>The PDF is not the one its hash names.</source>
        <translation>该 PDF 与其哈希值不符。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of signer.</source>
        <translation>“%1”不是有效的签署人类别。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <source>Expected a PNG, JPEG or PDF file as base64 text.</source>
        <translation>应为 base64 文本形式的 PNG、JPEG 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Expected a list of client ids.</source>
        <translation>应为康复对象 id 列表。</translation>
    </message>
    <message>
        <source>Expected a list of {client_id, present, note}.</source>
        <translation>应为 {client_id, present, note} 列表。</translation>
    </message>
    <message>
        <source>A client on the roster is not in this store yet.</source>
        <translation>名单中的某位康复对象尚未同步到本机。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values.</source>
        <translation>“%1”不是允许的取值。</translation>
    </message>
    <message>
        <source>Expected a date (yyyy-mm-dd).</source>
        <translation>应为日期（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>Expected a time (hh:mm).</source>
        <translation>应为时间（hh:mm）。</translation>
    </message>
    <message>
        <source>Expected a date and time (ISO 8601).</source>
        <translation>应为日期时间（ISO 8601）。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 超出范围（%2 至 %3）。</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>Expected a JSON list or object as text.</source>
        <translation>应为以文本表示的 JSON 列表或对象。</translation>
    </message>
    <message>
        <source>Expected base64 text.</source>
        <translation>应为 base64 文本。</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>未知的字段类型。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Standardised-service rule</source>
        <translation>规范服务认定规则</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Small counts</source>
        <translation>小数字</translation>
    </message>
    <message>
        <source>counts below %1 are shown as &lt;%1</source>
        <translation>小于 %1 的数字显示为 &lt;%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <source>Could not make a private temporary folder for the workbook.</source>
        <translation>无法为工作簿创建私有临时文件夹。</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Standardised-service rule</source>
        <translation>规范服务认定规则</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Small counts</source>
        <translation>小数字</translation>
    </message>
    <message>
        <source>counts below %1 are shown as &lt;%1</source>
        <translation>小于 %1 的数字显示为 &lt;%1</translation>
    </message>
    <message>
        <source>shown as counted (for use inside the centre)</source>
        <translation>按实际数字显示（仅供机构内部使用）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook could not be read back.</source>
        <translation>无法读回工作簿。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits and, as its last character, X.</source>
        <translation>身份证号只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters (or 15 for an old number); this one has %1.</source>
        <translation>身份证号应为 18 位（旧号码为 15 位），当前为 %1 位。</translation>
    </message>
    <message>
        <source>A 15-digit ID number has no check character: it contains only digits.</source>
        <translation>15 位身份证号没有校验码，应全部为数字。</translation>
    </message>
    <message>
        <source>The area code (the first six digits) must start with a digit from 1 to 8.</source>
        <translation>身份证号的地址码（前六位）须以数字 1 至 8 开头。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is not a valid date.</source>
        <translation>身份证号中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is before 1900.</source>
        <translation>身份证号中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 in the ID number is in the future.</source>
        <translation>身份证号中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check character should be %1: the number was mistyped.</source>
        <translation>校验码应为 %1，号码输入有误。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore a backup written by `kangqiao backup`: it is checked with your account first (integrity, foreign keys, audit chain); an existing database is kept as PATH.before-restore-&lt;date&gt;-&lt;time&gt;. Close Kangqiao first.</source>
        <translation>恢复由 `kangqiao backup` 写出的备份：先用您的账户检查（完整性、外键、审计链）；已有的数据库保留为 PATH.before-restore-&lt;日期&gt;-&lt;时间&gt;。请先关闭康桥。</translation>
    </message>
    <message>
        <source>The backup file (its .keys file next to it).</source>
        <translation>备份文件（其 .keys 文件在同一位置）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Replace an existing database at --db (it is kept).</source>
        <translation>替换 --db 处已有的数据库（原库保留）。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 to %2; it passed integrity, foreign-key and audit-chain checks (%n audit entries).</source>
        <translation>
            <numerusform>已将 %1 恢复到 %2；通过了完整性、外键和审计链检查（%n 条审计记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1 (with its key file).</source>
        <translation>被替换的数据库保留为 %1（连同其密钥文件）。</translation>
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
    <name>ScaleDefinition</name>
    <message>
        <source>%1 has an unknown field &apos;%2&apos;.</source>
        <translation>%1含有未知字段“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;.</source>
        <translation>%1缺少“%2”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a list.</source>
        <translation>%2的“%1”必须是列表。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be a whole number from -%3 to %3.</source>
        <translation>%2的“%1”必须是 -%3 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be text.</source>
        <translation>%2的“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be true or false.</source>
        <translation>%2的“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 must be an object with Chinese (&apos;zh&apos;) and English (&apos;en&apos;) text.</source>
        <translation>%2的“%1”必须是包含中文（“zh”）和英文（“en”）文本的对象。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 has the unknown language &apos;%3&apos;; use &apos;zh&apos; and &apos;en&apos;.</source>
        <translation>%2的“%1”含有未知语言“%3”；请使用“zh”和“en”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 has neither Chinese (&apos;zh&apos;) nor English (&apos;en&apos;) text.</source>
        <translation>%2的“%1”既没有中文（“zh”）文本，也没有英文（“en”）文本。</translation>
    </message>
    <message>
        <source>%1 has no options.</source>
        <translation>%1没有选项。</translation>
    </message>
    <message>
        <source>%1 has %2 options; at most %3 are allowed.</source>
        <translation>%1有 %2 个选项，最多允许 %3 个。</translation>
    </message>
    <message>
        <source>option %1 of %2</source>
        <translation>%2的第 %1 个选项</translation>
    </message>
    <message>
        <source>%1 has two options with the value %2.</source>
        <translation>%1有两个选项的分值都是 %2。</translation>
    </message>
    <message>
        <source>%1 has only not-applicable options.</source>
        <translation>%1只有“不适用”选项。</translation>
    </message>
    <message>
        <source>the scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>the scale has no items.</source>
        <translation>量表没有条目。</translation>
    </message>
    <message>
        <source>the scale has %1 items; at most %2 are allowed.</source>
        <translation>量表有 %1 个条目，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>第 %1 个条目</translation>
    </message>
    <message>
        <source>%1 has the id &apos;%2&apos;; an item id is 1 to %3 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>%1的标识为“%2”；条目标识须为 1 至 %3 个小写字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>the item id &apos;%1&apos; is used twice.</source>
        <translation>条目标识“%1”被重复使用。</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;</source>
        <translation>条目“%1”</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>the scale has no &apos;total&apos;.</source>
        <translation>量表缺少“total”。</translation>
    </message>
    <message>
        <source>the total range %1–%2 does not match the items, which add up to %3–%4.</source>
        <translation>总分范围 %1–%2 与各条目不符，各条目合计为 %3–%4。</translation>
    </message>
    <message>
        <source>the scale has %1 bands; at most %2 are allowed.</source>
        <translation>量表有 %1 个分级，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>第 %1 个分级</translation>
    </message>
    <message>
        <source>%1 has its minimum %2 above its maximum %3.</source>
        <translation>%1的最小值 %2 大于最大值 %3。</translation>
    </message>
    <message>
        <source>%1 (%2–%3) lies outside the total range %4–%5.</source>
        <translation>%1（%2–%3）超出了总分范围 %4–%5。</translation>
    </message>
    <message>
        <source>band %1 and band %2 overlap.</source>
        <translation>第 %1 个分级与第 %2 个分级重叠。</translation>
    </message>
    <message>
        <source>the scale has %1 rules; at most %2 are allowed.</source>
        <translation>量表有 %1 条规则，最多允许 %2 条。</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>第 %1 条规则</translation>
    </message>
    <message>
        <source>%1 has the unknown kind &apos;%2&apos;; use &apos;%3&apos; or &apos;%4&apos;.</source>
        <translation>%1的类型“%2”未知；请使用“%3”或“%4”。</translation>
    </message>
    <message>
        <source>%1: the value %2 must be more than %3 and at most %4, or the rule always or never fires.</source>
        <translation>%1：值 %2 须大于 %3 且不大于 %4，否则该规则将总是触发或永不触发。</translation>
    </message>
    <message>
        <source>%1: the count %2 must be from 1 to %3, the number of items.</source>
        <translation>%1：数量 %2 须在 1 至 %3（条目总数）之间。</translation>
    </message>
    <message>
        <source>%1 can never fire: only %2 items have an option of %3 or more.</source>
        <translation>%1永远不会触发：只有 %2 个条目有 %3 分及以上的选项。</translation>
    </message>
    <message>
        <source>%1 always fires: every option of %2 items is %3 or more.</source>
        <translation>%1总会触发：有 %2 个条目的所有选项均为 %3 分及以上。</translation>
    </message>
    <message>
        <source>the file is larger than %1 KB, the most allowed for a scale.</source>
        <translation>文件大于 %1 KB，超过了量表文件的大小上限。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at character %2).</source>
        <translation>文件不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>the file must hold one JSON object.</source>
        <translation>文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>the scale id &apos;%1&apos; is not valid; use 1 to %2 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>量表标识“%1”无效；请使用 1 至 %2 个小写字母、数字、“-”或“_”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>the version of the scale must be 1 or more.</source>
        <translation>量表版本号须为 1 或以上。</translation>
    </message>
    <message>
        <source>the shared option list</source>
        <translation>共用选项列表</translation>
    </message>
</context>
<context>
    <name>ScaleLibrary</name>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1：无法读取文件（%2）。</translation>
    </message>
    <message>
        <source>a scale shipped with Kangqiao</source>
        <translation>康桥自带的量表</translation>
    </message>
    <message>
        <source>%1: the scale id &apos;%2&apos; is already used by %3; the file is skipped.</source>
        <translation>%1：量表标识“%2”已被%3使用，已跳过此文件。</translation>
    </message>
</context>
<context>
    <name>ScaleResultText</name>
    <message>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>总分 %1</translation>
    </message>
    <message>
        <source>Total so far %1</source>
        <translation>当前得分 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) not answered</source>
        <translation>
            <numerusform>%1 个条目中有 %n 个未作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not applicable</source>
        <translation>
            <numerusform>%n 个条目不适用</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有异常提示</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>异常提示：%1</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>无异常提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ScaleScore</name>
    <message>
        <source>The scale %1 has no item &apos;%2&apos;.</source>
        <translation>量表“%1”中没有条目“%2”。</translation>
    </message>
    <message>
        <source>%1 is not an option of item &apos;%2&apos; (%3); choose one of %4.</source>
        <translation>%1 不是条目“%2”（%3）的选项；请从 %4 中选择。</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Session</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Medication training</source>
        <translation>服药训练</translation>
    </message>
    <message>
        <source>Relapse prevention training</source>
        <translation>预防复发训练</translation>
    </message>
    <message>
        <source>Physical health management training</source>
        <translation>躯体管理训练</translation>
    </message>
    <message>
        <source>Life skills training</source>
        <translation>生活技能训练</translation>
    </message>
    <message>
        <source>Social skills training</source>
        <translation>社交技能训练</translation>
    </message>
    <message>
        <source>Vocational rehabilitation training</source>
        <translation>职业康复训练</translation>
    </message>
    <message>
        <source>Psychological rehabilitation</source>
        <translation>心理康复</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>同伴支持</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>家庭支持</translation>
    </message>
    <message>
        <source>Home rehabilitation guidance</source>
        <translation>居家康复指导</translation>
    </message>
    <message>
        <source>Health education</source>
        <translation>健康教育</translation>
    </message>
    <message>
        <source>Day training</source>
        <translation>日间训练</translation>
    </message>
    <message>
        <source>Vocational rehabilitation</source>
        <translation>职业康复</translation>
    </message>
    <message>
        <source>Transitional housing</source>
        <translation>过渡性住宿</translation>
    </message>
    <message>
        <source>Home support</source>
        <translation>居家支持</translation>
    </message>
    <message>
        <source>Family assistance</source>
        <translation>家庭支援</translation>
    </message>
    <message>
        <source>Family and expert exchange and mutual aid</source>
        <translation>家属专家交流互助</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>个案管理</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组工作</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1不能超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 contains control or direction characters.</source>
        <translation>%1含有控制字符或文字方向字符。</translation>
    </message>
    <message>
        <source>Your role may not change the lists of services.</source>
        <translation>您的角色无权修改服务列表。</translation>
    </message>
    <message>
        <source>A list holds at most %1 entries.</source>
        <translation>每个列表最多 %1 项。</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1: the key must start with a-z and hold only a-z, 0-9 and _ (at most %2).</source>
        <translation>%1：键名须以 a-z 开头，且只能包含 a-z、0-9 和 _（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>%1: the key “%2” is already in the list.</source>
        <translation>%1：键名“%2”已在列表中。</translation>
    </message>
    <message>
        <source>%1: the Chinese name</source>
        <translation>%1：中文名称</translation>
    </message>
    <message>
        <source>%1: the English name</source>
        <translation>%1：英文名称</translation>
    </message>
    <message>
        <source>%1: another active entry is already called “%2”.</source>
        <translation>%1：已有其他启用项名为“%2”。</translation>
    </message>
    <message>
        <source>“%1” cannot be removed because records may use it; deactivate it instead.</source>
        <translation>“%1”可能已被记录使用，不能删除；请改为停用。</translation>
    </message>
    <message>
        <source>At least one entry must stay active.</source>
        <translation>至少须保留一项处于启用状态。</translation>
    </message>
</context>
<context>
    <name>ServiceGate</name>
    <message>
        <source>No signed consent form in force on %1.</source>
        <translation>%1 没有有效的已签署知情同意书。</translation>
    </message>
    <message>
        <source>No service agreement in force on %1.</source>
        <translation>%1 没有有效的服务协议。</translation>
    </message>
</context>
<context>
    <name>ServiceIndicators</name>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Individual sessions</source>
        <translation>个案服务</translation>
    </message>
    <message>
        <source>Group meetings held</source>
        <translation>已开展的小组活动</translation>
    </message>
    <message>
        <source>Group attendances (clients present)</source>
        <translation>小组签到（出席人次）</translation>
    </message>
    <message>
        <source>Services (sessions and attendances)</source>
        <translation>服务（个案服务与小组出席）</translation>
    </message>
    <message>
        <source>Service time (minutes)</source>
        <translation>服务时长（分钟）</translation>
    </message>
    <message>
        <source>Clients served at least once</source>
        <translation>至少接受一次服务的康复对象</translation>
    </message>
    <message>
        <source>Services by content: %1</source>
        <translation>按服务内容：%1</translation>
    </message>
    <message>
        <source>Services by form: %1</source>
        <translation>按服务形式：%1</translation>
    </message>
    <message>
        <source>Services by place: %1</source>
        <translation>按地点：%1</translation>
    </message>
    <message>
        <source>Sessions and meetings by staff: %1</source>
        <translation>按工作人员的服务与活动：%1</translation>
    </message>
</context>
<context>
    <name>ServicePlace</name>
    <message>
        <source>At the centre</source>
        <translation>在中心</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>In the community</source>
        <translation>在社区</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
</context>
<context>
    <name>SessionLogRepository</name>
    <message>
        <source>Your role may not write session logs.</source>
        <translation>您的角色不能写服务记录。</translation>
    </message>
    <message>
        <source>This log was written more than %1 days ago; amend it with a reason instead.</source>
        <translation>此记录写于 %1 天前；请填写理由进行更正。</translation>
    </message>
    <message>
        <source>Only %1, who wrote this log, may edit it in its first %2 days.</source>
        <translation>只有记录人 %1 可在前 %2 天内修改此记录。</translation>
    </message>
    <message>
        <source>In its first %1 days a log is edited by its author, not amended.</source>
        <translation>记录在前 %1 天内由记录人直接修改，无需更正。</translation>
    </message>
    <message>
        <source>Say why the log is amended.</source>
        <translation>请说明更正理由。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>理由超过 %1 个字符。</translation>
    </message>
    <message>
        <source>This client was transferred to another centre; the record is read-only here.</source>
        <translation>该康复对象已转到其他机构；本机构的记录为只读。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象记录。</translation>
    </message>
    <message>
        <source>Sessions are logged for clients in service; this case is %1.</source>
        <translation>只为服务中的康复对象记录服务；此个案当前为“%1”。</translation>
    </message>
    <message>
        <source>Choose the member of staff who gave the session.</source>
        <translation>请选择提供服务的工作人员。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member who keeps case records.</source>
        <translation>%1 不是负责个案记录的在职工作人员。</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>请输入服务日期。</translation>
    </message>
    <message>
        <source>A session is logged once it has happened; the date is in the future.</source>
        <translation>服务发生后才能记录；该日期在将来。</translation>
    </message>
    <message>
        <source>Enter the time the session started.</source>
        <translation>请输入服务开始时间。</translation>
    </message>
    <message>
        <source>The duration must be from 1 to %1 minutes.</source>
        <translation>时长须为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of service contents.</source>
        <translation>“%1”不在服务内容列表中。</translation>
    </message>
    <message>
        <source>“%1” is no longer offered; choose another service content.</source>
        <translation>“%1”已不再提供，请选择其他服务内容。</translation>
    </message>
    <message>
        <source>Choose at least one service content.</source>
        <translation>请至少选择一项服务内容。</translation>
    </message>
    <message>
        <source>Choose the service form.</source>
        <translation>请选择服务形式。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of service forms.</source>
        <translation>“%1”不在服务形式列表中。</translation>
    </message>
    <message>
        <source>“%1” is no longer offered; choose another service form.</source>
        <translation>“%1”已不再提供，请选择其他服务形式。</translation>
    </message>
    <message>
        <source>The goal is not in this client&apos;s plans.</source>
        <translation>该目标不在此康复对象的计划中。</translation>
    </message>
    <message>
        <source>Write what was done and observed.</source>
        <translation>请填写所做的工作和观察。</translation>
    </message>
    <message>
        <source>The observations are longer than %1 characters.</source>
        <translation>观察记录超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The next step is longer than %1 characters.</source>
        <translation>下一步计划超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The next appointment cannot be before the session.</source>
        <translation>下次预约不能早于本次服务。</translation>
    </message>
    <message>
        <source>Enter the date of the next appointment, or clear its time.</source>
        <translation>请输入下次预约的日期，或清除其时间。</translation>
    </message>
    <message>
        <source>Your role may not see session logs.</source>
        <translation>您的角色不能查看服务记录。</translation>
    </message>
    <message>
        <source>The session log was not found.</source>
        <translation>未找到该服务记录。</translation>
    </message>
    <message>
        <source>Session log %1 is incomplete.</source>
        <translation>服务记录 %1 不完整。</translation>
    </message>
</context>
<context>
    <name>SignedDocumentRepository</name>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象记录。</translation>
    </message>
    <message>
        <source>This client was transferred to another centre; the record is read-only here.</source>
        <translation>该康复对象已转至其他机构，本机构的记录为只读。</translation>
    </message>
    <message>
        <source>Your role may not sign consents or agreements.</source>
        <translation>您的角色无权签署知情同意书或服务协议。</translation>
    </message>
    <message>
        <source>Kangqiao has no form texts in the language “%1”.</source>
        <translation>康桥没有“%1”语言的文书文本。</translation>
    </message>
    <message>
        <source>There is no version %1 of this form.</source>
        <translation>该文书没有第 %1 版。</translation>
    </message>
    <message>
        <source>Enter the date of signing.</source>
        <translation>请输入签署日期。</translation>
    </message>
    <message>
        <source>The date of signing cannot be in the future.</source>
        <translation>签署日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The document cannot take effect before it is signed.</source>
        <translation>文书不能在签署前生效。</translation>
    </message>
    <message>
        <source>Enter the last day of the agreement&apos;s term.</source>
        <translation>请输入协议期限的最后一天。</translation>
    </message>
    <message>
        <source>The last day must be after the first day of the term.</source>
        <translation>期限最后一天须晚于第一天。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of signer.</source>
        <translation>“%1”不是有效的签署人类别。</translation>
    </message>
    <message>
        <source>Each kind of signer signs once.</source>
        <translation>每类签署人只签署一次。</translation>
    </message>
    <message>
        <source>Enter the name of each signer.</source>
        <translation>请输入每位签署人的姓名。</translation>
    </message>
    <message>
        <source>The client must sign.</source>
        <translation>康复对象须签署。</translation>
    </message>
    <message>
        <source>The client is under 14: a guardian must sign.</source>
        <translation>康复对象未满14周岁，须由监护人签署。</translation>
    </message>
    <message>
        <source>A member of staff must sign.</source>
        <translation>须由一名工作人员签署。</translation>
    </message>
    <message>
        <source>The signed text is missing.</source>
        <translation>缺少签署的文本。</translation>
    </message>
    <message>
        <source>The signed document is not a PDF.</source>
        <translation>签署的文书不是 PDF 文件。</translation>
    </message>
    <message>
        <source>The PDF is larger than %1 MB.</source>
        <translation>PDF 文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The document to renew is not one of this client&apos;s of the same kind.</source>
        <translation>要续签的文书不是该康复对象的同类文书。</translation>
    </message>
    <message>
        <source>That document has already been renewed.</source>
        <translation>该文书已续签。</translation>
    </message>
    <message>
        <source>An image was given for “%1”, who does not sign.</source>
        <translation>为未签署的“%1”提供了图像。</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>图像超过 %1 MB。</translation>
    </message>
    <message>
        <source>The scan must be a PDF, PNG or JPEG file.</source>
        <translation>扫描件须为 PDF、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The signature of “%1” is not a PNG image.</source>
        <translation>“%1”的签名不是 PNG 图像。</translation>
    </message>
    <message>
        <source>Attach the scan of the paper original.</source>
        <translation>请附上纸质原件的扫描件。</translation>
    </message>
    <message>
        <source>“%1” has not signed on the pad.</source>
        <translation>“%1”尚未在签名板上签名。</translation>
    </message>
    <message>
        <source>A consent form has no price lines.</source>
        <translation>知情同意书不含价格条目。</translation>
    </message>
    <message>
        <source>An agreement needs at least one service from the price list.</source>
        <translation>服务协议至少需要价目表中的一项服务。</translation>
    </message>
    <message>
        <source>Line %1 is not in the price list in force on %2.</source>
        <translation>第 %1 行不在 %2 执行的价目表中。</translation>
    </message>
    <message>
        <source>Line %1 repeats %2.</source>
        <translation>第 %1 行与 %2 重复。</translation>
    </message>
    <message>
        <source>Line %1: the price of %2 is %3 on the price list.</source>
        <translation>第 %1 行：价目表中 %2 的价格为 %3。</translation>
    </message>
    <message>
        <source>Line %1: the frequency is longer than %2 characters.</source>
        <translation>第 %1 行：频次超过 %2 个字。</translation>
    </message>
    <message>
        <source>Your role may not revoke consents or agreements.</source>
        <translation>您的角色无权撤销知情同意书或服务协议。</translation>
    </message>
    <message>
        <source>The signed document was not found.</source>
        <translation>未找到该已签署文书。</translation>
    </message>
    <message>
        <source>This document has already been revoked.</source>
        <translation>该文书已被撤销。</translation>
    </message>
    <message>
        <source>Enter the date of revocation.</source>
        <translation>请输入撤销日期。</translation>
    </message>
    <message>
        <source>The date of revocation cannot be in the future.</source>
        <translation>撤销日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date of revocation cannot be before the signing (%1).</source>
        <translation>撤销日期不能早于签署日期（%1）。</translation>
    </message>
    <message>
        <source>Enter the reason for the revocation.</source>
        <translation>请输入撤销原因。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>原因超过 %1 个字。</translation>
    </message>
    <message>
        <source>Your role may not read signed documents.</source>
        <translation>您的角色无权查看已签署的文书。</translation>
    </message>
    <message>
        <source>A signer&apos;s name</source>
        <translation>签署人姓名</translation>
    </message>
</context>
<context>
    <name>StaffIndicators</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff qualified in mental health, social work or psychology (target %1%)</source>
        <translation>具有精神卫生、社会工作或心理学资质的工作人员（目标 %1%）</translation>
    </message>
    <message>
        <source>Staff serving clients directly</source>
        <translation>直接提供服务的工作人员</translation>
    </message>
    <message>
        <source>Average training per direct-service staff member (minutes)</source>
        <translation>直接服务人员人均培训时长（分钟）</translation>
    </message>
    <message>
        <source>Direct-service staff with under %1 hours of training</source>
        <translation>培训不足 %1 小时的直接服务人员</translation>
    </message>
    <message>
        <source>Training of %1 (minutes)</source>
        <translation>%1 的培训时长（分钟）</translation>
    </message>
</context>
<context>
    <name>StaffQualifications</name>
    <message>
        <source>Psychiatry</source>
        <translation>精神科</translation>
    </message>
    <message>
        <source>Mental-health nursing</source>
        <translation>精神科护理</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>社会工作</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>心理学</translation>
    </message>
    <message>
        <source>Other qualification</source>
        <translation>其他资质</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>StaffTrainingRepository</name>
    <message>
        <source>Your role may not keep staff training records.</source>
        <translation>您的角色不能管理工作人员培训记录。</translation>
    </message>
    <message>
        <source>Choose the member of staff who attended.</source>
        <translation>请选择参加培训的工作人员。</translation>
    </message>
    <message>
        <source>Enter the date of the training.</source>
        <translation>请输入培训日期。</translation>
    </message>
    <message>
        <source>The training date cannot be in the future.</source>
        <translation>培训日期不能在将来。</translation>
    </message>
    <message>
        <source>Enter the hours of training: more than 0, at most 24 per record.</source>
        <translation>请输入培训时长：大于 0，每条记录最多 24 小时。</translation>
    </message>
    <message>
        <source>Enter the topic of the training.</source>
        <translation>请输入培训主题。</translation>
    </message>
    <message>
        <source>The topic is longer than %1 characters.</source>
        <translation>主题超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The provider is longer than %1 characters.</source>
        <translation>培训提供方超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The training record was not found.</source>
        <translation>未找到该培训记录。</translation>
    </message>
    <message>
        <source>%1 is not a staff account.</source>
        <translation>%1 不是工作人员账户。</translation>
    </message>
    <message>
        <source>Choose a qualification from the list.</source>
        <translation>请从列表中选择资质。</translation>
    </message>
</context>
<context>
    <name>StandardServiceRule</name>
    <message>
        <source>consent in force</source>
        <translation>知情同意书有效</translation>
    </message>
    <message>
        <source>service agreement in force</source>
        <translation>服务协议有效</translation>
    </message>
    <message>
        <source>intake assessment on record</source>
        <translation>已有综合评估</translation>
    </message>
    <message>
        <source>rehabilitation plan on record</source>
        <translation>已有康复计划</translation>
    </message>
    <message>
        <source>at least one session or attended group meeting in the period</source>
        <translation>本期至少有一次个案服务或出席一次小组活动</translation>
    </message>
    <message>
        <source>periodic review not overdue</source>
        <translation>阶段性评估未逾期</translation>
    </message>
    <message>
        <source>Standardised service: no requirement is set, so every registered client living at home counts.</source>
        <translation>规范服务：未设任何要求，所有居家登记康复对象均计入。</translation>
    </message>
    <message>
        <source>A client receives standardised service when all of these hold on the last day of the period: %1.</source>
        <translation>在统计期最后一天同时满足以下各项的康复对象视为接受规范服务：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator of the items of a list in a sentence</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Your role may not change the definition of standardised service.</source>
        <translation>您的角色不能修改规范服务的认定规则。</translation>
    </message>
    <message>
        <source>Choose at least one requirement of standardised service.</source>
        <translation>请至少选择一项规范服务要求。</translation>
    </message>
</context>
<context>
    <name>StatisticsBuilder</name>
    <message>
        <source>Your role may not see statistics.</source>
        <translation>您的角色不能查看统计。</translation>
    </message>
    <message>
        <source>The period is not a valid range of days.</source>
        <translation>统计期间不是有效的日期范围。</translation>
    </message>
    <message>
        <source>Your role may not export statistics.</source>
        <translation>您的角色不能导出统计。</translation>
    </message>
</context>
<context>
    <name>StatisticsPdf</name>
    <message>
        <source>Statistics report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>机构编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Standardised-service rule</source>
        <translation>规范服务认定规则</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Small counts</source>
        <translation>小数字</translation>
    </message>
    <message>
        <source>counts below %1 are shown as &lt;%1</source>
        <translation>小于 %1 的数字显示为 &lt;%1</translation>
    </message>
    <message>
        <source>shown as counted (for use inside the centre)</source>
        <translation>按实际数字显示（仅供机构内部使用）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Statistics report %1</source>
        <translation>统计报告 %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>The month, e.g. 2026-11.</source>
        <translation>月份，如 2026-11。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>First day of a range instead of a month.</source>
        <translation>期间的第一天（代替月份）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the range.</source>
        <translation>期间的最后一天。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show counts from 1 to 4 as &lt;5, for sharing outside the centre.</source>
        <translation>将 1 到 4 的数字显示为 &lt;5，用于向机构外部提供。</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist</source>
        <translation>--out：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>--month: give either --month or --from and --to</source>
        <translation>--month：请给出 --month，或者 --from 和 --to，二者择一</translation>
    </message>
    <message>
        <source>--month: give a month as YYYY-MM, e.g. 2026-11</source>
        <translation>--month：请按 YYYY-MM 给出月份，如 2026-11</translation>
    </message>
    <message>
        <source>--month: give --month YYYY-MM, or --from and --to as YYYY-MM-DD</source>
        <translation>--month：请给出 --month YYYY-MM，或按 YYYY-MM-DD 给出 --from 和 --to</translation>
    </message>
    <message>
        <source>--to: give the last day as YYYY-MM-DD</source>
        <translation>--to：请按 YYYY-MM-DD 给出最后一天</translation>
    </message>
    <message>
        <source>--to: the range ends before it starts</source>
        <translation>--to：期间的结束早于开始</translation>
    </message>
    <message>
        <source>--user: this account&apos;s role may not export statistics</source>
        <translation>--user：此账户的角色不能导出统计</translation>
    </message>
    <message>
        <source>--out: could not write %1</source>
        <translation>--out：无法写入 %1</translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 to %3.</source>
        <translation>已将 %2 的 %1 报告写入 %3。</translation>
    </message>
    <message>
        <source>Write the statistics report of a month (or of --from/--to) to a file: xlsx, csv, json, or pdf with the dashboard&apos;s charts of the 12 months up to the report&apos;s last month (drawn without a display); aggregates only, written owner-only and recorded in the audit log.</source>
        <translation>将某月（或 --from/--to 指定期间）的统计报表写入文件：xlsx、csv、json，或含截至报表最后一个月的 12 个月仪表盘图表的 pdf（无需显示器即可绘制）；仅含汇总数据，文件仅所有者可读，并记入审计日志。</translation>
    </message>
    <message>
        <source>xlsx, csv, json or pdf.</source>
        <translation>xlsx、csv、json 或 pdf。</translation>
    </message>
    <message>
        <source>--format: give xlsx, csv, json or pdf</source>
        <translation>--format：请填写 xlsx、csv、json 或 pdf</translation>
    </message>
    <message>
        <source>--format: the PDF&apos;s charts cannot be drawn in this process</source>
        <translation>--format：本进程无法绘制 PDF 中的图表</translation>
    </message>
    <message>
        <source>--from: give the first day as YYYY-MM-DD</source>
        <translation>--from：请以 YYYY-MM-DD 格式给出第一天</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Do one full round with the referral platform: send this workstation&apos;s changes, then receive the centre&apos;s; exits non-zero with the reason when it cannot.</source>
        <translation>与转介平台完成一轮同步：先发送本工作站的修改，再接收本机构的变更；无法完成时以非零状态退出并说明原因。</translation>
    </message>
    <message>
        <source>One round, then exit (the application syncs continuously).</source>
        <translation>同步一轮后退出（应用程序会持续同步）。</translation>
    </message>
    <message>
        <source>--once is required: the command does one round (the application syncs continuously)</source>
        <translation>必须指定 --once：此命令只同步一轮（应用程序会持续同步）</translation>
    </message>
    <message>
        <source>--user: this account&apos;s role may not sync</source>
        <translation>--user：此账户的角色无权同步</translation>
    </message>
    <message>
        <source>this workstation is not enrolled with a platform; run kangqiao enrol</source>
        <translation>本工作站尚未在平台注册，请运行 kangqiao enrol</translation>
    </message>
    <message>
        <source>--server: this workstation is enrolled with %1</source>
        <translation>--server：本工作站已注册到 %1</translation>
    </message>
    <message>
        <source>Synced: %1 changes sent, %2 records received, %3 pending, %4 conflicts open.</source>
        <translation>同步完成：发送 %1 项修改，接收 %2 条记录，待发送 %3 项，未处理冲突 %4 项。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>正在发送修改</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>正在接收变更</translation>
    </message>
    <message>
        <source>Waiting to try again</source>
        <translation>等待重试</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Access refused: enrol again</source>
        <translation>访问被拒绝：请重新注册</translation>
    </message>
    <message>
        <source>Platform needs a newer Kangqiao</source>
        <translation>平台需要更新版本的康桥</translation>
    </message>
    <message>
        <source>Not connected to a platform</source>
        <translation>未连接平台</translation>
    </message>
    <message>
        <source>The platform&apos;s new token is malformed (%1).</source>
        <translation>平台发来的新令牌格式错误（%1）。</translation>
    </message>
    <message>
        <source>The store was locked during sync.</source>
        <translation>同步期间数据库已被锁定。</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 is longer than %2 characters (it has %3).</source>
        <translation>%1超过%2个字符（现有%3个）。</translation>
    </message>
    <message>
        <source>%1 contains control or direction characters.</source>
        <translation>%1含有控制字符或文字方向字符。</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1含有控制字符。</translation>
    </message>
</context>
<context>
    <name>TrendCharts</name>
    <message>
        <source>Clients in service</source>
        <translation>服务中的康复对象</translation>
    </message>
    <message>
        <source>Clients in service on the last day of the month</source>
        <translation>月末最后一天服务中的康复对象</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Services by content</source>
        <translation>按服务内容的服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Staff training this year</source>
        <translation>本年工作人员培训</translation>
    </message>
    <message>
        <source>Hours of training</source>
        <translation>培训小时</translation>
    </message>
    <message>
        <source>%1 hours a year</source>
        <translation>每年 %1 小时</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Standardised-service rate (dashed: the targets)</source>
        <translation>规范服务率（虚线为各年目标）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>服务率</translation>
    </message>
    <message>
        <source>2023: 30%</source>
        <translation>2023年 30%</translation>
    </message>
    <message>
        <source>2024: 45%</source>
        <translation>2024年 45%</translation>
    </message>
    <message>
        <source>2025: 60%</source>
        <translation>2025年 60%</translation>
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
    <message>
        <source>Only a supervisor or an administrator may read the audit log.</source>
        <translation>只有主管或管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>%1: %2 — %3 — %4</source>
        <translation>%1：%2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kq::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>County</source>
        <translation>居住区县</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>危险等级</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kq::DesktopApplication</name>
    <message>
        <source>Kangqiao</source>
        <translation>康桥</translation>
    </message>
    <message>
        <source>The database could not complete this action: %1
What was being saved in this step was rolled back.</source>
        <translation>数据库无法完成此操作：%1
本步骤中正在保存的内容已回滚。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
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
    <name>kq::ui::ApplicationEditWidget</name>
    <message>
        <source>The patient consents</source>
        <translation>患者同意</translation>
    </message>
    <message>
        <source>The guardian consents</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>康复对象本人</translation>
    </message>
    <message>
        <source>The guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>&amp;Way in:</source>
        <translation>申请方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Da&amp;y of application:</source>
        <translation>申请日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>Re&amp;ferring hospital:</source>
        <translation>建议医院(&amp;F)：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>科室：</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>医生：</translation>
    </message>
    <message>
        <source>Assessment summary:</source>
        <translation>评估摘要：</translation>
    </message>
    <message>
        <source>Applied by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报告方：</translation>
    </message>
    <message>
        <source>Reporter&apos;s name:</source>
        <translation>报告人姓名：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>报告渠道：</translation>
    </message>
    <message>
        <source>Platform referral number:</source>
        <translation>平台转介编号：</translation>
    </message>
    <message>
        <source>From organisation:</source>
        <translation>来源机构：</translation>
    </message>
    <message>
        <source>Application notes:</source>
        <translation>申请备注：</translation>
    </message>
    <message>
        <source>The application date is not a date.</source>
        <translation>申请日期不是有效日期。</translation>
    </message>
</context>
<context>
    <name>kq::ui::AssessmentDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sa&amp;ve assessment</source>
        <translation>保存评估(&amp;V)</translation>
    </message>
    <message>
        <source>Some of the centre&apos;s own scale files could not be used:
%1</source>
        <translation>本机构自有的部分量表文件无法使用：
%1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>评估日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Not rated this time</source>
        <translation>本次未评定</translation>
    </message>
    <message>
        <source>R&amp;isk level:</source>
        <translation>危险性评估等级(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>评估结果(&amp;F)：</translation>
    </message>
    <message>
        <source>Rehabilitation &amp;opinion (required):</source>
        <translation>康复意见（必填）(&amp;O)：</translation>
    </message>
    <message>
        <source>Rehabilitation &amp;opinion:</source>
        <translation>康复意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>转介去向(&amp;U)：</translation>
    </message>
    <message>
        <source>Progress (all required)</source>
        <translation>康复进展（均为必填）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>康复进展</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评定）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Add s&amp;cale</source>
        <translation>添加量表(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move scale</source>
        <translation>移除量表(&amp;M)</translation>
    </message>
    <message>
        <source>No scale yet. Choose one and add it; the total is worked out as you answer.</source>
        <translation>尚未添加量表。请选择量表并添加；作答时将自动计算总分。</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>量表(&amp;A)：</translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation>移除量表</translation>
    </message>
    <message>
        <source>Remove “%1” and the answers given so far?</source>
        <translation>要移除“%1”及已填写的答案吗？</translation>
    </message>
    <message>
        <source>The date of the assessment is not a date.</source>
        <translation>评估日期不是有效日期。</translation>
    </message>
    <message>
        <source>The assessment was saved. Please note:
%1</source>
        <translation>评估已保存。请注意：
%1</translation>
    </message>
</context>
<context>
    <name>kq::ui::AssessmentViewDialog</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，录入人：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Not rated in this assessment</source>
        <translation>本次评估未评定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Rehabilitation opinion</source>
        <translation>康复意见</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>kq::ui::AssessmentsPanel</name>
    <message>
        <source>&amp;Write plan…</source>
        <translation>制定康复计划(&amp;W)…</translation>
    </message>
    <message>
        <source>Current rehabilitation plan</source>
        <translation>当前康复计划</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估记录</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read an assessment in full.</source>
        <translation>双击或按回车键可查看评估全文。</translation>
    </message>
    <message>
        <source>Assessments, newest first:</source>
        <translation>评估记录（最新的在前）：</translation>
    </message>
    <message>
        <source>A plan follows an intake or periodic assessment: record one first.</source>
        <translation>康复计划须依据综合评估或阶段性评估制定，请先记录评估。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>No rehabilitation plan yet.</source>
        <translation>尚未制定康复计划。</translation>
    </message>
    <message>
        <source>Starts on %1 · %2 · Responsible: %3</source>
        <translation>开始日期：%1 · %2 · 负责人：%3</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2，%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next review %1 (overdue)&lt;/b&gt;</source>
        <translation>&lt;b&gt;下次复评 %1（已逾期）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>下次复评 %1</translation>
    </message>
    <message>
        <source>&amp;Record assessment…</source>
        <translation>记录评估(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>评估类型(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::AttendanceDialog</name>
    <message>
        <source>not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Attendance – %1</source>
        <translation>签到 – %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Client (checked: present)</source>
        <translation>康复对象（勾选：出席）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>全部出席(&amp;A)</translation>
    </message>
    <message>
        <source>Marks everyone present; then Space marks an absentee.</source>
        <translation>将所有人标记为出席；然后按空格键标记缺席者。</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>保存签到(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Arrow keys move, Space marks present or absent, Tab or F2 writes a note.</source>
        <translation>方向键移动，空格键标记出席或缺席，Tab 或 F2 填写备注。</translation>
    </message>
    <message>
        <source>%1 present · %2 absent · %3 not marked · %4 on the roster</source>
        <translation>出席 %1 · 缺席 %2 · 未标记 %3 · 名单共 %4 人</translation>
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
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Name, pinyin or ID number, then Enter</source>
        <translation>姓名、拼音或身份证号，按回车查找</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部康复对象</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind of action:</source>
        <translation>操作类别(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>康复对象(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>日期从(&amp;F)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter dates as YYYY-MM-DD, or leave them empty.</source>
        <translation>请按 YYYY-MM-DD 输入日期，或留空。</translation>
    </message>
    <message>
        <source>Client found</source>
        <translation>找到的康复对象</translation>
    </message>
</context>
<context>
    <name>kq::ui::BackupDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>The backup is an encrypted copy of this workstation&apos;s records and its key file (FILE and FILE.keys). The same passwords and the recovery key open it. Keep it on a drive that stays in the centre, locked away.</source>
        <translation>备份是本机记录的加密副本及其密钥文件（文件 和 文件.keys），用同样的密码和恢复密钥打开。请保存在留在本机构、上锁保管的存储设备上。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>The copy is checked by opening it with your password, as a restore will.</source>
        <translation>程序会用您的密码打开副本进行检查，和恢复时一样。</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Kangqiao backups (*.kqbak);;All files (*)</source>
        <translation>康桥备份 (*.kqbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to back up to.</source>
        <translation>请选择备份文件。</translation>
    </message>
    <message>
        <source>Enter your password: the copy is checked by opening it with it.</source>
        <translation>请输入您的密码：程序要用它打开副本进行检查。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an older backup is never overwritten from here.</source>
        <translation>%1 已存在。请换一个文件名；这里不会覆盖以前的备份。</translation>
    </message>
    <message>
        <source>Copying the database… (step 1 of 3)</source>
        <translation>正在复制数据库…（第 1 步，共 3 步）</translation>
    </message>
    <message>
        <source>Checking the copy: opening it with your password and checking every page… (step 2 of 3)</source>
        <translation>正在检查副本：用您的密码打开并逐页检查…（第 2 步，共 3 步）</translation>
    </message>
    <message>
        <source>Writing it to the disk… (step 3 of 3)</source>
        <translation>正在写入磁盘…（第 3 步，共 3 步）</translation>
    </message>
    <message>
        <source>The backup stopped unexpectedly.</source>
        <translation>备份意外中止。</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>未能完成备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up to %1 (%2), with its key file %3. The copy opened with your password and passed its checks (%n audit entries).</source>
        <translation>
            <numerusform>已备份到 %1（%2），密钥文件为 %3。副本已用您的密码打开并通过检查（%n 条审计记录）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::BackupPage</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>备份与恢复</translation>
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
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Re&amp;mind when the last backup is older than:</source>
        <translation>上次备份超过以下天数时提醒(&amp;M)：</translation>
    </message>
    <message>
        <source>Backups and restores (audit log)</source>
        <translation>备份与恢复记录（审计日志）</translation>
    </message>
    <message>
        <source>No backup has been made yet: make one on the Backups page.</source>
        <translation>还从未备份过：请在&quot;备份&quot;页进行备份。</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago: make a new one on the Backups page.</source>
        <translation>
            <numerusform>上次备份是在 %n 天前：请在&quot;备份&quot;页重新备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, to %2 (%3).</source>
        <translation>%1，备份到 %2（%3）。</translation>
    </message>
    <message>
        <source>No backup of this database has been made yet.</source>
        <translation>本数据库还从未备份过。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>kq::ui::BlankFormsPage</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>The blank form as it will be printed</source>
        <translation>空白表格的打印效果</translation>
    </message>
    <message>
        <source>A blank copy to hand out and fill in by hand: the text in force, with the centre&apos;s name and lines for the client&apos;s details. It holds no one&apos;s data.</source>
        <translation>供发放、手写填写的空白表格：现行文本，印有本机构名称，服务对象信息处留有横线。不含任何人的信息。</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>表格(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the blank form</source>
        <translation>保存空白表格</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>空白表格</translation>
    </message>
</context>
<context>
    <name>kq::ui::BookingDialog</name>
    <message>
        <source>Book clients – %1</source>
        <translation>为活动报名 – %1</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 (%n min)</source>
        <translation>
            <numerusform>%1–%2（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Facilitators:</source>
        <translation>带领者：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>名单(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save roster</source>
        <translation>保存名单(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>kq::ui::CaseActionDialog</name>
    <message>
        <source>Needs &amp;review:</source>
        <translation>需求审核(&amp;R)：</translation>
    </message>
    <message>
        <source>Willingness and &amp;circumstances:</source>
        <translation>意愿和情况(&amp;C)：</translation>
    </message>
    <message>
        <source>What the call &amp;found:</source>
        <translation>回访情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Signed &amp;paper copies (reference):</source>
        <translation>已签纸质文本（编号）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Discharge summary (reference):</source>
        <translation>出院小结（编号）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Document (reference):</source>
        <translation>文书（编号）(&amp;D)：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>复核结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>转介机构(&amp;C)：</translation>
    </message>
    <message>
        <source>Psychiatric &amp;hospital:</source>
        <translation>精神专科医院(&amp;H)：</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>如已知</translation>
    </message>
    <message>
        <source>Receiving &amp;centre:</source>
        <translation>接收机构(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Follow-up call on:</source>
        <translation>回访日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation>回访日期不是有效日期。</translation>
    </message>
    <message>
        <source>County of the new res&amp;idence:</source>
        <translation>新居住地区县(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::CasePanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>个案事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2 (overdue)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1：%2（已逾期）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Record intake assessment…</source>
        <translation>记录综合评估…</translation>
    </message>
    <message>
        <source>Write plan…</source>
        <translation>制定康复计划…</translation>
    </message>
    <message>
        <source>A plan follows the intake assessment: record it first.</source>
        <translation>康复计划须依据综合评估制定，请先记录综合评估。</translation>
    </message>
    <message>
        <source>Urgent referral to a psychiatric hospital (Ctrl+G)</source>
        <translation>紧急转诊至精神专科医院（Ctrl+G）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>文书：%1</translation>
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
    <name>kq::ui::ClientDetailWidget</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>共同签字</translation>
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
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Show &amp;ID number</source>
        <translation>显示身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>Show p&amp;hone</source>
        <translation>显示电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← 返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>基本信息(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Guardians</source>
        <translation>监护人(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>The client record was not found.</source>
        <translation>未找到该康复对象的记录。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 years</source>
        <translation>%1 · %2 · %3岁</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>County of residence</source>
        <translation>现居住区县</translation>
    </message>
    <message>
        <source>Household county</source>
        <translation>户籍所在区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Severe disorder</source>
        <translation>严重精神障碍类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>危险性评估</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，评估人：%2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Level %1, certificate %2</source>
        <translation>%1级，残疾人证号 %2</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Minimum living allowance (低保)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Living allowance for disabled people in hardship</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <source>Nursing allowance for severe disability</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <source>Guardianship reward (以奖代补)</source>
        <translation>监护以奖代补</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>享受待遇</translation>
    </message>
    <message>
        <source>Medical insurance</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Double-click to show the full number (recorded in the audit log).</source>
        <translation>双击可显示完整号码（此操作将记入审计日志）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>监护人联系电话</translation>
    </message>
    <message>
        <source>%1: %2 (this was recorded in the audit log)</source>
        <translation>%1：%2（此操作已记入审计日志）</translation>
    </message>
    <message>
        <source>That identifier is no longer on the record.</source>
        <translation>该记录中已没有此证件号或电话。</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>个案(&amp;A)</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>评估(&amp;M)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>服务记录(&amp;S)</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n min</source>
        <translation>
            <numerusform>%1 · %2 · %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Group meeting: %1</source>
        <translation>小组活动：%1</translation>
    </message>
    <message>
        <source>attendance not taken</source>
        <translation>尚未签到</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>kq::ui::ClientDialog</name>
    <message>
        <source>Open the e&amp;xisting record</source>
        <translation>打开已有记录(&amp;X)</translation>
    </message>
    <message>
        <source>Register a client</source>
        <translation>登记康复对象</translation>
    </message>
    <message>
        <source>Edit client – %1</source>
        <translation>编辑康复对象 – %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Please correct:</source>
        <translation>请更正以下问题：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>These clients look similar:
%1

Save anyway?</source>
        <translation>以下康复对象与本记录相似：
%1

仍要保存吗？</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请信息</translation>
    </message>
</context>
<context>
    <name>kq::ui::ClientEditWidget</name>
    <message>
        <source>Minimum living allowance (低保)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Living allowance for disabled people in hardship</source>
        <translation>困难残疾人生活补贴</translation>
    </message>
    <message>
        <source>Nursing allowance for severe disability</source>
        <translation>重度残疾人护理补贴</translation>
    </message>
    <message>
        <source>Guardianship reward (以奖代补)</source>
        <translation>监护以奖代补</translation>
    </message>
    <message>
        <source>18 digits; fills in birth date and gender</source>
        <translation>18 位，自动填写出生日期和性别</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F20.0</source>
        <translation>ICD-10 编码，如 F20.0</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>身份与联系方式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>County of &amp;residence:</source>
        <translation>现居住区县(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Household county:</source>
        <translation>户籍所在区县(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Diagnosis and risk</source>
        <translation>诊断与危险性评估</translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation>诊断(&amp;D)：</translation>
    </message>
    <message>
        <source>Se&amp;vere disorder:</source>
        <translation>严重精神障碍类别(&amp;V)：</translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation>危险性评估等级(&amp;K)：</translation>
    </message>
    <message>
        <source>Assess&amp;ed on:</source>
        <translation>评估日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Assess&amp;or:</source>
        <translation>评估人(&amp;O)：</translation>
    </message>
    <message>
        <source>Disability and benefits</source>
        <translation>残疾与福利待遇</translation>
    </message>
    <message>
        <source>Disability &amp;certificate:</source>
        <translation>残疾人证号(&amp;C)：</translation>
    </message>
    <message>
        <source>Disability &amp;level:</source>
        <translation>残疾等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Medical in&amp;surance:</source>
        <translation>医疗保险(&amp;S)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Case &amp;manager:</source>
        <translation>个案管理员(&amp;M)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>The birth date is not a date (use YYYY-MM-DD).</source>
        <translation>出生日期不是有效日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
    <message>
        <source>The risk assessment date is not a date (use YYYY-MM-DD).</source>
        <translation>评估日期不是有效日期（请使用 YYYY-MM-DD 格式）。</translation>
    </message>
</context>
<context>
    <name>kq::ui::ClientsPage</name>
    <message>
        <source>Search: name, pinyin or initials (zs), last digits of ID or phone</source>
        <translation>搜索：姓名、拼音或首字母（如 zs）、身份证号或电话号码末几位</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索康复对象</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>危险性评估等级</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>全部年龄段</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>全部危险等级</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>&amp;Register client…</source>
        <translation>登记康复对象(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a new client (Ctrl+N)</source>
        <translation>登记新的康复对象（Ctrl+N）</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>共 %n 名康复对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Any case manager</source>
        <translation>全部个案管理员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>County of residence</source>
        <translation>现居住区县</translation>
    </message>
    <message>
        <source>Any county</source>
        <translation>全部区县</translation>
    </message>
    <message numerus="yes">
        <source>More than %n clients; type more to narrow the list</source>
        <translation>
            <numerusform>超过 %n 名康复对象，请继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Green channel…</source>
        <translation>绿色通道(&amp;G)…</translation>
    </message>
    <message>
        <source>Urgent referral of the selected client to a psychiatric hospital (Ctrl+G)</source>
        <translation>将所选康复对象紧急转诊至精神专科医院（Ctrl+G）</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Select the client in the list first.</source>
        <translation>请先在列表中选择康复对象。</translation>
    </message>
    <message>
        <source>The green channel is for clients being assessed or in service; this client is “%1”.</source>
        <translation>绿色通道仅适用于评估中或服务中的康复对象；该康复对象当前为“%1”。</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>记录服务</translation>
    </message>
    <message>
        <source>Session logged for %1.</source>
        <translation>已为 %1 记录服务。</translation>
    </message>
    <message>
        <source>Session logged for %1, but: %2</source>
        <translation>已为 %1 记录服务，但：%2</translation>
    </message>
</context>
<context>
    <name>kq::ui::CountyEdit</name>
    <message>
        <source>Type the county name or code, e.g. 朝阳 or 110105</source>
        <translation>输入区县名称或代码，例如“朝阳”或“110105”</translation>
    </message>
</context>
<context>
    <name>kq::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>T: today · Up/Down: a day later or earlier · PageUp/PageDown: a week</source>
        <translation>T：今天 · 上/下方向键：后一天或前一天 · PageUp/PageDown：一周</translation>
    </message>
</context>
<context>
    <name>kq::ui::DocumentViewDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Verified: unchanged since signing (SHA-256 %1).</source>
        <translation>已校验：签署后未被改动（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>This document has changed since it was signed: its PDF no longer matches the SHA-256 taken on signing. Do not rely on it; tell your supervisor.</source>
        <translation>该文书在签署后已被改动：其 PDF 与签署时记录的 SHA-256 不符。请勿依据该文书，并告知主管。</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文书正文</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>kq::ui::DocumentsPanel</name>
    <message>
        <source>Sign &amp;consent…</source>
        <translation>签署知情同意书(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign ag&amp;reement…</source>
        <translation>签署服务协议(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出 PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read a document.</source>
        <translation>双击或按回车键查看文书。</translation>
    </message>
    <message>
        <source>Signed documents, newest &amp;first:</source>
        <translation>已签署文书（最新的在前）(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>from %1 until revoked</source>
        <translation>自 %1 起至撤销</translation>
    </message>
    <message>
        <source>Revoked from %1: %2</source>
        <translation>自 %1 起撤销：%2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>On paper (scan attached)</source>
        <translation>纸质签署（附扫描件）</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>屏幕签署</translation>
    </message>
    <message>
        <source>%1 signed and stored.</source>
        <translation>%1已签署并保存。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Exported to %1 (readable by you only).</source>
        <translation>已导出到 %1（仅您本人可读）。</translation>
    </message>
    <message>
        <source>The document was revoked.</source>
        <translation>该文书已撤销。</translation>
    </message>
</context>
<context>
    <name>kq::ui::DrillDownDialog</name>
    <message>
        <source>Clients behind the number</source>
        <translation>该数字对应的康复对象</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n client(s)</source>
        <translation>
            <numerusform>%1，%2：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no ID number)</source>
        <translation>%1（无身份证号）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>kq::ui::EnrolDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Connect to the platform</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Centre c&amp;ode:</source>
        <translation>机构代码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>注册码(&amp;E)：</translation>
    </message>
    <message>
        <source>This &amp;workstation&apos;s name:</source>
        <translation>本工作站名称(&amp;W)：</translation>
    </message>
    <message>
        <source>Ask the platform operator for the centre&apos;s code and a one-time enrolment code. Only the CA named here is trusted.</source>
        <translation>请向平台管理方索取机构代码和一次性注册码。只信任此处指定的 CA。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>无法读取 CA 证书文件。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate file:</source>
        <translation>CA 证书文件(&amp;F)：</translation>
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
    <message>
        <source>Centre na&amp;me:</source>
        <translation>机构名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::GoalsEditor</name>
    <message>
        <source>Add &amp;goal</source>
        <translation>添加目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Edit goal</source>
        <translation>编辑目标(&amp;E)</translation>
    </message>
    <message>
        <source>Remove goa&amp;l</source>
        <translation>删除目标(&amp;L)</translation>
    </message>
    <message>
        <source>Or press F2 in the list</source>
        <translation>也可在列表中按 F2 键</translation>
    </message>
    <message>
        <source>Or press Delete in the list</source>
        <translation>也可在列表中按 Delete 键</translation>
    </message>
</context>
<context>
    <name>kq::ui::GroupActivityDialog</name>
    <message>
        <source>New group meeting</source>
        <translation>新建小组活动</translation>
    </message>
    <message>
        <source>Group meeting – %1</source>
        <translation>小组活动 – %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>带领者(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Start t&amp;ime:</source>
        <translation>开始时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <source>A meeting every week on the same weekday up to this date (at most %1).</source>
        <translation>每周同一天举行一次，直到此日期（最多 %1 次）。</translation>
    </message>
    <message>
        <source>Repeat &amp;weekly until:</source>
        <translation>每周重复至(&amp;W)：</translation>
    </message>
    <message>
        <source>Service co&amp;ntent:</source>
        <translation>服务内容(&amp;N)：</translation>
    </message>
    <message>
        <source>Service f&amp;orm:</source>
        <translation>服务形式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>名单(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>保存活动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>kq::ui::GroupsPage</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Book clients…</source>
        <translation>报名(&amp;B)…</translation>
    </message>
    <message>
        <source>Take &amp;attendance…</source>
        <translation>签到(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Group meetings</source>
        <translation>小组活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>带领者</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>不是日期。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>出席 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未签到</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) planned.</source>
        <translation>
            <numerusform>已安排 %n 次活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting was saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>Attendance has been taken for “%1”, so its roster is kept.</source>
        <translation>“%1”已签到，名单保持不变。</translation>
    </message>
    <message>
        <source>The roster of “%1” was saved.</source>
        <translation>“%1”的名单已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Attendance saved: %n present.</source>
        <translation>
            <numerusform>签到已保存：出席 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the meeting “%1” of %2?</source>
        <translation>删除 %2 的活动“%1”？</translation>
    </message>
    <message>
        <source>The meeting was deleted.</source>
        <translation>活动已删除。</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组工作</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::GuardiansEditor</name>
    <message>
        <source>Add g&amp;uardian</source>
        <translation>添加监护人(&amp;U)</translation>
    </message>
    <message>
        <source>Guardian %1</source>
        <translation>监护人%1</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Signs with the client</source>
        <translation>与康复对象共同签字</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
</context>
<context>
    <name>kq::ui::HolidayCalendarEditor</name>
    <message>
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>(one day)</source>
        <translation>（仅一天）</translation>
    </message>
    <message>
        <source>Public holiday (no work)</source>
        <translation>法定节假日（休息）</translation>
    </message>
    <message>
        <source>Working day on a weekend (调休)</source>
        <translation>周末调休上班日</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如 国庆节</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>上班日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>From: enter a date, e.g. 2026-10-01.</source>
        <translation>起始日期：请输入日期，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>To: enter a date on or after the first day, at most %1 days later.</source>
        <translation>结束日期：请输入不早于起始日期的日期，且最多比起始日期晚 %1 天。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) added to the calendar.</source>
        <translation>
            <numerusform>已向日历添加 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the days to remove in the list first.</source>
        <translation>请先在列表中选择要删除的日期。</translation>
    </message>
</context>
<context>
    <name>kq::ui::LockDialog</name>
    <message>
        <source>Kangqiao is locked</source>
        <translation>康桥已锁定</translation>
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
        <translation>确定退出登录？锁定前未保存的内容将被丢弃。</translation>
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
    <message>
        <source>Kangqiao is locked.</source>
        <translation>康桥已锁定。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>The language was changed.</source>
        <translation>界面语言已切换。</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>备份已恢复。请重新登录。</translation>
    </message>
    <message>
        <source>The backup was restored; the database it replaced is kept as %1. Sign in again.</source>
        <translation>备份已恢复；被替换的数据库保留为 %1。请重新登录。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 The database was not changed. Sign in again.</source>
        <translation>备份未能恢复：%1 数据库未做任何更改。请重新登录。</translation>
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
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the client.</source>
        <translation>双击或按回车键可打开该康复对象的记录。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>Nothing due today or overdue</source>
        <translation>今天没有到期或逾期事项</translation>
    </message>
    <message>
        <source>Nothing due today or overdue; %1 coming up</source>
        <translation>今天没有到期或逾期事项；即将到期 %1 项</translation>
    </message>
    <message>
        <source>Overdue: %1 · due today: %2 · coming up: %3</source>
        <translation>逾期：%1 · 今天到期：%2 · 即将到期：%3</translation>
    </message>
    <message>
        <source>Showing the first %1 items; %2 more are not shown.</source>
        <translation>仅显示前 %1 项；另有 %2 项未显示。</translation>
    </message>
    <message>
        <source>Working out what is due…</source>
        <translation>正在计算待办事项…</translation>
    </message>
    <message>
        <source>The list of what is due could not be read. Try again from the Overview.</source>
        <translation>无法读取待办清单。请从“概览”重试。</translation>
    </message>
</context>
<context>
    <name>kq::ui::ParticipantsEditor</name>
    <message>
        <source>Add &amp;participant</source>
        <translation>添加参与人员(&amp;P)</translation>
    </message>
    <message>
        <source>Did not take part</source>
        <translation>未参与</translation>
    </message>
    <message>
        <source>Leave the name empty when no one of this discipline took part.</source>
        <translation>如无该专业人员参与，请将姓名留空。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Participant %1:</source>
        <translation>参与人员%1：</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>删除参与人员%1</translation>
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
    <name>kq::ui::PlanDialog</name>
    <message>
        <source>Rehabilitation plan – %1</source>
        <translation>康复计划 – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after the start unless you change it (Settings).</source>
        <translation>
            <numerusform>默认为开始日期后 %n 个月（可在“设置”中修改）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This starts from a copy of the plan of %1; change what needs changing.</source>
        <translation>已复制 %1 的康复计划作为起点，请修改需要调整的内容。</translation>
    </message>
    <message>
        <source>From &amp;assessment:</source>
        <translation>依据评估(&amp;A)：</translation>
    </message>
    <message>
        <source>Star&amp;ts on:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>复评日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>负责人(&amp;P)：</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
</context>
<context>
    <name>kq::ui::PriceItemDialog</name>
    <message>
        <source>Add a price list item</source>
        <translation>新增价目项</translation>
    </message>
    <message>
        <source>次, 月, 小时 …</source>
        <translation>次、月、小时……</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>计价单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Change a price</source>
        <translation>调整价格</translation>
    </message>
    <message>
        <source>Withdraw an item</source>
        <translation>停止价目项</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务项目：</translation>
    </message>
    <message>
        <source>Current price:</source>
        <translation>现行价格：</translation>
    </message>
    <message>
        <source>%1 per %2, in force from %3</source>
        <translation>每%2 %1，自 %3 起执行</translation>
    </message>
    <message>
        <source>&amp;Price (yuan):</source>
        <translation>价格（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>New &amp;price (yuan):</source>
        <translation>新价格（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>No longer offered &amp;from:</source>
        <translation>停止提供日期(&amp;F)：</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>执行起始日(&amp;F)：</translation>
    </message>
    <message>
        <source>Service &amp;content:</source>
        <translation>服务内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Enter the price in yuan, such as 12 or 12.50: at most two decimals, up to %1.</source>
        <translation>请以元为单位输入价格，如 12 或 12.50：最多两位小数，不超过 %1。</translation>
    </message>
</context>
<context>
    <name>kq::ui::PriceListPage</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增项目(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hange price…</source>
        <translation>调整价格(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>停止提供(&amp;W)…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>执行起始日</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>执行截止日</translation>
    </message>
    <message>
        <source>Service content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>&amp;Print public price list…</source>
        <translation>打印收费标准公示(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>执行日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <source>The item was added.</source>
        <translation>已新增该项目。</translation>
    </message>
    <message>
        <source>The new price was saved. Signed agreements keep their prices.</source>
        <translation>新价格已保存。已签署的协议仍按原价格执行。</translation>
    </message>
    <message>
        <source>The item was withdrawn.</source>
        <translation>该项目已停止提供。</translation>
    </message>
    <message>
        <source>Enter the day whose prices to print.</source>
        <translation>请输入要打印价格的日期。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Public price list</source>
        <translation>收费标准公示</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save the public price list</source>
        <translation>保存收费标准公示</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
</context>
<context>
    <name>kq::ui::RestoreDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;heck the backup</source>
        <translation>检查备份(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Replace the database</source>
        <translation>替换数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup (its .keys file must be next to it). It is checked with your account before anything is replaced; then you are told what will be replaced and decide.</source>
        <translation>请选择备份文件（其 .keys 文件须在同一位置）。替换任何内容之前，程序先用您的账户检查备份；然后告诉您将替换什么，由您决定。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>从以下文件恢复</translation>
    </message>
    <message>
        <source>Kangqiao backups (*.kqbak);;All files (*)</source>
        <translation>康桥备份 (*.kqbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the backup to restore.</source>
        <translation>请选择要恢复的备份。</translation>
    </message>
    <message>
        <source>Enter your password: the backup is opened with your account to check it.</source>
        <translation>请输入您的密码：程序要用您的账户打开备份进行检查。</translation>
    </message>
    <message>
        <source>This backup cannot be restored; nothing was changed. %1</source>
        <translation>此备份无法恢复，未做任何更改。%1</translation>
    </message>
    <message>
        <source>&lt;li&gt;This workstation&apos;s database &lt;b&gt;%1&lt;/b&gt; (last change recorded %2) is replaced by the backup. Everything recorded after the backup was written is not in it.&lt;/li&gt;</source>
        <translation>&lt;li&gt;本机数据库 &lt;b&gt;%1&lt;/b&gt;（最后一次记录于 %2）将被备份替换。备份写入之后记录的所有内容都不在其中。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&lt;li&gt;The current database is kept, with its key file, as &lt;b&gt;%1.before-restore-&amp;lt;date&amp;gt;-&amp;lt;time&amp;gt;&lt;/b&gt; next to it: nothing is deleted.&lt;/li&gt;</source>
        <translation>&lt;li&gt;当前数据库连同其密钥文件保留在原位置，名为 &lt;b&gt;%1.before-restore-&amp;lt;日期&amp;gt;-&amp;lt;时间&amp;gt;&lt;/b&gt;：不会删除任何内容。&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%n change(s) not yet sent to the platform are not in the backup and will not be sent.&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;有 %n 项尚未发送到平台的更改不在备份中，将不会发送。&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;Everyone is signed out: sign in again afterwards.&lt;/li&gt;</source>
        <translation>&lt;li&gt;所有人都将退出登录：之后请重新登录。&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;The backup passed its checks.&lt;/b&gt; %1 was written %2 and holds %n audit entries.&lt;/p&gt;&lt;p&gt;If you replace the database:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;备份已通过检查。&lt;/b&gt;%1 写于 %2，含 %n 条审计记录。&lt;/p&gt;&lt;p&gt;如果替换数据库：&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kq::ui::RevokeDocumentDialog</name>
    <message>
        <source>Revoke %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>No longer in force &amp;from:</source>
        <translation>失效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
</context>
<context>
    <name>kq::ui::RosterEditor</name>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Add from saved &amp;group</source>
        <translation>从已保存小组添加(&amp;G)</translation>
    </message>
    <message>
        <source>Sa&amp;ve roster as group…</source>
        <translation>将名单保存为小组(&amp;V)…</translation>
    </message>
    <message>
        <source>Add a client in service: name, pinyin or initials, then Enter</source>
        <translation>添加服务中的康复对象：姓名、拼音或首字母，然后按回车</translation>
    </message>
    <message>
        <source>Add a client to the roster</source>
        <translation>向名单添加康复对象</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>No client in service matches “%1”.</source>
        <translation>没有服务中的康复对象与“%1”相符。</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 已在名单上。</translation>
    </message>
    <message>
        <source>No saved groups yet</source>
        <translation>尚无已保存的小组</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n client(s))</source>
        <translation>
            <numerusform>%1（%n 人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) added from “%1”.</source>
        <translation>
            <numerusform>已从“%1”添加 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in service, not added: %1.</source>
        <translation>不在服务中，未添加：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save roster as group</source>
        <translation>将名单保存为小组</translation>
    </message>
    <message>
        <source>Name of the group (a group of the same name is replaced):</source>
        <translation>小组名称（同名小组将被替换）：</translation>
    </message>
    <message>
        <source>The roster was saved as “%1”.</source>
        <translation>名单已保存为“%1”。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 on the roster, capacity %2</source>
        <translation>名单 %1 人，容量 %2 人</translation>
    </message>
    <message>
        <source>%1 / %2 (over capacity)</source>
        <translation>%1 / %2（超出容量）</translation>
    </message>
</context>
<context>
    <name>kq::ui::RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>kq::ui::ScaleForm</name>
    <message>
        <source>(not answered)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1. %2:</source>
        <translation>%1. %2：</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>kq::ui::ServicesEditor</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1（已停止提供）</translation>
    </message>
    <message>
        <source>Add ser&amp;vice</source>
        <translation>添加服务(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. twice a week</source>
        <translation>例如 每周两次</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>服务形式：</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Service %1:</source>
        <translation>服务%1：</translation>
    </message>
    <message>
        <source>Remove service %1</source>
        <translation>删除服务%1</translation>
    </message>
</context>
<context>
    <name>kq::ui::SessionDialog</name>
    <message numerus="yes">
        <source>This log was written more than %n day(s) ago. Your changes are kept as an amendment next to the original; say why below.</source>
        <translation>
            <numerusform>此记录写于 %n 天前。您的修改将作为更正与原记录一并保存；请在下方说明理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1, who wrote this log, may change it until %2.</source>
        <translation>只有记录人 %1 可在 %2 之前修改此记录。</translation>
    </message>
    <message>
        <source>Session log – %1</source>
        <translation>服务记录 – %1</translation>
    </message>
    <message>
        <source>Session log of %1 – %2</source>
        <translation>%1 的服务记录 – %2</translation>
    </message>
    <message>
        <source>&amp;Risk noticed: the client needs attention soon</source>
        <translation>发现风险(&amp;R)：需尽快关注该康复对象</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted content; a session may cover several.</source>
        <translation>空格键勾选或取消当前服务内容；一次服务可包含多项。</translation>
    </message>
    <message>
        <source>What was done, how the client responded, what you noticed</source>
        <translation>做了什么、康复对象的反应、观察到的情况</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>下次预约时间</translation>
    </message>
    <message>
        <source>&amp;Date, start, duration:</source>
        <translation>日期、开始、时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Service &amp;contents:</source>
        <translation>服务内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Service f&amp;orm:</source>
        <translation>服务形式(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Plan &amp;goal:</source>
        <translation>计划目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Obser&amp;vations:</source>
        <translation>观察记录(&amp;V)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation>下次预约(&amp;A)：</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>更正理由(&amp;M)：</translation>
    </message>
    <message>
        <source>Save &amp;amendment</source>
        <translation>保存更正(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save log</source>
        <translation>保存记录(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(a goal of an earlier plan)</source>
        <translation>（以前计划的目标）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amendments&lt;/b&gt; (the log above shows the amended text):</source>
        <translation>&lt;b&gt;更正记录&lt;/b&gt;（上方显示的是更正后的内容）：</translation>
    </message>
    <message>
        <source>%1 was “%2”</source>
        <translation>%1 原为“%2”</translation>
    </message>
    <message>
        <source>%1 by %2: %3. %4</source>
        <translation>%1 由 %2 更正：%3。%4</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 14:30.</source>
        <translation>“%1”不是时间；请写成 14:30。</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>工作人员(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>kq::ui::SessionsPanel</name>
    <message>
        <source>&amp;Log a session…</source>
        <translation>记录服务(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+J (记录), also from the client list</source>
        <translation>Ctrl+J（记录），在康复对象列表中也可使用</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Content or topic</source>
        <translation>内容或主题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Sessions and group meetings</source>
        <translation>服务与小组活动</translation>
    </message>
    <message>
        <source>Enter or double-click opens the log.</source>
        <translation>按回车或双击打开记录。</translation>
    </message>
    <message>
        <source>Risk noticed</source>
        <translation>发现风险</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>个案服务</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Attendance not taken</source>
        <translation>尚未签到</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message numerus="yes">
        <source>%n session log(s)</source>
        <translation>
            <numerusform>%n 条服务记录</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%n group meeting(s) attended</source>
        <translation>
            <numerusform>参加小组活动 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The session log was saved.</source>
        <translation>服务记录已保存。</translation>
    </message>
    <message>
        <source>The session log was saved, but: %1</source>
        <translation>服务记录已保存，但：%1</translation>
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
    <message>
        <source>Case workflow</source>
        <translation>个案流程</translation>
    </message>
    <message>
        <source>From a plan or periodic assessment to the next periodic assessment.</source>
        <translation>从制定康复计划或阶段性评估到下一次阶段性评估的间隔。</translation>
    </message>
    <message>
        <source>Periodic re&amp;view every:</source>
        <translation>阶段性评估间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Save case &amp;workflow settings</source>
        <translation>保存个案流程设置(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Plans and periodic assessments from now on are reviewed after %n month(s).</source>
        <translation>
            <numerusform>已保存。今后的康复计划和阶段性评估将在 %n 个月后复评。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused until both are signed</source>
        <translation>签署两项文书前不予记录</translation>
    </message>
    <message>
        <source>Allowed, with a warning</source>
        <translation>允许记录，但给出提醒</translation>
    </message>
    <message>
        <source>Service without a signed consent and a&amp;greement:</source>
        <translation>未签署知情同意书和服务协议时的服务记录(&amp;G)：</translation>
    </message>
    <message>
        <source>Lock after &amp;idle for:</source>
        <translation>空闲多久后锁定(&amp;I)：</translation>
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
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
</context>
<context>
    <name>kq::ui::SignatureField</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z in the pad)</source>
        <translation>删除最后一笔（在签名板中按 Ctrl+Z）</translation>
    </message>
    <message>
        <source>Remove the whole signature (Delete in the pad)</source>
        <translation>清除整个签名（在签名板中按 Delete）</translation>
    </message>
</context>
<context>
    <name>kq::ui::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signature pad. Ctrl+Z undoes the last stroke, Delete clears it.</source>
        <translation>签名板。Ctrl+Z 撤销最后一笔，Delete 清除签名。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>kq::ui::SigningDialog</name>
    <message>
        <source>Signed on &amp;paper (attach the scan)</source>
        <translation>纸质签署（附扫描件）(&amp;P)</translation>
    </message>
    <message>
        <source>Choose &amp;scan…</source>
        <translation>选择扫描件(&amp;S)…</translation>
    </message>
    <message>
        <source>No scan attached.</source>
        <translation>未附扫描件。</translation>
    </message>
    <message>
        <source>Sign %1 – %2</source>
        <translation>签署%1 — %2</translation>
    </message>
    <message>
        <source>P&amp;review of the text to be signed:</source>
        <translation>待签署文本预览(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>文本语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>e.g. 每周2次</source>
        <translation>如 每周2次</translation>
    </message>
    <message>
        <source>Ser&amp;vices (tick to agree):</source>
        <translation>服务项目（勾选表示同意）(&amp;V)：</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>期限起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Term &amp;until (last day):</source>
        <translation>期限截止（最后一天）(&amp;U)：</translation>
    </message>
    <message>
        <source>Records &amp;kept for:</source>
        <translation>记录保存年限(&amp;K)：</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>康复对象：%1</translation>
    </message>
    <message>
        <source>Guardian: %1 (required: the client is under 14)</source>
        <translation>监护人：%1（必须：康复对象未满14周岁）</translation>
    </message>
    <message>
        <source>Guardian: %1 (optional)</source>
        <translation>监护人：%1（可选）</translation>
    </message>
    <message>
        <source>Staff member: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>Scan of the signed paper</source>
        <translation>纸质签署件扫描</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scan is larger than %1 MB.</source>
        <translation>扫描件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The scan could not be read: %1</source>
        <translation>无法读取扫描件：%1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2 KB)</source>
        <translation>已附：%1（%2 KB）</translation>
    </message>
    <message>
        <source>No text: %1</source>
        <translation>无文本：%1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequency of %1</source>
        <translation>%1的频次</translation>
    </message>
</context>
<context>
    <name>kq::ui::StaffTrainingPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Direct service</source>
        <translation>直接服务</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>本年培训小时</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>培训情况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>&amp;Add training…</source>
        <translation>添加培训(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a training record (Ctrl+N)</source>
        <translation>添加培训记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete the selected training record (Delete)</source>
        <translation>删除所选培训记录（Delete）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Training records of the selected staff member:</source>
        <translation>所选工作人员的培训记录(&amp;T)：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not counted: no direct service</source>
        <translation>不计入：不直接提供服务</translation>
    </message>
    <message>
        <source>Short of %1 h</source>
        <translation>不足 %1 小时</translation>
    </message>
    <message>
        <source>Meets %1 h</source>
        <translation>达到 %1 小时</translation>
    </message>
    <message>
        <source>Saved the profile of %1.</source>
        <translation>已保存 %1 的资质信息。</translation>
    </message>
    <message>
        <source>The training record was added.</source>
        <translation>培训记录已添加。</translation>
    </message>
    <message>
        <source>Delete training record</source>
        <translation>删除培训记录</translation>
    </message>
    <message>
        <source>Delete the training “%1” of %2 (%3 h)?</source>
        <translation>删除 %2 的培训“%1”（%3 小时）？</translation>
    </message>
    <message>
        <source>The training record was deleted.</source>
        <translation>培训记录已删除。</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>工作人员培训</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Qualification of %1</source>
        <translation>%1的资质</translation>
    </message>
</context>
<context>
    <name>kq::ui::StandardRuleDialog</name>
    <message>
        <source>Standardised-service rule</source>
        <translation>规范服务认定规则</translation>
    </message>
    <message>
        <source>A client in service counts as receiving standardised service when, on the last day of the month, every ticked requirement is met:</source>
        <translation>服务中的康复对象在当月最后一天满足所有勾选的要求，即视为接受规范服务：</translation>
    </message>
    <message>
        <source>Tick at least one requirement.</source>
        <translation>请至少勾选一项要求。</translation>
    </message>
</context>
<context>
    <name>kq::ui::StatisticsPage</name>
    <message>
        <source>&amp;Hide counts below %1 (for sharing outside the centre)</source>
        <translation>隐藏小于 %1 的数字(&amp;H)（用于向机构外部提供）</translation>
    </message>
    <message>
        <source>Change &amp;rule…</source>
        <translation>修改规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>&amp;Indicators of the month (Enter on a client number lists the clients):</source>
        <translation>本月指标(&amp;I)（在康复对象数字上按回车可列出康复对象）：</translation>
    </message>
    <message>
        <source>Your role may not see statistics.</source>
        <translation>您的角色不能查看统计。</translation>
    </message>
    <message>
        <source>Clients in service: %1</source>
        <translation>服务中的康复对象：%1</translation>
    </message>
    <message>
        <source>Standardised service: %1% (%2 of %3 clients)</source>
        <translation>规范服务：%1%（%3 人中 %2 人）</translation>
    </message>
    <message>
        <source>Standardised service: no clients to count</source>
        <translation>规范服务：没有可统计的康复对象</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>Clients served: %1</source>
        <translation>接受服务的康复对象：%1</translation>
    </message>
    <message>
        <source>Qualified staff: %1% (%2 of %3; target %4%)</source>
        <translation>具备资质的工作人员：%1%（%3 人中 %2 人；目标 %4%）</translation>
    </message>
    <message>
        <source>Staff short of %1 h training: %2</source>
        <translation>培训不足 %1 小时的工作人员：%2</translation>
    </message>
    <message>
        <source>Standardised service means: %1</source>
        <translation>规范服务的含义：%1</translation>
    </message>
    <message>
        <source>Press Enter or double-click to list the clients.</source>
        <translation>按回车或双击列出康复对象。</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 中 %2）</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>The standardised-service rule was saved.</source>
        <translation>规范服务认定规则已保存。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>There is nothing you may export.</source>
        <translation>没有您可以导出的内容。</translation>
    </message>
    <message>
        <source>Unknown export format %1.</source>
        <translation>未知的导出格式 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Counting the figures for %1…</source>
        <translation>正在统计 %1 的数据…</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
</context>
<context>
    <name>kq::ui::SyncPage</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Connect to the platform…</source>
        <translation>连接平台(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep the &amp;platform&apos;s value</source>
        <translation>保留平台的值(&amp;P)</translation>
    </message>
    <message>
        <source>Keep &amp;this workstation&apos;s value</source>
        <translation>保留本工作站的值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>康复对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Platform&apos;s value</source>
        <translation>平台的值</translation>
    </message>
    <message>
        <source>This workstation&apos;s value</source>
        <translation>本工作站的值</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>Another workstation changed the same field, or the platform refused a change. Nothing was overwritten: choose which value the record keeps.</source>
        <translation>其他工作站修改了同一字段，或平台拒绝了某项修改。没有任何内容被覆盖：请选择记录保留哪个值。</translation>
    </message>
    <message>
        <source>Synced with the platform.</source>
        <translation>已与平台同步。</translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation>（被拒绝：%1）</translation>
    </message>
    <message>
        <source>Centre %1 (%2) at %3 · this workstation: %4 · connected %5</source>
        <translation>机构 %1（%2），平台 %3 · 本工作站：%4 · 连接于 %5</translation>
    </message>
    <message>
        <source>This workstation is not connected to a platform. Records stay on this computer until it is.</source>
        <translation>本工作站未连接平台。记录会保留在本机，直到连接为止。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>待发送的修改：%1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>&amp;Connect again…</source>
        <translation>重新连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Connected to the platform; the first sync has started.</source>
        <translation>已连接平台，首次同步已开始。</translation>
    </message>
    <message>
        <source>Resolved; the decision goes to the platform with the next sync.</source>
        <translation>已处理；此决定将随下一次同步发送到平台。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>kq::ui::SyncStatusIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n 项修改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>%1 changes to send</source>
        <translation>%1 项更改待发送</translation>
    </message>
</context>
<context>
    <name>kq::ui::TemplatesPage</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Click a placeholder to insert it at the cursor.</source>
        <translation>点击占位符，将其插入到光标处。</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>文书(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Text (HTML):</source>
        <translation>文本（HTML）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Placeholders (click to insert):</source>
        <translation>占位符（点击插入）(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;review with sample values:</source>
        <translation>示例预览(&amp;R)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Shipped with Kangqiao</source>
        <translation>康桥随附</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>Saved as version %1. Documents already signed keep their version.</source>
        <translation>已保存为第 %1 版。已签署的文书仍保留原版本。</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>文书模板</translation>
    </message>
</context>
<context>
    <name>kq::ui::TrainingRecordDialog</name>
    <message>
        <source>Add a training record</source>
        <translation>添加培训记录</translation>
    </message>
    <message>
        <source>e.g. 2 or 1.5</source>
        <translation>如 2 或 1.5</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>工作人员(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>小时数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return</source>
        <translation>回车或 Ctrl+Return</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>Enter the hours as a number such as 2 or 1.5 (at most two decimals).</source>
        <translation>请以数字输入小时数，如 2 或 1.5（最多两位小数）。</translation>
    </message>
</context>
<context>
    <name>kq::ui::WeekCalendarPage</name>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>显示前一周</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>显示后一周</translation>
    </message>
    <message>
        <source>Show the current week</source>
        <translation>显示本周</translation>
    </message>
    <message>
        <source>Go to the week of</source>
        <translation>转到所在周</translation>
    </message>
    <message>
        <source>Shows the week that holds this date.</source>
        <translation>显示包含此日期的那一周。</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>转到(&amp;G)：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Only this person&apos;s sessions, appointments and group activities.</source>
        <translation>只显示此人的服务、预约和小组活动。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>工作人员(&amp;T)：</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the client or the group activity.</source>
        <translation>双击或按回车打开康复对象或小组活动。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 所在周</translation>
    </message>
    <message>
        <source>%1: your role may not see the calendar.</source>
        <translation>%1：您的角色不能查看日历。</translation>
    </message>
    <message>
        <source>%1: sessions %2, group activities %3, appointments %4</source>
        <translation>%1：服务 %2 次，小组活动 %3 次，预约 %4 个</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>kq::ui::WeekGridModel</name>
    <message>
        <source>Group: %1 (%2/%3)</source>
        <translation>小组：%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>during the day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>%1 Session with %2: %3. Staff: %4</source>
        <translation>%1 与 %2 的服务：%3。工作人员：%4</translation>
    </message>
    <message>
        <source>%1 Appointment with %2. Staff: %3</source>
        <translation>%1 与 %2 的预约。工作人员：%3</translation>
    </message>
    <message>
        <source>attendance taken</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>attendance not yet taken</source>
        <translation>尚未签到</translation>
    </message>
    <message>
        <source>%1 Group activity: %2, %3 of %4 places taken, %5. Facilitators: %6</source>
        <translation>%1 小组活动：%2，已报名 %3/%4，%5。带领者：%6</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: nothing</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>kangqiao %1: the database failed: %2</source>
        <translation>kangqiao %1：数据库出错：%2</translation>
    </message>
    <message>
        <source>kangqiao: unknown command &apos;%1&apos; (commands: init, demo, check, recover, case, due, stats, enrol, sync, backup, restore; see --help)</source>
        <translation>kangqiao：未知命令“%1”（命令：init、demo、check、recover、case、due、stats、enrol、sync、backup、restore；参见 --help）</translation>
    </message>
    <message>
        <source>Case records for community mental-health rehabilitation centres.
Commands: init, demo, check, recover, case, due, stats, enrol, sync, backup, restore (kangqiao COMMAND --help).</source>
        <translation>精神障碍社区康复服务机构的个案记录。
命令：init、demo、check、recover、case、due、stats、enrol、sync、backup、restore（kangqiao 命令 --help）。</translation>
    </message>
    <message>
        <source>an argument</source>
        <translation>一个参数</translation>
    </message>
    <message>
        <source>kangqiao %1: %2: the value is not UTF-8 text</source>
        <translation>kangqiao %1：%2：该值不是 UTF-8 文本</translation>
    </message>
</context>
</TS>
