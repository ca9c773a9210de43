# The tukiem-cli command line, for IT staff.

cli-about = TựKiểm on the command line: the same checks as the app, for IT staff.
cli-help-lang = Display language: vi (Vietnamese) or en (English). Follows the system by default, else Vietnamese.
cli-help-profile = Organization profile file (TOML) to use instead of the default. The TUKIEM_PROFILE environment variable does the same.
cli-help-advice = Print the official advice.
cli-help-advice-original = Print the letter's original text (word for word) instead of the structured advice.
cli-profile-unusable = The organization profile given cannot be used.
cli-help-password = Assess passwords read from standard input, one per line. Passwords are never printed.
cli-help-json = Print each result as one line of JSON.
cli-help-user-input = Personal details (full name, user name, date of birth, phone) that count as guessable. May be repeated.
cli-password-not-utf8 = Line { $line } is not UTF-8 text.
cli-io-failed = Could not read or write: { $detail }
cli-help-check = Check this computer: anti-malware software, passwords saved in browsers, remote-control software. Exit code: 0 good, 1 needs a look, 2 dangerous, 3 could not check.
cli-help-check-json = Print the result as one JSON document (schema tukiem.check/1).
cli-help-scenario = Check a recorded sample machine (a scenario folder) instead of this one.
cli-check-heading = Computer check results
cli-check-running = Checking: { $check }…
cli-check-cannot-run = Could not check the computer.
cli-check-mark-ok = [✓]
cli-check-mark-warning = [!]
cli-check-mark-critical = [✗]
cli-check-mark-unknown = [?]
cli-check-overall-ok = Overall: everything is fine.
cli-check-overall-warning = Overall: some items need a look.
cli-check-overall-critical = Overall: something is dangerous and needs fixing now.
cli-check-overall-unknown = Overall: some items could not be checked.
