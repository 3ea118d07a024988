## Events, camps and classes
event-invite =
    📣 Invitation: { $title }
    🕒 When: { $when }
    📍 Where: { $where }
event-join = ✅ Join
event-not-this-time = Not this time
event-sign-up-child = ✅ Sign up a child
event-remind-24h = ⏰ Reminder: "{ $title }", which you signed up for, starts tomorrow at { $when }, at { $where }.
event-remind-1h = ⏰ Reminder: "{ $title }" starts in an hour ({ $when }), at { $where }.
event-offer = 🎉 A place has come free at "{ $title }". It is kept for you until { $until }. Do you want it?
event-offer-accept = ✅ Take the place
event-offer-decline = No longer needed
event-offer-accepted = Done: the place is yours.
event-offer-expired = Sorry, the time to take this place has passed and it went to the next person.
event-offer-declined = All right, the place goes to the next person.
event-joined = ✅ You are signed up for "{ $title }". We will remind you a day and an hour before.
event-waiting = "{ $title }" is full. You are number { $position } on the waiting list; we will tell you as soon as a place frees up.
event-declined-noted = All right, not this time. We will tell you about other events.
event-closed = Sorry, sign-up for this event has closed.
event-already = You are already signed up.
event-wrong-stage = This event is for children in: { $stages }.
event-not-found = Sorry, this event can no longer be found.
event-which-child = Which child are you signing up?
event-child = Child { $n }
event-which-stage = Which school stage is the child in now?
stage-preschool = Preschool
stage-compulsory = Primary or middle school
stage-high_school = High school
stage-university = University
