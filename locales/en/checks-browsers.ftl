# Computer check: passwords saved in browsers.
# The helper messages below use the arguments of the message that references them ($browser,
# $variant, $more, $unreadable, $protection): a referenced message sees the same arguments.

check-browsers-title = Passwords saved in browsers

check-browsers-browser-name =
    { $browser ->
        [chrome] Google Chrome
        [edge] Microsoft Edge
        [coccoc] Cốc Cốc
        [brave] Brave
        [opera] Opera
        [vivaldi] Vivaldi
        [chromium] Chromium
        [yandex] Yandex Browser
        [firefox] Firefox
       *[other] { $browser }
    }{ $variant ->
        [beta] {" "}Beta
        [dev] {" "}Dev
        [canary] {" "}Canary
        [gx] {" "}GX
        [snap] {" "}(snap)
        [flatpak] {" "}(Flatpak)
       *[none] {""}
    }

check-browsers-profile-title = { check-browsers-browser-name }, { $kind ->
        [default] default profile
       *[named] profile “{ $profile }”
    }
check-browsers-location-title = { check-browsers-browser-name }

check-browsers-more-domains =
    { $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
check-browsers-unreadable-note =
    { $unreadable ->
        [0] {""}
        [one] {" "}One profile could not be read.
       *[other] {" "}{ $unreadable } browser profiles could not be read.
    }

check-browsers-none-found = No browser profiles were found on this computer.
check-browsers-nothing-saved =
    { $profiles ->
        [one] Looked at one browser profile: no saved passwords found.
       *[other] Looked at { $profiles } browser profiles: no saved passwords found.
    }{ check-browsers-unreadable-note }
check-browsers-total-gov =
    { $saved ->
        [one] Browsers hold one saved password
       *[other] Browsers hold { $saved } saved passwords
    } in { $profiles ->
        [one] one profile
       *[other] { $profiles } browser profiles
    }. { $gov ->
        [one] One is
       *[other] { $gov } are
    } for government systems: { $domains }{ check-browsers-more-domains }.{ check-browsers-unreadable-note }
check-browsers-total-saved =
    { $saved ->
        [one] Browsers hold one saved password
       *[other] Browsers hold { $saved } saved passwords
    } in { $profiles ->
        [one] one profile
       *[other] { $profiles } browser profiles
    }. None is for a government system.{ check-browsers-unreadable-note }

check-browsers-profile-gov =
    { $saved ->
        [one] Holds one saved password.
       *[other] Holds { $saved } saved passwords.
    } { $gov ->
        [one] One is
       *[other] { $gov } are
    } for government systems: { $domains }{ check-browsers-more-domains }. { check-browsers-protection }
check-browsers-profile-saved =
    { $saved ->
        [one] Holds one saved password, not for a government system.
       *[other] Holds { $saved } saved passwords, none for a government system.
    } { check-browsers-protection }
check-browsers-protection =
    { $protection ->
        [plaintext_equivalent] On this computer the passwords are stored almost unlocked: anyone who copies the file can read them all.
        [dpapi] The passwords are locked with your Windows account, but any program running on the computer, malware included, can open them.
        [app_bound] The passwords are locked more tightly (only the browser can open them), but recent password-stealing malware still gets through.
        [os_keyring] The passwords are locked by the operating system, but programs running under your account can take them once you are logged in.
        [keychain] The passwords are locked with the macOS Keychain, but malware often tricks you into typing your computer password to open it.
        [firefox_unknown_primary] Whether Firefox has a Primary Password was not checked. Without one, malware can open every saved password.
        [not_checked] How this browser locks the passwords was not checked.
       *[other] How the passwords are locked is unknown.
    }

check-browsers-advice-delete-gov = Delete the saved passwords for government systems (sites ending in .gov.vn) from the browser now.
check-browsers-advice-change-gov = Then change the passwords of those systems. Saved passwords may already have been taken by malware.
check-browsers-advice-delete-other = Also delete any other saved passwords you do not really need. Change the passwords of important accounts, such as email.
check-browsers-advice-turn-off = Turn off the browser's offer to save passwords, so it stops asking.
check-browsers-advice-already-off = The browser no longer offers to save passwords, but the ones saved earlier are still there and can still be taken. Delete them.
check-browsers-advice-firefox-primary = If you keep passwords in Firefox, set a Primary Password to lock them.
check-browsers-advice-retry = Close the browser and check again. If it still fails, call the contact point shown on the “Report a problem” screen.
check-browsers-advice-keep-off = When the browser asks whether to save a password, choose “Never”. Better still, turn off the offer to save passwords.

check-browsers-steps-label = How to delete the passwords saved in { check-browsers-browser-name }
check-browsers-step-open-chrome = Open Google Chrome. Type chrome://password-manager/passwords in the address bar and press Enter. (Or click ⋮ at the top right, choose “Passwords and autofill”, then “Google Password Manager”.)
check-browsers-step-open-edge = Open Microsoft Edge. Type edge://settings/passwords in the address bar and press Enter.
check-browsers-step-open-coccoc = Open Cốc Cốc and go to its Settings page. Type “password” in the Settings search box, then open the password manager.
check-browsers-step-open-brave = Open Brave. Type brave://settings/passwords in the address bar and press Enter.
check-browsers-step-open-opera = Open Opera. Type opera://settings/passwords in the address bar and press Enter.
check-browsers-step-open-vivaldi = Open Vivaldi and go to its Settings page. Type “password” in the Settings search box, then open the password manager.
check-browsers-step-open-chromium = Open Chromium. Type chrome://password-manager/passwords in the address bar and press Enter.
check-browsers-step-open-yandex = Open Yandex Browser and go to its Settings page. Type “password” in the Settings search box, then open the password manager.
check-browsers-step-open-firefox = Open Firefox. Type about:logins in the address bar and press Enter.
check-browsers-step-delete-gov = For each site ending in .gov.vn ({ $domains }{ check-browsers-more-domains }): click it, choose Delete, and confirm.
check-browsers-step-delete-other = Delete the other passwords you do not really need saved as well.
check-browsers-step-turn-off-chromium = In the password manager's Settings, turn off “Offer to save passwords”.
check-browsers-step-turn-off-firefox = Type about:preferences#privacy in the address bar. Under Passwords, untick the box that asks to save passwords for websites.
check-browsers-step-primary = In the same Passwords section, choose to use a Primary Password and set a strong one that only you know.
check-browsers-step-change-gov = Sign in to each .gov.vn system you deleted and change to a new password. Do not save the new password in the browser.
check-browsers-step-change = Change the passwords of the important accounts you deleted, such as email. Do not save the new passwords in the browser.

check-browsers-reason-no-home = The user's folder on this computer is unknown (the { $var } environment variable is missing).
check-browsers-reason-db-empty = The file { $path } is empty; it does not look like a browser's password store.
check-browsers-reason-db-corrupt = The file { $path } is damaged or not a database ({ $detail }).
check-browsers-reason-db-schema = The file { $path } does not have the expected structure (missing { $detail }).
check-browsers-reason-db-changing = The browser was writing to { $path } during the check.
check-browsers-reason-db-in-use = The browser is using or recovering the file { $path } (changes not yet written back), so it cannot be counted now. Open the browser, close it, then check again.
check-browsers-reason-db-odd-values = The file { $path } holds values a browser does not write ({ $detail }), so TựKiểm cannot tell which saved passwords it holds.
check-browsers-reason-db-other = Could not read the file { $path }: { $detail }
check-browsers-reason-file-corrupt = The file { $path } is damaged and could not be read ({ $detail }).
check-browsers-reason-some-unreadable = { $count ->
        [one] One browser profile or folder could not be read.
       *[other] { $count } browser profiles or folders could not be read.
    }
