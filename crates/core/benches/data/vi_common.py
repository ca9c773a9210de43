"""Shared helpers for make-tuning.py and make-heldout.py: folding, the province rule, digit parts."""

import unicodedata

SEPARATORS = "@#!._-*$"
LUCKY = ["68", "86", "88", "888", "6868", "1368", "8888", "99", "79", "39", "686868", "6886"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not "\u0300" <= c <= "\u036f")
    return s.replace("đ", "d").replace("Đ", "D")


def meets_rule(p: str) -> bool:
    return (
        len(p) >= 8
        and any(c.isupper() for c in p)
        and any(c.islower() for c in p)
        and any(c.isdigit() for c in p)
        and any(c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" for c in p)
    )


def digits(rng, kinds=("year", "date", "short", "lucky", "ddmm")) -> str:
    k = rng.choice(kinds)
    if k == "year":
        return str(rng.randint(1960, 2026))
    if k == "date":
        return f"{rng.randint(1, 28):02}{rng.randint(1, 12):02}{rng.randint(1960, 2005)}"
    if k == "ddmm":
        return f"{rng.randint(1, 28):02}{rng.randint(1, 12):02}"
    if k == "short":
        return str(rng.randint(0, 999)) if rng.random() < 0.5 else rng.choice(["1", "12", "123"])
    if k == "lucky":
        return rng.choice(LUCKY)
    if k == "phone_tail":
        return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([3, 4])))
    raise ValueError(k)


def caps_with(rng, words):
    style = rng.choice(["first", "each", "each", "first", "upper_first_only"])
    if style == "each":
        return "".join(w[:1].upper() + w[1:] for w in words)
    joined = "".join(words)
    return joined[:1].upper() + joined[1:]


def leet(rng, word: str) -> str:
    out = list(word)
    spots = [i for i, c in enumerate(out) if c.lower() in LEET and i > 0]
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        out[i] = LEET[out[i].lower()]
    return "".join(out)


def comply(rng, p: str) -> str:
    """Make a pattern password meet the rule the way people do: capitalise, add @, add 1."""
    if not any(c.isupper() for c in p):
        p = p[:1].upper() + p[1:]
    if not any(c in SEPARATORS for c in p) and not any(not c.isalnum() for c in p):
        p = p + "@" if rng.random() < 0.3 else p.replace(p.rstrip("0123456789"), p.rstrip("0123456789") + "@", 1)
    if not any(c.isdigit() for c in p):
        p += rng.choice(["1", "123", "2024", "68"])
    while len(p) < 8:
        p += "1"
    return p
