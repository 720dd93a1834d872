"""The data dictionary in docs/ is generated from the pandera models and is up to date."""
from __future__ import annotations

import importlib.util

from support import REPO


def test_data_dictionary_is_generated_from_the_models():
    spec = importlib.util.spec_from_file_location("write_docs", REPO / "tools" / "write_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (REPO / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == module.render(), "run: .venv/bin/python tools/write_docs.py"
