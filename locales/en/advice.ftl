# The official advice, following the source document named in the organization profile.

advice-title = Official advice

advice-what-happened-title = What happened
advice-what-happened = While monitoring information security online, { $agency }, working with the Vietnam Computer Emergency Response Team (VNCERT/CC), found that user accounts and passwords of some shared information systems of { $province } had leaked.
advice-what-happened-named = While monitoring information security online, { $agency }, working with the Vietnam Computer Emergency Response Team (VNCERT/CC), found that user accounts and passwords of some shared information systems of { $province } had leaked, such as: { $systems }.
advice-what-happened-notified = { $agency } has told the contact points of the agencies and units whose accounts leaked, so they can fix it quickly.

advice-risks-title = What criminals can do with a leaked account
advice-risks-intro = With your account and password, criminals can:
advice-risk-data = Collect sensitive data without permission, including personal information inside the system.
advice-risk-scams = Use personal information for scams, or post improper content without permission.
advice-risk-sale = Sell personal information online for profit.
advice-risk-money = Cause direct financial loss to the people and organizations whose information leaked.
advice-risk-escalation = Probe the system for weaknesses, take control, and attack the systems next to it.

advice-causes-title = Why the accounts leaked
advice-causes-intro = { $agency } and VNCERT/CC found two causes:
advice-cause-default-password = Public servants received their accounts but never changed the password; they kept the default one.
advice-cause-stealer = Users' computers had malware that steals the login details saved in web browsers.

advice-actions-title = Three things to do now
advice-action-password-title = 1. Change the password right after the first login
advice-action-password = Change the password the first time you log in to any application or software, including: { $systems }.
advice-rule-length = The new password has at least { $min } characters, with:
advice-rule-length-only = The new password has at least { $min } characters.
advice-rule-upper = upper-case letters (A–Z);
advice-rule-lower = lower-case letters (a–z);
advice-rule-digit = digits (0–9);
advice-rule-special = special characters, for example { $sample }.
advice-rule-example = The document gives { $example } as an example of how to mix them. Do not use that exact password.
advice-action-antimalware-title = 2. Protect computers and phones with anti-malware software
advice-action-antimalware = Use anti-malware software that meets Directive No. 14/CT-TTg of the Prime Minister, dated 25 May 2018, on improving the capacity to prevent and fight malicious software.
advice-action-links = Be wary of links, advertisements and fake websites that show signs of fraud.
advice-action-report-title = 3. Report problems right away
advice-action-report = Tell { $agency } right away if a computer is infected with malware, or if an account or password for the shared software has leaked or been taken over.

advice-contact-title = Contact point
advice-contact-name = Contact person
advice-contact-role = Position
advice-contact-agency = Agency
advice-contact-phone = Phone
advice-contact-email = E-mail

advice-source = Source: document from { $issuer } dated { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }, signed by { $signer_title } { $signer }.
