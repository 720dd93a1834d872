"""Shared by the extractor tests: the project's spaCy pipeline, loaded once per session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from pipeline.extract.nlp import get_nlp

    return get_nlp()
