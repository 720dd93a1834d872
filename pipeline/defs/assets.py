"""The assets of a build: ingest -> extract -> tables (validated) -> published package.

Each asset is a thin wrapper: load its inputs, call the plain library that does the work, record metadata.
Heavy modules (spaCy, pandas, pandera) are imported inside the asset bodies so that loading the definitions
stays fast.
"""

import time
from collections import Counter

import dagster as dg

from pipeline.defs.checks import check_results, check_specs
from pipeline.defs.metadata import table_metadata, table_schema_metadata
from pipeline.defs.resources import ClaimpackSettings
from schemas.tables import TABLES

TABLE_NAMES = list(TABLES)


@dg.asset(group_name="ingest", kinds={"python"})
def ingested_articles(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings) -> dict:
    """Articles read from the inbox (.txt/.md with datelines, .html, .json/.jsonl records).

    Inputs that cannot be used (binary, empty, bad encoding, no text, too large, not English, malformed JSON or
    HTML, duplicates) become quarantine records with a specific reason; the run goes on without them.
    """
    from pipeline.ingest import read_inbox
    from pipeline.seen import SeenArticles

    inbox = claimpack.inbox_path
    if not inbox.is_dir():
        raise dg.Failure(f"inbox folder not found: {inbox}")
    result = read_inbox(inbox, max_bytes=claimpack.max_bytes)
    seen = SeenArticles(claimpack.state_path)
    new = seen.stamp(result.articles)
    seen.save()
    reasons = Counter(q.reason for q in result.quarantine)
    warnings = [f"{a.source_id}: {w}" for a in result.articles for w in a.warnings]
    for w in warnings:
        context.log.warning(w)
    context.add_output_metadata({
        "articles": len(result.articles),
        "new_articles": new,
        "quarantined": len(result.quarantine),
        "quarantine_reasons": dg.MetadataValue.json(dict(reasons)),
        "warnings": dg.MetadataValue.json(warnings[:50]),
        "inbox": dg.MetadataValue.path(str(inbox)),
    })
    return {"articles": result.articles, "quarantine": result.quarantine}


@dg.asset(group_name="extract", kinds={"spacy"})
def extractions(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings, ingested_articles: dict) -> dict:
    """Claims, quantities, times and entity mentions of every article.

    Results are cached per article, keyed by (text hash, publication time, extractor version, model), so a
    rebuild extracts only new or changed articles. An article whose extraction fails keeps its row in the
    articles table and gets a quarantine record with the error.
    """
    from pipeline.cache import ExtractionCache, cache_key
    from pipeline.extract import EXTRACTOR_VERSION, extract_texts
    from pipeline.records import Extraction, QuarantineRecord

    articles = ingested_articles["articles"]
    cache = ExtractionCache(claimpack.state_path / "cache" / "extractions")
    keys = [cache_key(a.text_sha256, a.published_at, EXTRACTOR_VERSION, claimpack.model) for a in articles]
    results: dict[str, Extraction] = {}
    todo = []
    for a, key in zip(articles, keys):
        hit = cache.get(key)
        if hit is None:
            todo.append((a, key))
        else:
            results[a.article_id] = hit
    failures: list[QuarantineRecord] = []
    started = time.perf_counter()
    stream = extract_texts(((a.text, a.published_at) for a, _ in todo), model=claimpack.model, keep_going=True)
    for (a, key), ex in zip(todo, stream):
        if isinstance(ex, Exception):
            failures.append(QuarantineRecord(origin=a.origin, stage="extract", reason="extract_error",
                                             message=f"{type(ex).__name__}: {ex}"[:500], article_id=a.article_id))
            context.log.error(f"{a.source_id}: extraction failed: {ex!r}")
            continue
        cache.put(key, ex)
        results[a.article_id] = ex
    elapsed = time.perf_counter() - started
    context.log.info(f"extracted {len(todo)} articles in {elapsed:.1f}s, {len(articles) - len(todo)} from cache")
    context.add_output_metadata({
        "articles_extracted": len(todo),
        "articles_from_cache": len(articles) - len(todo),
        "extraction_failures": len(failures),
        "claims": sum(len(e.claims) for e in results.values()),
        "seconds": round(elapsed, 2),
        "extractor_version": EXTRACTOR_VERSION,
        "model": claimpack.model,
    })
    return {"extractions": results, "quarantine": failures}


@dg.multi_asset(
    group_name="tables",
    outs={name: dg.AssetOut(description=TABLES[name].Config.metadata["description"], kinds={"pandas"},
                            metadata=table_schema_metadata(name)) for name in TABLE_NAMES},
    check_specs=check_specs(),
)
def tables(context: dg.AssetExecutionContext, ingested_articles: dict, extractions: dict):
    """The published tables, built from the extractions and validated against their pandera models.

    Rows that fail a rule (schema, span inside the article, text equal to the article's slice, foreign keys)
    are moved to the quarantine table with the rule they broke; nothing is dropped silently.
    """
    from pipeline.tables import build_tables
    from pipeline.validate import blocking_failures, validate_tables

    from pipeline.records import Extraction

    articles = ingested_articles["articles"]
    found = extractions["extractions"]
    pairs = [(a, found.get(a.article_id) or Extraction()) for a in articles]
    quarantine = list(ingested_articles["quarantine"]) + list(extractions["quarantine"])
    built = build_tables(pairs, quarantine)
    texts = {a.article_id: a.text for a in articles}
    result = validate_tables(built, texts)
    for name in TABLE_NAMES:
        df = result.tables[name]
        report = result.reports[name]
        yield dg.Output(df, output_name=name, metadata={
            **table_metadata(name, df),
            "rows_built": report.rows_in,
            "rows_quarantined": report.rows_in - report.rows_out if name != "quarantine" else 0,
            "failed_checks": dg.MetadataValue.json(report.failures),
        })
    for name in TABLE_NAMES:
        still_failing = blocking_failures(name, result.tables[name], result.tables, texts)
        yield from check_results(name, result.reports[name], still_failing)


@dg.asset(
    group_name="publish", kinds={"frictionless"},
    ins={name: dg.AssetIn(name) for name in TABLE_NAMES},
)
def published_package(context: dg.AssetExecutionContext, claimpack: ClaimpackSettings, ingested_articles: dict,
                      **tables) -> dict:
    """The versioned Frictionless Data Package ``<out>/<name>/<version>/`` and its entry in ``<out>/catalog.json``.

    The version is decided by comparing with the latest published one (no new version when the content is
    unchanged). The package is written into a temporary folder, validated with frictionless, and only then renamed
    into place, so a published version is never half-written or invalid.
    """
    from pipeline.publish.dataset import publish_dataset

    if tables["articles"].empty:
        raise dg.Failure("no usable article in the inbox: nothing to publish (see the quarantine table of "
                         "the tables asset for the reasons)")
    result = publish_dataset(tables, ingested_articles["articles"], claimpack)
    context.add_output_metadata({
        "version": result["version"],
        "bump": result["bump"],
        "created": result["created"],
        "package_path": dg.MetadataValue.path(result["path"]),
        "diff": dg.MetadataValue.json(result["diff"]),
        "frictionless_valid": result["validation"]["valid"],
        "validation": dg.MetadataValue.json(result["validation"]),
    })
    return result
