## 打字理解：确认听到的情况
understood-heard = 我从您的话里听明白了这些：
understood-fact-line = · { $fact }：{ $value }
understood-consent-note = 这些属于收入、健康等敏感信息。点「对，就按这个查」即表示您同意我们加密保存，只用来判断您能得到哪些帮扶，随时可以在 /privacy 撤回。
understood-confirm-ask = 上面说得对吗？对的话我就按这个帮您查，剩下的只问几题。
understood-confirm-why = 您已经说过的情况就不用再答一遍了，这样能少问几题。
understood-confirm-yes = ✅ 对，就按这个查
understood-confirm-edit = ✏️ 修改（从头一题一题答）
understood-updated = 好的，已按您说的改了：

## 打字理解：各种请求
understood-apply-pick = 好的，想申请的话，先看看这个项目的条件和下一步 👇
understood-apply-results = 好的！下面是您上次的查询结果，点项目名称就能看到怎么申请 👇
understood-apply-screen-first = 好的！想申请的话，先花两三分钟查一查您能申请哪些项目，结果里会告诉您怎么申请。
understood-status-none = 您还没有在这里提交过申请，所以暂时没有进度可查。
understood-status-results = 您做过查询，可以点「我的上次结果」看看能申请什么。
understood-status-help = 如果您是在线下或别的渠道提交的申请，工作人员可以帮您查。
understood-event-lead = 想报名参加活动，好的！目前活动还不能在这里直接报名，可以请工作人员帮您登记：
understood-event-ask = 🙋 请工作人员帮我报名：{ $name }
understood-unsubscribe = 明白了。我们现在不会主动给您发活动或宣传通知，只在您自己查询、申请或求助时回复您。以后有了通知设置，您随时可以关掉。
understood-cannot-decide = 能不能领、领多少，都按政策规定和工作人员的审核来定，我这里没法更改。您可以这样继续：
understood-back-to-question = 我们接着刚才的问题：

## 打字理解：回答项目问题
answer-from-catalogue = 根据帮扶项目目录（政策版本 { $version }）：
answer-beyond-catalogue = 您问的这一点（比如时间、地点、费用、利息）项目目录里没有写，我不确定 🙏 可以请工作人员帮您确认。目录里关于这个项目写的是：
answer-amount = 金额：{ $amount }
answer-share = { $base }的 { $min }%–{ $max }%
answer-share-cap = ，最多 { $cap }
answer-by-stage = { $list }（每年）
answer-conditions = 条件：{ $conditions }
answer-next = 怎么申请：{ $next }
answer-planned = 这个项目还在计划中，暂时不能申请。
answer-footer = 以上都摘自项目目录，能不能领、领多少以审核为准。想知道自己能领什么，点「查一查能领什么」。
answer-unknown = 这个问题我不确定 🙏 帮扶项目目录里没有找到相关的内容。可以请工作人员帮您解答，或者看看全部项目。
answer-learn = ℹ️ { $name }

## 给工作人员的案件摘要
summary-mark = 🤖 机器生成的摘要（仅供参考，请以原始记录为准）
summary-reason = · 求助原因：{ $reason }
summary-programme = · 相关项目：{ $name }
summary-facts = · 已知情况：{ $facts }
summary-eligible = · 按最近一次查询可能符合：{ $names }
summary-said = · 职工打字说过（已去除个人信息）：{ $quotes }
summary-nothing = · 职工还没有在这里留下文字或查询记录。
summary-reason-worker_asked = 职工主动找工作人员
summary-reason-worker_typed = 职工打字要求找人
summary-reason-flow_struggle = 职工答题遇到困难

## 隐私
privacy-typed-messages = · 您打字说的话：{ $count } 条（已去除身份证号、电话和姓名，加密保存，用来让工作人员了解您的情况）
