# Errors while reading an organisation profile file. First line: where; second line: what.

profile-error-at-field = Profile file { $file }, line { $line }, field “{ $field }”:
profile-error-at-line = Profile file { $file }, line { $line }:
profile-error-in-field = Profile file { $file }, field “{ $field }”:
profile-error-in-file = Profile file { $file }:

profile-reason-not-found = the file does not exist.
profile-reason-permission = you do not have permission to read the file.
profile-reason-unreadable = the file cannot be read.
profile-reason-not-utf8 = the file is not UTF-8 text. Save it again with the UTF-8 encoding.
profile-reason-syntax = the file is not valid TOML.
profile-reason-missing = this field is missing.
profile-reason-unknown-field = the profile format has no such field. Its name may be misspelt.
profile-reason-wrong-type = the value has the wrong type.
profile-reason-empty = this field is empty.
profile-reason-bad-id = an id may only contain lower-case letters without accents, digits and hyphens.
profile-reason-duplicate-id = this id is already used by another system.
profile-reason-no-systems = at least one system is needed.
profile-reason-bad-date = write the date as year-month-day, for example 2023-11-02.
profile-reason-bad-url = the address must start with https:// or http://, or be left empty.
profile-reason-bad-email = the e-mail address is not valid.
profile-reason-bad-phone = a phone number has 8 to 15 digits, optionally with spaces, dots, hyphens or a leading +.
profile-reason-min-length = the minimum length must be between { $floor } and { $ceiling } characters.
profile-reason-no-specials = list the special characters that count.
profile-reason-specials-not-symbols = list symbols only: no letters, digits or spaces.
profile-reason-bad-host = a host name such as qlvb.namdinh.vn: no https://, path or port, and not an IP address.

profile-reason-max-age = the number of days must be from 1 to { $ceiling }, or leave the key out.
profile-reason-bad-file-name = give only the name of a .txt file in the same folder as the profile (no folder, no “..”).

# The profile is old (over a year): the agency and contact may have changed.
profile-ageing = { $source ->
        [letter] TựKiểm's agency and contact come from the letter of { $date }.
       *[other] TựKiểm's agency and contact are as known on { $date }.
    } In 2025 departments and provinces were reorganised, and the duty of network information security moved to other bodies, so the agency and the person in charge may have changed. If you cannot reach { $contact } (phone { $phone }), ask the head of your unit who the contact point is now.
# The contact inside a sentence: "Mr Phạm Văn An". The profile gives the honorific in each
# language, so the code passes both forms and each language takes its own ($en here, $vi there).
profile-contact-in-sentence = { $en }
profile-note = Note from the organisation profile: { $note }
profile-reason-too-long = this text is longer than { $limit } characters.
profile-reason-too-many-systems = a profile can list at most { $limit } systems.
profile-reason-hidden-characters = this text holds hidden characters (direction marks, invisible or control characters) that can make it look different from what it is. Type it again without them.
profile-reason-not-a-file = this is not an ordinary file, so it is not opened.
profile-reason-too-large = the file is larger than { $megabytes } MB, far larger than a profile can be.
