"""``claimpack``: build the dataset without the UI, or print the claims of one article.

    claimpack build [--inbox DIR] [--out DIR] [--state DIR]
    claimpack extract FILE
    claimpack diff OLD NEW [--out DIR] [--name NAME] [--json] [--limit N]

``build`` executes the same Dagster job as the UI, in-process, and prints the published package's path last.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _build_run_config(inbox: Path, out: Path, state: Path, sources: str = "") -> dict:
    settings = {"inbox": str(inbox), "out": str(out), "state": str(state)}
    if sources:
        settings["sources"] = sources
    return {
        "resources": {
            "claimpack": {"config": settings},
            "io_manager": {"config": {"base_dir": str(state / "storage")}},
        },
        "loggers": {"console": {"config": {"log_level": "INFO"}}},
    }


def cmd_build(args: argparse.Namespace) -> int:
    from pipeline.settings import get_settings

    settings = get_settings()
    inbox = Path(args.inbox or settings.inbox).resolve()
    out = Path(args.out or settings.out).resolve()
    state = Path(args.state or settings.state).resolve()
    sources = str(Path(args.sources).resolve()) if args.sources else ""
    if not inbox.is_dir():
        print(f"claimpack: inbox folder not found: {inbox}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    state.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DAGSTER_HOME"):
        _own_dagster_home(state / "dagster_home")

    import dagster as dg

    from pipeline.defs.jobs import BUILD_JOB_NAME
    from pipeline.definitions import defs

    print(f"claimpack: building from {inbox}", file=sys.stderr)
    from pipeline.defs.partitions import today

    day = args.day or today()
    job = defs.resolve_job_def(BUILD_JOB_NAME)
    with dg.DagsterInstance.get() as instance:
        result = job.execute_in_process(run_config=_build_run_config(inbox, out, state, sources), instance=instance,
                                        partition_key=day, raise_on_error=False)
    _print_summary(result)
    if not result.success:
        print(f"claimpack: build failed (run {result.run_id})", file=sys.stderr)
        return 1
    published = result.output_for_node("published_package")
    if published.get("created"):
        print(f"claimpack: published {published['name']} {published['version']}", file=sys.stderr)
    else:
        print(f"claimpack: content unchanged, latest version is {published['version']}", file=sys.stderr)
    print(published["path"])
    return 0


def _own_dagster_home(home: Path) -> None:
    """Use ``home`` as DAGSTER_HOME, with telemetry off so nothing is written outside it."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)


def _print_summary(result) -> None:
    for event in result.all_events:
        if event.event_type_value == "ASSET_MATERIALIZATION":
            mat = event.event_specific_data.materialization
            rows = mat.metadata.get("dagster/row_count")
            extra = f" ({rows.value} rows)" if rows is not None else ""
            print(f"  materialized {mat.asset_key.to_user_string()}{extra}", file=sys.stderr)
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            ev = event.event_specific_data
            if not ev.passed:
                print(f"  check {ev.check_name}: FAILED ({ev.severity.value})", file=sys.stderr)
        elif event.event_type_value == "STEP_FAILURE":
            err = event.event_specific_data.error
            print(f"  step {event.step_key} failed: {err.message.strip() if err else ''}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_text
    from pipeline.ingest import read_path
    from pipeline.records import Article
    from pipeline.tables import build_tables

    path = Path(args.file)
    if not path.is_file():
        print(f"claimpack: no such file: {path}", file=sys.stderr)
        return 2
    from datetime import datetime, timezone

    items = read_path(path, path.name, ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    articles = [i for i in items if isinstance(i, Article)]
    for q in (i for i in items if not isinstance(i, Article)):
        print(f"claimpack: {q.origin}: {q.reason}: {q.message}", file=sys.stderr)
    if not articles:
        return 1
    out = []
    for article in articles:
        tables = build_tables([(article, extract_text(article.text, article.published_at))])
        out.append(_article_json(article, tables))
    json.dump(out if len(out) > 1 else out[0], sys.stdout, indent=1, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
    return 0


def _records(df) -> list[dict]:
    return json.loads(df.to_json(orient="records", force_ascii=False))


def _article_json(article, tables) -> dict:
    """One article with its claims, each claim carrying its quantities, times and mentions."""
    entities = {e["entity_id"]: e for e in _records(tables["entities"])}
    by_claim: dict[str, dict[str, list]] = {}
    for name in ("quantities", "times", "mentions"):
        for row in _records(tables[name]):
            if name == "mentions":
                row["entity"] = entities.get(row["entity_id"])
            by_claim.setdefault(row.get("claim_id"), {}).setdefault(name, []).append(row)
    claims = []
    for c in _records(tables["claims"]):
        linked = by_claim.get(c["claim_id"], {})
        claims.append({**c, **{k: linked.get(k, []) for k in ("quantities", "times", "mentions")}})
    return {"article": _records(tables["articles"])[0], "claims": claims}


def cmd_diff(args: argparse.Namespace) -> int:
    from pipeline.publish.diff import diff_packages, format_diff, resolve_package

    out = args.out
    if out is None:
        from pipeline.settings import get_settings

        out = get_settings().out
    try:
        old = resolve_package(args.old, out, args.name)
        new = resolve_package(args.new, out, args.name)
        changes = diff_packages(old, new)
    except (OSError, ValueError, KeyError) as exc:
        print(f"claimpack: diff: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(changes, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_diff(changes, limit=args.limit))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Full Frictionless validation of a published version (builds validate only the rows new since the last)."""
    from pipeline.publish.diff import resolve_package
    from pipeline.publish.validate_package import validate_package

    out = args.out
    if out is None:
        from pipeline.settings import get_settings

        out = get_settings().out
    try:
        path = Path(resolve_package(args.version, out, args.name))
    except (OSError, ValueError) as exc:
        print(f"claimpack: validate: {exc}", file=sys.stderr)
        return 2
    if not (path.is_dir() or path.name == "datapackage.json"):
        print(f"claimpack: validate: {path.name} is not a version folder or datapackage.json", file=sys.stderr)
        return 2
    report = validate_package(path, max_errors=args.max_errors)
    for err in report["errors"]:
        where = f"{err['resource']} row {err['row']}" if err.get("row") else (err["resource"] or "package")
        print(f"{where}: {err['type']}: {err['message']}", file=sys.stderr)
    rows = ", ".join(f"{name} {'ok' if r['valid'] else 'INVALID'}" for name, r in report["resources"].items())
    print(f"{'valid' if report['valid'] else 'INVALID'}: {path} ({report['error_count']} errors; {rows})")
    return 0 if report["valid"] else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="claimpack", description="Turn news articles into a dataset of claims.")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest the inbox, extract, validate and publish a data package")
    b.add_argument("--inbox", help="folder of articles (default: the bundled samples)")
    b.add_argument("--out", help="where packages are published (default: datasets/)")
    b.add_argument("--state", help="working state: caches, run storage (default: .claimpack/state)")
    b.add_argument("--sources", help="YAML list of feeds and pages to fetch (see sources.example.yaml)")
    b.add_argument("--day", help="the ingestion-day partition new inputs are filed under (default: today, UTC)")
    b.set_defaults(func=cmd_build)
    e = sub.add_parser("extract", help="print the claims of one article as JSON")
    e.add_argument("file")
    e.set_defaults(func=cmd_extract)
    d = sub.add_parser("diff", help="rows added, removed and changed per table, and schema changes, between two "
                                    "published versions")
    d.add_argument("old", help="older version: a version folder, its datapackage.json or .zip, or a version number")
    d.add_argument("new", help="newer version, likewise ('latest' is the newest published version)")
    d.add_argument("--out", help="publish folder where version numbers are looked up (default: datasets/)")
    d.add_argument("--name", help="dataset name for version numbers (default: the only dataset in --out, else "
                                  "the configured one)")
    d.add_argument("--json", action="store_true", help="print the full diff as JSON (the changes.json format)")
    d.add_argument("--limit", type=int, default=20, help="keys listed per kind and table in text output (default "
                                                         "20; -1 for all)")
    d.set_defaults(func=cmd_diff)
    v = sub.add_parser("validate", help="validate every row of a published version with Frictionless")
    v.add_argument("version", nargs="?", default="latest", help="a version number, version folder or its "
                                                                "datapackage.json (default: latest)")
    v.add_argument("--out", help="publish folder where version numbers are looked up (default: datasets/)")
    v.add_argument("--name", help="dataset name (default: the only dataset in --out)")
    v.add_argument("--max-errors", type=int, default=20, help="errors listed (default 20)")
    v.set_defaults(func=cmd_validate)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
