# The browser's own verdicts on saved passwords (Password Checkup in Chrome, Edge, Cốc Cốc,
# Brave): found in a data breach, or typed on a phishing site.

check-browsers-leaked-title = { check-browsers-profile-title }: passwords have leaked
check-browsers-leaked-gov = The browser itself found { $gov } passwords of government systems leaked or typed on a phishing site: { $domains }{ check-browsers-more-domains }. Attackers may already know them. (In all: { $leaked } leaked passwords, { $phished } typed on a phishing site.)
check-browsers-leaked-other = The browser itself found { $leaked } saved passwords leaked in data breaches and { $phished } typed on a phishing site. These sites are not government systems.
check-browsers-advice-leaked-change-gov = Change the password of { $domains } now, in TựKiểm's “Passwords” section, to a password not used anywhere else.
check-browsers-advice-leaked-sign-out = After changing it, sign out of every session on the systems that offer this: attackers who took a session can still use it after the password is changed.
check-browsers-advice-leaked-change-other = Change the passwords of those sites, a different password for each. The browser lists them under Password Checkup.
check-browsers-leaked-steps-label = What to do about leaked passwords
check-browsers-leaked-step-open-change = Open TựKiểm's “Passwords” section.
check-browsers-leaked-step-change-gov = Change the password of each system: { $domains }{ check-browsers-more-domains }. Use a new password, not used anywhere else.
check-browsers-leaked-step-sign-out = In each system, if it can sign you out of every device or session, do that.
check-browsers-leaked-step-others = Delete the old password saved in the browser, and do not save the new one in the browser.

# Extensions the browser itself found malicious (blocklist state in Preferences).
check-extensions-malicious = The browser itself found the extension “{ $name }” (id { $id }) to be malware. While it ran, it could read every page you opened, sign-ins included.{ $count ->
        [1] {""}
       *[other] {" "}{ $count } extensions need a look.
    }
check-extensions-advice-malicious-remove = Remove this extension now on the browser's extensions page, and tell the contact point under Report a problem.
check-extensions-advice-malicious-change = From another device, change the passwords of the systems you signed in to in this browser.

# One of the profile's systems is among the leaked passwords: the system's name (the profile
# gives both languages, each takes its own: $en here, $vi there), the advice, and the button that
# opens TựKiểm's guided password change for that system.
check-browsers-leaked-system-name = { $en }
check-browsers-advice-leaked-system = Among them is the password of “{ $system }”. Change this system's password first, following TựKiểm's step-by-step guide.
check-browsers-leaked-open-change = Change the password of “{ $system }”
