## Reminders and progress notices
reminder-draft =
    Your application for "{ $programme }" ({ $reference }) has not been submitted yet.
    Finish it and it goes to a caseworker for review; send /status to see what is missing.
reminder-document =
    A caseworker is still waiting for: { $documents } (application { $reference }, "{ $programme }").
    Just send a photo or a file here.
reminder-stop = No more reminders
reminder-stopped =
    All right, no more reminders to finish a form or send documents.
    We will still tell you when your application moves on.
reminder-resume = Turn reminders back on
reminder-resumed = Reminders are back on.
notice-status =
    { $status ->
        [needs_info] Your application for "{ $programme }" ({ $reference }) needs more information{ $count ->
            [0] : please see the caseworker's note.
           *[other] : { $documents }. Just send a photo or a file here.
        }
        [approved] Good news: your application for "{ $programme }" ({ $reference }) has been approved.
        [rejected] We are sorry: your application for "{ $programme }" ({ $reference }) was not approved. Send /status for the reason, or /human to talk to a caseworker.
        [paid] Your "{ $programme }" payment ({ $reference }) has been made; please check your account.
       *[other] Your application for "{ $programme }" ({ $reference }) is being reviewed.
    }
