# Self-assessment score, the summary screen, the self-check report (HTML, PDF, JSON) and tukiem-cli report.

## Self-assessment score: parts and states

score-part-antivirus = Anti-malware software on and up to date
score-part-gov-passwords = No government (.gov.vn) passwords saved in browsers
score-part-other-passwords = No other passwords saved in browsers
score-part-remote-access = No remote-access software
score-part-system = Password changed: { $system } (self-declared)

score-state-full = Met
score-state-partial = Partly met
score-state-none = Not met
score-state-unknown = Could not check
score-state-not-checked = Not checked

## What raises the score

score-action-run-check = Check this computer
score-action-recheck = Check the computer again: some items could not be checked
score-action-antivirus = Turn on and update your anti-malware software
score-action-gov-passwords = Delete government passwords saved in your browsers
score-action-other-passwords = Delete the other passwords saved in your browsers
score-action-remote-access = Remove or turn off remote-access software you do not use
score-action-change-password = Change your password for { $system }
score-action-renew-password = Change your password for { $system } again: the organisation profile asks for a change every { $days } days
score-gain = +{ $points } points

## The self-check report (printed)

report-nation = SOCIALIST REPUBLIC OF VIETNAM
report-motto = Independence - Freedom - Happiness
report-title = SELF-CHECK REPORT: ACCOUNT AND COMPUTER SECURITY
report-subtitle = A self-assessment following the advice of { $issuer } (letter of { $date })
report-place-date = ……………, { $month ->
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
    } { $day }, { $year }

report-section-general = I. GENERAL INFORMATION
report-field-person = Checked by
report-field-unit = Unit
report-field-agency = Advice issued by
report-field-machine = Computer name
report-field-os = Operating system
report-field-checked = Computer checked at
report-field-date = Report date
report-not-given = ……………………………………
report-not-checked = Not checked
report-machine-unknown = Unknown
report-machine-scenario = Sample machine “{ $name }” (for training, not this computer)
report-os-windows = Windows
report-os-linux = Linux
report-os-macos = macOS

report-section-score = II. SELF-ASSESSMENT SCORE
report-score = Total: { $score }/100
report-score-note = The points of the rows are added up, then brought to a scale of 100. TựKiểm computes the score itself; it is for self-assessment only. Items that could not be checked earn no points. The anti-malware row only says the software is on and up to date; it does not confirm that the software meets Directive 14/CT-TTg.
report-col-item = Item
report-col-result = Result
report-col-points = Points
report-points = { $earned }/{ $possible }

report-section-findings = III. COMPUTER CHECK RESULTS
report-findings-none = The computer had not been checked when this report was made.
report-col-check = Check
report-col-status = Assessment
report-col-detail = Remarks

report-section-systems = IV. PASSWORD CHANGES FOR SHARED SYSTEMS
report-col-system = System
report-col-changed = Changed on
report-system-done = Changed (self-declared)
report-system-stale = Changed (self-declared), over { $days } days ago
report-system-undone = Not changed
report-system-not-recorded = No record
report-systems-not-recorded = This report was made on the command line, without the app's list of changed passwords.

report-section-actions = V. NEXT STEPS
report-actions-none = Nothing left to do. TựKiểm suggests checking again once a month.

report-signer-person = CHECKED BY
report-signer-head = HEAD OF UNIT
report-sign-hint = (Signature and full name)
report-generated = Made by the TựKiểm app on the computer it checked. TựKiểm sends no information anywhere.
report-self-assessment = This is a self-assessment made by the user with the TựKiểm app, not a form issued by { $issuer }.
report-systems-self-declared = The password changes are declared by the user in TựKiểm; TựKiểm cannot see passwords on the systems.
report-page = Page { $page }/{ $pages }
report-file-name = self-check-report-{ $date }

## Summary screen

nav-summary = Summary
summary-title = Security summary
summary-lead = The self-assessment score shows how much of the advice and of TựKiểm's suggestions you have followed. Do the steps below to raise it.
summary-score-label = Self-assessment score
summary-card-open = See the summary and save the report
summary-score-of = out of 100
summary-score-none = No score yet
summary-last-never = This computer has not been checked yet.
summary-last-days = { $days ->
        [0] Computer last checked: today.
        [1] Computer last checked: yesterday.
       *[other] Computer last checked: { $days } days ago.
    }
summary-scenario = This score is for a recorded machine, not this computer, and is not written to the history.
summary-actions-title = How to raise your score
summary-actions-none = You have done everything. TựKiểm suggests checking again once a month.
summary-systems-title = Systems whose password still needs changing
summary-systems-none = You have changed the password of every system.
summary-breakdown-title = Points by item
summary-chart-title = Score over time
summary-chart-empty = No checks yet to draw a chart.
summary-chart-alt = Scores of the checks, oldest first: { $points }.
summary-chart-point = { $date }: { $score } points
summary-history-skipped = { $count } damaged lines in the history were skipped.
summary-history-unreadable = Could not read the check history: { $detail }
summary-history-unsaved = Results are shown, but they could not be written to the history: { $detail }

summary-save-title = Save the self-check report
summary-save-lead = Save the report to print and sign, when your unit needs it. Your name and unit go only into the report; TựKiểm does not keep them.
summary-save-name = Full name (optional)
summary-save-unit = Unit (optional)
summary-save-pdf = Save PDF to print
summary-save-html = Save a page to open in a browser
summary-save-json = Save a data file for collecting results
summary-saved = Report saved to { $path }
summary-save-failed = Could not save the report: { $detail }
summary-filter-pdf = PDF document
summary-filter-html = Page to open in a browser (.html)
summary-filter-json = Data file (.json)

## tukiem-cli report

cli-help-report = Make the self-check report: check the computer, then print the score and next steps, or save the report as a JSON, HTML or PDF file.
cli-help-report-json = Print the report as one JSON document (schema tukiem.report/1).
cli-help-report-html = Save the report as a printable HTML page to FILE.
cli-help-report-pdf = Save the report as a PDF file to FILE.
cli-help-report-name = Name of the person checking, written on the report.
cli-help-report-unit = Unit of the person checking, written on the report.
cli-help-data-dir = The TựKiểm app's data folder, to read which systems had their password changed. Without it, the report says “no record”.
cli-report-score = Self-assessment score: { $score }/100
cli-report-actions = To raise the score:
cli-report-written = Report saved to { $path }
cli-report-write-failed = Could not write { $path }: { $detail }
cli-report-checklist-unreadable = Could not read the password checklist in { $path }: { $detail }
cli-report-pdf-failed = Could not make the PDF file: { $detail }
