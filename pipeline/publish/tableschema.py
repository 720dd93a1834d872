"""Generate the published schemas from the pandera models in ``schemas/tables.py``.

Three views of the same models, nothing hand-duplicated:

- :func:`table_schema` — a Frictionless Table Schema (v2) descriptor per table;
- :func:`data_dictionary` — a Markdown data dictionary for all tables;
- :func:`dagster_table_schema` — a ``dagster.TableSchema`` per table for Dagster column metadata.

Mapping of pandera checks to Table Schema constraints: ``nullable=False`` -> ``required``; ``unique`` -> ``unique``;
``isin`` -> ``enum``; ``ge``/``le`` -> ``minimum``/``maximum``; ``gt``/``lt`` -> ``exclusiveMinimum``/
``exclusiveMaximum``; ``in_range`` -> min/max (inclusive or exclusive); ``str_length`` -> ``minLength``/
``maxLength``; ``str_matches`` -> ``pattern``. Frictionless patterns are implicitly anchored (full match), so the
``^...$`` anchors are stripped, and a pattern pandera only anchors at the start gets a trailing ``.*``.
"""
from __future__ import annotations

from typing import Any, Mapping

import pandas as pd

from schemas.tables import TABLES

TABLESCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

Models = Mapping[str, Any]  # table name -> pandera DataFrameModel class


# --------------------------------------------------------------------------------------------------------- helpers
def table_meta(model: Any) -> dict:
    """The ``Config.metadata`` of a model (title, description, primary_key, foreign_keys), with defaults."""
    config = getattr(model, "Config", None)
    meta = dict(getattr(config, "metadata", None) or {})
    meta.setdefault("title", getattr(model, "__name__", ""))
    meta.setdefault("description", (model.__doc__ or "").strip())
    meta.setdefault("primary_key", [])
    meta.setdefault("foreign_keys", [])
    return meta


def frictionless_type(dtype: Any) -> str:
    """Map a pandera/pandas dtype to a Table Schema field type."""
    text = str(dtype)
    low = text.lower()
    if low in {"date", "datetime.date"}:
        return "date"
    try:
        pd_dtype = pd.api.types.pandas_dtype(getattr(dtype, "type", dtype))
    except TypeError:
        pd_dtype = None
    if pd_dtype is not None:
        if pd.api.types.is_bool_dtype(pd_dtype):
            return "boolean"
        if pd.api.types.is_integer_dtype(pd_dtype):
            return "integer"
        if pd.api.types.is_float_dtype(pd_dtype):
            return "number"
        if pd.api.types.is_datetime64_any_dtype(pd_dtype):
            return "datetime"
        if pd.api.types.is_string_dtype(pd_dtype) or pd.api.types.is_object_dtype(pd_dtype):
            return "string"
    if low.startswith(("str", "object")):
        return "string"
    raise ValueError(f"no Table Schema type for pandera dtype {text!r}")


def _ends_with_unescaped_dollar(pattern: str) -> bool:
    if not pattern.endswith("$"):
        return False
    backslashes = len(pattern) - 1 - len(pattern[:-1].rstrip("\\"))
    return backslashes % 2 == 0


def _has_top_level_alternation(pattern: str) -> bool:
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def frictionless_pattern(pattern: str) -> str:
    """A pandera ``str_matches`` pattern (``re.match``: anchored at the start only) as a Frictionless pattern
    (implicitly anchored at both ends)."""
    body = pattern[1:] if pattern.startswith("^") else pattern
    if _ends_with_unescaped_dollar(body):
        body = body[:-1]
        full = True
    else:
        full = False
    if _has_top_level_alternation(body):
        body = f"({body})"
    return body if full else body + ".*"


def _constraints(column: Any) -> tuple[dict, list[str]]:
    """Table Schema constraints of a pandera column, plus descriptions of checks with no Table Schema equivalent."""
    cons: dict[str, Any] = {}
    other: list[str] = []
    if not column.nullable:
        cons["required"] = True
    if column.unique:
        cons["unique"] = True
    for check in column.checks:
        stats = dict(check.statistics or {})
        name = check.name
        if name == "isin":
            cons["enum"] = list(stats["allowed_values"])
        elif name == "greater_than_or_equal_to":
            cons["minimum"] = stats["min_value"]
        elif name == "less_than_or_equal_to":
            cons["maximum"] = stats["max_value"]
        elif name == "greater_than":
            cons["exclusiveMinimum"] = stats["min_value"]
        elif name == "less_than":
            cons["exclusiveMaximum"] = stats["max_value"]
        elif name == "in_range":
            cons["minimum" if stats.get("include_min", True) else "exclusiveMinimum"] = stats["min_value"]
            cons["maximum" if stats.get("include_max", True) else "exclusiveMaximum"] = stats["max_value"]
        elif name == "str_length":
            if stats.get("min_value") is not None:
                cons["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                cons["maxLength"] = stats["max_value"]
        elif name == "str_matches":
            cons["pattern"] = frictionless_pattern(stats["pattern"])
        elif name == "equal_to":
            cons["enum"] = [stats["value"]]
        else:
            other.append(check.description or check.error or name)
    return cons, other


def _columns(model: Any):
    return model.to_schema().columns.items()


def _foreign_keys(meta: dict) -> list[dict]:
    fks = []
    for fk in meta.get("foreign_keys") or []:
        fks.append({"fields": list(fk["fields"]),
                    "reference": {"resource": fk["table"], "fields": list(fk["reference"])}})
    return fks


# ------------------------------------------------------------------------------------------------ Frictionless
def table_schema(name: str, models: Models | None = None) -> dict:
    """The Frictionless Table Schema (v2) descriptor of table ``name``: fields in model order with type,
    description and constraints; ``primaryKey``; ``foreignKeys`` in the v2 form."""
    model = (models or TABLES)[name]
    meta = table_meta(model)
    fields = []
    for col_name, column in _columns(model):
        field: dict[str, Any] = {"name": col_name, "type": frictionless_type(column.dtype)}
        if column.description:
            field["description"] = column.description
        cons, _ = _constraints(column)
        if cons:
            field["constraints"] = cons
        fields.append(field)
    schema: dict[str, Any] = {"$schema": TABLESCHEMA_PROFILE, "fields": fields, "missingValues": [""]}
    if meta["primary_key"]:
        schema["primaryKey"] = list(meta["primary_key"])
    fks = _foreign_keys(meta)
    if fks:
        schema["foreignKeys"] = fks
    return schema


def table_schemas(models: Models | None = None) -> dict[str, dict]:
    """:func:`table_schema` for every table, in package order."""
    models = models or TABLES
    return {name: table_schema(name, models) for name in models}


# ------------------------------------------------------------------------------------------------ Markdown
def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _constraint_parts(cons: dict, other: list[str]) -> list[str]:
    parts: list[str] = []
    if "enum" in cons:
        parts.append("one of " + ", ".join(f"`{v}`" for v in cons["enum"]))
    if cons.get("unique"):
        parts.append("unique")
    for key, label in (("minimum", "≥"), ("exclusiveMinimum", ">"), ("maximum", "≤"), ("exclusiveMaximum", "<")):
        if key in cons:
            parts.append(f"{label} {cons[key]}")
    if "minLength" in cons:
        parts.append(f"length ≥ {cons['minLength']}")
    if "maxLength" in cons:
        parts.append(f"length ≤ {cons['maxLength']}")
    if "pattern" in cons:
        parts.append(f"matches `{cons['pattern']}`")
    parts.extend(other)
    return parts


def _constraint_text(cons: dict, other: list[str]) -> str:
    return "; ".join(_md(p) for p in _constraint_parts(cons, other))


def data_dictionary(models: Models | None = None, heading_level: int = 2) -> str:
    """A Markdown data dictionary of all tables: per table its description, primary key, foreign keys, row-level
    checks and a field table (field | type | required | description | allowed values / constraints)."""
    models = models or TABLES
    h = "#" * heading_level
    out: list[str] = []
    for name, model in models.items():
        meta = table_meta(model)
        schema = model.to_schema()
        out.append(f"{h} `{name}` — {_md(meta['title'])}\n")
        if meta["description"]:
            out.append(f"{meta['description']}\n")
        pk = meta["primary_key"]
        out.append(f"- **File:** `{name}.csv`")
        out.append(f"- **Primary key:** {', '.join(f'`{f}`' for f in pk) if pk else 'none'}")
        fks = _foreign_keys(meta)
        if fks:
            out.append("- **Foreign keys:**")
            for fk in fks:
                ref = fk["reference"]
                out.append(f"  - {', '.join(f'`{f}`' for f in fk['fields'])} → "
                           f"`{ref['resource']}`.{', '.join(f'`{f}`' for f in ref['fields'])}")
        else:
            out.append("- **Foreign keys:** none")
        table_checks = [c.description or c.name for c in schema.checks]
        if table_checks:
            out.append("- **Row checks:** " + "; ".join(_md(c) for c in table_checks))
        out.append("")
        out.append("| field | type | required | description | allowed values / constraints |")
        out.append("|---|---|---|---|---|")
        for col_name, column in schema.columns.items():
            cons, other = _constraints(column)
            out.append(f"| `{col_name}` | {frictionless_type(column.dtype)} | "
                       f"{'yes' if cons.get('required') else 'no'} | {_md(column.description or '')} | "
                       f"{_constraint_text(cons, other)} |")
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ Dagster
def dagster_table_schema(name: str, models: Models | None = None):
    """A ``dagster.TableSchema`` for table ``name`` (column types, descriptions, constraints), for
    ``MetadataValue.table_schema`` / the ``dagster/column_schema`` metadata key."""
    import dagster as dg  # imported here so the publishing library does not need Dagster to import

    model = (models or TABLES)[name]
    meta = table_meta(model)
    schema = model.to_schema()
    columns = []
    for col_name, column in schema.columns.items():
        cons, other = _constraints(column)
        extra = _constraint_parts({k: v for k, v in cons.items() if k not in ("unique", "required")}, other)
        columns.append(dg.TableColumn(
            name=col_name, type=frictionless_type(column.dtype), description=column.description or None,
            constraints=dg.TableColumnConstraints(nullable=not cons.get("required", False),
                                                  unique=bool(cons.get("unique")), other=extra or None)))
    table_other = []
    if meta["primary_key"]:
        table_other.append("primary key: " + ", ".join(meta["primary_key"]))
    for fk in _foreign_keys(meta):
        table_other.append(f"foreign key: {', '.join(fk['fields'])} -> {fk['reference']['resource']}."
                           f"{', '.join(fk['reference']['fields'])}")
    table_other.extend(c.description or c.name for c in schema.checks)
    return dg.TableSchema(columns=columns,
                          constraints=dg.TableConstraints(other=table_other) if table_other else None)
