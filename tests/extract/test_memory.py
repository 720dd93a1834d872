"""Extraction must not keep parsed documents alive: memory has to stay flat over a long stream of articles."""
import gc

from spacy.tokens import Doc

from pipeline.extract import extract_text, extract_texts

TEXT = ("The ministry said on Monday that at least 3,000 people had left the city. \"We expect more,\" "
        "the mayor, Anna Kowalski, told reporters in Lyon.")


def _live_docs() -> int:
    return sum(isinstance(o, Doc) for o in gc.get_objects())


def test_streamed_docs_are_freed_without_the_cycle_collector():
    gc.collect()
    before = _live_docs()
    gc.disable()
    try:
        results = list(extract_texts(((f"{TEXT} Item {i}.", "2024-10-25") for i in range(12)), batch_size=4))
        assert len(results) == 12 and all(r.claims for r in results)
        assert _live_docs() == before
    finally:
        gc.enable()


def test_a_single_extraction_frees_its_doc():
    gc.collect()
    before = _live_docs()
    gc.disable()
    try:
        assert extract_text(TEXT, "2024-10-25").quantities
        assert _live_docs() == before
    finally:
        gc.enable()
