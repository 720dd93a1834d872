"""Validate a published Data Package with the Frictionless Python API (schemas, foreign keys, hashes, bytes)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import frictionless


def validate_package(path: str | Path, max_errors: int = 20) -> dict[str, Any]:
    """Validate ``path`` (a ``datapackage.json`` or the version folder holding it).

    Returns ``{"valid": bool, "error_count": int, "errors": [{"resource", "type", "note", "message", "row",
    "field"}, ...] (the first ``max_errors``), "warnings": [...], "resources": {name: {"valid", "error_count"}}}``.
    """
    path = Path(path)
    descriptor = path / "datapackage.json" if path.is_dir() else path
    if not descriptor.is_file():
        return {"valid": False, "error_count": 1, "resources": {}, "warnings": [],
                "errors": [{"resource": None, "type": "package-error", "note": "datapackage.json not found",
                            "message": f"no datapackage.json at {descriptor.name}", "row": None, "field": None}]}
    report = frictionless.validate(str(descriptor))
    errors: list[dict[str, Any]] = []
    resources: dict[str, dict[str, Any]] = {}
    count = 0

    def add(err: Any, resource: str | None) -> None:
        nonlocal count
        count += 1
        if len(errors) < max_errors:
            errors.append({"resource": resource, "type": err.type, "note": getattr(err, "note", ""),
                           "message": err.message, "row": getattr(err, "row_number", None),
                           "field": getattr(err, "field_name", None)})

    for err in report.errors:  # package-level (descriptor) errors
        add(err, None)
    warnings = list(report.warnings)
    for task in report.tasks:
        resources[task.name] = {"valid": task.valid, "error_count": len(task.errors)}
        for err in task.errors:
            add(err, task.name)
        warnings.extend(task.warnings)
    return {"valid": bool(report.valid), "error_count": count, "errors": errors, "warnings": warnings,
            "resources": resources}
