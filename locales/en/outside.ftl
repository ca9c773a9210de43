# Reading a file TựKiểm did not write (a browser's password store, an organisation profile, a recorded machine, someone's report).
# Reasons name the file and the problem, never the file's content.

outside-not-found = { $path } was not found.
outside-not-a-file = { $path } is not an ordinary file, so TựKiểm does not open it.
outside-too-large = { $path } is larger than { $megabytes } MB, too large for this kind of file, so TựKiểm does not read it.
outside-permission-denied = No permission to read { $path }.
outside-timed-out = Reading { $path } took more than { $seconds } seconds, so it was stopped.
outside-not-utf8 = { $path } is not readable text (UTF-8).
outside-unreadable = { $path } could not be read.
outside-too-many = The folder { $path } holds more than { $limit } entries, too many for this kind of folder, so TựKiểm does not look through it.
outside-damaged = The file { $path } is damaged or not in the expected form ({ $kind ->
    [syntax] broken text
    [truncated] cut short
   *[shape] unexpected content
  } at line { $line }, column { $column }).
