# Changing passwords: the letter's requirements, one at a time.

rule-length = At least { $min } characters
rule-upper = An upper-case letter (A–Z)
rule-lower = A lower-case letter (a–z)
rule-digit = A digit (0–9)
rule-special = A special character, such as { $sample }
rule-missing-length = shorter than { $min } characters
rule-missing-upper = no upper-case letter
rule-missing-lower = no lower-case letter
rule-missing-digit = no digit
rule-missing-special = no special character

pw-verdict-fails_rule = Does not meet the letter's requirements
pw-verdict-weak = Weak — easy to guess
pw-verdict-fair = Fair
pw-verdict-strong = Strong
pw-verdict-too_long = Too long (over 256 characters)
pw-verdict-reused = Do not use — already used for another system

pw-warning-too_long = The password is longer than 256 characters. Use a shorter one.
pw-warning-vietnamese_letters = The password has Vietnamese letters with tone marks. Unikey (Telex/VNI) may be on, and you may not be able to type it on another computer. Switch the keyboard to English (E) when typing passwords.
pw-warning-normal_form = Letters with marks can be stored in two different ways, so a system may not recognise the password. Prefer letters without marks.
pw-warning-outer_spaces = There is a space at the start or end of the password. It is easy to miss when typing it again.
pw-warning-common_password = This is a very common password in Vietnam. Attackers try these first.
pw-warning-vietnamese_words = The password contains words often used in passwords (such as matkhau, admin, password, ubnd). Attackers try these first.
pw-warning-name = The password contains a family or given name. Names are easy to guess.
pw-warning-place = The password contains a province or city name. Place names are easy to guess.
pw-warning-agency_words = The password contains the agency's or a system's name. Attackers will try these words.
pw-warning-personal_info = The password contains your own details (name, date of birth, phone number).
pw-warning-year = The password contains a year (such as a birth year or this year). Years are easy to guess.
pw-warning-date = The password contains a date, such as a birthday. Dates are easy to guess.
pw-warning-phone = The password contains something shaped like a phone number.
pw-warning-digit_sequence = Runs or repeats of digits (like 123 or 2222) are easy to guess.
pw-warning-leet = Swapping letters for digits or symbols (@ for a, 0 for o) does not make a password harder to guess.
pw-warning-default_shape = “Word@123” and “Word@year” are the most common default-password shapes, even though they meet the requirements.
pw-warning-keyboard_row = Straight rows of keys are easy to guess.
pw-warning-keyboard_pattern = Short keyboard patterns are easy to guess.
pw-warning-repeats = Repeats like “aaa” are easy to guess.
pw-warning-repeated_pattern = Repeats like “abcabc” are only slightly harder to guess.
pw-warning-top10 = This is one of the 10 most common passwords in the world.
pw-warning-top100 = This is one of the 100 most common passwords in the world.
pw-warning-common = This is a very common password.
pw-warning-similar_to_common = This is similar to a commonly used password.
pw-warning-sequence = Sequences like “abc” or “6543” are easy to guess.
pw-warning-recent_year = Recent years are easy to guess.
pw-warning-single_word = A single word is easy to guess.
pw-warning-dates = Dates are often easy to guess.
pw-warning-names_alone = A name on its own is easy to guess.
pw-warning-common_names = Common names are easy to guess.

# How to make the password better (stable codes, from zxcvbn's suggestions). There is no "no need
# for symbols, digits or uppercase letters": the letter requires all of them.
pw-suggestions-title = Tips:
pw-suggestion-use_a_few_words = Put a few unrelated words together. Avoid common phrases.
pw-suggestion-add_another_word = Add another word or two. Uncommon words are better.
pw-suggestion-capitalization = Capitalising only the first letter does not help much.
pw-suggestion-all_uppercase = All upper case is almost as easy to guess as all lower case.
pw-suggestion-reversed_words = Writing a word backwards does not make it much harder to guess.
pw-suggestion-predictable_substitutions = Predictable swaps like @ for a do not help much.
pw-suggestion-keyboard_pattern = Avoid runs of neighbouring keys and shapes on the keyboard.
pw-suggestion-avoid_repeats = Avoid repeated words and characters.
pw-suggestion-avoid_sequences = Avoid sequences like abc or 123.
pw-suggestion-avoid_recent_years = Avoid recent years.
pw-suggestion-avoid_personal_years = Avoid years tied to you, such as your birth year.
pw-suggestion-avoid_personal_dates = Avoid dates tied to you, such as your birthday.

# How long guessing the password would take if criminals stole the system's password database
# (the assumption is stated in crates/core/src/password/crack_time.rs).
pw-crack-time = An attacker's computer would need { $time } to guess this password.
pw-crack-less_than_second = less than a second
pw-crack-seconds = { $count ->
    [one] about { $count } second
   *[other] about { $count } seconds
}
pw-crack-minutes = { $count ->
    [one] about { $count } minute
   *[other] about { $count } minutes
}
pw-crack-hours = { $count ->
    [one] about { $count } hour
   *[other] about { $count } hours
}
pw-crack-days = { $count ->
    [one] about { $count } day
   *[other] about { $count } days
}
pw-crack-months = { $count ->
    [one] about { $count } month
   *[other] about { $count } months
}
pw-crack-years = { $count ->
    [one] about { $count } year
   *[other] about { $count } years
}
pw-crack-centuries = centuries

history-no-keyring = On this computer TựKiểm cannot warn you when you reuse an old password (the operating system has no safe place for the key). Everything else still works.
history-unavailable = Right now TựKiểm cannot warn you when you reuse an old password. Everything else still works.
history-file-problem = Could not read or write the file { $file }. TựKiểm will not warn about password reuse for now.

pw-checklist-unreadable = Could not read the file { $file }, so it is not known which systems already have a new password.
pw-checklist-unsaved = Could not save the file { $file }. TựKiểm may not remember this next time.
pw-assess-failed = TựKiểm could not assess this password. Please type it again.
pw-generate-failed = TựKiểm could not make a password. Please press the button again.
pw-unknown-system = The organisation profile has no such system.

pw-title = Change passwords
pw-lead = Default passwords that were never changed are one of the two causes of the leak that the letter names. Change the password of each system below.
pw-progress = { $done } of { $total } systems changed
pw-state-todo = Not changed yet
pw-state-done = Changed on { $date }
pw-change = Change password
pw-change-again = Change again
pw-wizard-title = Change password: { $system }
pw-why = The default or old password may have leaked. Criminals use leaked passwords to get into the system and take data.
pw-step-open = Step 1. How to change the password in the system
pw-open-url = Page address: { $url }
pw-open = Open the page in the browser
pw-open-failed = The browser could not be opened. Open it yourself and type the address: { $url }
pw-open-no-url = The organisation profile has no page address for this system.
pw-no-url = The letter gives no address for this page. Most systems change a password with these steps:
pw-step-type = Step 2. Think of a new password and try it here
pw-ime-reminder = Before typing: switch Unikey or EVKey to E (English). Otherwise tone marks may be added to the password without you noticing.
pw-input-label = New password (checked on this computer only, never stored)
pw-show = Show
pw-hide = Hide
pw-generate = Make one for me
pw-generated = Suggested password, very hard to guess. Write it on paper and keep it safe, or save it in a password manager. Do not let the browser save it.
pw-rules-title = The letter's requirements
pw-verdict-empty = Type a password to see how strong it is.
pw-reused = You already used this password for { $system } (on { $date }). Each system should have its own password.
pw-step-done = Step 3. Set this password on the system as in step 1, log in again to be sure, then mark it as changed
pw-remember = Warn me if I reuse this password later (TựKiểm does not store the password)
pw-mark-done = I have changed it
pw-back = Back to the list
pw-warning-reused = This password is already used for another system. One leak would open both.

pw-about-title = About you (optional)
pw-about-hint = Fill these in so TựKiểm can warn when the password contains your details. They are only used for checking on this computer and are never stored.
pw-about-name = Full name
pw-about-username = User name
pw-about-birth = Date of birth
pw-about-phone = Phone number
pw-about-old = Old or issued password
pw-warning-vietnamese_syllables = The letters are just a few common Vietnamese syllables. Password-guessing programs try these first.
pw-warning-lucky_number = It contains a “lucky” number (such as 68, 86, 88, 888, 6868, 1368). Many people choose them, so they are tried early.
pw-warning-short_number = The number part is too short: a few digits are all tried in an instant.

# The general steps to change a password inside a system (when the letter gives no address), then whom to call.
pw-howto-login = Log in to the system as usual, with your user name and current password.
pw-howto-account = Click your account name (usually at the top right) and choose “Account” or “Personal information”.
pw-howto-change = Choose “Change password”.
pw-howto-type = Type the old password, then the new one twice. Click “Save” or “Update”.
pw-howto-confirm = Log out, then log in again with the new password to be sure it changed.
pw-howto-help = Cannot find where to change it, or it does not work? Ask whoever gave you the account; if that does not help, call { $name }, phone { $phone }. If this number no longer answers, ask the head of your unit who the contact point is now.
pw-howto-open-first = Open the system's page with the button below, then follow the steps.
