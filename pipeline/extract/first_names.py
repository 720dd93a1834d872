"""The gender a first name usually has, for telling which person a "he" or a "she" can stand for.

The lists are the US Census Bureau's 1990 first-name frequencies (a US government work, in the public domain), as
the ``names`` package ships them (``dist.female.first`` and ``dist.male.first``: name, percent of the population of
that sex, cumulative percent, rank). A name is given a gender only where one sex bears it at least
``_DOMINANCE`` times as often as the other ("Laura", "Tom"); shared names ("Jordan", "Robin", "Jean") and names the
lists do not hold (most names from outside the US) have none, so they never rule a person out.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

_DOMINANCE = 20.0


def _frequencies(filename: str) -> dict[str, float]:
    freq: dict[str, float] = {}
    for line in (resources.files("names") / filename).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            freq[parts[0].lower()] = float(parts[1])
    return freq


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    female, male = _frequencies("dist.female.first"), _frequencies("dist.male.first")
    genders = {}
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= _DOMINANCE * m:
            genders[name] = "female"
        elif m >= _DOMINANCE * f:
            genders[name] = "male"
    return genders


def first_name_gender(name: str) -> Optional[str]:
    """``"female"``, ``"male"`` or None for the first word of ``name`` ("Laura Benning" -> "female")."""
    words = name.split()
    if not words:
        return None
    return _genders().get(words[0].strip(".,").lower())
