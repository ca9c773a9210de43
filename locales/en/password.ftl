# Changing passwords: the rule's requirements, one at a time.

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

pw-verdict-fails_rule = Does not meet the rule
pw-verdict-weak = Weak — easy to guess
pw-verdict-fair = Fair
pw-verdict-strong = Strong
pw-verdict-too_long = Too long (over 256 characters)

pw-warning-too_long = The password is longer than 256 characters. Use a shorter one.
pw-warning-vietnamese_letters = The password has Vietnamese letters with tone marks. Unikey (Telex/VNI) may be on, and you may not be able to type it on another computer. Switch the keyboard to English (E) when typing passwords.
pw-warning-normal_form = Letters with marks can be stored in two different ways, so a system may not recognise the password. Prefer letters without marks.
pw-warning-outer_spaces = There is a space at the start or end of the password. It is easy to miss when typing it again.
pw-warning-common_password = This is a very common password in Vietnam. Attackers try these first.
pw-warning-vietnamese_words = The password is made of common Vietnamese words.
pw-warning-name = The password contains a family or given name. Names are easy to guess.
pw-warning-place = The password contains a province or city name. Place names are easy to guess.
pw-warning-agency_words = The password contains the agency's or a system's name. Attackers will try these words.
pw-warning-personal_info = The password contains your own details (name, date of birth, phone number).
pw-warning-year = The password contains a year (such as a birth year or this year). Years are easy to guess.
pw-warning-date = The password contains a date, such as a birthday. Dates are easy to guess.
pw-warning-phone = The password contains something shaped like a phone number.
pw-warning-digit_sequence = Runs or repeats of digits (like 123 or 2222) are easy to guess.
pw-warning-leet = Swapping letters for digits or symbols (@ for a, 0 for o) does not make a password harder to guess.
pw-warning-default_shape = “Word@123” and “Word@year” are the most common default-password shapes, even though they meet the rule.
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

history-no-keyring = This computer has no operating-system keyring, so TựKiểm cannot remember password fingerprints to warn about reuse. Everything else still works.
history-unavailable = TựKiểm cannot remember password fingerprints right now. Everything else still works.
history-file-problem = Could not read or write the file { $file }. TựKiểm will not warn about password reuse for now.
