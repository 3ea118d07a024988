## 提醒与进度通知
reminder-draft =
    您的「{ $programme }」申请（{ $reference }）还没有提交。
    接着填完就可以交给工作人员审核了，发 /status 可以看看还差什么。
reminder-document =
    工作人员还在等您补充材料：{ $documents }（申请 { $reference }，「{ $programme }」）。
    直接拍照或发文件给我就可以。
reminder-stop = 不再提醒
reminder-stopped =
    好的，以后不再提醒您补填或补交材料。
    您的申请有进展时，我们仍会告诉您。
reminder-resume = 恢复提醒
reminder-resumed = 好的，已恢复提醒。
notice-status =
    { $status ->
        [needs_info] 您的「{ $programme }」申请（{ $reference }）需要补充材料{ $count ->
            [0] ，请留意工作人员的说明。
           *[other] ：{ $documents }。直接拍照或发文件给我就可以。
        }
        [approved] 好消息！您的「{ $programme }」申请（{ $reference }）已经批准了。
        [rejected] 很遗憾，您的「{ $programme }」申请（{ $reference }）没有通过。发 /status 可以看原因，有疑问发 /human 找工作人员。
        [paid] 您的「{ $programme }」补助（{ $reference }）已经发放，请留意到账。
       *[other] 您的「{ $programme }」申请（{ $reference }）正在审核中。
    }
