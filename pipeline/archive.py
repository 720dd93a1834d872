"""The growing archive in the state folder: which ingestion day each input belongs to, and what each day holds.

- ``IngestRegistry`` (``<state>/registry.json``): article id -> the day (partition) and time it was first
  ingested, and quarantine key -> day. An article belongs to the partition of the first run that ingested it, so
  re-running a day reproduces that day and a new day picks up only what is new.
- ``PartitionStore`` (``<state>/partitions/<day>.json``): per day, the articles (with text), the quarantine records
  and the extraction cache keys; the unpartitioned ``tables`` asset reassembles the dataset from all days.
Both are written atomically (temp file + rename) under a file lock.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Iterator, Sequence

from pipeline.records import Article, QuarantineRecord


def write_json_atomic(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".tmp-{path.name}-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def quarantine_key(q: QuarantineRecord) -> str:
    return hashlib.sha256(f"{q.origin}\x1f{q.reason}\x1f{q.message}".encode()).hexdigest()[:24]


class IngestRegistry:
    """First ingestion day and time of every article and quarantined input seen so far."""

    def __init__(self, state: Path):
        self.path = Path(state) / "registry.json"
        self.lock = Path(state) / ".registry.lock"

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {"articles": data.get("articles", {}), "quarantine": data.get("quarantine", {})}
        except (OSError, ValueError):
            return {"articles": {}, "quarantine": {}}

    def assign(self, day: str, articles: Sequence[Article], quarantine: Sequence[QuarantineRecord]
               ) -> tuple[list[Article], list[QuarantineRecord], int]:
        """Keep what belongs to ``day``: inputs first seen on it, and new inputs (which are recorded as of ``day``).

        Articles get their first ``ingested_at``. Returns the day's articles, its quarantine records and how many
        articles were new.
        """
        with locked(self.lock):
            reg = self._load()
            mine, new = [], 0
            for a in articles:
                seen = reg["articles"].get(a.article_id)
                if seen is None:
                    seen = reg["articles"][a.article_id] = {"day": day, "ingested_at": a.ingested_at}
                    new += 1
                a.ingested_at = seen["ingested_at"]
                if seen["day"] == day:
                    mine.append(a)
            bad = []
            for q in quarantine:
                key = quarantine_key(q)
                if reg["quarantine"].setdefault(key, day) == day:
                    bad.append(q)
            write_json_atomic(self.path, reg)
        return mine, bad, new


class PartitionStore:
    """What each ingestion day holds, one JSON file per day."""

    def __init__(self, state: Path):
        self.root = Path(state) / "partitions"
        self.lock = self.root / ".lock"  # held while a run rewrites day files (extraction_step)

    def write(self, day: str, articles: Sequence[Article], quarantine: Sequence[QuarantineRecord],
              cache_keys: dict[str, str]) -> Path:
        path = self.root / f"{day}.json"
        write_json_atomic(path, {"day": day, "articles": [asdict(a) for a in articles],
                                 "quarantine": [asdict(q) for q in quarantine], "cache_keys": cache_keys})
        return path

    def days(self) -> list[str]:
        return sorted(p.stem for p in self.root.glob("*.json")) if self.root.is_dir() else []

    def read(self, day: str) -> tuple[list[Article], list[QuarantineRecord], dict[str, str]]:
        data = json.loads((self.root / f"{day}.json").read_text(encoding="utf-8"))
        return ([Article(**a) for a in data["articles"]], [QuarantineRecord(**q) for q in data["quarantine"]],
                data["cache_keys"])


def _origin_file(origin: str) -> str:
    for sep in (":", "#"):
        origin = origin.split(sep, 1)[0]
    return origin


def archive_contents(store: PartitionStore) -> tuple[list[Article], list[QuarantineRecord], dict[str, str]]:
    """Every day's articles, quarantine records and cache keys, merged.

    An article edited in place (same source id and file, new text) is ingested again on a later day; only its
    newest version is kept, and the older ones are recorded in quarantine as ``superseded``.
    """
    found: dict[str, tuple[str, Article]] = {}
    quarantine: list[QuarantineRecord] = []
    keys: dict[str, str] = {}
    for day in store.days():
        articles, qs, ks = store.read(day)
        for a in articles:
            found[a.article_id] = (day, a)
        quarantine.extend(qs)
        keys.update(ks)
    newest: dict[tuple[str, str], tuple[str, Article]] = {}
    for day, a in sorted(found.values(), key=lambda t: (t[0], t[1].ingested_at, t[1].article_id)):
        slot = (a.source_id, _origin_file(a.origin))
        if slot in newest:
            old_day, old = newest[slot]
            quarantine.append(QuarantineRecord(
                origin=old.origin, stage="ingest", reason="superseded", article_id=old.article_id,
                message=f"replaced by a newer version ({a.article_id}) ingested on {day}"))
        newest[slot] = (day, a)
    articles = sorted((a for _, a in newest.values()), key=lambda a: (a.ingested_at, a.origin, a.article_id))
    return articles, quarantine, keys
