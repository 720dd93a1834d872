"""Validate a Data Package with the Frictionless Python API, in full or against an already validated baseline.

Full: ``frictionless.validate`` over every row of every resource (schemas, constraints, keys, hashes, bytes).

Incremental (``baseline`` = the folder of an earlier version that passed full or incremental validation): a nightly
version mostly repeats the rows of the one before, and those rows passed the same Table Schema already. Frictionless
then validates the package descriptor and only the rows that are not in the baseline's resource of the same name
and schema, written to a scratch copy of the package; the rules that span old and new rows (primary key, ``unique``
fields, foreign keys) and the byte count and hash of each file are checked here over the complete CSVs. A resource
without a same-schema counterpart in the baseline is validated row by row in full. Row numbers in the report are
those of the published CSV files.
"""
from __future__ import annotations

import csv
import hashlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterable, Optional

import frictionless

from .csv_rows import csv_rows

FULL, INCREMENTAL = "full", "incremental"
_SCHEMA_KEYS = ("fields", "missingValues", "primaryKey", "foreignKeys")


def validate_package(path: str | Path, max_errors: int = 20, baseline: str | Path | None = None) -> dict[str, Any]:
    """Validate ``path`` (a ``datapackage.json`` or the version folder holding it); with ``baseline``, incrementally.

    Returns ``{"valid": bool, "error_count": int, "errors": [{"resource", "type", "note", "message", "row",
    "field"}, ...] (the first ``max_errors``), "warnings": [...], "resources": {name: {"valid", "error_count",
    "rows_validated"}}, "mode": "full"|"incremental", "baseline": version or None}``.
    """
    descriptor = _descriptor_path(path)
    if not descriptor.is_file():
        return _Report(max_errors).add_raw(None, "package-error", "datapackage.json not found",
                                           f"no datapackage.json at {descriptor.name}").result(FULL, None)
    base = _descriptor_path(baseline) if baseline is not None else None
    if base is None or not base.is_file():
        return _full(descriptor, max_errors)
    return _incremental(descriptor, base, max_errors)


def _descriptor_path(path: str | Path) -> Path:
    path = Path(path)
    return path / "datapackage.json" if path.is_dir() else path


class _Report:
    def __init__(self, max_errors: int):
        self.max_errors = max_errors
        self.errors: list[dict[str, Any]] = []
        self.count = 0
        self.warnings: list[str] = []
        self.resources: dict[str, dict[str, Any]] = {}

    def add_raw(self, resource: Optional[str], type_: str, note: str, message: str, row: Optional[int] = None,
                field: Optional[str] = None) -> "_Report":
        self.count += 1
        if resource in self.resources:
            self.resources[resource]["valid"] = False
            self.resources[resource]["error_count"] += 1
        if len(self.errors) < self.max_errors:
            self.errors.append({"resource": resource, "type": type_, "note": note, "message": message, "row": row,
                                "field": field})
        return self

    def add_frictionless(self, report: Any, rows: Optional[dict[str, list[int]]] = None) -> None:
        """Errors of a frictionless report; ``rows`` maps a scratch resource's row positions to the real ones."""
        for err in report.errors:
            self.add_raw(None, err.type, getattr(err, "note", ""), err.message)
        self.warnings.extend(report.warnings)
        for task in report.tasks:
            self.resources.setdefault(task.name, {"valid": True, "error_count": 0, "rows_validated": None})
            for err in task.errors:
                row = getattr(err, "row_number", None)
                if row is not None and rows is not None and task.name in rows:
                    row = rows[task.name][row - 2] + 2  # row 2 is the first data row (after the header)
                self.add_raw(task.name, err.type, getattr(err, "note", ""), err.message, row,
                             getattr(err, "field_name", None))
            self.warnings.extend(task.warnings)

    def result(self, mode: str, baseline: Optional[str]) -> dict[str, Any]:
        return {"valid": self.count == 0, "error_count": self.count, "errors": self.errors,
                "warnings": self.warnings, "resources": self.resources, "mode": mode, "baseline": baseline}


def _full(descriptor: Path, max_errors: int) -> dict[str, Any]:
    report = _Report(max_errors)
    report.add_frictionless(frictionless.validate(str(descriptor)))
    return report.result(FULL, None)


# ------------------------------------------------------------------------------------------------ incremental
def _same_schema(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in _SCHEMA_KEYS)


def _incremental(descriptor: Path, base: Path, max_errors: int) -> dict[str, Any]:
    new = json.loads(descriptor.read_text(encoding="utf-8"))
    old = json.loads(base.read_text(encoding="utf-8"))
    old_res = {r.get("name"): r for r in old.get("resources", [])}
    report = _Report(max_errors)
    parsed: dict[str, tuple] = {}
    kept_rows: dict[str, list[int]] = {}
    scratch = Path(tempfile.mkdtemp(prefix="claimpack-validate-"))
    try:
        resources = []
        for res in new.get("resources", []):
            name, schema = res["name"], res.get("schema", {})
            data = (descriptor.parent / res["path"]).read_bytes()
            _check_size_and_hash(report, res, data)
            header, rows = parsed[name] = csv_rows(data)
            previous = old_res.get(name)
            seen: set[tuple[str, ...]] = set()
            if previous is not None and _same_schema(previous.get("schema", {}), schema):
                seen = set(csv_rows((base.parent / previous["path"]).read_bytes())[1])
            kept_rows[name] = [i for i, row in enumerate(rows) if row not in seen]
            _write_rows(scratch / res["path"], header, (rows[i] for i in kept_rows[name]))
            resources.append({**{k: v for k, v in res.items() if k not in ("bytes", "hash")},
                              "schema": {k: v for k, v in schema.items() if k != "foreignKeys"}})
        (scratch / "datapackage.json").write_text(json.dumps({**new, "resources": resources}), encoding="utf-8")
        report.add_frictionless(frictionless.validate(str(scratch / "datapackage.json")), kept_rows)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for res in new.get("resources", []):
        entry = report.resources.setdefault(res["name"], {"valid": True, "error_count": 0})
        entry["rows_validated"] = len(kept_rows.get(res["name"], []))
        _check_keys(report, res, parsed)
    return report.result(INCREMENTAL, old.get("version") or base.parent.name)


def _write_rows(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _check_size_and_hash(report: _Report, res: dict, data: bytes) -> None:
    if "bytes" in res and res["bytes"] != len(data):
        report.add_raw(res["name"], "byte-count", f'expected is "{res["bytes"]}" and actual is "{len(data)}"',
                       f"The data source does not match the expected byte count: {len(data)}")
    if "hash" in res:
        algo, _, expected = str(res["hash"]).rpartition(":")
        actual = hashlib.new(algo or "md5", data).hexdigest()
        if actual != expected:
            report.add_raw(res["name"], "hash-count", f'expected is "{expected}" and actual is "{actual}"',
                           f"The data source does not match the expected hash: {actual}")


def _column(parsed: dict, table: str, fields: list[str]) -> Optional[list[tuple[str, ...]]]:
    """The values of ``fields`` in every row of ``table``, each a tuple (``None`` if a field is missing)."""
    header, rows = parsed.get(table, ((), ()))
    if not all(f in header for f in fields):
        return None
    pos = [header.index(f) for f in fields]
    try:
        return [tuple(row[p] for p in pos) for row in rows] if len(pos) > 1 else [(row[pos[0]],) for row in rows]
    except IndexError:  # a short row: frictionless reports it; compare what is there
        return [tuple(row[p] if p < len(row) else "" for p in pos) for row in rows]


def _check_keys(report: _Report, res: dict, parsed: dict) -> None:
    """Primary key and ``unique`` fields over every row; foreign keys against the complete referenced tables."""
    name, schema = res["name"], res.get("schema", {})
    missing = set(schema.get("missingValues", [""]))
    pk = schema.get("primaryKey") or []
    pk = [pk] if isinstance(pk, str) else list(pk)
    unique_sets = ([("primary-key", pk)] if pk else []) + [
        ("unique-error", [f["name"]]) for f in schema.get("fields", [])
        if (f.get("constraints") or {}).get("unique") and [f["name"]] != pk]
    for error_type, fields in unique_sets:
        values = _column(parsed, name, fields) or []
        if len(set(values)) == len(values):
            continue
        first: dict[tuple[str, ...], int] = {}
        for i, key in enumerate(values):
            if all(v in missing for v in key):
                continue
            if key in first:
                report.add_raw(name, error_type, f'the same as in the row at position "{first[key] + 2}"',
                               f"Row at position {i + 2} has a duplicate {', '.join(fields)}: {list(key)}",
                               i + 2, fields[0])
            else:
                first[key] = i
    for fk in schema.get("foreignKeys", []):
        fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        ref = fk["reference"]
        target = ref.get("resource") or name
        ref_fields = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        known = set(_column(parsed, target, ref_fields) or [])
        values = _column(parsed, name, fields) or []
        if not {key for key in set(values) - known if not all(v in missing for v in key)}:
            continue
        for i, key in enumerate(values):
            if all(v in missing for v in key) or key in known:
                continue
            report.add_raw(name, "foreign-key", f"for \"{', '.join(fields)}\": values \"{', '.join(key)}\" not "
                           f"found in the lookup table \"{target}\" as \"{', '.join(ref_fields)}\"",
                           f"Row at position {i + 2} violates the foreign key {fields} -> {target}.{ref_fields}",
                           i + 2, fields[0])
