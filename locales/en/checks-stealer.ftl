# Computer check: traces a password stealer leaves.

## What Windows Defender found

check-stealer-title = Traces of password-stealing malware
check-stealer-found = Windows Defender found the password stealer { $threat } on this computer { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}. Even if it was blocked or removed, it may already have taken passwords.
check-stealer-found-undated = Windows Defender found the password stealer { $threat } on this computer. Even if it was blocked or removed, it may already have taken passwords.
check-stealer-threat-active = Windows Defender still sees threats that are not dealt with: { $names }.
check-stealer-none = Windows Defender has recorded no threat on this computer.
check-stealer-none-recent = { $count ->
    [1] Windows Defender recorded 1 threat, dealt with.
   *[other] Windows Defender recorded { $count } threats, all dealt with.
} None was a password stealer in the last 90 days.
check-stealer-not-windows = TựKiểm reads Windows Defender's detection history on Windows only. This computer has no such history to read.

check-stealer-advice-all-stolen = Treat every password saved or typed on this computer as stolen.
check-stealer-advice-other-device = Change those passwords from another device (a phone or another computer), starting with the .gov.vn systems and your official mailbox.
check-stealer-advice-report = Report it to the contact point now with the “Report a problem” button below. Do not sign in to anything on this computer until you are told how.
check-stealer-advice-scan = Open Windows Security and run a “Full scan”.
check-stealer-advice-remove = Open Windows Security, go to “Protection history”, click each threat and choose remove or quarantine; do not choose “allow”.
check-stealer-advice-look-yourself = Open this computer's anti-malware software and look at its detection history. If a name contains “PWS”, “Stealer”, Lumma or RedLine, report it to the contact point now (under Report a problem).

incident-mail-stealer = Windows Defender detected a password stealer: { $threat }, on { $date }.
check-stealer-action-report = Report a problem
check-stealer-open-history = Open Windows Security

check-stealer-reason = Could not read Windows Defender's detection history: { $code ->
    [absent] this computer does not have Windows Defender.
    [namespace-missing] this computer does not have Windows Defender.
    [access-denied] Windows does not allow it.
    [timed-out] Windows Defender did not answer in time.
    [com] Windows reported an error (code { $detail }).
   *[other] Windows reported an error.
}
check-stealer-reason-defender-off = Windows Defender stands aside for other anti-malware software, so TựKiểm cannot read its detection history.

## The hosts file

check-hosts-title = The hosts file (where web sites are looked up)
check-hosts-redirect = This computer's hosts file sends { $host } to an unknown server ({ $address }). { $count ->
    [1] The page you open may be a fake made to take passwords.
   *[other] { $count } important sites are sent away like this. The page you open may be a fake made to take passwords.
}
check-hosts-clean = The hosts file sends no web site elsewhere.
check-hosts-unusual = The hosts file has { $count } added lines, but none sends an important site elsewhere.
check-hosts-none = This computer has no hosts file: web sites are looked up the usual way.
check-hosts-reason-no-path = Could not tell where this computer's Windows folder is, to find the hosts file.

check-hosts-advice-do-not-sign-in = Do not sign in to that site on this computer yet.
check-hosts-advice-ask-support = Ask the contact point (under Report a problem) how to delete the unknown lines in { $path }.
check-hosts-advice-change-passwords = If you signed in on this computer, change the password from another device and tell the contact point.

## Browser extensions

check-extensions-title = Browser extensions
check-extensions-forced = The browser installs the extension “{ $name }” (id { $id }) by policy: you cannot remove it yourself. Extensions of this kind can read every page you open. If your organisation did not install it, this is a suspicious sign.{ $count ->
    [1] {""}
   *[other] {" "}There are { $count } such extensions.
}
check-extensions-developer = The extension “{ $name }” (id { $id }) was loaded in developer mode, not from the extension store.{ $count ->
    [1] {""}
   *[other] {" "}There are { $count } such extensions.
}
check-extensions-outside-store = The extension “{ $name }” (id { $id }) was not installed from the extension store.{ $count ->
    [1] {""}
   *[other] {" "}There are { $count } such extensions.
}
check-extensions-none = No extension is installed by policy or from outside the store ({ $profiles } browser profiles looked at).
check-extensions-advice-ask = Ask the contact point (under Report a problem) whether the organisation installed this extension.
check-extensions-advice-remove = If not, ask the contact point how to remove it, then change your passwords from another device.
check-extensions-reason = Could not read the browsers' extension policies: { $code ->
    [absent] this computer lacks the part of Windows needed to read them.
    [namespace-missing] this computer lacks the part of Windows needed to read them.
    [access-denied] Windows does not allow it.
    [timed-out] Windows did not answer in time.
    [com] Windows reported an error (code { $detail }).
   *[other] Windows reported an error.
}
check-extensions-reason-unreadable = Could not read the list of extensions in { $path }.

## Proxy server

check-proxy-title = Proxy server
check-proxy-foreign = The browser sends every web page through the server { $hosts }. This server is not on the organisation profile's list. If your organisation did not set it up, it can watch or swap the pages you open to take passwords.
check-proxy-none = This computer uses no proxy server.
check-proxy-organisation = This computer uses your organisation's proxy server.
check-proxy-advice-ask = Ask the contact point (under Report a problem) whether this computer needs that server.
check-proxy-advice-windows = If not: open Settings, choose Network & Internet, then Proxy, and turn off “Use a proxy server”.
check-proxy-open-settings = Open proxy settings
check-proxy-reason = Could not read this computer's proxy settings: { $code ->
    [absent] this computer lacks the part of Windows needed to read them.
    [namespace-missing] this computer lacks the part of Windows needed to read them.
    [access-denied] Windows does not allow it.
    [timed-out] Windows did not answer in time.
    [com] Windows reported an error (code { $detail }).
   *[other] Windows reported an error.
}

## Recorded machine names (training mode)

scenario-windows-stealer = Windows 10 after a password stealer (Lumma) got in

## Score (the parts of these checks)

score-part-stealer = No trace of password-stealing malware
score-part-hosts = The hosts file sends no important site elsewhere
score-part-extensions = No unknown browser extension
score-part-proxy = No unknown proxy server
score-action-stealer = Deal with the password stealer's traces and report the problem
score-action-hosts = Ask the contact point how to delete the unknown lines in the hosts file
score-action-extensions = Ask the contact point about the unknown browser extension
score-action-proxy = Ask the contact point about the unknown proxy server
