"""Published CSV bytes parsed into rows, and other results kept for the length of one publish.

Deciding the version, writing ``changes.json`` and validating the new rows all read the previous version's CSVs and
the new ones: each distinct file is parsed once (or not at all when it was just rendered, see :func:`remember`), and
functions marked :func:`per_publish` compute each distinct input once. :func:`forget` empties every cache when a
publish ends.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)
Rows = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
_CACHES: list = []
_PARSED: dict[bytes, Rows] = {}


def per_publish(fn: F) -> F:
    """Memoise ``fn`` (hashable arguments) until :func:`forget`."""
    cached = lru_cache(maxsize=64)(fn)
    _CACHES.append(cached)
    return cached  # type: ignore[return-value]


def forget() -> None:
    _PARSED.clear()
    for cached in _CACHES:
        cached.cache_clear()


def remember(data: bytes, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
    """Record the rows that ``data`` was rendered from (what :func:`csv_rows` would parse back)."""
    _PARSED[data] = (header, rows)


def csv_rows(data: bytes) -> Rows:
    """``(header, rows)`` of CSV bytes, every row a tuple of cell strings."""
    found = _PARSED.get(data)
    if found is None:
        reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
        header = tuple(next(reader, ()))
        found = _PARSED[data] = (header, tuple(tuple(r) for r in reader))
    return found
