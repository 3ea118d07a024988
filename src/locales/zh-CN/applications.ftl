## Applying in chat, documents and /status.

programme-apply = 📝 申请这一项
apply-screen-first = 申请前，请先花两三分钟做个资格自测，这样您已经回答过的问题就不用再填一遍。
apply-ineligible = 按您自测时的回答，暂时不符合「{ $name }」的条件：
apply-ineligible-next = 如果您的情况有变化，可以修改回答重新自测；觉得不对的话，也可以找工作人员帮您看看。
apply-started = 好的，开始申请「{ $name }」，申请编号 { $ref }。您之前回答过的问题不会再问。
apply-resumed = 接着填写「{ $name }」的申请（编号 { $ref }），之前填的都还在。
apply-already-open = 您已经申请过「{ $name }」（编号 { $ref }），现在的状态是：{ $status }。同一项目不能重复申请，可以在「我的申请」里查看进度。
apply-excluded = 「{ $name }」和「{ $other }」不能同时领取，您已经有一份「{ $other }」的申请（编号 { $ref }）。如需改申请，请先撤回那一份，或找工作人员商量。
apply-via-events = 「{ $name }」是活动，不需要填申请表，报名方式如下：
apply-not-offered = 「{ $name }」还没有开放申请，开放后会通知大家。
apply-refused = 这份申请不能继续了。如有疑问，请找工作人员。
apply-gone = 这份申请已经不在填写中了。发送 /status 可以查看您的所有申请。
apply-status-button = 📋 我的申请
apply-later = 稍后再填（已自动保存）
apply-button-not-current = 这个按钮属于申请 { $ref }，它现在已经不在填写中，所以没有做任何改动。发送 /status 查看您的申请。

apply-doc-ask = 📎 请上传：{ $name }
apply-doc-ask-optional = 📎 可以上传：{ $name }（不是必需的，没有可以跳过）
apply-doc-many = 可以拍照或发 PDF，一次选多张也可以。
apply-doc-have = 已收到「{ $name }」{ $count } 个文件。还有就继续发，传完了点「传好了」。
apply-doc-done = ✅ 传好了
apply-doc-skip = ⏭ 跳过这一项
apply-sort-ask = 您之前发来的 { $count } 个文件，是下面哪一份材料？
apply-sort-none = 都不是，删掉它们
apply-file-received = ✅ 收到「{ $name }」。
apply-album-received = 这一组照片会作为一份材料一起保存。
apply-file-kept-aside = 📎 文件收到了，先帮您保存着，到上传材料那一步再请您说明是哪份材料。
apply-file-no-draft = 您现在没有正在填写的申请，这个文件没有保存。想申请某个项目，请在自测结果里点开项目，再点「申请这一项」；如果是工作人员要的材料，请在对话里直接发给工作人员。
apply-file-too-big = 这个文件有 { $size } MB，太大了，最大只能 { $limit } MB。可以拍照片发，或者把 PDF 分成几份。
apply-file-wrong-type = 「{ $name }」这种文件收不了。请发照片、图片（JPG、PNG）或 PDF。
apply-file-kept-nothing = 这个文件没有保存，您之前上传的材料都还在。
apply-requested-received = ✅ 收到您补充的「{ $name }」，申请 { $ref } 会继续审核。

apply-summary-title = 📋 请核对「{ $name }」的申请（编号 { $ref }）：
apply-summary-documents = 材料：
apply-summary-doc = ✓ { $name }：{ $count } 个文件
apply-summary-doc-none = — { $name }：未上传
apply-summary-no-documents = （这一项不需要材料）
apply-summary-check = 有要改的，点对应的按钮；都对的话，点「提交申请」。
apply-submit = ✅ 提交申请
apply-not-complete = 还差一点材料，补上就能提交：
apply-submitted = 🎉 申请已提交！编号 { $ref }（{ $name }），状态：已提交。
apply-submitted-next = 接下来：{ $stages }。有进展会第一时间告诉您，也可以随时发 /status 查看。

app-stage-initial_review = 初审
app-stage-home_visit = 入户走访
app-stage-public_notice = 公示

app-status-title = 📋 您的申请：
app-status-none = 您还没有申请。做完资格自测后，在结果里点开项目就可以申请。
app-status-line = { $ref } · { $name }
    状态：{ $status }（{ $date }）
app-status-draft = 填写中
app-status-submitted = 已提交
app-status-initial_review = 初审中
app-status-home_visit = 待入户走访
app-status-public_notice = 公示中
app-status-needs_info = 需要补充材料
app-status-approved = 已批准
app-status-rejected = 未通过
app-status-paid = 已发放
app-status-withdrawn = 已撤回
app-next-draft = 下一步：填完并提交。
app-next-submitted = 下一步：工作人员会在几个工作日内开始初审。
app-next-initial_review = 下一步：初审完成后会通知您。
app-next-home_visit = 下一步：工作人员会联系您约上门走访的时间。
app-next-public_notice = 下一步：公示期结束后出结果。
app-next-needs_info = 下一步：请按工作人员的要求补充材料，直接在这里发就行。
app-next-approved = 下一步：等待发放。
app-next-rejected = 如有疑问，可以找工作人员了解原因。
app-next-paid = 已经发放完毕。
app-next-withdrawn = 这份申请已撤回。
app-continue = ✏️ 继续填写 { $ref }
app-withdraw = ↩️ 撤回 { $ref }
app-withdraw-confirm = 确定要撤回申请 { $ref } 吗？撤回后不能恢复，需要的话可以重新申请。
app-withdraw-yes = 确定撤回
app-withdraw-no = 不撤回
app-withdrawn = 申请 { $ref } 已撤回。
app-withdraw-refused = 申请 { $ref } 已经是「{ $status }」，不能再撤回了。有疑问可以找工作人员。
app-unknown = 没有找到申请 { $ref }。发送 /status 查看您的申请。

form-funded-elsewhere = 这个孩子今年有没有已经领到别的助学资助（比如学校的助学金或其他单位的资助）？
form-funded-elsewhere-why = 同一个孩子同一学年只能领一份教育补贴，这样有限的钱能帮到更多家庭。
form-funded-elsewhere-yes = 已经领到了
form-funded-elsewhere-no = 没有
form-funded-elsewhere-refused = 同一个孩子同一学年已经领到别的助学资助，就不能再领教育补贴了，这份申请已停止。可以找工作人员问问其他帮助。
