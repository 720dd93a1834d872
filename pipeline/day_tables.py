"""The published tables assembled from per-day pieces that are built and validated once.

``<state>/tables/<day>.pkl`` holds one ingestion day's rows after the row rules (pandera model, span rules), the
records of the rows those rules quarantined, and a fingerprint of what the piece was made from: the day's partition
file, the extraction cache entries it read, and the code of the records, tables, rules and schemas. A day whose
fingerprint still matches is read back; any other day is rebuilt. A nightly run therefore builds and validates only
the new day, then :func:`assemble` joins the days and applies the rules that span them: only the newest version of
an edited article, one row per entity (from its first mention in article order), unique keys and foreign keys.
The result equals building and validating every article at once (``tests/test_day_tables.py``).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from pipeline.archive import PartitionStore, archive_contents
from pipeline.cache import ExtractionCache
from pipeline.records import Article, Extraction, QuarantineRecord
from pipeline.tables import article_table_rows, coerce, first_per_key, frame, quarantine_rows
from pipeline.validate import TableReport, ValidationResult, validate_links, validate_rows
from schemas.tables import TABLES

FORMAT = 1
ROW_TABLES = ("articles", "claims", "quantities", "times", "mentions")
_CODE = ("pipeline/records.py", "pipeline/tables.py", "pipeline/validate/__init__.py", "pipeline/day_tables.py",
         "schemas/tables.py")
_REPO = Path(__file__).resolve().parent.parent


@dataclass
class DayTables:
    """One day's validated rows; ``entity_candidates`` keeps every article's entity rows (with ``article_id``)."""

    fingerprint: str
    tables: dict[str, pd.DataFrame]
    entity_candidates: pd.DataFrame
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    reports: dict[str, TableReport] = field(default_factory=dict)


def code_fingerprint() -> str:
    h = hashlib.sha256(f"format {FORMAT}".encode())
    for rel in _CODE:
        h.update((_REPO / rel).read_bytes())
    return h.hexdigest()


def _fingerprint(partition: Path, keys: Mapping[str, str], cache: ExtractionCache, code: str) -> str:
    h = hashlib.sha256(code.encode())
    h.update(partition.read_bytes())
    for key in sorted(set(keys.values())):
        h.update(f"{key}:{cache.has(key)}".encode())  # a cache entry written later changes the day's rows
    return h.hexdigest()


def article_order(a: Article) -> tuple:
    return a.ingested_at, a.origin, a.article_id


def build_day(fingerprint: str, articles: Sequence[Article], extractions: Sequence[Extraction]) -> DayTables:
    """Rows of one day's articles, validated by the row rules (no foreign keys: they span days)."""
    rows = article_table_rows(sorted(zip(articles, extractions), key=lambda pair: article_order(pair[0])))
    candidates = rows.pop("entities")
    built = {name: frame(name, first_per_key(name, r)) for name, r in rows.items()}
    result = validate_rows(built, {a.article_id: a.text for a in articles})
    cand = pd.DataFrame(candidates, columns=list(TABLES["entities"].to_schema().columns) + ["article_id"])
    return DayTables(fingerprint, {n: result.tables[n] for n in ROW_TABLES}, cand, result.quarantined,
                     result.reports)


class DayTableStore:
    """``<state>/tables/<day>.pkl``: one :class:`DayTables` per ingestion day."""

    def __init__(self, state: Path):
        self.root = Path(state) / "tables"

    def load(self, day: str, fingerprint: str) -> DayTables | None:
        try:
            with open(self.root / f"{day}.pkl", "rb") as fh:
                piece = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return piece if isinstance(piece, DayTables) and piece.fingerprint == fingerprint else None

    def save(self, day: str, piece: DayTables) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=f".tmp-{day}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(piece, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.root / f"{day}.pkl")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


@dataclass
class Assembled:
    result: ValidationResult
    texts: dict[str, str]
    articles: list[Article]
    days_built: list[str]
    days_reused: list[str]


def assemble(state: Path) -> Assembled:
    """Every day's validated rows joined into the published tables (days built or read back as needed)."""
    store = PartitionStore(state)
    pieces = DayTableStore(state)
    cache = ExtractionCache(Path(state) / "cache" / "extractions")
    code = code_fingerprint()
    articles, quarantine, _ = archive_contents(store)
    kept = {a.article_id: i for i, a in enumerate(articles)}
    days: list[DayTables] = []
    built, reused = [], []
    for day in store.days():
        day_articles, _, keys = store.read(day)
        fp = _fingerprint(store.root / f"{day}.json", keys, cache, code)
        piece = pieces.load(day, fp)
        if piece is None:
            extractions = [(cache.get(keys[a.article_id]) if a.article_id in keys else None) or Extraction()
                           for a in day_articles]
            piece = build_day(fp, day_articles, extractions)
            pieces.save(day, piece)
            built.append(day)
        else:
            reused.append(day)
        days.append(piece)
    tables = {name: _join(name, [d.tables[name] for d in days], kept) for name in ROW_TABLES}
    texts = {a.article_id: a.text for a in articles}
    quarantined = [q for d in days for q in d.quarantined if q.article_id is None or q.article_id in kept]
    reports = _reports(days, tables)
    candidates = _join("entities", [d.entity_candidates for d in days], kept)
    entities = validate_rows({"entities": coerce("entities", candidates.sort_values("entity_id", kind="stable"))},
                             texts)
    tables["entities"] = entities.tables["entities"].reset_index(drop=True)
    reports["entities"] = entities.reports["entities"]
    result = validate_links(tables, texts, reports, quarantined + entities.quarantined, quarantine_rows(quarantine))
    return Assembled(result, texts, articles, built, reused)


def _join(name: str, frames: list[pd.DataFrame], kept: Mapping[str, int]) -> pd.DataFrame:
    """The days' rows of the kept articles, in article order, one row per primary key (the first)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return frame(name, [])
    df = pd.concat(frames, ignore_index=True)
    rank = df["article_id"].map(kept)
    df = df[rank.notna()].assign(_rank=rank[rank.notna()]).sort_values("_rank", kind="stable")
    key = TABLES[name].Config.metadata["primary_key"][0]
    df = df.drop_duplicates(subset=[key], keep="first").drop(columns="_rank").reset_index(drop=True)
    return df if name == "entities" else coerce(name, df)


def _reports(days: list[DayTables], tables: Mapping[str, pd.DataFrame]) -> dict[str, TableReport]:
    """Per-table reports summed over the days (rows built, rules broken, a sample of failing rows)."""
    reports = {name: TableReport() for name in tables}
    for d in days:
        for name, rep in d.reports.items():
            if name not in reports:
                continue
            reports[name].rows_in += rep.rows_in
            for check, n in rep.failures.items():
                reports[name].failures[check] = reports[name].failures.get(check, 0) + n
            reports[name].sample.extend(rep.sample[:max(0, 5 - len(reports[name].sample))])
    return reports
