## 在对话里申请
results-apply = 📝 申请：{ $name }
app-started = 📝 开始申请「{ $name }」（编号 { $reference }）。先补几个问题，再上传材料，最后核对提交。
app-resumed = 📝 接着填写「{ $name }」（编号 { $reference }）。
app-ineligible = 按您上次查询的回答，「{ $name }」暂不符合这些条件：
app-ineligible-next = 如果情况有变化，可以修改回答重新查；觉得不对，可以请工作人员帮您看看。
app-refused = 这个申请按规定不能继续。
app-refused-planned = 「{ $name }」还在计划中，暂时不能申请。有需要可以请工作人员帮您记下。
app-refused-event = 「{ $name }」是活动，不用填申请，按报名方式参加：{ $next }
app-refused-open = 您已经申请过「{ $name }」了：编号 { $reference }，{ $status }（{ $date }）。不用重复申请，可以随时查看进度。
app-refused-excluded = 「{ $name }」和「{ $other }」按政策不能同时领取。您已有「{ $other }」的申请（编号 { $reference }，{ $status }）。想改申请「{ $name }」的话，可以先撤回那一项，或请工作人员帮您看看哪个更合适。

## 补充问题
label-funded-elsewhere = 是否已获其他资助
form-funded-elsewhere = 孩子这学年是否已经拿到其他助学资助（比如学校或政府的助学金）？
form-funded-elsewhere-why = 同一学年同一个孩子不能重复资助，所以需要先确认。
form-funded-elsewhere-yes = 是，已经拿到了
form-funded-elsewhere-no = 没有
form-funded-elsewhere-refused = 同一学年已获其他资助的，不能再申请教育补贴，这次申请先不继续了。如果情况不是这样，可以请工作人员帮您确认。

## 上传材料
app-doc-progress = （材料 { $n }/{ $total }）
app-doc-ask = 请上传：{ $name }{ $multiple ->
    [true] （可多张）
   *[false] {""}
}{ $required ->
    [true] {""}
   *[false] （没有可以跳过）
}
app-doc-how = 拍照或发 PDF 都可以，一次可以选多张一起发。
app-doc-have = 已收到 { $count } 个文件。还有就接着发。
app-doc-next = ✅ 好了，下一项
app-doc-skip = ⏭ 没有，跳过
app-later = 稍后再继续
app-later-kept = 好的，您填的内容都保存着。想继续时发 /status 或点下面的按钮。
app-doc-text = 这一步需要照片或文件哦。
app-doc-unsupported = { $kind ->
    [sticker] 表情贴纸不能当材料哦 😊 请拍照或发文件。
    [voice] 语音不能当材料，请拍照或发文件。
   *[other] 这种消息不能当材料，请拍照或发文件。
}
app-doc-done = ✓ { $name }：已收到 { $count } 个文件
app-doc-redo = 好的，请重新上传「{ $name }」，原来的文件已删除。
app-classify = 您之前发来的 { $count } 个文件，是哪一种材料？
app-classify-none = 都不是，删掉
app-file-received = ✓ 已收到：{ $name }
app-file-received-more = ✓ 收到「{ $name }」。还有就接着发，发完点「好了，下一项」。
app-file-for-later = ✓ 文件先替您存着，到上传材料那一步再问是哪种。
app-file-unsorted = ✓ 文件已收到。
app-file-kept = ✓ 文件已存到您的「{ $name }」申请（编号 { $reference }），继续填写时会问您是哪种材料。
app-continue = ▶️ 继续填写
app-file-duplicate = 这个文件之前已经收到过了，不用再发。
app-file-too-large = 这个文件有 { $size } MB，超过了 { $limit } MB 的上限，没有保存。请拍照发送，或把 PDF 分成几份再发。
app-file-wrong-type = 「{ $name }」这种文件收不了，没有保存。请发照片（JPG、PNG、HEIC、WebP）或 PDF。
app-file-sticker = 这是表情贴纸，不能当材料，没有保存 😊 请拍照或发 PDF。
app-file-no-draft = 您现在没有正在填写的申请，这个文件没有保存。想申请的话，先在查询结果里点「📝 申请」；已提交的申请可以发 /status 查看。
app-draft-gone = 这个申请已经不在填写中了（可能已提交或撤回）。发 /status 可以看所有申请。
app-button-other = 这个按钮是「{ $name }」申请（编号 { $reference }）的，不是您现在正在填写的那一项，所以没有操作。发 /status 可以看所有申请。
app-not-draft = 「{ $name }」申请（编号 { $reference }）现在是「{ $status }」，不能再修改或上传材料了。
app-not-yours = 没有找到这个申请。发 /status 可以看您所有的申请。
app-request-fulfilled = ✓ 收到「{ $document }」，已交给工作人员。您的「{ $name }」申请（编号 { $reference }）继续审核。
app-request-more = ✓ 收到「{ $document }」。工作人员还要其他材料，发 /status 可以看还缺什么。

## 核对与提交
app-summary-title = 请核对您的申请：「{ $name }」（编号 { $reference }）
app-summary-answers = 回答：
app-summary-answer = { $n }. { $question }：{ $answer }
app-summary-documents = 材料：
app-summary-document = { $n }. { $name } × { $count }
app-summary-check = 要改回答点 ✏️ 和序号，要重传材料点 📎 和序号；都对了就点「提交申请」。
app-submit = ✅ 提交申请
app-submit-missing = 还差必交的材料，补上后才能提交。
app-submit-ineligible = 按您现在的回答，「{ $name }」不符合这些条件，所以还没有提交：
app-submit-ineligible-next = 如果填错了，点 ✏️ 和序号改一下；觉得不对，可以请工作人员帮您看看。
app-submitted = ✅ 已提交！
    「{ $name }」申请编号：{ $reference }
    接下来：{ $chain }。每一步有结果都会在这里通知您，随时发 /status 查看进度。

## 申请进度
app-status-button = 📋 我的申请
app-status-none = 您还没有在这里提交过申请。可以先查一查能领什么，在结果里点「📝 申请」。
app-status-title = 📋 您的申请：
app-status-entry = { $n }. { $name }（{ $reference }）
app-status-line = 　状态：{ $status } · { $date }
app-status-continue = ▶️ 继续填写 { $n }
app-status-withdraw = ↩️ 撤回 { $n }
app-status-draft = 填写中
app-status-submitted = 已提交
app-status-initial_review = 初审
app-status-home_visit = 入户核查
app-status-public_notice = 公示
app-status-needs_info = 待补材料
app-status-approved = 已批准
app-status-rejected = 未通过
app-status-paid = 已发放
app-status-withdrawn = 已撤回
app-next-draft = 　下一步：补完材料后提交
app-next-submitted = 　下一步：等待审核（{ $chain }）
app-next-initial_review = 　下一步：工作人员初审中（{ $chain }）
app-next-home_visit = 　下一步：工作人员会联系您上门核查（{ $chain }）
app-next-public_notice = 　下一步：公示中，公示期满后批准（{ $chain }）
app-next-needs_info = 　下一步：请按工作人员的要求补交材料
app-next-needs-document = 　下一步：请补交「{ $document }」，直接拍照发到这里就行
app-next-approved = 　下一步：等待发放
app-next-rejected = 　有疑问可以请工作人员解释
app-next-paid = 　已完成
app-next-withdrawn = 　已撤回，需要的话可以重新申请
app-withdraw-ask = 确定撤回「{ $name }」申请（编号 { $reference }）吗？撤回后要领的话得重新申请。
app-withdraw-yes = 是，撤回
app-withdraw-no = 不撤回
app-withdrawn = 已撤回「{ $name }」申请（编号 { $reference }）。
app-withdraw-refused = 「{ $name }」申请（编号 { $reference }）已经是「{ $status }」，有了结果就不能撤回了。有疑问可以请工作人员帮您。
app-submitted-referred = 这一项需要工作人员根据您的情况来判断，已经转给工作人员，他们会在这里联系您。
apply-screening-underway = 您的资格查询还没答完（停在第 { $n } 题）。答完后，结果里就能直接申请「{ $name }」。现在就申请的话，这次查询没答完的回答不会保留。
apply-screening-finish = 先答完查询
apply-screening-leave = 现在申请「{ $name }」
