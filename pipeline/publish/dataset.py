"""Publish one build: decide the version, write the package atomically, validate it, update the catalog."""
from __future__ import annotations

import hashlib
import shutil
from importlib import metadata
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from pipeline.publish.catalog import update_catalog
from pipeline.publish.package import PackageMeta, sources_from_articles, write_package
from pipeline.publish.validate_package import validate_package
from pipeline.publish.versioning import latest_version, next_version
from pipeline.records import Article

DESCRIPTION = ("Claims extracted from news articles by claimpack: who asserted what, with which numbers, about "
               "when and where, with the evidence span of each in its article.")


class PublishError(RuntimeError):
    """The package could not be published (it failed validation); nothing was made visible."""


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

    Returns the name, version, bump reason (major/minor/patch/unchanged), whether a version was created, the
    package path, the per-table diff summary and the frictionless validation report.
    """
    out = Path(settings.out)
    name = settings.dataset_name
    meta = PackageMeta(title="News claims", description=DESCRIPTION, licence=settings.dataset_licence,
                       sources=sources_from_articles(tables["articles"]),
                       provenance=provenance(articles, settings.model))
    decided = next_version(dict(tables), out, name, meta)
    if decided is None:
        version = latest_version(out, name)
        path = out / name / version
        return {"name": name, "version": version, "bump": "unchanged", "created": False, "path": str(path),
                "diff": {}, "validation": validate_package(path / "datapackage.json")}
    version, bump, diff = decided
    path = write_package(dict(tables), out, name, version, meta)
    report = validate_package(path / "datapackage.json")
    if not report["valid"]:
        shutil.rmtree(path, ignore_errors=True)
        raise PublishError(f"package {name} {version} failed frictionless validation: {report}")
    update_catalog(out, name, version, path)
    return {"name": name, "version": version, "bump": bump, "created": True, "path": str(path), "diff": diff,
            "validation": report}
