# App shell: name, navigation, home screen, language switch.

app-name = TựKiểm
app-tagline = Check your accounts and computer yourself
app-window-title = TựKiểm — Security self-check
app-loading = Opening…
app-load-failed = TựKiểm could not open this screen. Please close the app and open it again.

nav-label = Main sections
nav-home = Home
nav-passwords = Passwords
nav-checks = Computer check
nav-advice = Advice
nav-summary-tab = Overview
nav-quiz = Quiz

lang-switch = Tiếng Việt
lang-switch-label = Switch the interface to Vietnamese

home-title = Keep your accounts and computer safe
home-lead = According to its letter of { $date }, { $agency } found that accounts and passwords of some shared systems had leaked. TựKiểm helps you follow the advice, one step at a time.
home-passwords-title = Change passwords
home-passwords-body = Set a new, strong password for each shared system.
home-checks-title = Check this computer
home-checks-body = See whether anti-malware is on, and whether your browsers keep saved passwords.
home-advice-title = The letter's advice
home-advice-body = Read the advice of { $agency } (letter of { $date }) and find out whom to tell when something goes wrong.
home-open = Open
home-privacy = Everything stays on this computer. TựKiểm sends nothing anywhere.


profile-fallback-title = The organisation profile file cannot be used
profile-fallback-hint = TựKiểm is using the default organisation profile. Please tell whoever sent you this profile file so it can be fixed.

settings-save-failed = TựKiểm could not save the language choice, so it will open in the previous language next time. Details: { $detail }

date-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $day }, { $year }

# Computer check screen.
checks-title = Check this computer
checks-intro = TựKiểm looks at this computer: whether anti-malware software is on; whether browsers keep saved passwords, and any for fake sites; whether remote-control software or traces of password-stealing malware (the hosts file, browser extensions, an unknown proxy server) are present. It takes about half a minute.
checks-privacy = TựKiểm only looks at which sites passwords are saved for and counts them; it never reads or decrypts any password. Results stay on this computer.
checks-run = Check now
checks-rerun = Check again
checks-running = Checking…
checks-in-progress = Checking…
checks-never = This computer has not been checked yet.
checks-last = Last checked: { $when }
checks-moment = { $time } on { $date }
checks-recorded-at = Sample machine recorded at { $when }
checks-overall-ok = Everything is fine. TựKiểm suggests checking again once a month.
checks-overall-warning = Some items need a look. Follow the advice in each one.
checks-overall-unknown = Some items could not be checked. See why in each one.
checks-overall-critical = Something is dangerous. Deal with the items marked “Dangerous” now.
checks-scenario-title = Showing a sample machine, not this computer
checks-scenario-body = The results below are for the sample machine “{ $title }”, recorded for training.
checks-last-unreadable = Could not read the date of the last check: { $detail }
checks-last-save-failed = Results are shown, but the date of this check could not be saved: { $detail }
checks-action-gone = This result is out of date. Press “Check again”.
checks-action-failed = Could not open the settings page: { $detail }

# Incident reporting and the quiz: navigation entry and home cards.
nav-incident = Report a problem
home-incident-title = Report a problem
home-incident-body = Malware, an account taken over, a leaked password? What to do now and whom to tell.
home-quiz-title = Quiz
home-quiz-body = Short questions to go over the advice, with an explanation after each.
