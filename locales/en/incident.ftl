# The "Report a problem" screen (the letter's third action) and the prefilled e-mail.

incident-title = Report a problem
incident-lead = A problem with your computer or an account? The letter of { $date } asks you to tell { $agency } at once.

incident-now-title = Do this now
incident-now-report = Tell the contact point at once: call, or copy the ready-made e-mail below and send it.
incident-now-password = Change the passwords of the shared systems on another, safe computer, not the one that may have malware.
incident-now-disconnect = If you suspect malware: unplug the network cable and turn off Wi-Fi on that computer.
incident-now-evidence = Delete nothing yet: do not reinstall Windows or delete strange files or e-mails until the contact point has told you how.

incident-kinds-title = What is happening?
incident-kinds-hint = Pick one. Report even if you are not sure.
incident-kind-malware = Computer may have malware
incident-kind-malware-hint = It is unusually slow or opens strange pages by itself; or the anti-malware software found malware or turned itself off.
incident-kind-account = Account taken over
incident-kind-account-hint = The right password no longer lets you in, or you see e-mails or documents you never sent.
incident-kind-password = Password disclosed or lost
incident-kind-password-hint = You gave the password to someone, typed it into a strange page, or lost the paper it was on.
incident-kind-suspicious = Suspicious login or e-mail
incident-kind-suspicious-hint = A notice of a login from somewhere unknown; an e-mail asking for your password or with a strange attachment.
incident-kind-other = Something else, or not sure
incident-kind-other-hint = Report it anyway; the contact point will help work out what it is.

incident-contact-title = Whom to tell
incident-contact-role = { $role }, { $agency }
incident-sender-title = Who is reporting (optional, not stored)
incident-sender-name = Full name
incident-sender-unit = Unit
incident-phone-label = Phone
incident-email-label = E-mail
incident-copy-phone = Copy number
incident-phone-copied = Phone number copied.
incident-phone-copy-manual = The number is selected: press Ctrl+C to copy it.
incident-mail-open = Open in this computer's mail program
incident-mail-hint = The e-mail is written for you in this computer's mail program; read it, fill in the rest and press Send. TựKiểm sends nothing itself.
incident-mail-failed = This computer could not open a mail program. Copy the text in the box below and send it from your official mailbox to { $email }, or call { $phone }. If this number no longer answers, ask the head of your unit who the contact point is now.

incident-text-title = The ready-made report e-mail: copy it and send it from your official mailbox
incident-text-label = Text of the report e-mail
incident-copy = Copy the e-mail
incident-copied = Copied. Open your official mailbox, start a new e-mail and paste with Ctrl+V.
incident-copy-manual = The text is selected: press Ctrl+C to copy it.
incident-privacy = The e-mail gives the kind of problem, the date, a summary of the computer check, and your name and unit if you fill them in: no password, user name or file of yours.

# The prefilled e-mail (TựKiểm joins these lines; the app adds the blank lines).
incident-text-to = To: { $email }
incident-text-subject = Subject: { $subject }
incident-mail-subject = Incident report: { $kind }
incident-mail-subject-unit = Incident report: { $kind } — { $unit }
incident-mail-subject-other = Information security incident report (kind not yet known)
incident-mail-subject-other-unit = Information security incident report (kind not yet known) — { $unit }
incident-mail-greeting = Dear { $name }, { $role }, { $agency },
incident-mail-intro = I am writing to report an information security incident.
incident-mail-intro-name = My name is { $name }. I am writing to report an information security incident.
incident-mail-intro-unit = I work at { $unit }. I am writing to report an information security incident.
incident-mail-intro-name-unit = My name is { $name }, of { $unit }. I am writing to report an information security incident.
incident-mail-kind = Kind of incident: { $kind }
incident-mail-date = Date reported: { $date }
incident-mail-no-check = This computer has not been checked with TựKiểm.
incident-mail-check = TựKiểm check at { $time } on { $date }: { $counts }.
incident-mail-check-overall = TựKiểm check at { $time } on { $date }: overall result “{ $status }”.
incident-mail-count-critical = { $count ->
        [one] 1 dangerous item
       *[other] { $count } dangerous items
    }
incident-mail-count-warning = { $count ->
        [one] 1 item to review
       *[other] { $count } items to review
    }
incident-mail-count-unknown = { $count ->
        [one] 1 item not checked
       *[other] { $count } items not checked
    }
incident-mail-count-ok = { $count ->
        [one] 1 item fine
       *[other] { $count } items fine
    }
incident-mail-finding = - { $title }: { $status }
incident-mail-finding-other = Another check
incident-mail-more = - and { $count } more
incident-mail-fill = I would add:
incident-mail-fill-what = - What happened, and since when:
incident-mail-fill-done = - What I have done (changed passwords, disconnected…):
incident-mail-fill-sender = - My name, unit and phone number:
incident-mail-fill-phone = - My phone number:
incident-mail-closing = I would be grateful for guidance on the next steps.
incident-mail-thanks = Yours sincerely,
incident-mail-signature = { $name }
