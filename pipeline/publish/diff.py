"""Compare two published versions of a dataset: rows added, removed and changed per table, and schema changes.

:func:`diff_packages` reads two packages (a version folder, its ``datapackage.json``, or its ``.zip``) and returns a
JSON-able dict; the same dict is stored as ``changes.json`` in every version folder (the diff against the previous
version; for the first version, ``old`` is ``null`` and every row counts as added). ``claimpack diff`` prints it
with :func:`format_diff` (or as JSON).

Rows are matched by the table's primary key (``claim_id`` etc.); a table without one is compared as a multiset of
whole rows. A *changed* row has the same key and different values in at least one column both versions have; its
``columns`` lists them. Values are compared as published (the CSV text). The output holds no paths, only names,
versions, keys, column names and counts, so it can be published as is::

    {"format": "claimpack-changes/1", "dataset": "news-claims",
     "old": {"version": "1.0.0", "created": "..."} | null, "new": {"version": "1.1.0", "created": "..."},
     "level": "major" | "minor" | "patch" | "none",
     "summary": {"rows_added", "rows_removed", "rows_changed", "tables_added", "tables_removed",
                 "tables_changed", "schema_changes"},
     "tables": {"claims": {"status": "added" | "removed" | "changed" | "unchanged", "primary_key": [...],
                           "rows": {"old": n | null, "new": n | null}, "added": n, "removed": n, "changed": n,
                           "added_keys": [...], "removed_keys": [...],
                           "changed_rows": [{"key": ..., "columns": [...]}], "changed_columns": {col: n},
                           "content_identical": bool,
                           "schema_changes": [{"level", "change"}]}},
     "schema_changes": [{"table", "level", "change"}],
     "package_changes": [{"level", "change"}],
     "provenance_changes": {"extractor_version": {"old", "new"}, ...}}

A key is the value of a one-column primary key, else the list of the key's values (the whole row without a key).
"""
from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from operator import itemgetter
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from .csv_rows import csv_rows, per_publish

FORMAT = "claimpack-changes/1"
LEVELS = ("none", "patch", "minor", "major")
_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_PACKAGE_DESCRIPTIVE = ("title", "description", "licenses", "sources", "contributors", "keywords", "homepage")
_PROVENANCE_SKIP = {"rows", "release"}


# ------------------------------------------------------------------------------------------------ reading packages
class PackageSource:
    """A published package read from a version folder, its ``datapackage.json`` or its ``.zip``."""

    def __init__(self, path: str | Path):
        path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self.base: Path | None = path
            descriptor = (path / "datapackage.json").read_bytes()
        elif path.suffix.lower() == ".zip" and path.is_file():
            self.base = None
            self._zip = zipfile.ZipFile(path)
            descriptor = self._zip.read("datapackage.json")
        elif path.is_file():
            self.base = path.parent
            descriptor = path.read_bytes()
        else:
            raise FileNotFoundError(f"no package at {path}")
        self.descriptor: dict = json.loads(descriptor.decode("utf-8"))

    def read(self, rel: str) -> bytes:
        parts = PurePosixPath(rel).parts
        if not parts or rel.startswith("/") or ".." in parts or "\\" in rel:
            raise ValueError(f"resource path {rel!r} is not a plain relative path")
        if self._zip is not None:
            return self._zip.read(rel)
        assert self.base is not None
        return (self.base / rel).read_bytes()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> "PackageSource":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def resolve_package(ref: str | Path, out: str | Path | None = None, name: str | None = None) -> Path:
    """Turn ``ref`` into a package path: an existing path (version folder, ``datapackage.json`` or ``.zip``) is used
    as is; a version number (``1.2.0``) or ``latest`` is looked up as ``<out>/<name>/<version>``. Without ``name``,
    the only dataset under ``out`` is used."""
    path = Path(ref)
    if path.exists():
        return path
    text = str(ref)
    if not (_SEMVER.match(text) or text == "latest"):
        raise FileNotFoundError(f"{text!r} is neither a package path nor a version number")
    if out is None:
        raise FileNotFoundError(f"version {text} given without a dataset folder (--out)")
    out = Path(out)
    if name is None or not (out / name).is_dir():
        names = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")) \
            if out.is_dir() else []
        if name is not None and name not in names and len(names) != 1:
            raise FileNotFoundError(f"no dataset {name!r} under {out}")
        if len(names) != 1:
            raise FileNotFoundError(f"{len(names)} datasets under {out}; say which with --name")
        name = names[0]
    if text == "latest":
        from .versioning import latest_version

        text = latest_version(out, name) or ""
        if not text:
            raise FileNotFoundError(f"dataset {name!r} under {out} has no published version")
    found = out / name / text
    if not (found / "datapackage.json").is_file():
        raise FileNotFoundError(f"version {text} of {name!r} is not published under {out}")
    return found


# ------------------------------------------------------------------------------------------------ row diff
def _read_csv(data: bytes) -> tuple[list[str], tuple[tuple[str, ...], ...]]:
    """Header and rows; a row shorter than the header is padded with empty cells."""
    header, rows = csv_rows(data)
    width = len(header)
    if any(len(r) < width for r in rows):
        rows = tuple(r + ("",) * (width - len(r)) if len(r) < width else r for r in rows)
    return list(header), rows


def _index(rows: tuple[tuple[str, ...], ...], pos: dict[str, int], key_fields: list[str]) -> dict:
    """Row by key: the key field's value for a one-field key, the tuple of values for several."""
    if not rows:
        return {}
    key = itemgetter(*(pos[f] for f in key_fields))
    return {key(r): r for r in rows}


def diff_rows(old_csv: bytes | None, new_csv: bytes | None, primary_key: list[str]) -> dict:
    """Rows added, removed and changed between two CSVs (either may be ``None``: a table added or removed)."""
    return dict(_diff_rows(old_csv, new_csv, tuple(primary_key)))


@per_publish
def _diff_rows(old_csv: bytes | None, new_csv: bytes | None, primary_key: tuple[str, ...]) -> dict:
    old_fields, old_rows = _read_csv(old_csv) if old_csv is not None else ([], [])
    new_fields, new_rows = _read_csv(new_csv) if new_csv is not None else ([], [])
    if old_csv is not None and new_csv is not None:
        common = [f for f in new_fields if f in old_fields]
    else:
        common = new_fields if new_csv is not None else old_fields
    key_fields = list(primary_key) if primary_key and all(f in common for f in primary_key) else []
    out: dict[str, Any] = {"rows": {"old": len(old_rows) if old_csv is not None else None,
                                    "new": len(new_rows) if new_csv is not None else None},
                           "added": 0, "removed": 0, "changed": 0, "added_keys": [], "removed_keys": [],
                           "changed_rows": [], "changed_columns": {}}
    o_pos = {f: i for i, f in enumerate(old_fields)}
    n_pos = {f: i for i, f in enumerate(new_fields)}

    def pick(row: tuple[str, ...], pos: dict[str, int], fields: list[str]) -> tuple:
        return tuple(row[pos[f]] for f in fields)

    if not key_fields:  # compare whole rows as multisets
        old_c = Counter(pick(r, o_pos, common) for r in old_rows)
        new_c = Counter(pick(r, n_pos, common) for r in new_rows)
        added, removed = new_c - old_c, old_c - new_c
        out["added_keys"] = [list(k) for k in added.elements()]
        out["removed_keys"] = [list(k) for k in removed.elements()]
        out["added"], out["removed"] = len(out["added_keys"]), len(out["removed_keys"])
        return out

    old_idx = _index(old_rows, o_pos, key_fields)
    new_idx = _index(new_rows, n_pos, key_fields)
    as_key = (lambda k: k) if len(key_fields) == 1 else list
    # on a nightly rebuild almost every row is unchanged: only rows not found verbatim need a look
    unseen = set(new_rows) - set(old_rows) if old_fields == new_fields else set(new_rows)
    counts: Counter[str] = Counter()
    for k, row in new_idx.items():
        if row not in unseen:
            continue
        if k not in old_idx:
            out["added_keys"].append(as_key(k))
            continue
        old_row = old_idx[k]
        cols = [f for f in common if row[n_pos[f]] != old_row[o_pos[f]]]
        if cols:
            out["changed_rows"].append({"key": as_key(k), "columns": cols})
            counts.update(cols)
    out["removed_keys"] = [as_key(k) for k in old_idx if k not in new_idx]
    out["added"], out["removed"], out["changed"] = (len(out["added_keys"]), len(out["removed_keys"]),
                                                    len(out["changed_rows"]))
    out["changed_columns"] = {f: counts[f] for f in common if counts[f]}
    return out


# ------------------------------------------------------------------------------------------------ package diff
def _max_level(levels: list[str]) -> str:
    return max(levels, key=lambda lvl: _RANK[lvl], default="none")


def _rows_of(src: PackageSource, res: dict) -> bytes:
    return src.read(res["path"])


def diff_packages(old_path: str | Path | None, new_path: str | Path) -> dict:
    """The changes from the package at ``old_path`` (``None``: nothing, everything is added) to ``new_path``.
    Paths may be version folders, ``datapackage.json`` files or package ``.zip`` files. See the module doc."""
    from .versioning import schema_changes

    with PackageSource(new_path) as new:
        if old_path is None:
            return _diff(None, new, schema_changes)
        with PackageSource(old_path) as old:
            return _diff(old, new, schema_changes)


def _diff(old: PackageSource | None, new: PackageSource, schema_changes: Callable) -> dict:
    nd = new.descriptor
    od = old.descriptor if old is not None else None
    new_res = {r["name"]: r for r in nd.get("resources", [])}
    old_res = {r["name"]: r for r in (od or {}).get("resources", [])}
    tables: dict[str, dict] = {}
    schema_list: list[dict] = []
    package_changes: list[dict] = []
    levels: list[str] = []

    order = list(new_res) + [t for t in old_res if t not in new_res]
    for table in order:
        n, o = new_res.get(table), old_res.get(table)
        schema = (n or o or {}).get("schema", {})
        pk = list(schema.get("primaryKey") or [])
        if isinstance(schema.get("primaryKey"), str):
            pk = [schema["primaryKey"]]
        n_bytes = _rows_of(new, n) if n else None
        o_bytes = _rows_of(old, o) if (o and old is not None) else None
        entry: dict[str, Any] = {"status": "", "primary_key": pk}
        rows = diff_rows(o_bytes, n_bytes, pk)
        entry["rows"] = rows.pop("rows")
        entry.update(rows)
        entry["content_identical"] = (o_bytes == n_bytes) if (o_bytes is not None and n_bytes is not None) else False
        tchanges: list[dict] = []
        if o is None:
            entry["status"] = "added"
            if od is not None:
                tchanges.append({"level": "minor", "change": "table added"})
        elif n is None:
            entry["status"] = "removed"
            tchanges.append({"level": "major", "change": "table removed"})
        else:
            tchanges.extend({"level": lvl, "change": why}
                            for lvl, why in schema_changes(o.get("schema", {}), n.get("schema", {})))
            if o.get("title") != n.get("title") or o.get("description") != n.get("description"):
                tchanges.append({"level": "patch", "change": "table title or description changed"})
            moved = entry["added"] or entry["removed"] or entry["changed"]
            entry["status"] = "changed" if (moved or tchanges or not entry["content_identical"]) else "unchanged"
            if moved:
                levels.append("minor")
            elif not entry["content_identical"] and not tchanges:
                levels.append("minor")  # same rows, different bytes (order or formatting)
        entry["schema_changes"] = tchanges
        for ch in tchanges:
            schema_list.append({"table": table, **ch})
            levels.append(ch["level"])
        tables[table] = entry

    if od is not None:
        if [t for t in old_res if t in new_res] != [t for t in new_res if t in old_res]:
            package_changes.append({"level": "patch", "change": "tables reordered"})
        for key in _PACKAGE_DESCRIPTIVE:
            if od.get(key) != nd.get(key):
                package_changes.append({"level": "patch", "change": f"package {key} changed"})
        levels.extend(ch["level"] for ch in package_changes)
    else:
        levels.append("minor" if new_res else "patch")

    old_prov = {k: v for k, v in ((od or {}).get("claimpack") or {}).items() if k not in _PROVENANCE_SKIP}
    new_prov = {k: v for k, v in (nd.get("claimpack") or {}).items() if k not in _PROVENANCE_SKIP}
    provenance = {k: {"old": old_prov.get(k), "new": new_prov.get(k)}
                  for k in sorted(set(old_prov) | set(new_prov)) if old_prov.get(k) != new_prov.get(k)} \
        if od is not None else {}

    summary = {
        "rows_added": sum(t["added"] for t in tables.values()),
        "rows_removed": sum(t["removed"] for t in tables.values()),
        "rows_changed": sum(t["changed"] for t in tables.values()),
        "tables_added": [t for t, e in tables.items() if e["status"] == "added"],
        "tables_removed": [t for t, e in tables.items() if e["status"] == "removed"],
        "tables_changed": [t for t, e in tables.items() if e["status"] == "changed"],
        "schema_changes": len(schema_list),
    }
    return {
        "format": FORMAT,
        "dataset": nd.get("name"),
        "old": {"version": od.get("version"), "created": od.get("created")} if od is not None else None,
        "new": {"version": nd.get("version"), "created": nd.get("created")},
        "level": _max_level(levels),
        "summary": summary,
        "tables": tables,
        "schema_changes": schema_list,
        "package_changes": package_changes,
        "provenance_changes": provenance,
    }


# ------------------------------------------------------------------------------------------------ summaries, text
def summarize_changes(changes: dict) -> dict:
    """A compact view of a diff (no key lists) for run metadata: level, versions, row totals, per-table counts
    and changed columns, schema changes as text."""
    return {
        "level": changes["level"],
        "old": (changes.get("old") or {}).get("version"),
        "new": (changes.get("new") or {}).get("version"),
        **changes["summary"],
        "tables": {t: {"status": e["status"], "rows": e["rows"]["new"] if e["rows"]["new"] is not None
                       else e["rows"]["old"], "added": e["added"], "removed": e["removed"], "changed": e["changed"],
                       **({"changed_columns": e["changed_columns"]} if e["changed_columns"] else {})}
                   for t, e in changes["tables"].items()},
        "schema_changes": [f"{c['table']}: [{c['level']}] {c['change']}" for c in changes["schema_changes"]],
    }


def _fmt_key(key: Any) -> str:
    return ", ".join(map(str, key)) if isinstance(key, list) else str(key)


def format_diff(changes: dict, limit: int = 20) -> str:
    """Plain-text rendering of a diff: per table the row counts and up to ``limit`` keys of each kind."""
    old = (changes.get("old") or {}).get("version") or "(nothing)"
    new = (changes.get("new") or {}).get("version")
    s = changes["summary"]
    lines = [f"{changes.get('dataset')} {old} -> {new}: {changes['level']} "
             f"(rows +{s['rows_added']} -{s['rows_removed']} ~{s['rows_changed']}; "
             f"{s['schema_changes']} schema change{'s' if s['schema_changes'] != 1 else ''})"]

    def keys(label: str, items: list, render: Callable[[Any], str]) -> None:
        if not items:
            return
        shown = items[:limit] if limit >= 0 else items
        for item in shown:
            lines.append(f"    {label} {render(item)}")
        if len(items) > len(shown):
            lines.append(f"    ... and {len(items) - len(shown)} more {label.strip()} (use --json for all)")

    for table, e in changes["tables"].items():
        r = e["rows"]
        counts = f"{'-' if r['old'] is None else r['old']} -> {'-' if r['new'] is None else r['new']} rows"
        if e["status"] == "unchanged":
            lines.append(f"{table}: unchanged ({counts})")
            continue
        lines.append(f"{table}: {e['status']} ({counts}): +{e['added']} added, -{e['removed']} removed, "
                     f"~{e['changed']} changed")
        if e["changed_columns"]:
            lines.append("    changed columns: " + ", ".join(f"{c} ({n})" for c, n in e["changed_columns"].items()))
        keys("+", e["added_keys"], _fmt_key)
        keys("-", e["removed_keys"], _fmt_key)
        keys("~", e["changed_rows"], lambda c: f"{_fmt_key(c['key'])}: {', '.join(c['columns'])}")
        for ch in e["schema_changes"]:
            lines.append(f"    schema [{ch['level']}] {ch['change']}")
    for ch in changes.get("package_changes", []):
        lines.append(f"package: [{ch['level']}] {ch['change']}")
    for key, v in changes.get("provenance_changes", {}).items():
        lines.append(f"provenance: {key} {v['old']} -> {v['new']}")
    return "\n".join(lines) + "\n"
