## 通知与同意
notice =
    您好，我是「帮扶通」小助手 🤝
    我可以帮您几分钟内查一查能申请哪些帮扶：生活救助、技能培训、医疗保障、子女助学。

    📄 隐私说明（第 { $version } 版）：
    · 我们只保存帮您查询和申请所需的信息，不会问您的姓名和身份证号。
    · 收入、健康、子女等信息会加密保存，只有负责您事务的工作人员能看到。
    · 您随时可以发 /privacy 查看我们保存了什么，发 /delete 全部删除。
notice-more =
    📄 隐私说明详细版（第 { $version } 版）
    · 处理者：工会帮扶服务中心。
    · 目的：判断您可申请的帮扶项目，协助申请，转接工作人员。
    · 保存的内容：您的对话选择、回答和申请材料；不保存姓名、身份证号、手机号。
    · 保存期限：您删除为止，或最后一次使用后两年。
    · 您的权利：查看（/privacy）、更正（结果页「修改回答」）、撤回同意、删除（/delete）。
    · 敏感信息（收入、健康、未成年子女）会在问之前再单独征求您的同意。
notice-agree = ✅ 同意，开始
notice-read-more = 📄 看详细说明
notice-decline = 不同意
notice-declined =
    好的，我们不会保存您的信息。
    您仍然可以发 /help 了解帮扶项目。想用的时候，发 /start 就可以。
notice-thanks = 谢谢您的信任！
sensitive-ask =
    接下来会问几个关于收入、健康和子女的问题（大约 2 分钟）。
    这些是敏感信息，我们会加密保存，只用来判断您能得到哪些帮扶。
    您同意我们处理这些信息吗？随时可以在 /privacy 里撤回。
sensitive-agree = ✅ 同意，开始提问
sensitive-decline = 暂不
sensitive-declined =
    没关系。不回答这些问题，我们没法帮您判断补助，但您可以：
    · 点「找工作人员」和人工聊
    · 随时点「查一查能领什么」重新开始
sensitive-withdrawn = 已撤回敏感信息同意，您的收入、健康和子女信息已删除。
sensitive-withdrawn-submitted = 已提交、还在审核中的 { $count } 份申请会保留提交时的回答，直到有结果。想撤回申请可以发 /status，想删除全部信息可以发 /delete。

## 菜单
menu-title = 请问需要什么帮助？点下面的按钮就行 👇
menu-screen = 🔍 查一查能领什么
menu-results = 📋 我的上次结果
menu-human = 🙋 找工作人员
menu-privacy = 🔒 我的信息
menu-language = 🌐 English
welcome-back = 欢迎回来！我们接着上次的问题继续。
help =
    「帮扶通」小助手能帮您：
    🔍 /start — 查一查能申请哪些帮扶（约 3 分钟）
    📋 /status — 看看我的申请进度
    🙋 /human — 找工作人员
    👋 /leave — 结束等待或结束和工作人员的对话
    🔒 /privacy — 看看我们保存了您的什么信息
    🗑 /delete — 删除您的全部信息
    🌐 /lang — 切换语言 / Switch to English
    ✋ /cancel — 停止当前的问答
    回答问题时，直接点按钮，或者打字回答都可以。

## 问答
flow-progress = （第 { $n }/{ $total } 题）
flow-why = ❓为什么问这个
flow-back = ⬅️ 上一题
flow-done = ✔️ 选好了
flow-old-button = 这个按钮是之前问题的，已经失效了。我们现在在这一题：
flow-already-answered = 这一题已经记下了 👍
flow-updated = 问题有更新，您之前的回答都保留着，只需要补充几题。
flow-cancelled = 好的，已经停下，这次的回答没有保存。想重新开始时点「查一查能领什么」。
flow-nothing-to-cancel = 现在没有进行中的问答。
flow-too-many-misses = 好像有点难回答？可以点「找工作人员」让人来帮您。
flow-misses-caseworker-asked = 好像有点难回答？工作人员已经在来帮您的路上，会在这里回复您。您也可以继续回答。

problem-empty = 没有收到内容，请再回答一次。
problem-not_a_number = 「{ $typed }」好像不是数字。请输入一个数字，比如 4500 或 “4千5”。
problem-negative = 这个数不能是负数，请再输入一次。
problem-not_whole = 请输入整数，比如 3。
problem-too-small = 这个数太小了，最小是 { $min }。
problem-too-large = 这个数好像太大了（最多 { $max }），请再确认一下。
problem-pick-one = 没看懂「{ $typed }」。请点下面的一个按钮，或者输入选项前面的数字。
problem-pick-some = 没看懂「{ $typed }」。请点下面的按钮选择（可以多选），或输入数字，比如 “1 3”。
problem-not-text = { $kind ->
    [sticker] 收到您的表情了 😊 不过这一题需要文字或按钮回答。
    [photo] 收到图片了，不过这一题还用不到图片。请用文字或按钮回答。
    [voice] 暂时听不了语音，请打字或点按钮回答。
   *[other] 这一题需要文字或按钮回答。
}
edited-note = 我们看到您修改了一条消息。修改已发出的消息不会改变回答；想改回答，请点「上一题」，或在结果页点「修改回答」。
not-understood = 我还不太明白您的意思 🙏 可以点下面的按钮：
unsupported-outside-flow = 我现在只能看懂文字和按钮哦。

q-household = 您家里一起生活的一共几口人？（包括您自己）
why-household = 补助按「家庭人均收入」来算，所以需要知道家里几口人。
q-income = 全家每个月的总收入大约多少钱？（工资、养老金等加起来，写个大概就行，比如 4500）
why-income = 大部分救助看家庭人均收入是否低于当地标准。只用于判断，加密保存。
q-housing = 您现在住的房子是？
why-housing = 用来判断能不能帮您申请公租房、廉租房。
q-situations = 家里有没有下面的情况？（可多选，选好点「选好了」）
why-situations = 单亲、家有病人或残疾人、受灾、意外，都是困难认定常见的理由。
q-illness = 家里有人生病或住院吗？（可多选）
why-illness = 医疗救助、大病互助、绿色通道都看这个。健康信息加密保存。
q-medical-costs = 今年看病，医保报销以后自己花了多少钱？（大概数就行）
why-medical-costs = 医疗救助按自付部分的 30%–50% 补助，需要知道大概金额。
q-insured = 您参加医保了吗？（职工医保或居民医保）
why-insured = 没参加的话，我们可以指导您参保或补缴。
q-income-drop = 最近几个月，家里收入是不是突然减少了？（比如请假照顾病人、停工、受灾）
why-income-drop = 收入突然减少，可能可以申请一次性的临时生活补贴。
q-children = 家里有几个孩子还在上学，或者还没上学？（没有就点 0）
why-children = 用来判断教育补贴、夏令营、助学金等。
q-school = 孩子在上什么学？（可多选）
why-school = 不同学段的补贴标准不同，比如大学学费补贴 5,000 元。
q-career = 您想不想学新技能、换岗位或者创业？（可多选）
why-career = 工会有免费技能培训（数控、电工、焊工、家政、电商等）、转岗推荐和创业扶持。

opt-housing-own = 自己的房子
opt-housing-renting = 租房
opt-housing-dormitory_or_none = 住宿舍 / 借住 / 没有固定住处
opt-situations-single_parent = 单亲家庭
opt-situations-elder_on_medication = 老人长期吃药
opt-situations-disabled_member = 家里有残疾人
opt-situations-disaster = 遭了灾（水灾、火灾等）
opt-situations-accident = 出了意外 / 工伤
opt-situations-none = 都没有
opt-illness-self_chronic = 我本人有慢性病
opt-illness-self_critical = 我本人得了大病（癌症、透析等）
opt-illness-family_hospitalised = 家人住院了
opt-illness-family_critical = 家人得了大病
opt-illness-none = 都没有
opt-insured-yes = 参加了
opt-insured-no = 没参加
opt-insured-unsure = 不清楚
opt-income-drop-yes = 是，减少了
opt-income-drop-no = 没有
opt-school-preschool = 幼儿园 / 学前
opt-school-compulsory = 小学 / 初中
opt-school-high_school = 高中 / 中职
opt-school-university = 大学（本科 / 专科）
opt-school-none = 都没在上学
opt-career-skills_training = 学技能（免费培训）
opt-career-job_transfer = 换岗位
opt-career-startup = 想创业
opt-career-counselling = 想找人聊聊职业规划
opt-career-none = 暂时不需要

## 结果
results-title = 📋 查询结果出来了（政策版本 { $version }）
results-eligible = ✅ 您可以申请：
results-maybe = 🟡 可能可以，需要材料或工作人员确认：
results-none = 按您的回答，暂时没有完全符合的项目。工作人员可以帮您再看看。
results-line = · { $name }
results-more-services = 其他可以使用的服务：{ $names }
results-footer = 点下面的项目名称，看原因和下一步。结果仅供参考，以审核为准。
results-learn = ℹ️ { $name }
results-all = 📚 全部项目
results-edit = ✏️ 修改回答
results-menu = 🏠 主菜单
results-none-yet = 您还没有做过查询。
results-human = 🙋 找工作人员
programme-why = 为什么：
programme-next = 下一步：
programme-verdict-eligible = ✅ 按您的回答，符合条件
programme-verdict-maybe = 🟡 可能符合，需要确认
programme-verdict-ineligible = ❌ 暂不符合
programme-unknown = 没找到这个项目，可能已经下线了。
programme-back = ⬅️ 返回结果
all-programmes-title = 📚 全部帮扶项目：
edit-title = 想改哪一题？点一下就能改：
edit-answer-line = { $n }. { $question }：{ $answer }
## 人工
handoff-recorded = 好的，已经为您登记，工作人员会尽快联系您（一般在工作日 24 小时内）。您可以继续在这里留言。
handoff-already = 已经请工作人员来帮您了，工作人员会在这里回复您。不想等了可以点「结束等待」或发 /leave。

## 隐私
privacy-title = 🔒 我们保存的您的信息：
privacy-alias = · 称呼：{ $alias }（系统生成，不是您的名字）
privacy-language = · 语言：{ $language }
privacy-consent = · 同意记录：{ $purpose }，第 { $version } 版，{ $date }{ $withdrawn }
privacy-consent-withdrawn = （已撤回）
privacy-purpose-notice = 隐私说明
privacy-purpose-sensitive = 敏感信息
privacy-answers = · 您的回答：
privacy-answers-none = · 您的回答：没有保存
privacy-screenings = · 查询结果：{ $count } 次
privacy-handoffs = · 人工求助：{ $count } 次
privacy-never = 我们不会向您要姓名、身份证号和手机号。如果您在和工作人员的对话里写了，它们会加密保存，工作人员看到的是遮盖后的号码，只有负责您的工作人员说明理由后才能查看，并且会留下记录。
privacy-withdraw = 撤回敏感信息同意
privacy-delete = 🗑 删除我的全部信息
delete-confirm = ⚠️ 确定要删除您的全部信息吗？包括回答、查询结果和求助记录，删除后无法恢复。
delete-yes = 确定删除
delete-no = 不删了
delete-done = 已经全部删除。谢谢您使用帮扶通，需要时发 /start 就能重新开始。
delete-kept = 好的，什么都没有删除。
delete-expired = 这个确认按钮已经过期了，请重新发 /delete。
language-set = 已切换为中文。
language-choose = 请选择语言 / Choose a language:
error-generic = 抱歉，系统刚才出了点问题，您的回答没有丢失。请稍后再发一次。
button-expired = 这个按钮已经失效了（可能是之前的消息）。请看下面的选项：
results-line-amount = · { $name }：{ $amount }
results-exclusive = ⚠️ { $first } 和 { $second } 不能同时领取，申请时请选一项。
problem-not_a_count = 「{ $typed }」好像不是数字。请输入人数，比如 3。
problem-implausible = 「{ $typed }」元好像太少了，是不是 { $thousands } 元？请输入完整金额，比如 { $thousands }。
list-separator = 、
language-zh-CN = 中文
language-en = 英文
label-household = 家庭人口
label-income = 家庭月收入
label-housing = 住房
label-situations = 家庭情况
label-illness = 生病或住院
label-medical-costs = 今年自付医疗费
label-insured = 医保
label-income-drop = 收入突然减少
label-children = 上学或未上学的孩子
label-school = 孩子学段
label-career = 职业打算
privacy-answers-unfinished = · 还没答完的问卷里的回答：
crisis-before-notice = 您的安全最重要。如果您或身边的人正面临危险，请马上拨打：{ $hotline }。点下面的「同意」后，我们会马上请工作人员联系您。
