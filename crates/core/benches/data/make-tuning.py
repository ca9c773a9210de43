#!/usr/bin/env python3
"""Builds vi-tuning.txt: rule-compliant Vietnamese-pattern passwords the model's costs were tuned
on, from the model's own data (crates/core/data/vi/: dictionary words, syllables, names, places,
words). Seed 1. The accuracy benchmark reports it apart from vi-heldout.txt, which comes from
another source (make-heldout.py) and was not tuned on.

    python3 crates/core/benches/data/make-tuning.py
"""

import random
from pathlib import Path

from vi_common import SEPARATORS, caps_with, comply, digits, leet, meets_rule

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "data" / "vi"


def entries(name, limit=None):
    lines = [l.strip() for l in (DATA / name).read_text().splitlines()]
    lines = [l for l in lines if l and not l.startswith("#")]
    return lines[:limit] if limit else lines


def main():
    rng = random.Random(1)
    phrases = [p.split() for p in entries("phrases.txt", 5000)]
    syllables = entries("syllables.txt", 400)
    surnames, given = entries("surnames.txt"), entries("given-names.txt")
    places, words = entries("places.txt"), entries("words.txt")
    caps = lambda ws: caps_with(rng, ws)
    sep = lambda: rng.choice(SEPARATORS) if rng.random() < 0.85 else ""
    templates = [
        ("dictionary word + digits", lambda: caps(rng.choice(phrases)) + sep() + digits(rng)),
        ("two dictionary words", lambda: caps(rng.choice(phrases) + rng.choice(phrases)) + sep() + digits(rng, ("year", "short", "lucky"))),
        ("name + digits", lambda: caps([rng.choice(surnames), rng.choice(given), rng.choice(given)]) + sep() + digits(rng)),
        ("name with separators", lambda: rng.choice("._-").join(w.capitalize() for w in [rng.choice(surnames), rng.choice(given), rng.choice(given)]) + "@" + digits(rng)),
        ("place + digits", lambda: caps([rng.choice(places)]) + sep() + digits(rng)),
        ("word + digits", lambda: caps([rng.choice(words)]) + sep() + digits(rng)),
        ("two syllables + digits", lambda: caps([rng.choice(syllables), rng.choice(syllables)]) + sep() + digits(rng)),
        ("leet word + year", lambda: leet(rng, caps(rng.choice(phrases))) + sep() + digits(rng, ("year", "short"))),
        ("given name + phone tail", lambda: caps([rng.choice(given)]) + sep() + digits(rng, ("phone_tail",))),
    ]
    out = []
    for label, make in templates:
        made = 0
        while made < 100:
            p = comply(rng, make())
            if meets_rule(p) and len(p) <= 40:
                out.append((label, p))
                made += 1
    (HERE / "vi-tuning.txt").write_text(
        "# Tuning set: rule-compliant Vietnamese-pattern passwords from the model's own data\n"
        "# (make-tuning.py, seed 1). '<kind>\\t<password>' per line.\n"
        + "".join(f"{label}\t{p}\n" for label, p in out)
    )
    print(len(out), "passwords")


if __name__ == "__main__":
    main()
