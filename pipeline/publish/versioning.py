"""Decide the next semantic version of a dataset by diffing new tables against its latest published version.

- content (every table's CSV bytes and structural schema) equal to the latest, descriptive metadata too -> ``None``;
- a schema break (table removed; field removed, renamed, reordered or retyped; a required field added; a
  constraint added or tightened; primary key changed; foreign key added) -> MAJOR;
- rows added/removed/changed, a table added, an optional field appended, a constraint loosened, a foreign key
  dropped -> MINOR;
- only descriptive metadata (titles, descriptions, licence, sources, contributors) -> PATCH.

The first version is ``1.0.0``. Build time (``created``) and the provenance block never cause a version on their own.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from schemas.tables import TABLES

from .package import PackageMeta, _sanitise_sources, licence_descriptor, render_tables
from .tableschema import Models, table_meta, table_schema

FIRST_VERSION = "1.0.0"
MAJOR, MINOR, PATCH = "major", "minor", "patch"
_RANK = {None: 0, PATCH: 1, MINOR: 2, MAJOR: 3}
_DESCRIPTIVE = {"title", "description", "$schema"}
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse_version(version: str) -> tuple[int, int, int]:
    m = _SEMVER.match(version)
    if not m:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def published_versions(dest_root: Path, name: str) -> list[str]:
    """Published versions of dataset ``name`` (folders with a ``datapackage.json``), oldest first."""
    parent = Path(dest_root) / name
    if not parent.is_dir():
        return []
    found = [p.name for p in parent.iterdir()
             if _SEMVER.match(p.name) and (p / "datapackage.json").is_file()]
    return sorted(found, key=parse_version)


def latest_version(dest_root: Path, name: str) -> str | None:
    versions = published_versions(dest_root, name)
    return versions[-1] if versions else None


def bump(version: str, level: str) -> str:
    major, minor, patch = parse_version(version)
    if level == MAJOR:
        return f"{major + 1}.0.0"
    if level == MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


# ------------------------------------------------------------------------------------------------ schema diff
def _structural(schema: dict) -> dict:
    out = {k: v for k, v in schema.items() if k not in _DESCRIPTIVE}
    out["fields"] = [{k: v for k, v in f.items() if k not in _DESCRIPTIVE} for f in schema.get("fields", [])]
    return out


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _constraint_changes(field: str, old: dict, new: dict) -> list[tuple[str, str]]:
    """(level, reason) for each changed constraint of a field."""
    out: list[tuple[str, str]] = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        what = f"field {field!r} constraint {key!r}"
        if key in ("required", "unique"):
            out.append((MAJOR, f"{what} added") if b else (MINOR, f"{what} dropped"))
        elif key == "enum":
            if a is None:
                out.append((MAJOR, f"{what} added"))
            elif b is None:
                out.append((MINOR, f"{what} dropped"))
            elif set(a) - set(b):
                out.append((MAJOR, f"{what}: values removed {sorted(map(str, set(a) - set(b)))}"))
            else:
                out.append((MINOR, f"{what}: values added {sorted(map(str, set(b) - set(a)))}"))
        elif key in ("minimum", "exclusiveMinimum", "minLength", "maximum", "exclusiveMaximum", "maxLength"):
            lower_bound = key in ("minimum", "exclusiveMinimum", "minLength")
            if a is None:
                out.append((MAJOR, f"{what} added"))
            elif b is None:
                out.append((MINOR, f"{what} dropped"))
            else:
                x, y = _num(a), _num(b)
                tighter = x is None or y is None or (y > x if lower_bound else y < x)
                out.append((MAJOR, f"{what} tightened {a} -> {b}") if tighter
                           else (MINOR, f"{what} loosened {a} -> {b}"))
        elif b is None:
            out.append((MINOR, f"{what} dropped"))
        else:  # pattern and anything else: cannot prove it is looser
            out.append((MAJOR, f"{what} changed"))
    return out


def schema_changes(old: dict, new: dict) -> list[tuple[str, str]]:
    """(level, reason) for every difference between two Table Schema descriptors of one table."""
    out: list[tuple[str, str]] = []
    old_fields = {f["name"]: f for f in old.get("fields", [])}
    new_fields = {f["name"]: f for f in new.get("fields", [])}
    old_names, new_names = list(old_fields), list(new_fields)
    for name in old_names:
        if name not in new_fields:
            out.append((MAJOR, f"field {name!r} removed or renamed"))
    common_old = [n for n in old_names if n in new_fields]
    common_new = [n for n in new_names if n in old_fields]
    if common_old != common_new or new_names[:len(common_new)] != common_new:
        out.append((MAJOR, "fields reordered"))
    for name in new_names:
        if name not in old_fields:
            required = new_fields[name].get("constraints", {}).get("required")
            out.append((MAJOR, f"required field {name!r} added") if required
                       else (MINOR, f"optional field {name!r} added"))
    for name in common_new:
        a, b = old_fields[name], new_fields[name]
        for key in ("type", "format"):
            if a.get(key) != b.get(key):
                out.append((MAJOR, f"field {name!r} {key} changed {a.get(key)} -> {b.get(key)}"))
        out.extend(_constraint_changes(name, a.get("constraints", {}), b.get("constraints", {})))
        extra = {k for k in set(a) | set(b) if k not in {"name", "type", "format", "constraints"} | _DESCRIPTIVE}
        for key in sorted(extra):
            if a.get(key) != b.get(key):
                out.append((MAJOR, f"field {name!r} property {key!r} changed"))
        if a.get("description") != b.get("description") or a.get("title") != b.get("title"):
            out.append((PATCH, f"field {name!r} description changed"))
    if old.get("primaryKey") != new.get("primaryKey"):
        out.append((MAJOR, f"primary key changed {old.get('primaryKey')} -> {new.get('primaryKey')}"))
    old_fks = [json.dumps(fk, sort_keys=True) for fk in old.get("foreignKeys", [])]
    new_fks = [json.dumps(fk, sort_keys=True) for fk in new.get("foreignKeys", [])]
    for fk in new_fks:
        if fk not in old_fks:
            out.append((MAJOR, f"foreign key added {fk}"))
    for fk in old_fks:
        if fk not in new_fks:
            out.append((MINOR, f"foreign key dropped {fk}"))
    for key in sorted((set(old) | set(new)) - {"fields", "primaryKey", "foreignKeys"} - _DESCRIPTIVE):
        if old.get(key) != new.get(key):
            out.append((MAJOR, f"schema property {key!r} changed"))
    if old.get("description") != new.get("description") or old.get("title") != new.get("title"):
        out.append((PATCH, "schema description changed"))
    return out


# ------------------------------------------------------------------------------------------------ row diff
def row_diff(old_csv: bytes | None, new_csv: bytes | None, primary_key: list[str]) -> dict[str, int]:
    """Rows added, removed and changed between two CSVs, matched by primary key (as whole rows without one).
    Only the fields both versions have are compared."""
    from .diff import diff_rows

    d = diff_rows(old_csv, new_csv, primary_key)
    return {"added": d["added"], "removed": d["removed"], "changed": d["changed"]}


# ------------------------------------------------------------------------------------------------ decision
def _descriptive_package(descriptor: dict) -> dict:
    return {k: descriptor.get(k) for k in ("title", "description", "licenses", "sources", "contributors")}


def _new_descriptive_package(meta: PackageMeta) -> dict:
    return {"title": meta.title, "description": meta.description or None,
            "licenses": [licence_descriptor(meta.licence)], "sources": _sanitise_sources(meta.sources),
            "contributors": list(meta.contributors)}


def next_version(tables: Mapping[str, pd.DataFrame], dest_root: Path, name: str, meta: PackageMeta | None = None,
                 *, models: Models | None = None, rendered: Mapping[str, bytes] | None = None,
                 ) -> tuple[str, str, dict[str, dict[str, int]]] | None:
    """Compare ``tables`` with the latest published version of dataset ``name`` under ``dest_root``.

    Returns ``None`` when nothing changed, else ``(version, bump_reason, diff)`` where ``diff`` maps each table to
    ``{"added", "removed", "changed"}`` row counts (matched by primary key). ``meta`` (optional) lets package-level
    descriptive metadata count as a PATCH change. ``rendered`` may pass CSV bytes already made by
    ``package.render_tables`` to avoid rendering twice.
    """
    models = models or TABLES
    rendered = dict(rendered) if rendered is not None else render_tables(tables, models)
    new_schemas = {t: table_schema(t, models) for t in rendered}
    latest = latest_version(dest_root, name)
    if latest is None:
        diff = {t: row_diff(None, data, table_meta(models[t])["primary_key"]) for t, data in rendered.items()}
        return FIRST_VERSION, "first version", diff

    pkg_dir = Path(dest_root) / name / latest
    old = json.loads((pkg_dir / "datapackage.json").read_text(encoding="utf-8"))
    old_res = {r["name"]: r for r in old.get("resources", [])}
    changes: list[tuple[str, str]] = []
    diff: dict[str, dict[str, int]] = {}

    for table in old_res:
        if table not in rendered:
            changes.append((MAJOR, f"{table}: table removed"))
            old_bytes = (pkg_dir / old_res[table]["path"]).read_bytes()
            diff[table] = row_diff(old_bytes, None, old_res[table].get("schema", {}).get("primaryKey", []))
    if [t for t in old_res if t in rendered] != [t for t in rendered if t in old_res]:
        changes.append((PATCH, "tables reordered"))
    for table, data in rendered.items():
        pk = new_schemas[table].get("primaryKey", [])
        if table not in old_res:
            changes.append((MINOR, f"{table}: table added"))
            diff[table] = row_diff(None, data, pk)
            continue
        res = old_res[table]
        changes.extend((lvl, f"{table}: {why}") for lvl, why in schema_changes(res.get("schema", {}),
                                                                               new_schemas[table]))
        tmeta = table_meta(models[table])
        if res.get("title") != tmeta["title"] or res.get("description") != tmeta["description"]:
            changes.append((PATCH, f"{table}: table title or description changed"))
        new_hash = "sha256:" + hashlib.sha256(data).hexdigest()
        if res.get("hash") == new_hash:
            diff[table] = {"added": 0, "removed": 0, "changed": 0}
            continue
        old_bytes = (pkg_dir / res["path"]).read_bytes()
        d = row_diff(old_bytes, data, pk)
        diff[table] = d
        if d["added"] or d["removed"] or d["changed"]:
            changes.append((MINOR, f"{table}: rows +{d['added']} -{d['removed']} ~{d['changed']}"))
        elif _structural(res.get("schema", {})) == _structural(new_schemas[table]):
            changes.append((MINOR, f"{table}: content changed"))  # e.g. row order or encoding only

    if meta is not None and _descriptive_package(old) != _new_descriptive_package(meta):
        changes.append((PATCH, "package metadata changed"))

    if not changes:
        return None
    level = max((lvl for lvl, _ in changes), key=lambda lvl: _RANK[lvl])
    reasons = [why for lvl, why in changes if lvl == level]
    reason = f"{level}: " + "; ".join(reasons)
    return bump(latest, level), reason, diff
