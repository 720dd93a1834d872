"""The spaCy pipeline, loaded lazily once per process and model name."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.settings import DEFAULT_MODEL

LINE_BREAK_COMPONENT = "claimpack_line_breaks"
TITLE_COMPONENT = "claimpack_title_abbreviations"
_NEWLINES = re.compile(r"\n+\s*")  # a line break and the blank space after it: the next token starts a sentence

# Abbreviated titles that spaCy's English tokenizer splits off their full stop ("Sgt", "."), which then ends the
# sentence in the middle of a name: "said Cmdr. Ana Reyes" became two sentences and the claimant "Cmdr".
TITLE_ABBREVIATIONS = ("Lt", "Col", "Capt", "Cpt", "Adm", "Maj", "Brig", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Pfc",
                       "Spc", "Amb", "Supt", "Insp", "Det", "Hon", "Fr", "Msgr", "Atty", "Gens", "Sens", "Reps", "Ret")


def _register_components() -> None:
    import numpy as np
    from spacy.attrs import IDX
    from spacy.language import Language

    if Language.has_factory(LINE_BREAK_COMPONENT):
        return

    titles = re.compile(r"\b(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\. [A-Z]")

    @Language.component(TITLE_COMPONENT)
    def title_abbreviations(doc):
        """No sentence starts right after an abbreviated title before a capitalised word ("Cmdr. Ana Reyes"); the
        parser would otherwise take the title's full stop for the end of a sentence."""
        hits = [m.end() - 1 for m in titles.finditer(doc.text)]
        if not hits:
            return doc
        starts = doc.to_array([IDX])
        for pos in hits:
            i = int(np.searchsorted(starts, pos))
            if 0 < i < len(doc) and starts[i] == pos and doc[i - 1].text.endswith(".") and \
                    doc[i].is_sent_start is not True:
                doc[i].is_sent_start = False
        return doc

    @Language.component(LINE_BREAK_COMPONENT)
    def line_breaks(doc):
        """Start a sentence at the first token after every newline, so headings and datelines never join their
        neighbours (token offsets come from one array, not a Python loop over the tokens)."""
        text = doc.text
        if "\n" not in text or len(doc) < 2:
            return doc
        starts = doc.to_array([IDX])
        for m in _NEWLINES.finditer(text):
            i = int(np.searchsorted(starts, m.end()))
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        return doc


def doc_text(doc) -> str:
    """The document text, built once per doc (spaCy's ``Doc.text`` re-joins every token on each access)."""
    text = doc.user_data.get("claimpack_text")
    if text is None:
        text = doc.user_data["claimpack_text"] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """The document's entities, built once per doc (``Doc.ents`` rebuilds its spans on each access)."""
    ents = doc.user_data.get("claimpack_ents")
    if ents is None:
        ents = doc.user_data["claimpack_ents"] = tuple(doc.ents)
    return ents


def release_doc_caches(doc) -> None:
    """Drop the per-doc caches (every ``claimpack_*`` key of ``Doc.user_data``). Cached spans point back at their
    doc, a reference cycle that only the cyclic garbage collector would free, late: Python does not see the parse
    arrays' memory, so a long stream of articles would hold hundreds of dead docs."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("claimpack_")]:
        del doc.user_data[key]


@lru_cache(maxsize=2)
def get_nlp(model: str = DEFAULT_MODEL):
    """The spaCy pipeline ``model`` with claimpack's line-break rule before the parser, and title abbreviations
    kept whole by the tokenizer."""
    import spacy
    from spacy.symbols import ORTH

    _register_components()
    nlp = spacy.load(model)
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{abbr}.", [{ORTH: f"{abbr}."}])
    nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    nlp.add_pipe(TITLE_COMPONENT, before="parser")
    return nlp


def model_info(model: str = DEFAULT_MODEL) -> tuple[str, str]:
    """``(name, version)`` of a pipeline, without loading it: an installed package's name and version, or for a
    pipeline folder the ``<lang>_<name>`` and version of its ``meta.json`` (never the folder's path, which is a
    local detail). ``version`` is "unknown" when neither can be read."""
    import json
    from importlib import metadata
    from pathlib import Path

    folder = Path(model)
    if (folder / "meta.json").is_file():
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            return f"{meta.get('lang', 'xx')}_{meta.get('name', folder.name)}", str(meta.get("version", "unknown"))
        except (OSError, ValueError):
            return folder.name, "unknown"
    try:
        return model, metadata.version(model)
    except metadata.PackageNotFoundError:
        return model, "unknown"


def model_id(model: str = DEFAULT_MODEL) -> str:
    """``model==version``: part of every extraction cache key, so that a new release of the same model (or an
    edited pipeline folder's version) re-extracts the articles."""
    return f"{model}=={model_info(model)[1]}"
