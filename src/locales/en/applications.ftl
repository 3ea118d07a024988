## Applying in chat
results-apply = 📝 Apply: { $name }
app-started = 📝 Applying for "{ $name }" (reference { $reference }). A few questions, then your documents, then you check and submit.
app-resumed = 📝 Carrying on with "{ $name }" (reference { $reference }).
app-ineligible = From your last answers, "{ $name }" is not open to you because of these conditions:
app-ineligible-next = If your situation changed, change your answers and check again; if this looks wrong, a caseworker can look at it with you.
app-refused = This application cannot go on under the rules.
app-refused-planned = "{ $name }" is still being planned and cannot be applied for yet. A caseworker can note that you need it.
app-refused-event = "{ $name }" is an event: no application, you sign up instead. { $next }
app-refused-open = You have already applied for "{ $name }": reference { $reference }, { $status } ({ $date }). No need to apply again; you can follow it any time.
app-refused-excluded = "{ $name }" and "{ $other }" cannot both be paid under the policy. You have an application for "{ $other }" (reference { $reference }, { $status }). To apply for "{ $name }" instead, withdraw that one first, or ask a caseworker which suits you better.

## Extra questions
label-funded-elsewhere = Funded elsewhere already
form-funded-elsewhere = Has your child already received other school funding this school year (a grant from the school or the government)?
form-funded-elsewhere-why = A child cannot be funded twice in the same school year, so we check this first.
form-funded-elsewhere-yes = Yes, already funded
form-funded-elsewhere-no = No
form-funded-elsewhere-refused = A child already funded this school year cannot get the education subsidy too, so this application stops here. If that is not right, a caseworker can check it with you.

## Documents
app-doc-progress = (Document { $n }/{ $total })
app-doc-ask = Please send: { $name }{ $multiple ->
    [true] {" "}(several are fine)
   *[false] {""}
}{ $required ->
    [true] {""}
   *[false] {" "}(skip if you do not have it)
}
app-doc-how = A photo or a PDF both work; you can pick several and send them together.
app-doc-have = { $count ->
    [one] 1 file received. Send more if there are more.
   *[other] { $count } files received. Send more if there are more.
}
app-doc-next = ✅ Done, next
app-doc-skip = ⏭ I don't have it, skip
app-later = Continue later
app-later-kept = Fine, everything you entered is kept. Send /status or tap below to carry on.
app-doc-text = This step needs a photo or a file.
app-doc-unsupported = { $kind ->
    [sticker] A sticker cannot be a document 😊 Please send a photo or a file.
    [voice] A voice message cannot be a document; please send a photo or a file.
   *[other] This kind of message cannot be a document; please send a photo or a file.
}
app-doc-done = { $count ->
    [one] ✓ { $name }: 1 file received
   *[other] ✓ { $name }: { $count } files received
}
app-doc-redo = Fine, please send "{ $name }" again; the earlier files are removed.
app-classify = { $count ->
    [one] Which document is the file you sent earlier?
   *[other] Which document are the { $count } files you sent earlier?
}
app-classify-none = None of these, remove
app-file-received = ✓ Received: { $name }
app-file-received-more = ✓ Got "{ $name }". Send more if there are more, then tap "Done, next".
app-file-for-later = ✓ File kept for you; at the documents step we will ask which one it is.
app-file-unsorted = ✓ File received.
app-file-kept = ✓ File kept on your "{ $name }" application (reference { $reference }); we will ask which document it is when you carry on.
app-continue = ▶️ Carry on
app-file-duplicate = We already have this file; no need to send it again.
app-file-too-large = This file is { $size } MB, above the { $limit } MB limit, so it was not kept. Send photos instead, or split the PDF.
app-file-wrong-type = "{ $name }" is a kind of file we cannot take, so it was not kept. Please send photos (JPG, PNG, HEIC, WebP) or a PDF.
app-file-sticker = That is a sticker, not a document, so it was not kept 😊 Please send a photo or a PDF.
app-file-no-draft = You have no application being filled in, so this file was not kept. To apply, tap "📝 Apply" in your result; send /status to follow applications already sent.
app-draft-gone = This application is no longer being filled in (it may be submitted or withdrawn). Send /status to see all of them.
app-button-other = That button belongs to your "{ $name }" application (reference { $reference }), not the one you are filling in now, so nothing was done. Send /status to see all of them.
app-not-draft = Your "{ $name }" application (reference { $reference }) is now "{ $status }"; it can no longer be changed or given documents.
app-not-yours = That application was not found. Send /status to see all of yours.
app-request-fulfilled = ✓ Got "{ $document }" and passed it to the caseworker. Your "{ $name }" application (reference { $reference }) is back in review.
app-request-more = ✓ Got "{ $document }". The caseworker needs more; send /status to see what is missing.

## Check and submit
app-summary-title = Please check your application: "{ $name }" (reference { $reference })
app-summary-answers = Answers:
app-summary-answer = { $n }. { $question }: { $answer }
app-summary-documents = Documents:
app-summary-document = { $n }. { $name } × { $count }
app-summary-check = Tap ✏️ and a number to change an answer, 📎 and a number to send a document again; if all is right, tap "Submit".
app-submit = ✅ Submit
app-submit-missing = A required document is still missing; add it before submitting.
app-submit-ineligible = With your answers as they are now, "{ $name }" is not open to you because of these conditions, so it was not submitted:
app-submit-ineligible-next = If an answer is wrong, tap ✏️ and its number to change it; if this looks wrong, a caseworker can look at it with you.
app-submitted = ✅ Submitted!
    "{ $name }" reference: { $reference }
    Next: { $chain }. You will hear here after each step; send /status any time.

## Status
app-status-button = 📋 My applications
app-status-none = You have not applied for anything here yet. Check what you can get first, then tap "📝 Apply" in the result.
app-status-title = 📋 Your applications:
app-status-entry = { $n }. { $name } ({ $reference })
app-status-line = {"   "}Status: { $status } · { $date }
app-status-continue = ▶️ Carry on with { $n }
app-status-withdraw = ↩️ Withdraw { $n }
app-status-draft = being filled in
app-status-submitted = submitted
app-status-initial_review = first review
app-status-home_visit = home visit
app-status-public_notice = public notice
app-status-needs_info = documents needed
app-status-approved = approved
app-status-rejected = not approved
app-status-paid = paid
app-status-withdrawn = withdrawn
app-next-draft = {"   "}Next: add the documents, then submit
app-next-submitted = {"   "}Next: waiting for review ({ $chain })
app-next-initial_review = {"   "}Next: a caseworker is reviewing it ({ $chain })
app-next-home_visit = {"   "}Next: a caseworker will contact you for a home visit ({ $chain })
app-next-public_notice = {"   "}Next: public notice, approval after it ends ({ $chain })
app-next-needs_info = {"   "}Next: send the documents the caseworker asked for
app-next-needs-document = {"   "}Next: send "{ $document }": just take a photo and send it here
app-next-approved = {"   "}Next: waiting for payment
app-next-rejected = {"   "}A caseworker can explain the decision
app-next-paid = {"   "}Done
app-next-withdrawn = {"   "}Withdrawn; you can apply again if you need to
app-withdraw-ask = Withdraw your "{ $name }" application (reference { $reference })? To get it later you would apply again.
app-withdraw-yes = Yes, withdraw
app-withdraw-no = Don't withdraw
app-withdrawn = Your "{ $name }" application (reference { $reference }) is withdrawn.
app-withdraw-refused = Your "{ $name }" application (reference { $reference }) is already "{ $status }": a decided application cannot be withdrawn. A caseworker can help if you have questions.
app-submitted-referred = This programme needs a caseworker to judge your situation; your application has been passed to one, who will contact you here.
apply-screening-underway = Your eligibility check is not finished yet (you stopped at question { $n }). Finish it and the result lets you apply for "{ $name }" straight away. If you apply now, the unfinished answers of this check are not kept.
apply-screening-finish = Finish the check first
apply-screening-leave = Apply for "{ $name }" now
