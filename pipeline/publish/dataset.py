"""Publish one build: the dataset's metadata and provenance, then ``catalog.publish`` (version, write, catalog)."""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from pipeline.publish.catalog import publish
from pipeline.publish.package import PackageMeta, sources_from_articles
from pipeline.publish.validate_package import validate_package
from pipeline.records import Article

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


def provenance(articles: Sequence[Article], model: str) -> dict:
    from pipeline.extract import EXTRACTOR_VERSION

    return {"claimpack_version": _version_of("claimpack"), "extractor_version": EXTRACTOR_VERSION,
            "model": model, "model_version": _version_of(model), "input_articles": len(articles),
            "input_fingerprint": input_fingerprint(articles)}


def publish_dataset(tables: Mapping[str, pd.DataFrame], articles: Sequence[Article], settings) -> dict:
    """Publish ``tables`` as the next version of ``settings.dataset_name`` under ``settings.out``.

    Returns the name, version, bump reason, whether a version was created, the package path, the per-table diff
    summary and the frictionless validation report of the package.
    """
    out = Path(settings.out)
    meta = PackageMeta(title="News claims", description=DESCRIPTION, licence=settings.dataset_licence,
                       sources=sources_from_articles(tables["articles"]),
                       provenance=provenance(articles, settings.model))
    result = publish(dict(tables), out, settings.dataset_name, meta)
    if result.path is None:
        raise PublishError("nothing was published and no earlier version exists")
    return {"name": settings.dataset_name, "version": result.version, "bump": result.reason,
            "created": result.published, "path": str(result.path), "diff": result.diff,
            "validation": validate_package(result.path / "datapackage.json")}
