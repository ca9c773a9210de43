# The kind of a failed read or write, inside another sentence (crates/core/src/io_reason.rs).

io-not-found = no such file or folder
io-permission-denied = no permission to read or write
io-not-a-folder = part of the path is a file, not a folder
io-is-a-folder = this is a folder, not a file
io-disk-full = the disk is full
io-already-exists = a file of that name already exists
io-timed-out = it took too long
io-closed = the receiving end was closed
io-damaged = the data is damaged
io-database = the database file could not be written
io-other = another operating system error
