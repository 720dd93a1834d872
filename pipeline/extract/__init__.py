"""The extractor: article text and publication time in, typed records out (no Dagster, no file I/O).

``extract_text(text, published_at)`` parses one article; ``extract_texts(items)`` streams many through
``nlp.pipe``. Each layer is its own module with one finder taking the parsed ``Doc``:
``times.find_times``, ``quantities.find_quantities``, ``entities.find_mentions``, ``attribution.find_claims``;
``assemble`` links what they found to the claims.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from pipeline.records import Extraction
from pipeline.settings import DEFAULT_MODEL

EXTRACTOR_VERSION = "0.10.12"


def extract_doc(doc, published_at: Optional[str]) -> Extraction:
    """Run every layer over one parsed article and link the results to its claims."""
    from pipeline.extract.assemble import assemble
    from pipeline.extract.attribution import find_claims
    from pipeline.extract.currency_context import resolve_currencies
    from pipeline.extract.entities import find_mentions
    from pipeline.extract.quantities import find_quantities
    from pipeline.extract.nlp import release_doc_caches
    from pipeline.extract.times import find_times

    try:
        times = find_times(doc, published_at)
        quantities = find_quantities(doc)
        mentions = find_mentions(doc)
        quantities = resolve_currencies(quantities, mentions)
        claims = find_claims(doc)
        return assemble(doc, claims, quantities, times, mentions)
    finally:
        release_doc_caches(doc)


def extract_text(text: str, published_at: Optional[str] = None, model: str = DEFAULT_MODEL) -> Extraction:
    from pipeline.extract.nlp import get_nlp

    return extract_doc(get_nlp(model)(text), published_at)


def extract_texts(items: Iterable[tuple[str, Optional[str]]], model: str = DEFAULT_MODEL, batch_size: int = 32,
                  keep_going: bool = False) -> Iterator[Extraction | Exception]:
    """Extract ``(text, published_at)`` pairs in order, streaming them through ``nlp.pipe``.

    With ``keep_going`` an article whose extraction raises yields the exception instead of stopping the stream.
    """
    from pipeline.extract.nlp import get_nlp

    for doc, published_at in get_nlp(model).pipe(items, as_tuples=True, batch_size=batch_size):
        if not keep_going:
            yield extract_doc(doc, published_at)
            continue
        try:
            yield extract_doc(doc, published_at)
        except Exception as err:  # noqa: BLE001 - reported per article by the caller
            yield err
