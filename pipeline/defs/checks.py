"""Asset check specs of the tables: declared here, evaluated by the ``tables`` asset as it validates.

- ``<table>_rows_valid`` (warning): how many built rows broke a rule and went to quarantine, which rules, and a
  sample of them.
- ``<table>_publishable`` (blocking): the rows kept for publishing pass the pandera model, the span rules and the
  foreign keys; if not, the package is not published.
"""
from __future__ import annotations

import dagster as dg

from schemas.tables import TABLES


def check_specs() -> list[dg.AssetCheckSpec]:
    specs = []
    for table, model in TABLES.items():
        specs.append(dg.AssetCheckSpec(name=f"{table}_rows_valid", asset=table,
                                       description=f"Built {table} rows that failed {model.__name__} or a span/key "
                                                   f"rule (they are quarantined)."))
        specs.append(dg.AssetCheckSpec(name=f"{table}_publishable", asset=table, blocking=True,
                                       description=f"Every {table} row to be published passes {model.__name__}, "
                                                   f"the span rules and the foreign keys."))
    return specs


def check_results(table: str, report, still_failing: dict[str, int]) -> list[dg.AssetCheckResult]:
    failed_rows = sum(report.failures.values())
    return [
        dg.AssetCheckResult(
            asset_key=table, check_name=f"{table}_rows_valid", passed=failed_rows == 0,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"rows_built": report.rows_in, "rows_quarantined": failed_rows,
                      "failures_by_check": dg.MetadataValue.json(report.failures),
                      "sample": dg.MetadataValue.json(report.sample)}),
        dg.AssetCheckResult(
            asset_key=table, check_name=f"{table}_publishable", passed=not still_failing,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={"rows": report.rows_out, "failing_rows": sum(still_failing.values()),
                      "failures_by_check": dg.MetadataValue.json(still_failing)}),
    ]
