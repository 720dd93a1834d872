"""Turn articles and their extractions into the published tables, with stable ids.

Ids are hashes of what identifies a row (its article and span, or the entity's key), never of row order, so an
unchanged claim keeps its id across rebuilds. Column order and types come from the pandera models in ``schemas``.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from typing import Iterable, Optional

import pandas as pd

from pipeline.records import Article, Extraction, QuarantineRecord
from schemas.tables import OPTIONAL_TABLES, TABLES

ALL_MODELS = {**TABLES, **OPTIONAL_TABLES}

ARTICLE_COLUMNS = list(TABLES["articles"].to_schema().columns)


def stable_id(prefix: str, *parts: object) -> str:
    """``<prefix>_<16 hex>`` from the sha256 of the parts."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


def entity_id(entity_key: str, entity_type: str) -> str:
    """One entity per thing and type: "North Korean" (the people, a group) is not the country North Korea."""
    return stable_id("e", entity_key, entity_type)


def empty_frame(table: str) -> pd.DataFrame:
    return frame(table, [])


def frame(table: str, rows: Iterable[dict]) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, coerced to the model's dtypes."""
    return coerce(table, pd.DataFrame(list(rows), columns=list(ALL_MODELS[table].to_schema().columns)))


def coerce(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (the table's columns, in order) with the model's dtypes: ``int64`` without missing values, ``Int64``
    with them, ``float64``, and ``object`` holding ``None`` for missing strings."""
    schema = ALL_MODELS[table].to_schema()
    df = df[list(schema.columns)].copy()
    for name, col in schema.columns.items():
        dtype = str(col.dtype)
        if dtype in ("int64", "Int64"):
            df[name] = pd.array(df[name].tolist(), dtype="Int64")
            if dtype == "int64" and not df[name].isna().any():
                df[name] = df[name].astype("int64")
        elif dtype.startswith("float"):
            df[name] = pd.to_numeric(df[name], errors="coerce").astype("float64")
        else:
            df[name] = df[name].astype(object).where(df[name].notna(), None)
    return df


def article_rows(articles: Iterable[Article]) -> list[dict]:
    return [{k: getattr(a, k) for k in ARTICLE_COLUMNS} for a in articles]


def extraction_rows(article: Article, ex: Extraction) -> dict[str, list[dict]]:
    """The rows one article contributes to claims, quantities, times, mentions and entities."""
    aid = article.article_id
    claim_ids = [stable_id("c", aid, c.char_start, c.char_end, c.text) for c in ex.claims]

    def claim_of(idx: Optional[int]) -> Optional[str]:
        return None if idx is None else claim_ids[idx]

    entities: dict[str, dict] = {}
    mentions = []
    for m, ci in zip(ex.mentions, ex.mention_claim):
        eid = entity_id(m.entity_key, m.entity_type)
        entities.setdefault(eid, {"entity_id": eid, "name": m.name, "entity_type": m.entity_type,
                                  "country_code": m.country_code, "geonames_id": m.geonames_id,
                                  "wikidata_id": m.wikidata_id, "latitude": m.latitude, "longitude": m.longitude})
        mentions.append({"mention_id": stable_id("m", aid, m.char_start, m.char_end, eid), "article_id": aid,
                         "entity_id": eid, "claim_id": claim_of(ci), "char_start": m.char_start,
                         "char_end": m.char_end, "text": m.text, "role": m.role})

    claims = []
    for cid, c in zip(claim_ids, ex.claims):
        row = asdict(c)
        row.pop("sentence_start")
        row.pop("sentence_end")
        row["claimant_entity_id"] = _claimant_entity(c, ex)
        claims.append({"claim_id": cid, "article_id": aid, **row})

    quantities = [{"quantity_id": stable_id("q", aid, q.char_start, q.char_end), "article_id": aid,
                   "claim_id": claim_of(ci), **asdict(q)} for q, ci in zip(ex.quantities, ex.quantity_claim)]
    times = [{"time_id": stable_id("t", aid, t.char_start, t.char_end), "article_id": aid,
              "claim_id": claim_of(ci), **asdict(t)} for t, ci in zip(ex.times, ex.time_claim)]
    return {"claims": claims, "quantities": quantities, "times": times, "mentions": mentions,
            "entities": list(entities.values())}


def _claimant_entity(claim, ex: Extraction) -> Optional[str]:
    """The entity of the longest mention inside the claimant's span; for a claimant resolved from a pronoun (the
    span is "he", the claimant the name it stands for), the entity of a mention with that name."""
    if claim.claimant_start is None:
        return None
    inside = [m for m in ex.mentions
              if claim.claimant_start <= m.char_start and m.char_end <= (claim.claimant_end or 0)]
    if not inside and claim.claimant:
        name = claim.claimant.casefold()
        inside = [m for m in ex.mentions if name in (m.text.casefold(), (m.name or "").casefold())]
    if not inside:
        return None
    best = max(inside, key=lambda m: m.char_end - m.char_start)
    return entity_id(best.entity_key, best.entity_type)


def quarantine_rows(records: Iterable[QuarantineRecord]) -> list[dict]:
    rows = []
    for r in records:
        row = asdict(r)
        row["quarantine_id"] = stable_id("x", r.stage, r.origin, r.reason, r.table, r.row)
        rows.append(row)
    return rows


def build_tables(pairs: Iterable[tuple[Article, Extraction]],
                 quarantine: Iterable[QuarantineRecord] = ()) -> dict[str, pd.DataFrame]:
    """All published tables from ``(article, extraction)`` pairs; entities are merged across articles."""
    acc = article_table_rows(pairs)
    entities: dict[str, dict] = {}
    for row in acc["entities"]:
        entities.setdefault(row["entity_id"], row)
    acc["entities"] = sorted(entities.values(), key=lambda r: r["entity_id"])
    acc["quarantine"] = quarantine_rows(quarantine)
    return {name: frame(name, first_per_key(name, rows)) for name, rows in acc.items()}


def article_table_rows(pairs: Iterable[tuple[Article, Extraction]]) -> dict[str, list[dict]]:
    """Every article's rows per table, in the order given; ``entities`` holds each article's entity rows (one
    entity may repeat across articles), each with the ``article_id`` it came from."""
    acc: dict[str, list[dict]] = {name: [] for name in TABLES if name != "quarantine"}
    for article, ex in pairs:
        acc["articles"].extend(article_rows([article]))
        for table, rows in extraction_rows(article, ex).items():
            if table == "entities":
                rows = [{**r, "article_id": article.article_id} for r in rows]
            acc[table].extend(rows)
    return acc


def first_per_key(table: str, rows: list[dict]) -> list[dict]:
    """Drop exact repeats of a primary key (the same span found twice); keep the first."""
    key = TABLES[table].Config.metadata["primary_key"][0]
    seen, out = set(), []
    for row in rows:
        if row[key] in seen:
            continue
        seen.add(row[key])
        out.append(row)
    return out


def row_json(row: dict) -> str:
    return json.dumps({k: (None if pd.isna(v) else v) if not isinstance(v, (list, dict)) else v
                       for k, v in row.items()}, ensure_ascii=False, default=str)
