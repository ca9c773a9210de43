# The official advice, following the letter named in the organisation profile, in the letter's own order.
# Only what the letter says is said in the Department's name; TựKiểm's own suggestions say so.

advice-title = Advice from { $issuer } — letter of { $date }

advice-summary-title = In short: the three things the letter asks
advice-summary-password = Change the password right after the first login. Make it long enough, with every kind of character.
advice-summary-antimalware = Use anti-malware software. Be wary of links and fake websites.
advice-summary-report = Tell the contact point, { $contact }, right away if a computer has malware or an account leaked or was taken over.

advice-what-happened-title = What happened
advice-what-happened = While monitoring information security online, { $agency }, working with the Vietnam Computer Emergency Response Team (VNCERT/CC), found that user accounts and passwords of some shared information systems of { $province } had leaked.
advice-what-happened-named = While monitoring information security online, { $agency }, working with the Vietnam Computer Emergency Response Team (VNCERT/CC), found that user accounts and passwords of some shared information systems of { $province } had leaked, such as: { $systems }.
advice-what-happened-notified = { $agency } has told the contact points of the agencies and units whose accounts leaked, so they can fix it quickly.

advice-risks-title = What criminals can do with a leaked account
advice-risks-intro = With your account and password, criminals can:
advice-risk-data = Collect sensitive data without permission, including personal information inside the system.
advice-risk-scams = Use sensitive personal information for scams, or post improper content without permission.
advice-risk-sale = Sell personal information online for profit.
advice-risk-money = Cause direct financial loss to the people and organisations whose information leaked.
advice-risk-escalation = Probe the system for weaknesses, take control, and attack the systems next to it.

advice-causes-title = Why the accounts leaked
advice-causes-intro = { $agency } and VNCERT/CC found two causes:
advice-cause-default-password = Public servants received their accounts but never changed the password; they kept the default one.
advice-cause-stealer = Users' computers had malware that steals the login details saved in web browsers.

advice-actions-title = The three things the letter asks
advice-action-password-title = 1. Change the password right after the first login
advice-action-password = Change the password right after you first log in to any application or software.
advice-action-password-named = Change the password right after you first log in to any application or software. The systems the letter names as leaked: { $systems }.
advice-action-password-others = TựKiểm suggests: change the password of { $systems } too.
advice-rule-length = The letter requires a new password of at least { $min } characters, with:
advice-rule-length-only = The letter requires a new password of at least { $min } characters.
advice-rule-upper = upper-case letters (A–Z);
advice-rule-lower = lower-case letters (a–z);
advice-rule-digit = digits (0–9);
advice-rule-special = special characters, for example: { $sample }
advice-rule-example = The letter gives { $example } as an example of how to mix them. TựKiểm's note: do not use that exact password.
advice-action-antimalware-title = 2. Protect computers and phones with anti-malware software
advice-action-antimalware = Use anti-malware software that meets the requirements of Directive No. 14/CT-TTg of the Prime Minister, dated 25 May 2018, on improving the capacity to prevent and fight malicious software.
advice-action-links = Be wary of links, advertisements and fake websites that show signs of fraud.
advice-action-report-title = 3. Report problems right away
advice-action-report = Tell { $agency } right away if a computer is infected with malware, or if an account or password for the shared software has leaked or been taken over.
advice-action-report-how = The “Report a problem” screen has the phone number and a ready-made e-mail.

advice-contact-title = Contact point
advice-contact-name = Contact person
advice-contact-role = Job title
advice-contact-agency = Agency
advice-contact-phone = Phone
advice-contact-email = E-mail

advice-source = Source: letter from { $issuer } dated { $month ->
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

advice-original-open = Read the letter's original text
advice-original-close = Close the original text
advice-original-title = The letter's original text (Vietnamese)
advice-original-note = Word for word as the letter is printed (typing slips included); only the broken lines are joined.
advice-original-none = The organisation profile does not include the letter's original text.
