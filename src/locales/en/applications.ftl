## Applying in chat, documents and /status.

programme-apply = 📝 Apply for this
apply-screen-first = Before applying, please take the two-minute eligibility check, so you don't have to answer the same questions twice.
apply-ineligible = From your answers in the check, you do not meet the conditions for "{ $name }" at the moment:
apply-ineligible-next = If things have changed, change your answers and check again; if this looks wrong, a caseworker can look at it with you.
apply-started = Starting your application for "{ $name }", reference { $ref }. Questions you already answered won't be asked again.
apply-resumed = Carrying on with your application for "{ $name }" ({ $ref }); everything you filled in is still there.
apply-already-open = You have already applied for "{ $name }" ({ $ref }); its status is: { $status }. You can't apply twice for the same programme; see its progress under "My applications".
apply-excluded = "{ $name }" and "{ $other }" cannot both be paid, and you already have an application for "{ $other }" ({ $ref }). To switch, withdraw that one first, or talk to a caseworker.
apply-via-events = "{ $name }" is an event: no form to fill in. To sign up:
apply-not-offered = "{ $name }" is not open for applications yet; we will tell everyone when it opens.
apply-refused = This application cannot go on. A caseworker can answer your questions.
apply-gone = This application is no longer being filled in. Send /status to see all your applications.
apply-status-button = 📋 My applications
apply-later = Finish later (saved)
apply-button-not-current = That button belongs to application { $ref }, which is no longer being filled in, so nothing was changed. Send /status to see your applications.

apply-doc-ask = 📎 Please upload: { $name }
apply-doc-ask-optional = 📎 You may upload: { $name } (optional; skip it if you don't have it)
apply-doc-many = Photos or PDFs; you can pick several at once.
apply-doc-have = Got { $count } file(s) for "{ $name }". Send more if there are any, then tap "That's all".
apply-doc-done = ✅ That's all
apply-doc-skip = ⏭ Skip this one
apply-sort-ask = Which document are the { $count } file(s) you sent earlier?
apply-sort-none = None of these: delete them
apply-file-received = ✅ Got "{ $name }".
apply-album-received = The photos of this album are kept together as one document.
apply-file-kept-aside = 📎 Got your file. It's kept safe; when we get to the documents you'll be asked which one it is.
apply-file-no-draft = You have no application in progress, so this file was not kept. To apply, open a programme from your results and tap "Apply for this"; if a caseworker asked for it, send it in your conversation with them.
apply-file-too-big = This file is { $size } MB, too big: the limit is { $limit } MB. Send photos instead, or split the PDF.
apply-file-wrong-type = Files like "{ $name }" can't be accepted. Please send photos, images (JPG, PNG) or PDFs.
apply-file-kept-nothing = This file was not kept; the documents you uploaded before are all still there.
apply-requested-received = ✅ Got the "{ $name }" you were asked for; application { $ref } goes on with its review.

apply-summary-title = 📋 Please check your application for "{ $name }" ({ $ref }):
apply-summary-documents = Documents:
apply-summary-doc = ✓ { $name }: { $count } file(s)
apply-summary-doc-none = — { $name }: not uploaded
apply-summary-no-documents = (no documents needed)
apply-summary-check = Tap a button to change something; if all is right, tap "Submit".
apply-submit = ✅ Submit
apply-not-complete = A document is still missing; add it and you can submit:
apply-submitted = 🎉 Submitted! Reference { $ref } ({ $name }), status: submitted.
apply-submitted-next = Next: { $stages }. We'll tell you as soon as anything changes; send /status any time.

app-stage-initial_review = first review
app-stage-home_visit = home visit
app-stage-public_notice = public notice

app-status-title = 📋 Your applications:
app-status-none = You have no applications yet. After the eligibility check, open a programme in your results to apply.
app-status-line = { $ref } · { $name }
    Status: { $status } ({ $date })
app-status-draft = being filled in
app-status-submitted = submitted
app-status-initial_review = in first review
app-status-home_visit = home visit due
app-status-public_notice = on public notice
app-status-needs_info = more information needed
app-status-approved = approved
app-status-rejected = not approved
app-status-paid = paid
app-status-withdrawn = withdrawn
app-next-draft = Next: finish it and submit.
app-next-submitted = Next: a caseworker starts the first review within a few working days.
app-next-initial_review = Next: you'll hear when the first review is done.
app-next-home_visit = Next: a caseworker will call to arrange a home visit.
app-next-public_notice = Next: the result comes after the public notice period.
app-next-needs_info = Next: please send the document the caseworker asked for, right here.
app-next-approved = Next: waiting for payment.
app-next-rejected = A caseworker can explain why, if you ask.
app-next-paid = Paid.
app-next-withdrawn = This application was withdrawn.
app-continue = ✏️ Continue { $ref }
app-withdraw = ↩️ Withdraw { $ref }
app-withdraw-confirm = Withdraw application { $ref }? It can't be undone, though you may apply again.
app-withdraw-yes = Yes, withdraw
app-withdraw-no = No, keep it
app-withdrawn = Application { $ref } was withdrawn.
app-withdraw-refused = Application { $ref } is already "{ $status }" and can no longer be withdrawn. A caseworker can answer your questions.
app-unknown = No application { $ref } was found. Send /status to see yours.

form-funded-elsewhere = Has this child already received other school funding this year (a school grant or support from another organisation)?
form-funded-elsewhere-why = One child can receive one education subsidy a school year, so that the money reaches more families.
form-funded-elsewhere-yes = Yes, already funded
form-funded-elsewhere-no = No
form-funded-elsewhere-refused = A child already funded elsewhere this school year cannot also receive the education subsidy, so this application has stopped. A caseworker can tell you about other help.
