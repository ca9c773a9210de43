# Computer check: shared parts (statuses, why something could not be checked) and remote-access tools.

check-status-ok = Good
check-status-warning = Needs a look
check-status-critical = Dangerous
check-status-unknown = Could not check

check-summary-unknown = This item could not be checked.

check-reason-timeout = Stopped after { $seconds } seconds without finishing.
check-reason-crashed = Something went wrong inside this check. The other checks still ran.
check-reason-cancelled = This check was stopped.
check-reason-no-result = This check gave no result.
check-reason-command-missing = This computer has no { $command } program.
check-reason-command-timeout = The program { $command } did not answer within { $seconds } seconds.
check-reason-command-exit = The program { $command } reported an error (code { $code }). { $detail }
check-reason-command-failed = Could not run the program { $command }: { $detail }
check-reason-bad-output = Could not read what { $command } returned: { $detail }
check-reason-unrecognized-output = { $command } answered, but not in a form TựKiểm recognises.
check-reason-unreadable = Could not read { $path }: { $detail }
check-reason-permission-denied = No permission to read { $path }.
check-reason-processes = Could not see the list of running programs: { $detail }
check-reason-unsupported-os = This check does not support this computer's operating system yet.

check-scenario-unreadable = Could not read the sample machine { $path }: { $detail }
check-scenario-invalid = The sample machine { $path } is written wrongly: { $detail }
check-scenario-escapes = The sample machine refers to { $path }, which leads out of its folder, so it is not used: a sample machine never reads this computer.

check-remote-title = Remote-control software
check-remote-none = No remote-control software found.
check-remote-running = Running: { $names }. This software lets someone else control your computer.
check-remote-installed = Installed: { $names }. This software lets someone else control your computer.
check-remote-advice-own = If you installed it yourself, or someone you know at the office installed it to help you, that is fine. Close it when you are not using it.
check-remote-advice-stranger = Scammers often phone and ask you to install it, then take your passwords. Never give its ID and password to a stranger.
check-remote-steps-label = What to do
check-remote-step-close = Close the software when nobody is helping you.
check-remote-step-never-share = Never read out the software's ID and password to a caller you do not know.
check-remote-step-unplug = If you did not install it, or the mouse moves by itself: unplug the network cable and turn off Wi-Fi.
check-remote-step-report = Report it at once to the contact point shown on the “Report a problem” screen.

# Training mode.
training-banner = TRAINING MODE
training-banner-body = Checking a sample machine, not this computer. Nothing is saved.
training-scenario-label = Sample machine
training-start = Training mode
training-start-body = For trainers: runs the check on recorded sample machines, with large text for a projector.
training-exit = Leave training mode
training-quiz = Quiz
training-not-active = Training mode is not on.
training-unknown-scenario = There is no sample machine called { $name }.
training-unavailable = Could not open training mode: { $detail }
training-scenario-untitled = Untitled sample machine
