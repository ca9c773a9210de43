#!/usr/bin/env python3
"""Builds vi-heldout.txt: rule-compliant Vietnamese-pattern passwords for the accuracy benchmark,
from a source the strength model was NOT tuned on and never reads: the `vi_VN` data of the Faker
package (PyPI `faker`, MIT; names, streets named after famous people, communes, provinces, jobs,
colours, day and month names, common words). Its own templates and seed (not make-tuning.py's).

    pip download --no-deps faker==40.63.0 -d /tmp/vi-src
    python3 crates/core/benches/data/make-heldout.py /tmp/vi-src
"""

import ast
import random
import sys
import zipfile
from pathlib import Path

from vi_common import SEPARATORS, caps_with, comply, digits, fold, leet, meets_rule

HERE = Path(__file__).resolve().parent


def faker_lists(src: Path) -> dict:
    whl = zipfile.ZipFile(sorted(src.glob("faker-*.whl"))[-1])
    out = {}
    for name in whl.namelist():
        if "/vi_VN/" in name and name.endswith("__init__.py"):
            for node in ast.walk(ast.parse(whl.read(name).decode())):
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                    try:
                        v = ast.literal_eval(node.value)
                    except Exception:
                        continue
                    if isinstance(v, dict):
                        v = tuple(v.values())
                    if isinstance(v, (tuple, list)) and v and all(isinstance(x, str) for x in v):
                        out[node.targets[0].id] = [fold(x) for x in v if "{" not in x and "#" not in x]
    return out


def words(phrase: str) -> list:
    return [w for w in phrase.replace("-", " ").split() if w.isalpha()]


def main():
    f = faker_lists(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/vi-src"))
    rng = random.Random(20261201)
    names_first = f["first_names_female"] + f["first_names_male"] + f["first_names_unisex"]
    places = f["provinces"] + f["cities"] + f["communes"]
    sep = lambda: rng.choice(SEPARATORS[:5]) if rng.random() < 0.8 else ""

    def caps(ws):
        return caps_with(rng, ws)

    def job():
        return rng.choice(f["jobs"])

    templates = [
        ("job + year", lambda: caps(words(job())) + sep() + digits(rng, ("year", "short", "lucky"))),
        ("famous street + lucky", lambda: caps(words(rng.choice(f["streets"]))) + sep() + digits(rng, ("lucky", "year"))),
        ("full name with separators + year", lambda: rng.choice(".-_") .join(
            w.capitalize() for w in [rng.choice(f["last_names"]), rng.choice(f["middle_names"]), rng.choice(names_first)]
        ) + rng.choice("@#!") + digits(rng, ("year", "date", "short"))),
        ("full name joined + date", lambda: caps([rng.choice(f["last_names"]), rng.choice(f["middle_names"]), rng.choice(names_first)]) + sep() + digits(rng, ("date", "ddmm", "year"))),
        ("place + digits", lambda: caps(words(rng.choice(places))) + sep() + digits(rng)),
        ("two common words", lambda: caps([rng.choice(f["word_list"]), rng.choice(f["word_list"])]) + sep() + digits(rng, ("year", "lucky", "short"))),
        ("colour + lucky", lambda: caps(words(rng.choice(f["safe_colors"]))) + sep() + digits(rng, ("lucky", "short"))),
        ("name + phone tail", lambda: caps([rng.choice(names_first)]) + sep() + digits(rng, ("phone_tail",))),
        ("leet inside a word + year", lambda: leet(rng, caps(words(rng.choice(f["jobs"] + places)))) + sep() + digits(rng, ("year", "short"))),
        ("day or month name + date", lambda: caps(words(rng.choice(f["DAY_NAMES"] + f["MONTH_NAMES"]))) + sep() + digits(rng, ("ddmm", "year"))),
    ]
    out = []
    per = 100
    for label, make in templates:
        made = 0
        while made < per:
            p = comply(rng, make())
            if meets_rule(p) and p.isascii() and len(p) <= 40:
                out.append((label, p))
                made += 1
    (HERE / "vi-heldout.txt").write_text(
        "# Held-out rule-compliant Vietnamese-pattern passwords (make-heldout.py: Faker vi_VN data,\n"
        "# seed 20261201). Never used to tune the model. '<kind>\\t<password>' per line.\n"
        + "".join(f"{label}\t{p}\n" for label, p in out)
    )
    print(len(out), "passwords")


if __name__ == "__main__":
    main()
