# Computer check: Windows itself (TựKiểm's suggestions, not the letter's requirements), the
# Run-box trace, and the "does not apply to this computer" state.

## Does not apply to this computer

check-status-not-applicable = Does not apply
check-summary-not-applicable = This item does not apply to this computer, so it earns no points.
checks-overall-not-applicable = No item applies to this computer.
checks-not-applicable-heading = Does not apply to this computer
cli-check-mark-not-applicable = [–]
cli-check-overall-not-applicable = Summary: no item applies to this computer.
cli-check-not-applicable-heading = Items that do not apply to this computer (no points):

## Common reasons

posture-reason-registry = Could not read the registry key { $key }: { $code ->
    [access-denied] Windows does not allow it.
    [timed-out] Windows did not answer in time.
   *[other] error { $detail }.
}
posture-reason-key-missing = This computer has no registry key { $key }, where Windows usually keeps this.
posture-reason-value-type = The value { $value } in { $key } has a data type Windows does not use there, so TựKiểm does not rely on it.
posture-reason-clock = The computer's clock does not give a real date, so the end-of-support date cannot be compared.
posture-reason-no-mtime = Cannot tell when the file { $path } was last changed.

## Windows still supported

# The title's id is the finding id (`windows-support`), as scripts know it.
windows-support = The operating system still gets security updates (TựKiểm suggests)
posture-support-supported = { $system } gets security updates until { $ends } (by the end-of-support table TựKiểm compiled on { $table }).
posture-support-ended = { $system } stopped getting security updates on { $ends } (by the end-of-support table TựKiểm compiled on { $table }). Newly found holes will not be fixed.
posture-support-ended-long-ago = { $system } stopped getting security updates years ago. Newly found holes will not be fixed.
posture-support-advice-upgrade = Upgrade to a Windows version that is still supported (Settings › Windows Update), or ask the contact point if this computer cannot be upgraded.
posture-support-advice-esu = If this is Windows 10 and your agency enrolled in Extended Security Updates (ESU), it still gets fixes: the consumer plan until { $consumer }, the organisation plan at most until { $commercial }. TựKiểm cannot see whether this computer is enrolled: ask the Department.
posture-support-advice-meanwhile = Until then: do not save passwords in browsers and do not run unknown downloaded files.
posture-support-advice-ending-soon = Support ends in { $days } days: plan the upgrade now.
posture-support-reason-build = Could not read Windows' build number in the registry.
posture-support-reason-edition = TựKiểm does not know the Windows edition “{ $edition }”, so it does not guess its end-of-support date.
posture-support-reason-newer = { $system } (build { $build }) is newer than the end-of-support table TựKiểm compiled on { $table }, so TựKiểm does not know its end date yet. Use a newer TựKiểm.
posture-support-reason-not-listed = The end-of-support table TựKiểm compiled on { $table } does not list { $system } (build { $build }).
posture-support-reason-newer-linux = { $system } is newer than the end-of-support table TựKiểm compiled on { $table }, so TựKiểm does not know its end date yet.
posture-support-reason-no-table = TựKiểm has no sourced end-of-support table for { $system }.
posture-support-reason-no-os-release = This computer has no /etc/os-release file saying which Linux it is.

## Updates installed

# The title's id is the finding id (`windows-updates`).
windows-updates = The computer is updated regularly (TựKiểm suggests)
posture-updates-last = The newest Windows update was installed on { $date } ({ $days ->
    [0] today
    [1] 1 day ago
   *[other] { $days } days ago
}).
posture-updates-last-unknown = When the last Windows update was installed is not known.
posture-updates-last-linux = This computer's software packages were last installed or upgraded on { $date } ({ $days ->
    [0] today
    [1] 1 day ago
   *[other] { $days } days ago
}).
posture-updates-paused = Windows updates are paused until { $until }.
posture-updates-off-by-policy = Windows updates are turned off by group policy ({ $value } in { $key }): ask the contact point why.
posture-updates-service-disabled = The Windows Update service is disabled on this computer.
posture-updates-advice-stale = No update has been installed for more than { $days } days, while Windows ships security fixes every month.
posture-updates-advice-run = Open Windows Update, click “Check for updates” and install every fix.
posture-updates-advice-linux = Run the computer's software updater and install every fix.
posture-updates-open = Open Windows Update
posture-updates-reason-list = Could not read the list of installed updates (Win32_QuickFixEngineering): { $code ->
    [access-denied] Windows does not allow it.
    [timed-out] Windows did not answer in time.
    [absent] this computer has no such list.
   *[other] error { $detail }.
}
posture-updates-reason-no-date = The list of installed updates has no valid installation date.
posture-updates-reason-bad-date = The change date of the file { $path } is not a real date.
posture-updates-reason-no-source = TựKiểm has no reliable source for when { $system } was last updated.

## Firewall

posture-firewall-title = The computer's firewall (TựKiểm suggests)
posture-firewall-on = Windows firewall is on for all three kinds of network (domain, private, public).
posture-firewall-off = Windows firewall is off for { $profiles }.
posture-firewall-profiles-1 = the { $p1 } network
posture-firewall-profiles-2 = the { $p1 } and { $p2 } networks
posture-firewall-profiles-3 = the { $p1 }, { $p2 } and { $p3 } networks
posture-firewall-profile-domain = domain (office)
posture-firewall-profile-private = private
posture-firewall-profile-public = public
posture-firewall-service-disabled = The Windows firewall service is disabled, so no kind of network is protected.
posture-firewall-by-policy = The firewall is turned off by group policy ({ $key }): ask the contact point why.
posture-firewall-open = Open firewall settings
posture-firewall-advice-other-product = If this computer uses the firewall of other security software, this is expected; otherwise turn the firewall back on.
posture-firewall-reason-value = Could not read the on/off state in { $key }.
posture-firewall-reason-no-source = TựKiểm has no reliable source for the firewall of { $system }.
posture-firewall-ufw-on = The ufw firewall is set to on.
posture-firewall-ufw-off = The ufw firewall is off.
posture-firewall-advice-ufw = Ask the contact point to turn the computer's firewall on.
posture-firewall-reason-linux = This computer does not use ufw; other firewalls (nftables, firewalld) can only be read with administrator rights.
posture-firewall-reason-ufw-value = The file { $path } does not say whether ufw is on or off.

## SmartScreen

posture-smartscreen-title = SmartScreen warns about unknown files and sites (TựKiểm suggests)
posture-smartscreen-on = SmartScreen is on for downloaded apps and for Microsoft Edge.
posture-smartscreen-on-default = SmartScreen is left at Windows' default (on) for downloaded apps and for Microsoft Edge.
posture-smartscreen-off-apps = SmartScreen is off for downloaded apps: Windows does not warn before running an unknown program.
posture-smartscreen-off-edge = SmartScreen is off in Microsoft Edge: Edge does not warn about known scam sites.
posture-smartscreen-off-both = SmartScreen is off for both downloaded apps and Microsoft Edge.
posture-smartscreen-by-policy = SmartScreen is turned off by group policy ({ $value } in { $key }): ask the contact point why.
posture-smartscreen-advice-turn-on = Open Windows Security › App & browser control and turn SmartScreen back on.
posture-smartscreen-open = Open App & browser control
posture-smartscreen-reason-not-windows = SmartScreen exists on Windows only.
posture-smartscreen-reason-old-windows = This Windows (build { $build }) is older than Windows 8, which brought SmartScreen for downloaded apps.

## The Run box (Win+R)

posture-runbox-title = Commands pasted into the Run box (Win+R)
posture-runbox-empty = This account's Run box has not run any command.
posture-runbox-clean = The Run box remembers { $count ->
    [1] 1 command; it does not fetch or run code from elsewhere.
   *[other] { $count } commands; none fetches or runs code from elsewhere.
}
posture-runbox-found = The Run box remembers { $count ->
    [1] 1 command that uses { $programs } to fetch or run code. This is how fake “verify you are not a robot” pages install password-stealing software.
   *[other] { $count } commands that use { $programs } to fetch or run code. This is how fake “verify you are not a robot” pages install password-stealing software.
}
posture-runbox-found-domains = The Run box remembers { $count ->
    [1] 1 command that uses { $programs } to fetch or run code from { $domains }. This is how fake “verify you are not a robot” pages install password-stealing software.
   *[other] { $count } commands that use { $programs } to fetch or run code from { $domains }. This is how fake “verify you are not a robot” pages install password-stealing software.
}
posture-runbox-found-dated = The Run box remembers { $count ->
    [1] 1 command that uses { $programs } to fetch or run code; it was run on { $date }. This is how fake “verify you are not a robot” pages install password-stealing software.
   *[other] { $count } commands that use { $programs } to fetch or run code; the latest was run on { $date }. This is how fake “verify you are not a robot” pages install password-stealing software.
}
posture-runbox-found-domains-dated = The Run box remembers { $count ->
    [1] 1 command that uses { $programs } to fetch or run code from { $domains }; it was run on { $date }. This is how fake “verify you are not a robot” pages install password-stealing software.
   *[other] { $count } commands that use { $programs } to fetch or run code from { $domains }; the latest was run on { $date }. This is how fake “verify you are not a robot” pages install password-stealing software.
}
posture-runbox-advice-what = If a web page ever told you to press Win+R, then paste and run a command, treat this computer as infected with information-stealing malware.
posture-runbox-reason-not-windows = The Run box (Win+R) exists on Windows only.

## Self-assessment score

score-part-run-box = No unknown command pasted into the Run box
score-part-windows-support = Operating system still gets security updates (TựKiểm suggests)
score-part-windows-updates = Computer updated regularly (TựKiểm suggests)
score-part-firewall = Firewall on (TựKiểm suggests)
score-part-smartscreen = SmartScreen on (TựKiểm suggests)
score-action-run-box = Report the unknown command in the Run box
score-action-windows-support = Upgrade the operating system to a version that is still supported
score-action-windows-updates = Install the missing updates
score-action-firewall = Turn the computer's firewall back on
score-action-smartscreen = Turn SmartScreen back on

## Sample machines

scenario-windows-10-esu = Windows 10 past its end of support and past the extended updates
scenario-windows-11-enterprise = Windows 11 Enterprise 24H2, still supported
scenario-windows-updates-paused = Windows 11 with updates paused
scenario-windows-firewall-public-off = Windows 11, firewall off for public networks
scenario-windows-smartscreen-policy = Windows 11, SmartScreen turned off by group policy
scenario-windows-clickfix = Windows 11, an unknown command pasted into the Run box after a fake “not a robot” page
scenario-windows-10-posture = Windows 10 out of support, updates paused, firewall and SmartScreen off, an unknown command in the Run box

## Unreadable hosts file

check-hosts-reason-bad-utf16 = The file { $path } says it is UTF-16 but its content is not, so TựKiểm cannot read it.
check-hosts-reason-binary = The file { $path } is not text TựKiểm can read (it holds NUL characters: perhaps UTF-16 without its mark).

## Policy forcing extensions

check-extensions-reason-settings = The ExtensionSettings policy at { $key } cannot be read (not valid JSON), so which extensions it forces is not known.

## Proxy: other sources

check-proxy-reason-pac-path = The path of the proxy configuration (PAC) file that { $source } points to is not understood.
check-proxy-reason-policy-json = The ProxySettings policy at { $key } cannot be read (not valid JSON), so which proxy the browser is told to use is not known.
check-proxy-reason-firefox-json = Firefox's policy file { $path } cannot be read (not valid JSON).
check-proxy-reason-firefox-ini = Firefox's file { $path } cannot be read.

## The unit roll-up's posture columns

rollup-col-run-box = Unknown command in the Run box (Win+R)
rollup-col-windows = Operating system, firewall, SmartScreen (TựKiểm suggests)
rollup-runbox-found = Yes: report it
rollup-runbox-none = None
rollup-posture-not-applicable = Does not apply to this computer
rollup-posture-fine = In order
rollup-posture-to-look = Needs a look: { $items }
rollup-posture-unknown = Could not check: { $items }
rollup-posture-windows-support = support period
rollup-posture-windows-updates = updates
rollup-posture-firewall = firewall
rollup-posture-smartscreen = SmartScreen
