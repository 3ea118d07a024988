case-from-caseworker = { $name }（工作人员）：{ $text }
case-claimed = 工作人员{ $name }已经接手您的求助。您直接在这里留言，我们会转给{ $name }；{ $name }的回复也会发到这里。
case-leave-button = 结束和工作人员的对话
case-left = 好的，和工作人员的对话已结束。
case-closed = 工作人员已结束这次对话。
case-rate-ask = 这次帮助对您有用吗？请打个分：1 分最差，5 分最好。
case-rate-option = { $stars } 分
case-rated = 谢谢您的评分，我们会继续改进。
case-rate-done = 您已经评过分了，谢谢。
case-already-closed = 这次对话已经结束了。还需要帮助，可以随时发 /human。
case-crisis-hotline = 您的安全最重要。如果您或身边的人正面临危险，请马上拨打：{ $hotline }。我们已经通知工作人员，会尽快联系您。
case-after-hours = 现在是工作人员的休息时间，预计{ $inDays ->
    [0] 今天
    [1] 明天
   *[other] { $weekday ->
        [1] 周一
        [2] 周二
        [3] 周三
        [4] 周四
        [5] 周五
        [6] 周六
       *[7] 周日
    }
} { $time } 以后回复您。有急事请拨打 110 或 120。
case-flow-struggle = 这道题好像不好回答，我们已经请工作人员来帮您。您也可以继续回答。
case-document-request = 工作人员需要您补充一份材料：{ $document }。请直接在这里拍照发给我们。
summary-reason-crisis = 职工的话里有危机或危险的迹象
summary-reason-needs_judgement = 筛查或申请结果需要工作人员判断
case-decision-approved = 好消息：您的「{ $programme }」申请（{ $reference }）已经通过审核。工作人员说明：{ $reason }
case-decision-rejected = 您的「{ $programme }」申请（{ $reference }）这次没有通过。工作人员说明：{ $reason }。有疑问可以直接在这里问工作人员。
case-passed-on = 已经请工作人员来帮您了，这条消息也转给了工作人员。有人接手后会在这里回复您。
case-stop-waiting-button = 结束等待
case-stopped-waiting = 好的，不再等工作人员了。还需要帮助，可以随时发 /human。
