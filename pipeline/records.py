"""Typed records passed between the readers, the extractor and the table builders.

Every span is ``[char_start, char_end)`` in Python string indices into the article text as ingested, and every
``text`` field equals that slice. The extractor produces these records; ``pipeline.tables`` turns them into the
published tables defined in ``schemas/``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional


@dataclass
class Article:
    """One usable input article, as ingested."""

    article_id: str
    source_id: str
    text: str
    url: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    published_at: Optional[str] = None  # ISO 8601, with UTC offset when known
    language: str = "en"
    text_sha256: str = ""
    word_count: int = 0
    ingested_at: str = ""
    origin: str = ""  # inbox-relative file name (and line) it came from; never an absolute path
    licence: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class QuarantineRecord:
    """An input or a row that could not be used, with a specific reason code and message."""

    origin: str
    stage: str  # ingest | extract | validate
    reason: str  # a short code, see pipeline.errors
    message: str
    article_id: Optional[str] = None
    table: Optional[str] = None
    row: Optional[str] = None  # JSON of the failing row, for validation failures


@dataclass
class Quantity:
    char_start: int
    char_end: int
    text: str
    value: Optional[float]
    lower: Optional[float] = None
    upper: Optional[float] = None
    bound: str = "exact"  # exact|approximately|at_least|more_than|at_most|less_than|range|vague
    unit: Optional[str] = None
    kind: str = "count"  # count|percent|money|duration|length|mass|area|volume|speed|temperature|other
    counted: Optional[str] = None


@dataclass
class TimeExpr:
    char_start: int
    char_end: int
    text: str
    timex_type: str  # DATE|TIME|DURATION|SET
    value: Optional[str]  # TIMEX3 value, None when it cannot be resolved
    start_date: Optional[str] = None  # ISO date
    end_date: Optional[str] = None
    granularity: Optional[str] = None  # day|week|month|quarter|season|year|decade|century|time|duration|set
    role: Optional[str] = None  # statement|event, set when linked to a claim


@dataclass
class Mention:
    char_start: int
    char_end: int
    text: str
    name: str  # canonical name of the entity
    entity_type: str  # person|organization|country|place|group|other
    entity_key: str  # stable key of the real-world thing, e.g. "iso:RUS", "geonames:2013348", "person:volodymyr zelensky"
    country_code: Optional[str] = None  # ISO 3166-1 alpha-3
    geonames_id: Optional[int] = None
    wikidata_id: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    role: str = "other"  # claimant|subject|location|origin|destination|other


@dataclass
class Claim:
    char_start: int
    char_end: int
    text: str
    sentence_start: int
    sentence_end: int
    claimant: Optional[str] = None
    claimant_start: Optional[int] = None
    claimant_end: Optional[int] = None
    claimant_type: str = "author"
    via: Optional[str] = None
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    attribution: str = "author"  # direct_quote|indirect|according_to|author
    epistemic_status: str = "asserted"
    polarity: str = "positive"


@dataclass
class Extraction:
    """Everything the extractor found in one article; ``*_claim`` lists give the claim index or None."""

    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quantity_claim: list[Optional[int]] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    time_claim: list[Optional[int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    mention_claim: list[Optional[int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
