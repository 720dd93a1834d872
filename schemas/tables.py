"""The pandera models of every published table: the only place a column is defined.

The Frictionless Table Schema in ``datapackage.json``, the data dictionary in ``datasets/README.md`` and the
Dagster column metadata are all generated from these models (``pipeline.publish.tableschema``). Field order here is
column order in the CSV. ``Config.metadata`` carries the table description, primary key and foreign keys.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

CLAIMANT_TYPES = ["person", "government", "military", "intelligence", "media", "organization", "unspecified",
                  "author", "other"]
ATTRIBUTIONS = ["direct_quote", "indirect", "according_to", "author"]
EPISTEMIC = ["asserted", "reported", "expected", "estimated", "suspected", "alleged", "denied", "confirmed"]
POLARITIES = ["positive", "negative"]
BOUNDS = ["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "vague"]
QUANTITY_KINDS = ["count", "percent", "money", "duration", "length", "mass", "area", "volume", "speed", "temperature",
                  "other"]
TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"]
GRANULARITIES = ["time", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century",
                 "duration", "set"]
TIME_ROLES = ["statement", "event"]
ENTITY_TYPES = ["person", "organization", "country", "place", "group", "other"]
MENTION_ROLES = ["claimant", "subject", "location", "origin", "destination", "other"]

ID_PATTERN = r"^[a-z]{1,3}_[0-9a-f]{16}$"
ISO3_PATTERN = r"^[A-Z]{3}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
OFFSET = {"ge": 0}


class _Base(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True


def _id(desc: str, **kw) -> pa.Field:
    return pa.Field(str_matches=ID_PATTERN, description=desc, **kw)


def _text(desc: str, **kw) -> pa.Field:
    return pa.Field(nullable=True, description=desc, **kw)


class Articles(_Base):
    """One row per ingested article."""

    article_id: Series[str] = _id("Stable id of the article: a hash of its source id and text.", unique=True)
    source_id: Series[str] = pa.Field(description="The input's own id: the record's `id`, else the file name.")
    url: Series[str] = _text("Address of the article where it was published.")
    source: Series[str] = _text("Publisher or collection the article came from.")
    title: Series[str] = _text("Headline of the article.")
    published_at: Series[str] = _text(
        "Publication time, ISO 8601, with UTC offset when known; empty when the input gave none or it was unparseable.",
        str_matches=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$")
    language: Series[str] = pa.Field(description="ISO 639-1 language code of the text.", str_matches=r"^[a-z]{2}$")
    text_sha256: Series[str] = pa.Field(description="SHA-256 of the article text as ingested (UTF-8).",
                                        str_matches=r"^[0-9a-f]{64}$")
    word_count: Series[int] = pa.Field(ge=0, description="Number of words in the article text.")
    ingested_at: Series[str] = pa.Field(description="When the article was first ingested (UTC, ISO 8601).")
    licence: Series[str] = _text("Licence of the article text as the input declared it (e.g. CC-BY-2.5); empty "
                                 "when unknown.")

    class Config:
        metadata = {"title": "Articles", "description": "The articles the claims were extracted from.",
                    "primary_key": ["article_id"], "foreign_keys": []}


class Claims(_Base):
    """One row per claim: an attributed or authorial statement with its evidence span."""

    claim_id: Series[str] = _id("Stable id of the claim: a hash of its article, span and text.", unique=True)
    article_id: Series[str] = _id("The article the claim is in.")
    char_start: Series[int] = pa.Field(**OFFSET, description="Start of the claim content (Python string index).")
    char_end: Series[int] = pa.Field(**OFFSET, description="End (exclusive) of the claim content.")
    text: Series[str] = pa.Field(description="The claim content: the article text between char_start and char_end.")
    claimant: Series[str] = _text("Who asserts it, verbatim as named; empty when the author asserts it.")
    claimant_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, **OFFSET,
                                                     description="Start of the claimant's span, when it is named.")
    claimant_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, **OFFSET, description="End of the claimant's span.")
    claimant_type: Series[str] = pa.Field(isin=CLAIMANT_TYPES, description="Kind of claimant.")
    claimant_entity_id: Series[str] = _text("The entity the claimant refers to, when linked.", str_matches=ID_PATTERN)
    via: Series[str] = _text("An intermediary relaying the claimant, such as the outlet citing it.")
    cue: Series[str] = _text("The reporting word or phrase (said, reported, according to ...).")
    cue_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, **OFFSET, description="Start of the cue's span.")
    cue_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, **OFFSET, description="End of the cue's span.")
    attribution: Series[str] = pa.Field(isin=ATTRIBUTIONS, description="How the claim is attributed.")
    epistemic_status: Series[str] = pa.Field(isin=EPISTEMIC, description="How the claimant holds the content.")
    polarity: Series[str] = pa.Field(isin=POLARITIES, description="negative when the claimant denies the content.")

    class Config:
        metadata = {"title": "Claims", "description": "Statements found in the articles, with who made them.",
                    "primary_key": ["claim_id"],
                    "foreign_keys": [{"fields": ["article_id"], "table": "articles", "reference": ["article_id"]},
                                     {"fields": ["claimant_entity_id"], "table": "entities",
                                      "reference": ["entity_id"]}]}

    @pa.dataframe_check(description="char_start < char_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_start"] < df["char_end"]

    @pa.dataframe_check(description="claimant_start < claimant_end when a claimant span is given")
    def claimant_span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["claimant_start"].isna() | (df["claimant_start"] < df["claimant_end"]).fillna(False)


class Quantities(_Base):
    """One row per quantity expression."""

    quantity_id: Series[str] = _id("Stable id of the quantity.", unique=True)
    article_id: Series[str] = _id("The article the quantity is in.")
    claim_id: Series[str] = _text("The claim the quantity belongs to, if any.", str_matches=ID_PATTERN)
    char_start: Series[int] = pa.Field(**OFFSET, description="Start of the quantity expression.")
    char_end: Series[int] = pa.Field(**OFFSET, description="End (exclusive) of the quantity expression.")
    text: Series[str] = pa.Field(description="The quantity expression as written.")
    value: Series[float] = pa.Field(nullable=True, description="The number as written (3000 for 'at least 3,000'); "
                                                               "empty for ranges and vague amounts.")
    lower: Series[float] = pa.Field(nullable=True, description="Lower bound implied by the expression.")
    upper: Series[float] = pa.Field(nullable=True, description="Upper bound implied by the expression.")
    bound: Series[str] = pa.Field(isin=BOUNDS, description="How the value bounds the real amount.")
    unit: Series[str] = _text("Unit: 'percent' (value 60 for 60%), an ISO 4217 code for money, a unit name, "
                              "or the counted noun.")
    kind: Series[str] = pa.Field(isin=QUANTITY_KINDS, description="What sort of quantity it is.")
    counted: Series[str] = _text("What is counted or measured ('3,000 soldiers' counts soldiers).")

    class Config:
        metadata = {"title": "Quantities", "description": "Numbers with their bounds, units and what they count.",
                    "primary_key": ["quantity_id"],
                    "foreign_keys": [{"fields": ["article_id"], "table": "articles", "reference": ["article_id"]},
                                     {"fields": ["claim_id"], "table": "claims", "reference": ["claim_id"]}]}

    @pa.dataframe_check(description="char_start < char_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_start"] < df["char_end"]

    @pa.dataframe_check(description="lower <= value <= upper where given")
    def bounds_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        lo, v, up = df["lower"], df["value"], df["upper"]
        ok = (lo.isna() | v.isna() | (lo <= v)) & (up.isna() | v.isna() | (v <= up)) & (lo.isna() | up.isna() | (lo <= up))
        return ok

    @pa.dataframe_check(description="percent values (bounds included) lie in -100 to 100 (a share or a change) "
                                    "unless the text shows the larger number ('rose 240 percent')")
    def percent_range(cls, df: pd.DataFrame) -> Series[bool]:
        pct = df["kind"] == "percent"
        vals = df[["value", "lower", "upper"]]
        ok = ((((vals >= -100) & (vals <= 100)) | vals.isna()).all(axis=1) | ~pct).to_numpy().copy()
        texts, rows = df["text"].to_numpy(), vals.to_numpy()
        for i in (~ok).nonzero()[0]:  # the few rows outside: does the text show the number?
            text = str(texts[i]).replace(",", "")
            ok[i] = all(pd.isna(v) or -100 <= v <= 100 or f"{abs(v):g}" in text for v in rows[i])
        return pd.Series(ok, index=df.index)


class Times(_Base):
    """One row per temporal expression, normalised to TIMEX3."""

    time_id: Series[str] = _id("Stable id of the temporal expression.", unique=True)
    article_id: Series[str] = _id("The article the expression is in.")
    claim_id: Series[str] = _text("The claim the expression belongs to, if any.", str_matches=ID_PATTERN)
    char_start: Series[int] = pa.Field(**OFFSET, description="Start of the expression.")
    char_end: Series[int] = pa.Field(**OFFSET, description="End (exclusive) of the expression.")
    text: Series[str] = pa.Field(description="The temporal expression as written.")
    timex_type: Series[str] = pa.Field(isin=TIMEX_TYPES, description="TIMEX3 type.")
    value: Series[str] = _text("TIMEX3 value normalised against the publication time (2024-10-25, 2024-10, "
                               "2024-W43, P1M); empty when it cannot be resolved.")
    start_date: Series[str] = _text("First day the expression covers (ISO date).", str_matches=DATE_PATTERN)
    end_date: Series[str] = _text("Last day the expression covers (ISO date).", str_matches=DATE_PATTERN)
    granularity: Series[str] = _text("Precision of the value.", isin=GRANULARITIES)
    role: Series[str] = _text("statement (when a claim was made) or event (when it happens).", isin=TIME_ROLES)

    class Config:
        metadata = {"title": "Times", "description": "Dates, times, durations and sets, normalised.",
                    "primary_key": ["time_id"],
                    "foreign_keys": [{"fields": ["article_id"], "table": "articles", "reference": ["article_id"]},
                                     {"fields": ["claim_id"], "table": "claims", "reference": ["claim_id"]}]}

    @pa.dataframe_check(description="char_start < char_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_start"] < df["char_end"]

    @pa.dataframe_check(description="start_date <= end_date where both are given")
    def dates_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        both = df["start_date"].notna() & df["end_date"].notna()
        return ~both | (df["start_date"].fillna("") <= df["end_date"].fillna(""))


class Entities(_Base):
    """One row per real-world thing mentioned in any article."""

    entity_id: Series[str] = _id("Stable id of the entity, derived from its gazetteer id or its type and name.",
                                 unique=True)
    name: Series[str] = pa.Field(description="Canonical name of the entity.")
    entity_type: Series[str] = pa.Field(isin=ENTITY_TYPES, description="Kind of entity.")
    country_code: Series[str] = _text("ISO 3166-1 alpha-3 code of the country it is or lies in.",
                                      str_matches=ISO3_PATTERN)
    geonames_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description="GeoNames id of a place.")
    wikidata_id: Series[str] = _text("Wikidata id, when known.", str_matches=r"^Q\d+$")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="Latitude (WGS 84) of a place.")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="Longitude (WGS 84) of a place.")

    class Config:
        metadata = {"title": "Entities", "description": "People, organisations, countries and places, linked to "
                                                        "ISO 3166 and GeoNames where possible.",
                    "primary_key": ["entity_id"], "foreign_keys": []}


class Mentions(_Base):
    """One row per mention of an entity in an article."""

    mention_id: Series[str] = _id("Stable id of the mention.", unique=True)
    article_id: Series[str] = _id("The article the mention is in.")
    entity_id: Series[str] = _id("The entity mentioned.")
    claim_id: Series[str] = _text("The claim whose content names the entity (one of its places or subjects), if "
                                  "any.", str_matches=ID_PATTERN)
    char_start: Series[int] = pa.Field(**OFFSET, description="Start of the mention.")
    char_end: Series[int] = pa.Field(**OFFSET, description="End (exclusive) of the mention.")
    text: Series[str] = pa.Field(description="The mention as written.")
    role: Series[str] = pa.Field(isin=MENTION_ROLES, description="Role of the entity in the claim whose content "
                                 "names it (subject, location, origin, destination); claimant for the mention of a "
                                 "claim's claimant (claims.claimant_entity_id links it; claim_id stays empty); else "
                                 "other.")

    class Config:
        metadata = {"title": "Mentions", "description": "Where each entity is mentioned, and its role in the claim.",
                    "primary_key": ["mention_id"],
                    "foreign_keys": [{"fields": ["article_id"], "table": "articles", "reference": ["article_id"]},
                                     {"fields": ["entity_id"], "table": "entities", "reference": ["entity_id"]},
                                     {"fields": ["claim_id"], "table": "claims", "reference": ["claim_id"]}]}

    @pa.dataframe_check(description="char_start < char_end")
    def span_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_start"] < df["char_end"]


class Quarantine(_Base):
    """One row per input or row that could not be used."""

    quarantine_id: Series[str] = _id("Stable id of the quarantine record.", unique=True)
    origin: Series[str] = pa.Field(description="The input it came from (file name in the inbox, line, or URL).")
    stage: Series[str] = pa.Field(isin=["ingest", "extract", "validate"], description="Where it was stopped.")
    reason: Series[str] = pa.Field(description="A short reason code (see the README's list of codes).")
    message: Series[str] = pa.Field(description="What was wrong, in words.")
    article_id: Series[str] = _text("The article it belongs to, when known.")
    table: Series[str] = _text("For a failing row: its table.")
    row: Series[str] = _text("For a failing row: the row as JSON.")

    class Config:
        metadata = {"title": "Quarantine", "description": "Inputs and rows that were set aside, with the reason.",
                    "primary_key": ["quarantine_id"], "foreign_keys": []}


class ArticleTexts(_Base):
    """Full article texts, published only when enabled and only for articles whose licence allows it."""

    article_id: Series[str] = _id("The article.", unique=True)
    licence: Series[str] = pa.Field(description="The open licence that allows the text to be republished.")
    text: Series[str] = pa.Field(description="The article text as ingested; every offset in the package indexes it.")

    class Config:
        metadata = {"title": "Article texts", "description": "Full texts of openly licensed articles (optional).",
                    "primary_key": ["article_id"],
                    "foreign_keys": [{"fields": ["article_id"], "table": "articles", "reference": ["article_id"]}]}


# Licences under which a full article text may be republished (CLAIMPACK_PUBLISH_TEXT=1).
OPEN_TEXT_LICENCES = ("CC0", "CC-BY", "CC-BY-SA", "PDDL", "ODC-BY", "PUBLIC-DOMAIN", "OGL")

# Published tables in package order; quarantine is published too so nothing is lost silently.
TABLES: dict[str, type[_Base]] = {
    "articles": Articles,
    "claims": Claims,
    "quantities": Quantities,
    "times": Times,
    "entities": Entities,
    "mentions": Mentions,
    "quarantine": Quarantine,
}
# Tables published only when a setting asks for them.
OPTIONAL_TABLES: dict[str, type[_Base]] = {"article_texts": ArticleTexts}
