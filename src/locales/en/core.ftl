## Notice and consent
notice =
    Hello, I am the Bangfutong assistant 🤝
    In a few minutes I can check which support you can get: living relief, skills training, medical help and schooling for your children.

    📄 Privacy notice (version { $version }):
    · We keep only what we need to check and apply for support. We never ask your name or ID number.
    · Income, health and children's details are stored encrypted; only the staff handling your case can see them.
    · Send /privacy any time to see what we keep, and /delete to erase it all.
notice-more =
    📄 Full privacy notice (version { $version })
    · Controller: the union support centre.
    · Purpose: find the support you qualify for, help you apply, connect you with staff.
    · What we keep: your choices, answers and application documents; never your name, ID or phone number.
    · How long: until you delete it, or two years after your last visit.
    · Your rights: see it (/privacy), correct it ("Change answers" on the results), withdraw consent, erase it (/delete).
    · Sensitive details (income, health, children under 18) need a separate consent, asked before the first such question.
notice-agree = ✅ Agree and start
notice-read-more = 📄 Full notice
notice-decline = Do not agree
notice-declined =
    All right, we will not keep anything about you.
    You can still send /help to read about the support available. Send /start whenever you are ready.
notice-thanks = Thank you for your trust!
sensitive-ask =
    Next come a few questions about income, health and children (about 2 minutes).
    These are sensitive. We store them encrypted and use them only to find the support you can get.
    Do you agree? You can withdraw this any time in /privacy.
sensitive-agree = ✅ Agree, ask me
sensitive-decline = Not now
sensitive-declined =
    That is fine. Without these answers we cannot check the subsidies, but you can:
    · tap "Talk to a person"
    · tap "What can I get?" any time to start again
sensitive-withdrawn = Consent withdrawn. Your income, health and children's details have been deleted.
sensitive-withdrawn-submitted = { $count } submitted application(s) still in review keep the answers they were sent with until they are decided. To withdraw one, send /status; to erase everything, send /delete.

## Menu
menu-title = How can I help? Tap a button below 👇
menu-screen = 🔍 What can I get?
menu-results = 📋 My last result
menu-human = 🙋 Talk to a person
menu-privacy = 🔒 My data
menu-language = 🌐 中文
welcome-back = Welcome back! Let us continue where you left off.
help =
    The Bangfutong assistant can:
    🔍 /start — check which support you can get (about 3 minutes)
    📋 /status — follow your applications
    🙋 /human — talk to a person
    👋 /leave — stop waiting for, or end the conversation with, a caseworker
    🔒 /privacy — see what we keep about you
    🗑 /delete — erase everything about you
    🌐 /lang — 切换中文 / switch language
    ✋ /cancel — stop the current questions
    Answer by tapping a button or by typing.

## Questions
flow-progress = (question { $n } of { $total })
flow-why = ❓ Why ask this
flow-back = ⬅️ Back
flow-done = ✔️ Done
flow-old-button = That button belongs to an earlier question and no longer works. We are here now:
flow-already-answered = Already noted 👍
flow-updated = The questions have changed. Your earlier answers are kept; only a few more to go.
flow-cancelled = Stopped. This round's answers were not kept. Tap "What can I get?" to start again.
flow-nothing-to-cancel = There is nothing to stop right now.
flow-too-many-misses = Is this one hard to answer? Tap "Talk to a person" and someone will help.
flow-misses-caseworker-asked = Is this one hard to answer? A caseworker has already been asked to help and will reply here. You can also carry on answering.

problem-empty = I did not get anything. Please answer again.
problem-not_a_number = "{ $typed }" does not look like a number. Please type one, such as 4500 or 4.5k.
problem-negative = This cannot be negative. Please type it again.
problem-not_whole = Please type a whole number, such as 3.
problem-too-small = That is too small; the lowest is { $min }.
problem-too-large = That looks too large (at most { $max }). Please check it.
problem-pick-one = I did not understand "{ $typed }". Please tap one of the buttons, or type the number of an option.
problem-pick-some = I did not understand "{ $typed }". Please tap the buttons (you may pick several), or type numbers such as "1 3".
problem-not-text = { $kind ->
    [sticker] Nice sticker 😊 This question needs text or a button, though.
    [photo] Got your photo, but this question does not need one. Please answer with text or a button.
    [voice] I cannot listen to voice messages yet. Please type or tap a button.
   *[other] This question needs text or a button.
}
edited-note = I saw you edited a message. Editing a sent message does not change an answer; tap "Back", or "Change answers" on the results.
not-understood = Sorry, I did not quite get that 🙏 You can tap a button below:
unsupported-outside-flow = For now I can only read text and buttons.

q-household = How many people live in your household, including you?
why-household = Support depends on income per person, so we need the household size.
q-income = Roughly how much does the whole household earn a month, in yuan? (wages, pensions, all together; e.g. 4500)
why-income = Most relief depends on income per person being below the local line. Used only for this check and stored encrypted.
q-housing = Where do you live?
why-housing = To see whether we can help you apply for public rental housing.
q-situations = Does any of this apply to your family? (pick all that apply, then tap Done)
why-situations = Single parents, illness or disability at home, disasters and accidents are common grounds for hardship support.
q-illness = Is anyone in your family ill or in hospital? (pick all that apply)
why-illness = Medical aid, critical-illness mutual aid and the green channel depend on this. Health details are stored encrypted.
q-medical-costs = This year, how much have you paid for treatment yourself after insurance? (a rough figure is fine)
why-medical-costs = Medical aid pays 30–50% of what you paid yourself, so we need a rough amount.
q-insured = Are you in a medical insurance scheme (employee or resident)?
why-insured = If not, we can guide you through joining or paying arrears.
q-income-drop = In the last few months, has household income suddenly dropped? (e.g. leave to care for someone, work stopped, disaster)
why-income-drop = A sudden drop may qualify you for a one-off temporary living subsidy.
q-children = How many children do you have in school or not yet in school? (tap 0 if none)
why-children = For education subsidies, summer camps and grants.
q-school = Which school stage are they at? (pick all that apply)
why-school = Amounts differ by stage; e.g. university tuition support is 5,000 yuan.
q-career = Would you like to learn a new skill, change jobs or start a business? (pick all that apply)
why-career = The union offers free training (CNC, electrician, welding, housekeeping, e-commerce…), job-transfer referrals and start-up support.

opt-housing-own = My own home
opt-housing-renting = Renting
opt-housing-dormitory_or_none = Dormitory / staying with others / no fixed home
opt-situations-single_parent = Single parent
opt-situations-elder_on_medication = Elderly relative on long-term medicine
opt-situations-disabled_member = Someone with a disability
opt-situations-disaster = Hit by a disaster (flood, fire…)
opt-situations-accident = Accident / work injury
opt-situations-none = None of these
opt-illness-self_chronic = I have a chronic illness
opt-illness-self_critical = I have a serious illness (cancer, dialysis…)
opt-illness-family_hospitalised = A family member is in hospital
opt-illness-family_critical = A family member has a serious illness
opt-illness-none = None of these
opt-insured-yes = Yes
opt-insured-no = No
opt-insured-unsure = Not sure
opt-income-drop-yes = Yes, it dropped
opt-income-drop-no = No
opt-school-preschool = Kindergarten / preschool
opt-school-compulsory = Primary / middle school
opt-school-high_school = High school / vocational
opt-school-university = University / college
opt-school-none = None in school
opt-career-skills_training = Learn a skill (free training)
opt-career-job_transfer = Change jobs
opt-career-startup = Start a business
opt-career-counselling = Talk about my career
opt-career-none = Not now

## Results
results-title = 📋 Your result (policy { $version })
results-eligible = ✅ You can apply for:
results-maybe = 🟡 Possibly, needs documents or a staff check:
results-none = From your answers nothing fits fully yet. A member of staff can look again with you.
results-line = · { $name }
results-more-services = Other services open to you: { $names }
results-footer = Tap a programme below for the reasons and next steps. This is a guide; the review decides.
results-learn = ℹ️ { $name }
results-all = 📚 All programmes
results-edit = ✏️ Change answers
results-menu = 🏠 Menu
results-none-yet = You have not done a check yet.
results-human = 🙋 Talk to a person
programme-why = Why:
programme-next = Next step:
programme-verdict-eligible = ✅ You qualify, going by your answers
programme-verdict-maybe = 🟡 You may qualify; needs checking
programme-verdict-ineligible = ❌ Not for now
programme-unknown = I could not find that programme; it may have been withdrawn.
programme-back = ⬅️ Back to results
all-programmes-title = 📚 All support programmes:
edit-title = Which answer do you want to change? Tap it:
edit-answer-line = { $n }. { $question }: { $answer }
## People
handoff-recorded = Done: we have noted your request and a member of staff will contact you soon (usually within 24 working hours). You can keep writing here.
handoff-already = A caseworker has already been asked to help you and will reply here. To stop waiting, tap "Stop waiting" or send /leave.

## Privacy
privacy-title = 🔒 What we keep about you:
privacy-alias = · Name shown to staff: { $alias } (generated, not your name)
privacy-language = · Language: { $language }
privacy-consent = · Consent: { $purpose }, version { $version }, { $date }{ $withdrawn }
privacy-consent-withdrawn = (withdrawn)
privacy-purpose-notice = privacy notice
privacy-purpose-sensitive = sensitive details
privacy-answers = · Your answers:
privacy-answers-none = · Your answers: none kept
privacy-screenings = · Checks done: { $count }
privacy-handoffs = · Requests for a person: { $count }
privacy-never = We never ask for your name, ID number or phone number. If you write them in a conversation with a caseworker, they are kept encrypted and shown masked; only the caseworker handling your case can reveal them, with a stated reason that is recorded.
privacy-withdraw = Withdraw consent for sensitive details
privacy-delete = 🗑 Erase everything
delete-confirm = ⚠️ Erase everything about you? Answers, results and requests will be gone for good.
delete-yes = Yes, erase
delete-no = Keep it
delete-done = Everything is erased. Thank you for using Bangfutong; send /start whenever you need us.
delete-kept = All right, nothing was erased.
delete-expired = That confirmation has expired. Please send /delete again.
language-set = Language set to English.
language-choose = 请选择语言 / Choose a language:
error-generic = Sorry, something went wrong on our side. Your answers are safe; please try again shortly.
button-expired = That button has expired (it may be from an older message). Here is what you can do now:
results-line-amount = · { $name }: { $amount }
results-exclusive = ⚠️ { $first } and { $second } cannot both be paid; choose one when you apply.
problem-not_a_count = "{ $typed }" does not look like a number. Please type how many, such as 3.
problem-implausible = { $typed } yuan looks too little. Did you mean { $thousands }? Please type the whole amount, such as { $thousands }.
list-separator = {", "}
language-zh-CN = Chinese
language-en = English
label-household = Household size
label-income = Monthly household income
label-housing = Home
label-situations = Family situation
label-illness = Illness or hospital
label-medical-costs = Medical costs paid this year
label-insured = Medical insurance
label-income-drop = Sudden drop in income
label-children = Children in or before school
label-school = School stage
label-career = Career plans
privacy-answers-unfinished = · Answers in the questions you have not finished:
crisis-before-notice = Your safety comes first. If you or someone near you is in danger, call now: { $hotline }. Tap "agree" below and we will ask a caseworker to contact you at once.
