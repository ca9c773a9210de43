# The Department's bundle (*.tukiem): organisation profile, the letter, reported fake sites,
# official sites, stealer families, leaked-password filters, signed by the Department (docs/bundle.md).
# Refusals name the file, the entry and the problem, never the content.

## Why a bundle is refused

bundle-damaged = { $path } is damaged or cut short: it is not a bundle that can be read.
bundle-bad-entry-name = { $path } holds an entry whose name is not allowed (it points outside the bundle or has the wrong form), so TựKiểm does not use it.
bundle-not-plain-entry = { $path } holds an entry that is not an ordinary file (a link, a folder or a device), so TựKiểm does not use it.
bundle-duplicate-entry = { $path } holds the entry { $entry } twice, so TựKiểm does not use it.
bundle-entry-too-large = The entry { $entry } of { $path } is larger than allowed, so TựKiểm does not use it.
bundle-too-many-entries = { $path } holds too many entries for a bundle, so TựKiểm does not use it.
bundle-missing-entry = { $path } lacks the entry { $entry }, so TựKiểm does not use it.
bundle-unlisted-entry = { $path } holds the entry { $entry }, which the signed manifest does not list, so TựKiểm does not use it.
bundle-unknown-format = { $path } is a bundle of format { $found }, which this version of TựKiểm cannot read yet. Install a newer TựKiểm.
bundle-bad-manifest = The manifest of { $path } has the wrong form, so TựKiểm does not use it.
bundle-no-trusted-key = This computer has no public key of the Department yet, so TựKiểm cannot check the signature of { $path } and does not use it. The key is installed with TựKiểm by the installer the Department sent.
bundle-untrusted = { $path } is not signed with the Department's key installed on this computer, or was changed after signing, so TựKiểm does not use it. The profile in use stays as it is.
bundle-entry-mismatch = The entry { $entry } of { $path } was changed after signing, so TựKiểm does not use it.
bundle-profile-invalid = The organisation profile inside { $path } is not valid. { $where } { $reason }
bundle-bad-list = The list { $entry } inside { $path } has the wrong form{ $line ->
    [0] .
   *[other] {" "}at line { $line }.
  }
bundle-not-newer = { $path } is version { $version }, not newer than version { $installed } in use, so TựKiểm does not replace it.
bundle-no-data-folder = TựKiểm's data folder was not found, so the bundle cannot be installed.
bundle-write-failed = The bundle could not be installed in { $path } ({ $detail }). The profile in use stays as it is.
bundle-bad-input = { $path } cannot be put in the bundle: { $reason }
bundle-bad-key-file = { $path } is not a TựKiểm key file.
bundle-input-not-text = the file is not UTF-8 text.
bundle-input-bad-line = line { $line } has the wrong form.
bundle-input-bad-name = file names may hold only lower-case letters without tone marks, digits, hyphens and underscores, and must not repeat.
bundle-input-too-large = the bundle made would be larger than 64 MB.

## What a new bundle changes compared with the profile in use

bundle-change-agency = Agency: { $before } → { $after }
bundle-change-contact = Contact point: { $before } → { $after }
bundle-change-systems = Shared information systems: { $before } → { $after }
bundle-change-reported-fakes = Reported fake sites: { $before } → { $after }
bundle-change-official-hosts = The agency's official sites: { $before } → { $after }
bundle-change-stealer-families = Information-stealing malware families the Department adds: { $before } → { $after }
bundle-change-leak-filters = Leaked-password filters: { $before } → { $after }
bundle-change-none = Nothing differs from the profile in use.

## tukiem-cli bundle

cli-help-bundle = The Department's bundle: make keys, make a bundle, verify, install, show the one in use (docs/bundle.md)
cli-help-bundle-keygen = Make a new key pair for the Department to sign bundles with
cli-help-bundle-secret-out = The secret key file to create (keep it secret, on the Department's signing computer only)
cli-help-bundle-public-out = The public key file to create (*.pub, sent with the installer)
cli-help-bundle-build = Make and sign a bundle from an organisation profile (--profile) and lists
cli-help-bundle-reported-fakes = Reported fake sites (TSV: host, what it imitates, date, source)
cli-help-bundle-official-hosts = The agency's official sites, one host a line
cli-help-bundle-stealer-families = Information-stealing malware families the Department adds (TOML)
cli-help-bundle-leaks = A leaked-password filter file (may be given more than once)
cli-help-bundle-version = The bundle's version number (default: the time it is made, in seconds)
cli-help-bundle-valid-until = The day after which the bundle is called old (YYYY-MM-DD, default: 180 days from today)
cli-help-bundle-secret = The secret key file to sign with
cli-help-bundle-out = The bundle file to create (*.tukiem)
cli-help-bundle-verify = Verify a bundle against the keys this computer trusts and say what it holds
cli-help-bundle-install = Install a bundle for this user, checked exactly as the profile update screen does
cli-help-bundle-file = The bundle file (*.tukiem)
cli-help-bundle-show = Say which bundle is in use and where it came from

cli-bundle-need-profile = Name the organisation profile file to put in the bundle with the --profile option.
cli-bundle-exists = { $path } already exists; TựKiểm does not overwrite it.
cli-bundle-keygen-done = Key pair made, key id { $id }.
cli-bundle-keygen-secret = Secret key: { $path } (keep it secret, on the Department's signing computer only)
cli-bundle-keygen-public = Public key: { $path } (put it beside setup.exe so the installer copies it to each computer)
cli-bundle-built = Bundle { $path } made.
cli-bundle-verified = { $path } carries a valid signature of a key this computer trusts.
cli-bundle-issuer = Issued by: { $issuer }
cli-bundle-version = Version: { $version }
cli-bundle-made = Made on: { $date }
cli-bundle-old-after = Called old after: { $date }
cli-bundle-is-old = That day has passed: the bundle's lists are old; ask the Department for a new bundle.
cli-bundle-key = Signed with key id: { $id }
cli-bundle-contents = Contents: { $systems } shared information { $systems ->
        [one] system
       *[other] systems
    }, { $fakes } reported fake { $fakes ->
        [one] site
       *[other] sites
    }, { $hosts } official { $hosts ->
        [one] site
       *[other] sites
    }, { $families } information-stealing malware { $families ->
        [one] family
       *[other] families
    }, { $filters } leaked-password { $filters ->
        [one] filter
       *[other] filters
    }.
cli-bundle-letter = Holds the letter's original text.
cli-bundle-changes = Changes compared with the profile in use:
cli-bundle-would-refuse = If installed: { $reason }
cli-bundle-installed = Bundle installed. From now on TựKiểm speaks for { $issuer }.
cli-bundle-show-none = No bundle is in use: TựKiểm uses its built-in example profile.
cli-bundle-show-installed = In use: the bundle this user installed: { $path }
cli-bundle-show-machine-wide = In use: the bundle in this computer's shared folder: { $path }
cli-bundle-show-refused = Skipped a bundle: { $reason }
cli-bundle-random-failed = The operating system gave no randomness, so TựKiểm could not make a key.
