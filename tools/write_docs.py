"""Write docs/data-dictionary.md from the pandera models (a test checks it is up to date).

    .venv/bin/python tools/write_docs.py
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DICTIONARY = REPO / "docs" / "data-dictionary.md"


def render() -> str:
    from pipeline.publish.tableschema import data_dictionary
    from schemas.tables import OPTIONAL_TABLES, TABLES

    return ("# Data dictionary\n\nGenerated from the pandera models in `schemas/tables.py` by "
            "`python tools/write_docs.py`; do not edit by hand. `article_texts` is published only with "
            "`CLAIMPACK_PUBLISH_TEXT=1`.\n\n" + data_dictionary({**TABLES, **OPTIONAL_TABLES}).rstrip() + "\n")


if __name__ == "__main__":
    DICTIONARY.parent.mkdir(exist_ok=True)
    DICTIONARY.write_text(render(), encoding="utf-8")
    print(DICTIONARY.relative_to(REPO))
