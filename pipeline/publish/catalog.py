"""The catalog of published datasets (``<out>/catalog.json``) and the locked publish step.

``catalog.json``::

    {"datasets": [{"name", "title", "latest",
                   "versions": [{"version", "path", "created", "rows": {table: n}}, ...]}]}

``path`` is relative to the catalog (``news-claims/1.0.0/datapackage.json``); versions are oldest first. The
catalog is rebuilt from the version folders on disk (so it heals itself) and replaced atomically (temp file +
``os.replace``). Every writer holds an exclusive ``fcntl.flock`` on ``<out>/.lock``; a second build waits for it,
up to a timeout, then fails with :class:`CatalogLockTimeout`.
"""
from __future__ import annotations

import csv
import fcntl
import json
import os
import secrets
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Mapping

import pandas as pd

from .csv_rows import forget as forget_parsed_csvs

CATALOG_NAME = "catalog.json"
LOCK_NAME = ".lock"
DEFAULT_LOCK_TIMEOUT = 600.0

_held = threading.local()


class CatalogLockTimeout(TimeoutError):
    """Another build held ``<out>/.lock`` for longer than the timeout."""


@contextmanager
def catalog_lock(out: Path, timeout: float = DEFAULT_LOCK_TIMEOUT, poll: float = 0.1) -> Iterator[None]:
    """Hold the exclusive build lock of ``out`` (re-entrant within a thread). Waits up to ``timeout`` seconds."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    key = str(out.resolve())
    held: dict[str, int] = getattr(_held, "locks", None) or {}
    _held.locks = held
    if held.get(key):
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise CatalogLockTimeout(
                        f"another claimpack build is publishing to {out} (lock file {out / LOCK_NAME}); gave up "
                        f"after waiting {timeout:g}s. Wait for it to finish, or raise the timeout.") from None
                time.sleep(poll)
        held[key] = 1
        try:
            yield
        finally:
            held.pop(key, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _semver(version: str) -> tuple[int, ...] | None:
    parts = version.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return tuple(int(p) for p in parts)
    return None


def _count_rows(path: Path) -> int | None:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    except OSError:
        return None


def build_catalog(out: Path) -> dict:
    """The catalog of every dataset version published under ``out`` (``<out>/<name>/<version>/datapackage.json``)."""
    out = Path(out)
    datasets = []
    for ds_dir in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) if out.is_dir() \
            else []:
        versions = []
        for v_dir in ds_dir.iterdir():
            desc_path = v_dir / "datapackage.json"
            if not (v_dir.is_dir() and _semver(v_dir.name) and desc_path.is_file()):
                continue
            try:
                desc = json.loads(desc_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            rows = (desc.get("claimpack") or {}).get("rows")
            if not isinstance(rows, dict):
                rows = {r["name"]: _count_rows(v_dir / r["path"]) for r in desc.get("resources", [])
                        if isinstance(r.get("path"), str)}
            versions.append({"version": v_dir.name,
                             "path": f"{ds_dir.name}/{v_dir.name}/datapackage.json",
                             "created": desc.get("created"),
                             "rows": rows,
                             "_title": desc.get("title")})
        if not versions:
            continue
        versions.sort(key=lambda v: _semver(v["version"]))
        latest = versions[-1]
        datasets.append({"name": ds_dir.name, "title": latest["_title"] or ds_dir.name,
                         "latest": latest["version"],
                         "versions": [{k: v for k, v in ver.items() if k != "_title"} for ver in versions]})
    return {"datasets": datasets}


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def update_catalog(out: Path, timeout: float = DEFAULT_LOCK_TIMEOUT) -> dict:
    """Rebuild ``<out>/catalog.json`` from the published versions, atomically and under the lock; return it."""
    out = Path(out)
    with catalog_lock(out, timeout):
        for stale in out.glob(f".{CATALOG_NAME}.*.tmp"):  # left by a crashed writer; we hold the lock
            stale.unlink(missing_ok=True)
        catalog = build_catalog(out)
        _write_atomic(out / CATALOG_NAME, json.dumps(catalog, indent=2, ensure_ascii=False) + "\n")
    return catalog


def read_catalog(out: Path) -> dict:
    """The current ``catalog.json`` (an empty catalog when there is none)."""
    path = Path(out) / CATALOG_NAME
    if not path.is_file():
        return {"datasets": []}
    return json.loads(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------------ publish
@dataclass
class PublishResult:
    """What :func:`publish` did. ``published`` is False when the content equalled the latest version (the other
    fields then describe that latest version, ``changes`` is the empty "none" summary).

    ``zip_path``/``zip_sha256``: the version's package zip; ``changes``: the summary of its diff (see
    ``diff.summarize_changes``); ``page``: ``<out>/<name>/index.html``; ``index_page``: ``<out>/index.html``;
    ``changelog``: ``<out>/<name>/CHANGELOG.md``; ``latest``: ``<out>/<name>/latest.json``."""

    published: bool
    version: str | None
    path: Path | None
    reason: str
    diff: dict[str, dict[str, int]] = field(default_factory=dict)
    catalog: dict = field(default_factory=dict)
    zip_path: Path | None = None
    zip_sha256: str | None = None
    changes: dict = field(default_factory=dict)
    validation: dict = field(default_factory=dict)  # frictionless report of the new version (empty if none)
    page: Path | None = None
    index_page: Path | None = None
    changelog: Path | None = None
    latest: Path | None = None


def _no_changes(version: str | None) -> dict:
    return {"level": "none", "old": version, "new": version, "rows_added": 0, "rows_removed": 0, "rows_changed": 0,
            "tables_added": [], "tables_removed": [], "tables_changed": [], "tables": {}, "schema_changes": []}


def publish(tables: Mapping[str, pd.DataFrame], out: Path, name: str, meta: Any, *, models: Any = None,
            validate: bool = True, full_validation: bool = False, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
            ) -> PublishResult:
    """Version, write, validate and catalogue ``tables`` as dataset ``name`` under ``out``, holding the lock
    throughout so concurrent builds neither pick the same version nor corrupt the catalog.

    Order: clean leftovers of crashed runs; decide the version; write the version folder (CSVs, datapackage.json,
    README, changes.json, zip + sha256) into a temp folder, validate, rename into place (the commit point); then,
    last, regenerate ``catalog.json``, ``latest``/``latest.json``, ``CHANGELOG.md`` and the index pages, each
    replaced atomically. Nothing new is written when the content equals the latest published version, but the
    derived files are still brought up to date (healing a run killed after its rename). The bump reason, previous
    version and per-table row diff are recorded under ``datapackage.json`` ``"claimpack" -> "release"``.
    """
    out = Path(out)
    validation: dict = {}
    try:
        with catalog_lock(out, lock_timeout):
            return _publish_locked(tables, out, name, meta, models, validate, full_validation, validation)
    finally:
        forget_parsed_csvs()


def _publish_locked(tables, out: Path, name: str, meta: Any, models: Any, validate: bool, full_validation: bool,
                    validation: dict) -> PublishResult:
    from .diff import summarize_changes
    from .package import render_tables, write_package
    from .release import clean_leftovers, refresh_outputs, version_changes, zip_name
    from .versioning import latest_version, next_version

    clean_leftovers(out, name)
    rendered = render_tables(tables, models)
    decision = next_version(tables, out, name, meta, models=models, rendered=rendered)
    if decision is None:
        version = latest_version(out, name)
        path = out / name / version if version else None
        published, reason, diff, changes = False, "content equals the latest version", {}, _no_changes(version)
    else:
        version, reason, diff = decision
        previous = latest_version(out, name)
        provenance = dict(meta.provenance)
        provenance["release"] = {"previous": previous, "reason": reason, "diff": diff}
        path = write_package(dict(tables), out, name, version, replace(meta, provenance=provenance),
                             models=models, validate=validate, rendered=rendered, report_sink=validation,
                             incremental_validation=not full_validation)
        published, changes = True, summarize_changes(version_changes(out, name, version))
    outputs = refresh_outputs(out, name)
    ds = outputs["datasets"].get(name, {})
    zpath = path / zip_name(name, version) if path is not None else None
    sha = None
    if zpath is not None and zpath.is_file():
        sha_file = zpath.with_name(zpath.name + ".sha256")
        sha = sha_file.read_text(encoding="ascii").split()[0] if sha_file.is_file() else None
    else:
        zpath = None
    return PublishResult(published, version, path, reason, diff, outputs["catalog"], zip_path=zpath,
                         zip_sha256=sha, changes=changes, page=ds.get("page"), index_page=outputs.get("index"),
                         changelog=ds.get("changelog"), latest=ds.get("latest_json"), validation=validation)
