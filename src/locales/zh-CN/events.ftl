## Events, camps and classes
event-invite =
    📣 活动邀请：{ $title }
    🕒 时间：{ $when }
    📍 地点：{ $where }
event-join = ✅ 参加
event-not-this-time = 这次不参加
event-sign-up-child = ✅ 为孩子报名
event-remind-24h = ⏰ 提醒：您报名的「{ $title }」明天 { $when } 开始，地点：{ $where }。
event-remind-1h = ⏰ 提醒：「{ $title }」一小时后（{ $when }）开始，地点：{ $where }。
event-offer = 🎉 「{ $title }」空出一个名额，留给您到 { $until }。要接受吗？
event-offer-accept = ✅ 接受名额
event-offer-decline = 不需要了
event-offer-accepted = 好的，名额已为您确认。
event-offer-expired = 抱歉，这个名额的保留时间已过，已让给下一位。
event-offer-declined = 好的，名额已让给下一位。
event-joined = ✅ 已报名「{ $title }」。活动前一天和前一小时会提醒您。
event-waiting = 「{ $title }」名额已满，已为您排在候补名单第 { $position } 位。有空位时会第一时间通知您。
event-declined-noted = 好的，这次就不打扰了。以后有合适的活动再告诉您。
event-closed = 抱歉，这个活动已经结束报名了。
event-already = 您已经报过名了。
event-wrong-stage = 这个活动只接受以下学段的孩子：{ $stages }。
event-not-found = 抱歉，找不到这个活动了。
event-which-child = 为哪个孩子报名？
event-child = 第 { $n } 个孩子
event-which-stage = 孩子现在在哪个学段？
stage-preschool = 学前
stage-compulsory = 小学或初中
stage-high_school = 高中
stage-university = 大学
