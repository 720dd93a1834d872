"""Publish one build: the dataset's metadata and provenance, then ``catalog.publish`` (version, write, catalog)."""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from pipeline.publish.catalog import publish
from pipeline.publish.package import PackageMeta, sources_from_articles
from pipeline.records import Article
from pipeline.tables import frame
from schemas.tables import OPEN_TEXT_LICENCES, OPTIONAL_TABLES, TABLES

DESCRIPTION = ("Claims extracted from news articles by claimpack: who asserted what, with which numbers, about "
               "when and where, with the evidence span of each in its article.")


class PublishError(RuntimeError):
    """Nothing could be published."""


def _version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def input_fingerprint(articles: Sequence[Article]) -> str:
    """sha256 over the sorted (text hash, publication time) of the input articles."""
    h = hashlib.sha256()
    for sha, published in sorted((a.text_sha256, a.published_at or "") for a in articles):
        h.update(f"{sha}\x1f{published}\n".encode())
    return h.hexdigest()


def licence_allows_text(licence: str | None) -> bool:
    """True for the open licences (CC0, CC BY, CC BY-SA, public domain, ...) under which a text may be republished."""
    if not licence:
        return False
    norm = licence.strip().upper().replace(" ", "-").replace("_", "-")
    return any(norm == open_ or norm.startswith(open_ + "-") for open_ in OPEN_TEXT_LICENCES) and "-NC" not in norm \
        and "-ND" not in norm


def article_texts(articles: Sequence[Article]) -> pd.DataFrame:
    """The ``article_texts`` table: the texts of the articles whose declared licence allows republishing."""
    rows = [{"article_id": a.article_id, "licence": a.licence, "text": a.text}
            for a in articles if licence_allows_text(a.licence)]
    return frame("article_texts", rows)


def provenance(articles: Sequence[Article], model: str) -> dict:
    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.extract.nlp import model_info

    name, version = model_info(model)
    return {"claimpack_version": _version_of("claimpack"), "extractor_version": EXTRACTOR_VERSION,
            "model": name, "model_version": version, "input_articles": len(articles),
            "input_fingerprint": input_fingerprint(articles)}


def publish_dataset(tables: Mapping[str, pd.DataFrame], articles: Sequence[Article], settings) -> dict:
    """Publish ``tables`` as the next version of ``settings.dataset_name`` under ``settings.out``.

    Returns the name, version, bump reason, whether a version was created, the package path, the per-table diff
    summary and the frictionless validation report of the package; and, for the Dagster asset's metadata: ``zip``
    and ``zip_sha256`` (the version's package zip), ``changes`` (the summary of its diff against the previous
    version: level, row totals, per-table counts and changed columns, schema changes; level "none" when nothing
    was published), ``page`` (``<out>/<name>/index.html``), ``index_page`` (``<out>/index.html``), ``changelog``
    (``<out>/<name>/CHANGELOG.md``), ``latest`` (``<out>/<name>/latest.json``) and ``catalog``
    (``<out>/catalog.json``). Paths are strings.
    """
    out = Path(settings.out)
    tables = dict(tables)
    models = dict(TABLES)
    if settings.publish_text:
        tables["article_texts"] = article_texts(articles)
        models["article_texts"] = OPTIONAL_TABLES["article_texts"]
    meta = PackageMeta(title="News claims", description=DESCRIPTION, licence=settings.dataset_licence,
                       sources=sources_from_articles(tables["articles"]),
                       provenance=provenance(articles, settings.model))
    mode = getattr(settings, "validation", "incremental")
    if mode not in ("incremental", "full"):
        raise PublishError(f"CLAIMPACK_VALIDATION must be 'incremental' or 'full', not {mode!r}")
    full = mode == "full"
    result = publish(tables, out, settings.dataset_name, meta, models=models, full_validation=full)
    if result.path is None:
        raise PublishError("nothing was published and no earlier version exists")
    return {"name": settings.dataset_name, "version": result.version, "bump": result.reason,
            "created": result.published, "path": str(result.path), "diff": result.diff,
            "validation": result.validation or {"valid": True, "skipped": "content unchanged: version "
                                                                          f"{result.version} was validated when published"},
            "zip": str(result.zip_path) if result.zip_path else None, "zip_sha256": result.zip_sha256,
            "changes": result.changes, "page": str(result.page) if result.page else None,
            "index_page": str(result.index_page) if result.index_page else None,
            "changelog": str(result.changelog) if result.changelog else None,
            "latest": str(result.latest) if result.latest else None, "catalog": str(out / "catalog.json")}
