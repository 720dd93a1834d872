"""The spaCy pipeline, loaded lazily once per process and model name."""
from __future__ import annotations

from functools import lru_cache

from pipeline.settings import DEFAULT_MODEL

LINE_BREAK_COMPONENT = "claimpack_line_breaks"


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(LINE_BREAK_COMPONENT):
        return

    @Language.component(LINE_BREAK_COMPONENT)
    def line_breaks(doc):
        """Start a sentence after every newline, so headings and datelines never join their neighbours."""
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if "\n" in tok.text or (tok.whitespace_ == "" and "\n" in doc.text[tok.idx + len(tok.text):nxt.idx]):
                nxt.is_sent_start = True
            elif "\n" in tok.whitespace_:
                nxt.is_sent_start = True
            elif nxt.is_sent_start is None:
                pass
        return doc


@lru_cache(maxsize=2)
def get_nlp(model: str = DEFAULT_MODEL):
    """The spaCy pipeline ``model`` with claimpack's line-break rule before the parser."""
    import spacy

    _register_components()
    nlp = spacy.load(model)
    nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    return nlp


def model_version(model: str = DEFAULT_MODEL) -> str:
    """``name==version`` of the model, for cache keys and provenance (loads the pipeline)."""
    meta = get_nlp(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}=={meta.get('version', '0')}"
