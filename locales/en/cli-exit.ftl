# tukiem-cli exit codes, shown under --help (crates/cli/src/exit.rs).

cli-help-exit-codes =
    Exit codes:
      0  check: everything is fine; other commands: done
      1  check: some items need a look, or could not be checked
      2  check: something is dangerous; link: a link is a look-alike
      3  check: the computer could not be checked at all
      64 the command line is wrong
      65 an input is not valid (profile, standard input that is not UTF-8, checklist, a damaged bundle)
      66 an input file is missing or cannot be read
      71 the operating system gave no randomness (generate)
      73 the output file cannot be created
      74 another read or write error
      77 a bundle not signed with a key this computer trusts, or no trusted key at all
