# Unit roll-up: many people's self-check reports (and many units' roll-ups) in one table.

nav-rollup = Unit roll-up
rollup-title = ROLL-UP OF THE UNIT'S SELF-CHECK RESULTS
rollup-self-assessment = A roll-up of self-assessments that the unit made itself with the TựKiểm app; not a form issued by { $issuer }.
# When the reports name no agency, or several.
rollup-issuer-any = a higher authority
rollup-subtitle = { $people ->
        [0] No usable report yet.
        [one] From the report of 1 person.
       *[other] From the reports of { $people } people.
    }{ $refused ->
        [0] {""}
        [one] { " " }1 file could not be used (see the end).
       *[other] { " " }{ $refused } files could not be used (see the end).
    }
rollup-not-given = (not given)
rollup-not-checked = Not checked

rollup-col-number = No.
rollup-col-name = Full name
rollup-col-unit = Unit
rollup-col-machine = Computer
rollup-col-checked = Checked on
rollup-col-score = Score
rollup-col-antivirus = Anti-malware
rollup-col-gov = .gov.vn passwords saved in browsers
rollup-col-integrity = File state
rollup-col-file = File
rollup-col-reason = Reason
rollup-col-replaced-by = Replaced by a later report

rollup-av-ok = On, up to date
rollup-av-warning = Needs a look
rollup-av-off = Not on
rollup-av-unknown = Could not be checked
rollup-gov-none = None saved
rollup-gov-saved = Saved
rollup-gov-saved-count = { $count } saved

rollup-system-done-on = Changed on { $date }
# $days: the max_age_days of the profile the report was made with; 0 when the report does not say.
rollup-system-stale-on = Changed on { $date }, { $days ->
        [0] due to be changed again
       *[other] over { $days } days ago
    }
rollup-system-done = Changed
rollup-system-undone = Not changed
rollup-system-not-recorded = No record
rollup-system-absent = Not in the report

rollup-integrity-intact = Intact
rollup-integrity-no-mark = Older report, no integrity mark
rollup-integrity-damaged = Damaged or edited: not counted
rollup-integrity-note = Every report saved by TựKiểm carries an integrity mark. It detects a file damaged in copying or edited by hand, but not a determined forger. Damaged or edited reports stay in the list but are not counted in the shares.

rollup-share = { $count }/{ $total } people ({ $percent }%)
rollup-sum-people = People with a report
rollup-sum-counted = Reports counted
rollup-sum-damaged = Reports damaged or edited (not counted)
rollup-sum-no-mark = Older reports without an integrity mark (counted)
rollup-sum-antivirus = Anti-malware software on and up to date
rollup-sum-gov-none = No .gov.vn password saved in browsers
rollup-sum-system = Changed the password of { $system }
rollup-sum-replaced = Older reports replaced by later ones
rollup-sum-refused = Files that could not be used
rollup-sum-staff = People on the staff list without a report
rollup-staff-missing-count = { $missing } of { $listed }

rollup-section-summary = I. SUMMARY
rollup-section-people = II. EACH PERSON
rollup-section-missing = People on the staff list without a report
rollup-section-refused = Files that could not be used
rollup-section-replaced = Older reports replaced by later ones
rollup-section-files = III. FILES LEFT OUT OF THE TABLE
rollup-none = None.
rollup-signer-maker = PREPARED BY
rollup-generated = Rolled up by TựKiểm from self-check reports. TựKiểm sends nothing off the computer.
rollup-file-name = unit-rollup-{ $date }

rollup-sheet-people = People
rollup-sheet-summary = Summary
rollup-sheet-files = Files left out

rollup-refused-not-json = { $path } is not a TựKiểm report (not JSON).
rollup-refused-truncated = { $path } is cut short (perhaps an unfinished download).
rollup-refused-foreign = { $path } is JSON but not a TựKiểm report.
rollup-refused-version = { $path } is a report of another TựKiểm version ({ $schema }). Update TựKiểm.
rollup-refused-invalid = { $path } has missing or malformed fields and cannot be read.
rollup-refused-recorded = { $path } is a report of a recorded or training machine, not a real computer, so it is not counted.
rollup-refused-too-deep = The folder { $path } is more than { $depth } levels deep, so it was not read.
rollup-refused-too-many = The folder { $path } has too many files: only the first { $files } were read.
rollup-refused-carried = { $path } could not be used.
rollup-xlsx-failed = The Excel file could not be made: { $detail }
rollup-col-systems = Systems with password changed
rollup-systems-changed = { $changed } of { $total }

cli-help-rollup = Unit roll-up: reads self-check reports (JSON files, or folders holding them) and other units' roll-ups, then prints the summary or saves it as Excel, PDF or HTML.
cli-help-rollup-json = Print the roll-up as one JSON document (schema tukiem.rollup/1); it can itself be rolled up again.
cli-help-rollup-xlsx = Save the roll-up as an Excel file (.xlsx), to FILE.
cli-help-rollup-pdf = Save the roll-up as a PDF to sign, to FILE.
cli-help-rollup-html = Save the roll-up as a printable HTML page, to FILE.
cli-help-rollup-staff = The staff list (a text or CSV file, one person a line), to see who has not brought a report.
cli-help-rollup-paths = Report files or folders holding them (subfolders are read too).
cli-rollup-written = Roll-up saved to { $path }

home-rollup-title = Unit roll-up
home-rollup-body = Put everyone's self-check reports into one table, so that the head of the unit sees where things stand, or to send upwards when asked.
rollup-screen-title = Unit roll-up
rollup-screen-lead = Copy the self-check reports (.json files) people sent by official e-mail, shared folder or USB stick into one folder, then pick that folder. TựKiểm reads its subfolders too. Other units' roll-ups can be read as well.
rollup-pick-folder = Pick the reports folder
rollup-pick-files = Pick report files
rollup-pick-title = Pick self-check reports to roll up
rollup-save-title = Save the roll-up
rollup-save-lead = Save the table to send upwards (Excel), to print and sign (PDF, HTML), or for the next level to roll up (JSON).
rollup-save-xlsx = Save Excel
rollup-save-pdf = Save PDF to sign
rollup-save-html = Save a page to open in a browser (.html)
rollup-save-json = Save the data file (.json) to roll up further
rollup-saved = Roll-up saved to { $path }
rollup-filter-xlsx = Excel workbook
rollup-screen-failed = The roll-up could not be made: { $detail }
rollup-nothing-picked = Pick a folder or report files first.
rollup-empty = No reports picked yet.
