# Computer check: anti-malware software.
# TựKiểm only looks at whether it is on and up to date; it does not confirm that it meets Directive 14/CT-TTg.

check-antivirus-title = Anti-malware software

## Results

check-av-ok = { $names } is on and up to date.
check-av-stale-days = { $names } is on, but its malware definitions have not been updated for { $days } days.
check-av-stale = { $names } is on, but its malware definitions are out of date.
check-av-unconfirmed = { $names } is running, but TựKiểm cannot see whether it is switched on and up to date.
check-av-none = No switched-on anti-malware software was found. Malware could steal the passwords on this computer.
check-av-off = No anti-malware software is switched on. This computer has { $names }, but it is off.
check-av-mac-gatekeeper-off = Gatekeeper is off: this Mac opens apps from anywhere.
check-av-mac-updates-off = Automatic updates of XProtect (the malware protection built into macOS) are switched off.

## What to do

check-av-advice-turn-on-defender = Open Windows Security, choose “Virus & threat protection”, then turn on “Real-time protection”.
check-av-advice-other-product = If your office uses another product (Bkav, CMC, Kaspersky…), open it and switch it back on.
check-av-advice-renew = The licence of { $names } has expired. Ask the contact point before renewing or removing it: software the organisation installed may be managed centrally. If you may remove it, Windows Defender switches itself back on.
check-av-advice-stale-too = The malware definitions of { $names } have not been updated for { $days } days. Once it is on, update it at once (the computer needs an Internet connection).
check-av-advice-stale-too-undated = The malware definitions of { $names } are out of date. Once it is on, update it at once (the computer needs an Internet connection).
check-av-advice-update-defender = Open Windows Security, choose “Virus & threat protection”, and click “Check for updates”.
check-av-advice-update-product = Open { $names } and click its update button.
check-av-advice-internet = The computer needs an Internet connection to update.
check-av-advice-open-product = Open { $names } to see whether it is switched on and up to date.
check-av-advice-look-yourself-windows = Open Windows Security to see for yourself whether anti-malware software is on.
check-av-advice-directive-14 = TựKiểm only sees whether the software is on and up to date; it does not confirm that it meets Directive 14/CT-TTg. Ask the contact point which software your unit may use.
check-av-advice-ask-support = If you cannot do this yourself, call the contact point shown on the “Report a problem” screen.
check-av-advice-mac-gatekeeper = Turn Gatekeeper back on so this Mac only opens apps from the App Store and identified developers.
check-av-advice-mac-updates = Turn automatic updates back on so Apple can send new malware definitions.

check-av-open-windows-security = Open Windows Security
check-av-steps-update-label = How to update
check-av-steps-install-label = How to install ClamAV (needs administrator rights)
check-av-steps-gatekeeper-label = How to turn on Gatekeeper

check-av-step-open-terminal = Open a terminal window.
check-av-step-freshclam = Type: sudo freshclam and press Enter; give the computer's password if asked.
check-av-step-freshclam-busy = If it says freshclam is already running, type: sudo systemctl restart clamav-freshclam
check-av-step-install-clamav = Type: sudo apt install clamav clamav-daemon and press Enter.
check-av-step-mdatp-update = Type: sudo mdatp definitions update and press Enter.
check-av-step-check-again = Run TựKiểm again to check.
check-av-step-mac-open-privacy = Open System Settings and choose Privacy & Security.
check-av-step-mac-allow-identified = Under Security, allow apps from “App Store and identified developers”.
check-av-step-mac-open-software-update = Open System Settings, choose General, then Software Update.
check-av-step-mac-security-responses = Click (i) next to “Automatic updates” and turn on “Install Security Responses and system files”.

## Why it could not be checked

check-av-reason-security-center = Could not read Windows Security Center: { $code ->
    [absent] this computer does not have it.
    [namespace-missing] this computer does not have it.
    [access-denied] Windows does not allow it.
    [timed-out] Security Center did not answer in time.
    [com] Windows reported an error (code { $detail }).
   *[other] Windows reported an error.
}
check-av-reason-defender = Could not read the state of Windows Defender: { $code ->
    [absent] this computer does not have Windows Defender.
    [namespace-missing] this computer does not have Windows Defender.
    [access-denied] Windows does not allow it.
    [timed-out] Windows Defender did not answer in time.
    [com] Windows reported an error (code { $detail }).
   *[other] Windows reported an error.
}
check-av-reason-defender-mode = Windows Defender reported a running mode TựKiểm does not know.
check-av-reason-xprotect-missing = XProtect, the malware protection built into macOS, was not found.

## Sample machine names (training mode)

scenario-windows-healthy = Windows 11, Windows Defender on
scenario-windows-bkav = Windows 10, Bkav on, Windows Defender in passive mode
scenario-windows-av-off = Windows 10, anti-malware software off and long out of date
scenario-windows-server = Windows Server 2022 with CMC Endpoint Security
scenario-windows-browsers = Windows 11, browsers holding .gov.vn passwords, UltraViewer running
scenario-linux-clamav = Linux with ClamAV, Chrome storing passwords almost unencrypted
scenario-all-timeouts = A Windows computer where no check command answers
