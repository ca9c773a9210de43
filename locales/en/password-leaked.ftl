# Leaked passwords: the leaked-password filter (password/leaked), the mobile-number, citizen-ID
# and Telex-with-the-keyboard-off patterns; the `tukiem-cli leaks` command.

pw-warning-leaked = This password is already in the lists of leaked passwords. Attackers try these first, however hard it looks to guess.
pw-leaked-title = This password has leaked
pw-leaked-body = This password is already in the lists of leaked passwords that attackers try. Do not use it for any account; choose another password.
pw-warning-mobile_number = The password contains a mobile phone number. Phone numbers are easy to find out.
pw-warning-citizen_id = The password looks like a citizen ID number (12 digits). It is printed on many papers, so others may know it.
pw-warning-telex = The password is Vietnamese typed the Telex way with the Vietnamese keyboard off (like “Maatj khaaur”). Attackers try this way of typing too.

leaks-refused-not-a-filter = The file { $file } is not a leaked-password filter, so it is not used.
leaks-refused-version = The leaked-password filter { $file } is version { $found }; this TựKiểm reads only version { $expected }, so it is not used.
leaks-refused-truncated = The leaked-password filter { $file } is incomplete (the file was cut short), so it is not used.
leaks-refused-oversized = The leaked-password filter { $file } is { $megabytes } MB, over the { $max } MB allowed, so it is not used.
leaks-refused-damaged = The leaked-password filter { $file } is damaged, so it is not used.
leaks-refused-still-builtin = TựKiểm still uses its own list of leaked passwords.
leaks-department-filter = the Department's filter number { $number }
leaks-build-empty = The list holds no password (one password a line).
leaks-build-too-many = The list is too large: the filter would be over the size allowed. Split the list into several files.
leaks-build-failed = No filter could be made from this list. Try again.

cli-help-leaks = Leaked-password filters for the Department's bundle: make one from a list, or check a filter file.
cli-help-leaks-build = Make a filter from a list of passwords (one a line). The filter keeps salted hashes only, no password.
cli-help-leaks-from = The list of passwords, one a line.
cli-help-leaks-out = The filter file to make.
cli-help-leaks-check = Say whether a filter file can be used, and if not, why.
cli-help-leaks-file = The filter file to check.
cli-leaks-written = Filter saved to { $path }
cli-leaks-summary = The filter holds { $count } distinct passwords, { $kilobytes } KB.
cli-leaks-usable = The filter { $path } can be used: { $count } passwords.
