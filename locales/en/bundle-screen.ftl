# "Update the unit's profile": the screen where a clerk installs the unit's profile file (.tukiem),
# and the lines every screen that names the agency shows about the profile in use
# (crates/core/src/app/speaking.rs).

## What the profile in use is (home, advice, incident, and this screen)
speaking-embedded-example = This is the example profile: its agency and contact point are copied from the letter of { $date } by { $issuer }, not your unit's own. For TựKiểm to name your own agency and contact point, ask whoever sent you TựKiểm for your unit's profile file (its name ends in “.tukiem”), then open “Update the unit's profile” on the home screen.
speaking-bundle-old = The unit's profile sent by { $issuer } is old: it says it is meant for use until { $date }. The agency, the contact point and the list of fake sites may have changed. Ask for a newer one, then open “Update the unit's profile” on the home screen.
speaking-source-embedded = The example profile built into TựKiểm, copied from the letter of { $date }.
speaking-source-file = The profile file { $file }, named by whoever started TựKiểm.
speaking-source-installed = The profile of { $issuer }, version { $version }, made on { $made }, installed on this computer.
speaking-source-machine-wide = The profile of { $issuer }, version { $version }, made on { $made }, provided for every account on this computer.

## The screen
bundle-screen-home-title = Update the unit's profile
bundle-screen-home-body = Install the profile file (.tukiem) your unit sends, so that TựKiểm names your agency, contact point and the fake sites reported.
bundle-screen-title = Update the unit's profile
bundle-screen-lead = Your unit may send you a profile file whose name ends in “.tukiem”. It tells TựKiểm the agency's name, the contact point, the shared systems and the fake sites reported. TựKiểm only accepts a file signed with a key this computer trusts.
bundle-screen-current-title = Profile in use
bundle-screen-current-agency = Agency: { $agency }
bundle-screen-found-refused = This computer also holds profile files that cannot be used:
bundle-screen-pick = Choose a profile file (.tukiem)
bundle-screen-pick-other = Choose another file
bundle-screen-pick-title = Choose the unit's profile file
bundle-screen-filter = Unit profile file (.tukiem)
bundle-screen-preview-title = What this file holds
bundle-screen-file = File
bundle-screen-issuer = Sent by
bundle-screen-version = Version
bundle-screen-made = Made on
bundle-screen-old-after = For use until
bundle-screen-changes-title = What installing it changes
bundle-screen-is-old = This file is past its “for use until” date. It can still be installed, but TựKiểm will say the profile is old; better ask for a newer one.
bundle-screen-install = Install this profile
bundle-screen-cancel = Do not install
bundle-screen-refused-title = This file cannot be used
bundle-screen-unchanged = Nothing was installed. If your unit sent this file, tell whoever sent it.
bundle-screen-installed-title = The unit's profile is installed
bundle-screen-installed = The profile of { $issuer }, version { $version }, is installed. From now on the home screen, the advice and “Report a problem” follow this profile: { $agency }.
bundle-screen-installed-overridden = The profile of { $issuer }, version { $version }, is installed. This time TựKiểm was started with a profile file of its own, so it keeps using that file; the profile just installed is used when TựKiểm is started normally.
bundle-screen-go-home = Back to the home screen
bundle-screen-nothing-picked = No profile file chosen yet.
bundle-screen-failed = This could not be done ({ $detail }). The profile in use stays as it was.
