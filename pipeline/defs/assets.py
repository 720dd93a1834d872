"""The assets of a build: ingest -> extract -> tables (validated) -> published package.

Each asset is a thin wrapper: load its inputs, call the plain library that does the work, record metadata.
Heavy modules (spaCy, pandas, pandera) are imported inside the asset bodies so that loading the definitions
stays fast.
"""

import time
from collections import Counter
from pathlib import Path

import dagster as dg

from pipeline.defs.checks import check_results, check_specs
from pipeline.defs.metadata import table_metadata, table_schema_metadata
from pipeline.defs.partitions import ingestion_days
from pipeline.defs.resources import ClaimpackSettings
from schemas.tables import TABLES

TABLE_NAMES = list(TABLES)


@dg.asset(group_name="ingest", kinds={"python"}, partitions_def=ingestion_days)
def ingested_articles(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings) -> dict:
    """The day's new articles from the inbox (.txt/.md with datelines, .html, .json/.jsonl records) and from the
    feeds and pages listed in the sources file (``CLAIMPACK_SOURCES``, see sources.example.yaml).

    Partitioned by ingestion day: an input belongs to the day of the first run that ingested it. Inputs that
    cannot be used (binary, empty, bad encoding, no text, too large, not English, malformed JSON, HTML or feeds,
    duplicates) and sources that fail (timeouts, HTTP errors, redirect loops, huge bodies) become quarantine
    records with a specific reason; the run goes on without them.
    """
    from pipeline.archive import IngestRegistry
    from pipeline.ingest import read_inbox

    day = context.partition_key
    inbox = claimpack.inbox_path
    if not inbox.is_dir():
        raise dg.Failure(f"inbox folder not found: {inbox}")
    result = read_inbox(inbox, max_bytes=claimpack.max_bytes)
    found, bad = list(result.articles), list(result.quarantine)
    if claimpack.sources:
        found_online, bad_online, summaries = _from_sources(claimpack)
        found += found_online
        bad += bad_online
        context.add_output_metadata({"sources": dg.MetadataValue.json(summaries)})
    articles, quarantine, new = IngestRegistry(claimpack.state_path).assign(day, found, bad)
    reasons = Counter(q.reason for q in quarantine)
    warnings = [f"{a.source_id}: {w}" for a in articles for w in a.warnings]
    for w in warnings:
        context.log.warning(w)
    context.add_output_metadata({
        "articles": len(articles),
        "new_articles": new,
        "inbox_articles": len(result.articles),
        "quarantined": len(quarantine),
        "quarantine_reasons": dg.MetadataValue.json(dict(reasons)),
        "warnings": dg.MetadataValue.json(warnings[:50]),
        "inbox": dg.MetadataValue.path(str(inbox)),
    })
    return {"articles": articles, "quarantine": quarantine}


def _from_sources(claimpack: ClaimpackSettings):
    """Articles fetched now from the configured feeds and pages, plus every one fetched on earlier runs."""
    from pipeline.ingest.feeds import ingest_sources, load_feed_articles

    state = claimpack.state_path / "feeds"
    result = ingest_sources(claimpack.sources, state, max_bytes=claimpack.max_bytes)
    fresh = {a.article_id for a in result.articles}
    earlier = [a for a in load_feed_articles(state) if a.article_id not in fresh]
    return earlier + list(result.articles), list(result.quarantine), result.sources


@dg.asset(group_name="extract", kinds={"spacy"}, partitions_def=ingestion_days)
def extractions(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings, ingested_articles: dict) -> dict:
    """Claims, quantities, times and entity mentions of the day's articles.

    Results are cached per article, keyed by (text hash, publication time, extractor version, model and its
    version), so only new or changed articles are extracted. After an extractor or model change (a new release of
    the same model too) the run also re-extracts the earlier days' articles made with the old one, so the whole
    archive follows the upgrade. The day's articles, quarantine records and cache keys are stored in the state's
    partition store, from which the tables are reassembled. An article whose extraction fails keeps its row in the
    articles table and gets a quarantine record with the error.
    """
    from pipeline.extract import EXTRACTOR_VERSION
    from pipeline.extract.nlp import model_info
    from pipeline.extraction_step import run_extraction

    articles = ingested_articles["articles"]
    r = run_extraction(claimpack.state_path, context.partition_key, articles, ingested_articles["quarantine"],
                       claimpack.model, EXTRACTOR_VERSION, log=context.log.error)
    context.log.info(f"extracted {r.extracted} articles in {r.seconds:.1f}s, {r.from_cache} from cache"
                     + (f"; earlier days brought up to this extractor and model: {r.refreshed}" if r.refreshed else ""))
    context.add_output_metadata({
        "articles": r.articles,
        "articles_extracted": r.extracted,
        "articles_from_cache": r.from_cache,
        "extraction_failures": len(r.failures),
        "claims_extracted": r.claims,
        "seconds": round(r.seconds, 2),
        "articles_per_second": round(r.extracted / r.seconds, 2) if r.extracted and r.seconds else None,
        "earlier_days_re_extracted": dg.MetadataValue.json(r.refreshed),
        "extractor_version": EXTRACTOR_VERSION,
        "model": "==".join(model_info(claimpack.model)),
    })
    return {"articles": r.articles, "extracted": r.extracted, "failures": len(r.failures)}


@dg.multi_asset(
    group_name="tables", deps=[extractions],
    outs={name: dg.AssetOut(description=TABLES[name].Config.metadata["description"], kinds={"pandas"},
                            metadata=table_schema_metadata(name)) for name in TABLE_NAMES},
    check_specs=check_specs(),
)
def tables(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings):
    """The published tables, reassembled from every ingestion day and validated against their pandera models.

    Each day's rows are built and checked by the row rules (schema, span inside the article, text equal to the
    article's slice) once, and kept in the state; a run rebuilds only days that are new or changed, then joins
    the days (newest version of an edited article, one row per entity) and applies the foreign keys. Rows that fail
    a rule are moved to the quarantine table with the rule they broke; nothing is dropped silently.
    """
    from pipeline.day_tables import assemble
    from pipeline.validate import blocking_failures

    started = time.perf_counter()
    done = assemble(claimpack.state_path)
    result = done.result
    context.log.info(f"tables: {len(done.days_built)} days built, {len(done.days_reused)} reused, "
                     f"{time.perf_counter() - started:.1f}s")
    for name in TABLE_NAMES:
        df = result.tables[name]
        report = result.reports[name]
        yield dg.Output(df, output_name=name, metadata={
            **table_metadata(name, df),
            "rows_built": report.rows_in,
            "rows_quarantined": report.rows_in - report.rows_out if name != "quarantine" else 0,
            "failed_checks": dg.MetadataValue.json(report.failures),
            "days_built": dg.MetadataValue.json(done.days_built),
            "days_reused": len(done.days_reused),
        })
    for name in TABLE_NAMES:
        still_failing = blocking_failures(name, result.tables[name], result.tables, done.texts)
        yield from check_results(name, result.reports[name], still_failing)


@dg.asset(
    group_name="publish", kinds={"frictionless"},
    ins={name: dg.AssetIn(name) for name in TABLE_NAMES},
)
def published_package(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings, **tables) -> dict:
    """The versioned Frictionless Data Package ``<out>/<name>/<version>/`` and its entry in ``<out>/catalog.json``.

    The version is decided by comparing with the latest published one (no new version when the content is
    unchanged). The package is written into a temporary folder, validated with frictionless, and only then renamed
    into place, so a published version is never half-written or invalid.
    """
    from pipeline.archive import PartitionStore, archive_contents
    from pipeline.publish.dataset import publish_dataset

    if tables["articles"].empty:
        raise dg.Failure("no usable article in the inbox: nothing to publish (see the quarantine table of "
                         "the tables asset for the reasons)")
    articles, _, _ = archive_contents(PartitionStore(claimpack.state_path))
    published = set(tables["articles"]["article_id"])
    result = publish_dataset(tables, [a for a in articles if a.article_id in published], claimpack)
    context.add_output_metadata({
        "version": result["version"],
        "bump": result["bump"],
        "created": result["created"],
        "package_path": dg.MetadataValue.path(result["path"]),
        "zip": dg.MetadataValue.path(result["zip"]) if result.get("zip") else None,
        "zip_sha256": result.get("zip_sha256"),
        "diff": dg.MetadataValue.json(result["diff"]),
        "changes": dg.MetadataValue.json(result.get("changes") or {}),
        "frictionless_valid": result["validation"]["valid"],
        "validation": dg.MetadataValue.json(result["validation"]),
    })
    return result


@dg.asset(group_name="publish", kinds={"json"})
def dataset_catalog(context: dg.AssetExecutionContext, published_package: dict) -> dict:
    """``<out>/catalog.json`` (every dataset, its latest version and all versions) and ``<out>/<name>/latest``.

    The publish step replaces them atomically, last, under the catalog lock; this asset records, run by run, what
    the catalog listed after publishing.
    """
    from pipeline.publish.catalog import read_catalog

    out = Path(published_package["catalog"]).parent
    catalog = read_catalog(out)
    entry = next(d for d in catalog["datasets"] if d["name"] == published_package["name"])
    if entry["latest"] != published_package["version"]:
        raise dg.Failure(f"catalog lists {entry['latest']} as latest, expected {published_package['version']}")
    context.add_output_metadata({
        "catalog": dg.MetadataValue.path(published_package["catalog"]),
        "latest": entry["latest"],
        "versions": dg.MetadataValue.json([v["version"] for v in entry["versions"]]),
        "latest_pointer": dg.MetadataValue.path(published_package["latest"]) if published_package.get("latest")
        else None,
    })
    return {"latest": entry["latest"], "versions": [v["version"] for v in entry["versions"]]}


@dg.asset(group_name="publish", kinds={"html"})
def download_page(context: dg.AssetExecutionContext, published_package: dict, dataset_catalog: dict) -> dict:
    """The static download pages ``<out>/index.html`` and ``<out>/<name>/index.html``: versions, row counts, sizes,
    licence, changelog, table schemas and download links, with no server, network or script needed.
    """
    from pipeline.publish.page import page_links

    pages = [p for p in (published_package.get("index_page"), published_package.get("page")) if p]
    missing = [p for p in pages if not Path(p).is_file()]
    if missing or not pages:
        raise dg.Failure(f"download page not written: {missing or 'no page path'}")
    links = {p: len(page_links(Path(p).read_text(encoding="utf-8"))) for p in pages}
    context.add_output_metadata({
        "index_page": dg.MetadataValue.path(pages[0]),
        "dataset_page": dg.MetadataValue.path(pages[-1]),
        "links": dg.MetadataValue.json(links),
        "versions_listed": len(dataset_catalog["versions"]),
    })
    return {"pages": pages}
