case-from-caseworker = { $name } (caseworker): { $text }
case-claimed = Caseworker { $name } is now looking after your request. Write here and we pass it on to { $name }; their replies come here too.
case-leave-button = End the conversation with the caseworker
case-left = All right, the conversation with the caseworker has ended.
case-closed = The caseworker has ended this conversation.
case-rate-ask = Did this help you? Please give a score: 1 is worst, 5 is best.
case-rate-option = { $stars }
case-rated = Thank you for your score; it helps us do better.
case-rate-done = You have already given a score, thank you.
case-already-closed = This conversation has already ended. If you need help again, send /human at any time.
case-crisis-hotline = Your safety comes first. If you or someone near you is in danger, call now: { $hotline }. We have told a caseworker, who will contact you as soon as possible.
case-after-hours = Caseworkers are off duty now; expect an answer { $inDays ->
    [0] today
    [1] tomorrow
   *[other] on { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
} after { $time }. In an emergency call 110 or 120.
case-flow-struggle = This question seems hard to answer, so we have asked a caseworker to help you. You can also carry on answering.
case-document-request = The caseworker needs one more document from you: { $document }. Please take a photo and send it here.
summary-reason-crisis = the worker's words suggest crisis or danger
summary-reason-needs_judgement = a screening or application result needs a caseworker's judgement
case-decision-approved = Good news: your application for { $programme } ({ $reference }) has been approved. The caseworker says: { $reason }
case-decision-rejected = Your application for { $programme } ({ $reference }) was not approved this time. The caseworker says: { $reason }. You can ask the caseworker about it here.
case-passed-on = A caseworker has already been asked to help you, and this message has been passed on. When one takes up your request, they will answer here.
case-stop-waiting-button = Stop waiting
case-stopped-waiting = All right, you are no longer waiting for a caseworker. If you need help again, send /human at any time.
