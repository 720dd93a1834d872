"""Fixtures of the reader tests: an empty inbox and original English article text."""
import pytest


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    return d


@pytest.fixture
def english():
    """A short, original English news paragraph (licence-clean fixture text) about ``topic``."""
    def make(topic: str = "the harbour") -> str:
        return (f"Officials said on Tuesday that work at {topic} would resume next week after a three-day pause. "
                "The council estimated that about 40 workers had been sent home, and that the delay would cost "
                "the city roughly 2 million dollars. \"We expect normal service by Friday,\" a spokesperson told "
                "reporters.")
    return make
