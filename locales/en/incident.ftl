# The "Report a problem" screen (the letter's third action) and the prefilled e-mail.

incident-title = Report a problem
incident-lead = A problem with your computer or an account? Tell { $agency } at once, so it can be stopped in time.

incident-now-title = Do this now
incident-now-password = Change the passwords of the shared systems from another, safe computer, not the one you suspect.
incident-now-disconnect = Malware suspected: unplug the network cable and turn off Wi-Fi on that computer.
incident-now-evidence = Delete nothing yet: do not reinstall Windows or delete strange files or e-mails before the IT staff have looked.
incident-now-report = Tell the contact point at once: call or send an e-mail.

incident-kinds-title = What is happening?
incident-kinds-hint = Pick one. Report even if you are not sure.
incident-kind-malware = Computer may have malware
incident-kind-malware-hint = Unusually slow, opens strange pages by itself, the antivirus found malware or turned itself off.
incident-kind-account = Account taken over
incident-kind-account-hint = The right password no longer lets you in, or you see e-mails or documents you never sent.
incident-kind-password = Password disclosed or lost
incident-kind-password-hint = You gave the password to someone, typed it into a strange page, or lost the paper it was on.
incident-kind-suspicious = Suspicious login or e-mail
incident-kind-suspicious-hint = A notice of a login from somewhere unknown; an e-mail asking for your password or with a strange attachment.
incident-kind-other = Something else, or not sure
incident-kind-other-hint = Report it anyway; the IT staff will help work out what it is.

incident-contact-title = Whom to tell
incident-contact-role = { $role }, { $agency }
incident-phone-label = Phone
incident-email-label = E-mail
incident-copy-phone = Copy number
incident-phone-copied = Phone number copied.
incident-phone-copy-manual = The number is selected: press Ctrl+C to copy it.
incident-mail-open = Open the report e-mail
incident-mail-hint = The e-mail is written for you in this computer's mail program; read it, fill in the rest and press Send. TựKiểm sends nothing itself.
incident-mail-failed = This computer could not open a mail program. Copy the text in the box below and send it from your official mailbox to { $email }, or call { $phone }.

incident-text-title = No mail program? Copy this text
incident-text-label = Text of the report e-mail
incident-copy = Copy text
incident-copied = Copied. Paste it into a new e-mail with Ctrl+V.
incident-copy-manual = The text is selected: press Ctrl+C to copy it.
incident-privacy = The e-mail says only the kind of problem, the date and a summary of the computer check: no password, user name or file of yours.

# The prefilled e-mail (TựKiểm joins these lines; the app adds the blank lines).
incident-text-to = To: { $email }
incident-text-subject = Subject: { $subject }
incident-mail-subject = Incident report: { $kind }
incident-mail-greeting = Dear { $name } ({ $role }),
incident-mail-intro = I am reporting an information security incident.
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
incident-mail-finding = - { $id }: { $status }
incident-mail-more = - and { $count } more
incident-mail-fill = To be filled in by the sender:
incident-mail-fill-what = - What happened, and since when:
incident-mail-fill-done = - What I have done (changed passwords, disconnected…):
incident-mail-fill-sender = - My name, unit and phone number:
incident-mail-closing = Please tell me what to do next. Thank you.
