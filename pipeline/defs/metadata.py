"""Dagster metadata for the tables: column schema (from the pandera models), row count and a preview."""
from __future__ import annotations

import dagster as dg

PREVIEW_ROWS = 10


def table_schema_metadata(table: str) -> dict:
    """Definition metadata: the column schema generated from the table's pandera model."""
    from pipeline.publish.tableschema import dagster_table_schema

    return {"dagster/column_schema": dagster_table_schema(table)}


def table_metadata(table: str, df) -> dict:
    """Materialization metadata: row count, column schema and a Markdown preview of the first rows."""
    preview = df.head(PREVIEW_ROWS).copy()
    for col in preview.columns:
        if preview[col].dtype == object:
            preview[col] = preview[col].map(lambda v: v if not isinstance(v, str) or len(v) < 80 else v[:77] + "...")
    return {
        "dagster/row_count": len(df),
        "preview": dg.MetadataValue.md(_markdown(preview)),
        **table_schema_metadata(table),
    }


def _markdown(df) -> str:
    if df.empty:
        return "_no rows_"
    cols = list(df.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in df.itertuples(index=False):
        cells = ["" if _missing(v) else str(v).replace("|", "\\|").replace("\n", " ") for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _missing(v) -> bool:
    import pandas as pd

    return v is None or (not isinstance(v, str) and bool(pd.isna(v)))
