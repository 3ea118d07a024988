## Notices and broadcasts
notices-unsubscribed = 好的，以后不再给您发送活动和宣传通知。与您本人申请有关的消息仍会照常发送。想恢复时发送 /subscribe。
notices-subscribed = 好的，已恢复通知。可以选择想收到哪些：
notices-settings = 您想收到哪些通知？点一下开启或关闭：
notices-done = 好的，已保存。
notices-done-button = 完成
notice-kind-health_talk = 健康讲座
notice-kind-event = 活动与夏令营
notice-kind-campaign = 送温暖、送清凉等慰问活动
notice-kind-policy_news = 政策消息
broadcast-progress =
    📤 群发{ $status ->
        [sending] 进行中
        [paused] 已暂停
        [cancelled] 已取消
        [finished] 已完成
       *[other] （{ $status }）
    }
    共 { $total } 人：已发送 { $sent }，失败 { $failed }，跳过 { $skipped }，剩余 { $remaining }
    预计还需约 { $eta } 分钟
broadcast-usage =
    用法：/broadcast 后面换行写通知内容。第一行可写筛选条件，例如：
    /broadcast kind=campaign illness=self_chronic children=yes stages=compulsory programmes=medical-aid status=approved lang=zh-CN
    送清凉活动通知……
broadcast-preview = 将发送给 { $count } 人。内容如下：
broadcast-send = ✅ 发送
broadcast-test = 先发给我看看
broadcast-discard = 放弃
broadcast-discarded = 已放弃这次群发。
broadcast-scheduled = 已开始发送，进度会在下面更新。
broadcast-awaiting-approval = 这次要发给 { $count } 人，需要另一位管理员批准后才会开始。
broadcast-approval-request = 管理员发起了一次群发，共 { $count } 人，需要您批准：
broadcast-approve = ✅ 批准
broadcast-approved = 已批准，开始发送。
broadcast-same-admin = 需要另一位管理员批准，不能自己批准。
broadcast-not-now = 现在不能这样操作（状态：{ $status }）。
broadcast-no-recipients = 没有符合条件的人，未发送。
broadcast-bad-filter = 看不懂筛选条件「{ $part }」。{ broadcast-usage }
broadcast-pause = ⏸ 暂停
broadcast-resume = ▶️ 继续
broadcast-cancel = ✖️ 取消
broadcast-done = 好的（状态：{ $status }）。
