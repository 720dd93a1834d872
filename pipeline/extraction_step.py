"""The extraction step of one ingestion day, through the per-article cache (no Dagster here).

Load the day's articles, extract those whose cache key (text hash, publication time, extractor version, model and
its version) has no entry, save the results in the cache and the day's article list, quarantine records and keys
in the partition store. Earlier days whose stored keys were made by another extractor or model version are brought
up to date in the same run, so that an upgrade re-extracts everything it affects on the next nightly run, not only
the days someone re-materializes; afterwards those days cost nothing again.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from pipeline.archive import PartitionStore, locked
from pipeline.cache import ExtractionCache, cache_key
from pipeline.records import Article, QuarantineRecord


@dataclass
class StepResult:
    articles: int = 0
    extracted: int = 0
    from_cache: int = 0
    claims: int = 0
    seconds: float = 0.0
    failures: list[QuarantineRecord] = field(default_factory=list)
    refreshed: dict[str, int] = field(default_factory=dict)  # earlier day -> articles re-keyed to this version


def _failure(a: Article, err: Exception) -> QuarantineRecord:
    return QuarantineRecord(origin=a.origin, stage="extract", reason="extract_error",
                            message=f"{type(err).__name__}: {err}"[:500], article_id=a.article_id)


def _stale(store: PartitionStore, day: str, key_of: Callable[[Article], str]) -> dict[str, list[Article]]:
    """Per other day, its articles extracted under another extractor or model version (a failed article has no
    key and stays failed until its day is run again)."""
    out: dict[str, list[Article]] = {}
    for other in store.days():
        if other == day:
            continue
        articles, _, keys = store.read(other)
        old = [a for a in articles if a.article_id in keys and keys[a.article_id] != key_of(a)]
        if old:
            out[other] = old
    return out


def run_extraction(state: Path, day: str, articles: Sequence[Article], quarantine: Sequence[QuarantineRecord],
                   model: str, extractor_version: str, log: Optional[Callable[[str], None]] = None) -> StepResult:
    from pipeline.extract import extract_texts
    from pipeline.extract.nlp import model_id

    store = PartitionStore(state)
    cache = ExtractionCache(Path(state) / "cache" / "extractions")
    mid = model_id(model)

    def key_of(a: Article) -> str:
        return cache_key(a.text_sha256, a.published_at, extractor_version, mid)

    stale = _stale(store, day, key_of)
    jobs = [(day, a) for a in articles] + [(d, a) for d, old in stale.items() for a in old]
    todo = [(d, a) for d, a in jobs if not cache.has(key_of(a))]
    result = StepResult(articles=len(articles), extracted=len(todo))
    failed: dict[str, list[QuarantineRecord]] = defaultdict(list)
    started = time.perf_counter()
    stream = extract_texts(((a.text, a.published_at) for _, a in todo), model=model, keep_going=True)
    for (d, a), ex in zip(todo, stream):
        if isinstance(ex, Exception):
            failed[d].append(_failure(a, ex))
            if log:
                log(f"{a.source_id}: extraction failed: {ex!r}")
            continue
        cache.put(key_of(a), ex)
        result.claims += len(ex.claims)
    result.seconds = time.perf_counter() - started
    result.failures = failed[day]
    result.from_cache = len(articles) - sum(1 for d, _ in todo if d == day)
    with locked(store.lock):
        bad = {q.article_id for q in failed[day]}
        store.write(day, articles, list(quarantine) + failed[day],
                    {a.article_id: key_of(a) for a in articles if a.article_id not in bad})
        for other in stale:
            # read again under the lock: a run of that day may have rewritten it meanwhile
            arts, qs, keys = store.read(other)
            bad = {q.article_id for q in failed[other]}
            keys = {aid: k for aid, k in keys.items() if aid not in bad}
            fresh = {a.article_id: key_of(a) for a in arts if a.article_id in keys and cache.has(key_of(a))}
            store.write(other, arts, qs + failed[other], {**keys, **fresh})
            result.refreshed[other] = sum(1 for aid, k in fresh.items() if k != keys.get(aid)) + len(bad)
    return result
