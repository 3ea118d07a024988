## Notices and broadcasts
notices-unsubscribed = All right: no more event or campaign notices. Messages about your own application still reach you. Send /subscribe to turn them back on.
notices-subscribed = Notices are back on. Choose which ones you want:
notices-settings = Which notices do you want? Tap to turn one on or off:
notices-done = Saved.
notices-done-button = Done
notice-kind-health_talk = Health talks
notice-kind-event = Events and summer camps
notice-kind-campaign = Seasonal support campaigns
notice-kind-policy_news = Policy news
broadcast-progress =
    📤 Broadcast { $status ->
        [sending] sending
        [paused] paused
        [cancelled] cancelled
        [finished] finished
       *[other] ({ $status })
    }
    { $total } recipients: { $sent } sent, { $failed } failed, { $skipped } skipped, { $remaining } remaining
    About { $eta } minute(s) to go
broadcast-usage =
    Usage: /broadcast, then the notice on the next line. The first line may filter, e.g.:
    /broadcast kind=campaign illness=self_chronic children=yes stages=compulsory programmes=medical-aid status=approved lang=en
    Summer relief notice…
broadcast-preview = This goes to { $count } worker(s). It reads:
broadcast-send = ✅ Send
broadcast-test = Send it to me first
broadcast-discard = Discard
broadcast-discarded = Broadcast discarded.
broadcast-scheduled = Sending has started; progress is updated below.
broadcast-awaiting-approval = This goes to { $count } workers and needs another admin's approval before it starts.
broadcast-approval-request = An admin wants to send a broadcast to { $count } workers and needs your approval:
broadcast-approve = ✅ Approve
broadcast-approved = Approved; sending starts.
broadcast-same-admin = Another admin has to approve; you cannot approve your own.
broadcast-not-now = Not possible now (status: { $status }).
broadcast-no-recipients = Nobody matches; nothing was sent.
broadcast-bad-filter = I cannot read the filter "{ $part }". { broadcast-usage }
broadcast-pause = ⏸ Pause
broadcast-resume = ▶️ Resume
broadcast-cancel = ✖️ Cancel
broadcast-done = Done (status: { $status }).
