# Link check: the screen, the command line, and passwords saved for fake sites.

links-title = Check a link
links-nav = Links
links-home-title = Check a link
links-home-body = Got a message with a link about a traffic fine, social insurance, tax or a passport? Paste it here to know whether it is an official address of the State.
links-home-open = Check a link
links-intro = Paste a link, or a whole message (SMS, Zalo, e-mail), into the box below. TựKiểm tells you, for every link, whether it is an official address of the State.
links-offline = TựKiểm opens no link and sends nothing over the network: the check happens on this computer.
links-input-label = Link or message
links-check = Check
links-empty = Paste a link or a message into the box above, then press “Check”.
links-found = { $count ->
    [one] 1 link found.
   *[other] { $count } links found.
}
links-failed = This text could not be checked. Please try again.
links-tip = TựKiểm's suggestion: when you need a government site, type the address you already know (for example dichvucong.gov.vn) instead of pressing a link in a message.

links-verdict-official = Official
links-verdict-lookalike = Signs of a fake
links-verdict-not-official = Not a government site
links-verdict-invalid = Not a web address

links-summary-official = This is an official address.
links-summary-lookalike = This name is made to look like a government site: very likely a fake. Do not open it, and never type a password, an OTP code or an account number there.
links-summary-not-official = This is not a government site. If it asks for your official account or VNeID password, it is a scam.
links-summary-invalid = This is not the address of a website.

links-real-address = The real address is { $host }.
links-goes-to = This link really goes to: { $host }
links-link-label = Link

links-reason-gov-vn = The name ends in “.gov.vn”. Only state bodies can register such a name.
links-reason-listed-official = This is the official address of a national system.
links-reason-profile-official = Your organisation lists this address as one of its systems.
links-reason-userinfo-trick = The part before the @ sign is only there to fool the reader. The browser opens the site after the @.
links-reason-gov-vn-not-at-end = The name holds “gov.vn”, but not at the end. The real name of a government site ends in “.gov.vn”, with nothing after it.
links-reason-gov-vn-hyphenated = “gov.vn” is written as “gov-vn” or “govvn” to look like a government address.
links-reason-gov-vn-mistyped = The end looks like “.gov.vn” but is not “.gov.vn”.
links-reason-one-letter-from-official = The name is one letter away from an official address.
links-reason-name-in-subdomain = The name of a government system is put at the start of another site's name.
links-reason-name-in-domain = The name of a government system is used by a site that is not the government's.
links-reason-typo-added = The real name has one letter added.
links-reason-typo-dropped = The real name has one letter missing.
links-reason-typo-swapped = Two neighbouring letters of the real name are swapped.
links-reason-typo-replaced = One letter of the real name is replaced by another (for example the digit 0 for the letter o).
links-reason-confusable-characters = It uses letters of another alphabet (such as Russian or Greek) that look exactly like ordinary letters.
links-reason-idn-renders-like-official = Special letters make the name look like the official one, but the computer opens another site.
links-reason-ip-address = The address is a row of numbers, not a site name. Government sites do not send links like this.
links-reason-name-in-path = The government site's name is only in the later part of the link; the site that opens is somewhere else.
links-reason-not-gov-vn = The name does not end in “.gov.vn” and is not on the list of official addresses.
links-reason-no-link = No link was found in this text.
links-reason-not-web-scheme = The link does not start with http:// or https://, so it is not a website address.
links-reason-bad-host = The site name is malformed; a browser cannot open it.
links-reason-unknown-suffix = The end of the name is not a domain that exists on the Internet.

# Command line: tukiem-cli link
cli-help-link = Check the links in a message: official, fake or not a government site (reads standard input when no TEXT is given, one message per line)
cli-help-link-json = Print each link as one JSON object on a line
cli-help-link-text = Link or message to check

# Computer check: passwords saved for fake sites.
check-browsers-lookalike-title = Passwords saved for fake sites
check-browsers-lookalike-summary = { $count ->
    [one] The browser keeps 1 password for a fake site: { $hosts }. It means the password was once typed into a fake site; criminals may already have it.
   *[other] The browser keeps { $count } passwords for fake sites: { $hosts }. It means they were once typed into fake sites; criminals may already have them.
}
check-browsers-lookalike-real = { $fake } is a fake of { $real }.
check-browsers-lookalike-advice-change = Change the password typed into the fake site now, on the real site and from a clean computer. If you use it elsewhere, change it there too.
check-browsers-lookalike-advice-delete = Delete the password saved for the fake site from the browser.
check-browsers-lookalike-advice-report = Tell the contact point (under Report a problem) the fake site's address.
check-browsers-lookalike-action-report = Report a problem

# Máy mẫu cho tập huấn / Training machine
scenario-windows-lookalike = Windows 11, passwords saved for fake public-service and social-insurance sites
