"""Line and sentence classification (pipeline.extract.sentences)."""
from __future__ import annotations

import pytest

from pipeline.extract.sentences import classify_lines, is_dateline, line_kind, sentence_spans

ARTICLE = (
    "Flood waters reach the old harbour of Porto Lindo\n"
    "Rescue teams evacuated 420 residents on Tuesday. The river rose by two metres overnight.\n"
    "9:15 AM CET, March 3, 2025\n"
    "Damage across the region\n"
    "The regional council estimated the damage at 12 million euros.\n"
)


def test_line_kinds():
    kinds = [ln.kind for ln in classify_lines(ARTICLE)]
    assert kinds == ["headline", "paragraph", "dateline", "subheading", "paragraph"]


def test_dateline_detection():
    assert is_dateline("9:15 AM CET, March 3, 2025")
    assert is_dateline("7 p.m.")
    assert is_dateline("Updated: Friday, June 6, 2025 10:02")
    assert not is_dateline("Rescue teams evacuated 420 residents on Tuesday.")
    assert not is_dateline("March of the penguins")


def test_subheading_vs_paragraph():
    assert line_kind("Damage across the region") == "subheading"
    assert line_kind("The council met on Monday.") == "paragraph"
    assert line_kind("Anything at all", is_first=True) == "headline"


def test_single_line_text_is_not_a_headline():
    assert [ln.kind for ln in classify_lines("One sentence only. And another one.")] == ["paragraph"]


def test_sentences_do_not_merge_across_lines(nlp):
    doc = nlp(ARTICLE)
    sents = sentence_spans(doc)
    texts = [ARTICLE[s.start:s.end] for s in sents]
    assert texts[0] == "Flood waters reach the old harbour of Porto Lindo"
    assert "9:15 AM CET, March 3, 2025" in texts
    assert "Damage across the region" in texts
    kinds = {ARTICLE[s.start:s.end]: s.kind for s in sents}
    assert kinds["Flood waters reach the old harbour of Porto Lindo"] == "headline"
    assert kinds["9:15 AM CET, March 3, 2025"] == "dateline"
    assert kinds["Damage across the region"] == "subheading"
    assert kinds["The river rose by two metres overnight."] == "paragraph"
    # two sentences of one paragraph share the line index
    para = [s for s in sents if s.kind == "paragraph" and s.line_index == 1]
    assert len(para) == 2


def test_fragment_without_final_punctuation_joins_the_next_sentence(nlp):
    # a parser slip after a heading ("Warsaw" | "accused Minsk of ..."): the fragment is not a sentence
    from spacy.tokens import Doc

    words = ["Border", "dispute", "\n", "Oslo", "accused", "Stockholm", "of", "lying", ".", "Stockholm", "denied", "it",
             "."]
    spaces = [True, False, False, True, True, True, True, False, True, True, True, False, False]
    starts = [True, False, False, True, True, False, False, False, False, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    sents = sentence_spans(doc)
    texts = [doc.text[s.start:s.end] for s in sents]
    assert texts == ["Border dispute", "Oslo accused Stockholm of lying.", "Stockholm denied it."]
    assert sents[1].span.text == "Oslo accused Stockholm of lying." and sents[1].kind == "paragraph"


@pytest.mark.parametrize("title", ["Cmdr.", "Sgt.", "Lt. Col.", "Brig. Gen.", "Pfc.", "Supt."])
def test_abbreviated_title_does_not_end_the_sentence(nlp, title):
    text = f"The convoy was not attacked, said {title} Ana Reyes, a spokeswoman. Escorts will continue."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [text[:text.index(" Escorts")], "Escorts will continue."]
    assert f"{title} " in text and any(t.text == title.split()[-1] for t in doc)  # the title is one token


def test_a_title_at_the_end_of_a_line_still_ends_it(nlp):
    assert [s.text for s in nlp("They met the Sgt.\nLee said nothing.").sents] == ["They met the Sgt.\n",
                                                                                 "Lee said nothing."]
