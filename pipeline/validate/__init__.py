"""Validate the tables against their pandera models and the article texts; move failing rows to quarantine.

Three kinds of rule, each reported under its own check name:
- the pandera model of the table (types, enums, patterns, uniqueness, cross-column rules);
- span rules that need the article text (``span_inside_article``, ``text_equals_slice``);
- foreign keys (``foreign_key:<column>``), applied until no row refers to a quarantined one.
Nothing is dropped silently: every removed row becomes a quarantine record naming the rule it broke.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import pandas as pd
import pandera.errors

from pipeline.records import QuarantineRecord
from pipeline.tables import frame, quarantine_rows, row_json
from schemas.tables import TABLES

SPAN_TABLES = ("claims", "quantities", "times", "mentions")
SAMPLE_ROWS = 5


@dataclass
class TableReport:
    rows_in: int = 0
    rows_out: int = 0
    failures: dict[str, int] = field(default_factory=dict)  # check name -> failing rows
    sample: list[dict] = field(default_factory=list)  # a few failing rows with their check

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass
class ValidationResult:
    tables: dict[str, pd.DataFrame]
    reports: dict[str, TableReport]
    quarantined: list[QuarantineRecord]


def schema_failures(table: str, df: pd.DataFrame) -> dict[int, str]:
    """Row position -> first failing pandera check; position -1 stands for a table-wide failure."""
    model = TABLES[table]
    try:
        model.validate(df, lazy=True)
        return {}
    except pandera.errors.SchemaErrors as err:
        cases = err.failure_cases
    bad: dict[int, str] = {}
    for _, case in cases.iterrows():
        where = case.get("column") if case.get("schema_context") == "Column" else "row"
        check = f"{where or 'row'}:{case.get('check')}"
        idx = case.get("index")
        if idx is None or pd.isna(idx):
            bad.setdefault(-1, check)
        else:
            bad.setdefault(int(idx), check)
    return bad


def span_failures(df: pd.DataFrame, texts: Mapping[str, str]) -> dict[int, str]:
    """Rows whose span lies outside their article or whose text differs from the article's slice."""
    bad: dict[int, str] = {}
    for pos, (aid, start, end, text) in enumerate(zip(df["article_id"], df["char_start"], df["char_end"], df["text"])):
        body = texts.get(aid)
        if body is None:
            continue  # reported by the foreign-key rule
        if pd.isna(start) or pd.isna(end) or not (0 <= int(start) < int(end) <= len(body)):
            bad[pos] = "span_inside_article"
        elif body[int(start):int(end)] != text:
            bad[pos] = "text_equals_slice"
    if "claimant_start" in df:
        for pos, (aid, s, e) in enumerate(zip(df["article_id"], df["claimant_start"], df["claimant_end"])):
            body = texts.get(aid)
            if body is not None and not pd.isna(s) and not (0 <= int(s) < int(e) <= len(body)):
                bad.setdefault(pos, "claimant_span_inside_article")
    return bad


def foreign_key_failures(table: str, df: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> dict[int, str]:
    bad: dict[int, str] = {}
    for fk in TABLES[table].Config.metadata["foreign_keys"]:
        col, target, ref = fk["fields"][0], fk["table"], fk["reference"][0]
        known = set(tables[target][ref]) if target in tables else set()
        for pos, value in enumerate(df[col]):
            if value is not None and not pd.isna(value) and value not in known:
                bad.setdefault(pos, f"foreign_key:{col}")
    return bad


def _split(table: str, df: pd.DataFrame, bad: dict[int, str], report: TableReport,
           quarantined: list[QuarantineRecord]) -> pd.DataFrame:
    if not bad:
        return df
    for pos, check in sorted(bad.items()):
        report.failures[check] = report.failures.get(check, 0) + 1
        if pos < 0:
            continue
        row = df.iloc[pos].to_dict()
        if len(report.sample) < SAMPLE_ROWS:
            report.sample.append({"check": check, **{k: _plain(v) for k, v in row.items()}})
        quarantined.append(QuarantineRecord(origin=f"table:{table}", stage="validate", reason=check,
                                            message=f"{table} row failed {check}", article_id=row.get("article_id"),
                                            table=table, row=row_json(row)))
    keep = [i for i in range(len(df)) if i not in bad]
    return df.iloc[keep].reset_index(drop=True)


def _plain(v):
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def validate_tables(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> ValidationResult:
    """Validate every table; return the passing rows, per-table reports, and quarantine records for the rest."""
    rows = validate_rows(tables, texts)
    previous = tables.get("quarantine")
    return validate_links(rows.tables, texts, rows.reports, rows.quarantined,
                          [] if previous is None else previous.to_dict("records"))


def validate_rows(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> ValidationResult:
    """The rules that look at one row at a time (the pandera model, the span rules); no foreign keys."""
    reports = {name: TableReport(rows_in=len(df)) for name, df in tables.items() if name != "quarantine"}
    quarantined: list[QuarantineRecord] = []
    out: dict[str, pd.DataFrame] = {}
    for name, df in tables.items():
        if name == "quarantine":
            continue
        df = _split(name, df, schema_failures(name, df), reports[name], quarantined)
        if name in SPAN_TABLES:
            df = _split(name, df, span_failures(df, texts), reports[name], quarantined)
        out[name] = df
        reports[name].rows_out = len(df)
    return ValidationResult(tables=out, reports=reports, quarantined=quarantined)


def validate_links(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str], reports: dict[str, TableReport],
                   quarantined: list[QuarantineRecord], quarantine: list[dict]) -> ValidationResult:
    """Foreign keys over tables that passed the row rules, then the quarantine table: ``quarantine`` (rows from
    ingestion) plus a row for every record in ``quarantined`` and for every row the keys remove."""
    out = dict(tables)
    quarantined = list(quarantined)
    changed = True
    while changed:  # a row whose parent was quarantined goes too, until nothing refers to a missing row
        changed = False
        for name in list(out):
            bad = foreign_key_failures(name, out[name], out)
            if bad:
                out[name] = _split(name, out[name], bad, reports[name], quarantined)
                changed = True
    out["quarantine"] = frame("quarantine", _unique(list(quarantine) + quarantine_rows(quarantined)))
    reports = dict(reports)
    reports.setdefault("quarantine", TableReport(rows_in=len(out["quarantine"])))
    for name, df in out.items():
        reports[name].rows_out = len(df)
    return ValidationResult(tables=out, reports=reports, quarantined=quarantined)


def _unique(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        if r["quarantine_id"] not in seen:
            seen.add(r["quarantine_id"])
            out.append(r)
    return out


def blocking_failures(table: str, df: pd.DataFrame, tables: Mapping[str, pd.DataFrame],
                      texts: Mapping[str, str]) -> dict[str, int]:
    """Rules still broken by a table about to be published (none after validation): unique primary key, span rules
    and foreign keys over every row. The pandera model runs again over every row when the CSVs are rendered."""
    counts: dict[str, int] = {}
    finders = [duplicate_key_failures(table, df), foreign_key_failures(table, df, tables)]
    if table in SPAN_TABLES:
        finders.append(span_failures(df, texts))
    for bad in finders:
        for check in bad.values():
            counts[check] = counts.get(check, 0) + 1
    return counts


def duplicate_key_failures(table: str, df: pd.DataFrame) -> dict[int, str]:
    """Rows repeating the primary key of an earlier row."""
    key = TABLES[table].Config.metadata["primary_key"][0]
    repeated = df[key].duplicated(keep="first")
    return {int(pos): f"{key}:unique" for pos in repeated.to_numpy().nonzero()[0]}
