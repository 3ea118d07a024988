## Free text: confirming what was understood
understood-heard = Here is what I understood from your message:
understood-fact-line = · { $fact }: { $value }
understood-consent-note = These are sensitive details such as income and health. Tapping "Yes, check with this" means you agree that we keep them encrypted and use them only to find the help you can get; you can withdraw this any time in /privacy.
understood-confirm-ask = Is that right? If so, I will check with it and ask only the few questions left.
understood-confirm-why = What you have already told me need not be answered again, so there are fewer questions.
understood-confirm-yes = ✅ Yes, check with this
understood-confirm-edit = ✏️ Change it (answer one by one)
understood-updated = All right, changed as you said:

## Free text: requests
understood-apply-pick = Sure. To apply, first see this programme's conditions and next step 👇
understood-apply-results = Sure! Here is your last result; tap a programme to see how to apply 👇
understood-apply-screen-first = Sure! To apply, first take two or three minutes to check what you can get; the result tells you how to apply.
understood-status-none = You have not submitted an application here yet, so there is no progress to show.
understood-status-results = You have checked before: tap "My last result" to see what you can apply for.
understood-status-help = If you applied in person or elsewhere, a caseworker can look it up for you.
understood-event-lead = You would like to join an event, great! Events cannot be signed up for here yet, but a caseworker can put your name down:
understood-event-ask = 🙋 Ask a caseworker to sign me up: { $name }
understood-unsubscribe = Understood. We do not send you event or campaign notices at the moment; we only reply when you check, apply or ask for help. Once notice settings exist you can turn them off any time.
understood-cannot-decide = Whether you can get help, and how much, is decided by the policy and a caseworker's review; I cannot change that. You can go on like this:
understood-back-to-question = Let's go back to the question:

## Free text: questions about programmes
answer-from-catalogue = From the programme catalogue (policy { $version }):
answer-beyond-catalogue = The catalogue does not say this (times, places, fees, interest and the like), so I am not sure 🙏 A caseworker can check for you. Here is what the catalogue says about the programme:
answer-amount = Amount: { $amount }
answer-share = { $min }%–{ $max }% of { $base }
answer-share-cap = , at most { $cap }
answer-by-stage = { $list } (a year)
answer-conditions = Conditions: { $conditions }
answer-next = How to apply: { $next }
answer-planned = This programme is still planned and cannot be applied for yet.
answer-footer = All of this is quoted from the catalogue; whether and how much you get is decided on review. To see what you can get, tap "What can I get?".
answer-unknown = I am not sure about this 🙏 I found nothing about it in the programme catalogue. A caseworker can answer you, or you can look through all programmes.
answer-learn = ℹ️ { $name }

## Case summary for caseworkers
summary-mark = 🤖 Machine-written summary (for reference; check the records)
summary-reason = · Why: { $reason }
summary-programme = · Programme: { $name }
summary-facts = · Known: { $facts }
summary-eligible = · May qualify, by the latest check: { $names }
summary-said = · The worker wrote (personal details removed): { $quotes }
summary-nothing = · The worker has left no messages or checks here yet.
summary-reason-worker_asked = the worker asked for a person
summary-reason-worker_typed = the worker typed that they want a person
summary-reason-flow_struggle = the worker struggled with the questions

## Privacy
privacy-typed-messages = · Messages you typed: { $count } (identity and phone numbers and names removed, encrypted, kept so a caseworker understands your situation)
