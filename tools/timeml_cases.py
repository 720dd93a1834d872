"""Turn TimeML documents into gold case files (``../shared/eval-data/FORMAT.md``) for an internal times evaluation.

    .venv/bin/python tools/timeml_cases.py DIR --set timebank --out timebank.jsonl
    .venv/bin/python ../shared/eval/score_project.py timebank.jsonl --claimpack .venv/bin/claimpack

DIR holds either inline TimeML files (``*.tml``: the DCT is the TIMEX3 with functionInDocument CREATION_TIME or
PUBLICATION_TIME, the article text runs to the first MAKEINSTANCE) or transcriptions (``*.txt``: a first line
``DCT<TAB>YYYY-MM-DD``, then the text with each TIMEX3 written ``<T type="TYPE" value="VALUE">words</T>``, any other
markup dropped). TimeBank 1.2 was scored this way in session 8 (``docs/quality.md``): its texts are LDC-licensed, so
the documents and the case file stay outside the repository (write them to a scratch folder, never under
``tests/``); only figures are reported.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_TML_TIMEX = re.compile(r'<TIMEX3\b([^>]*)>(.*?)</TIMEX3>', re.S)
_TXT_TIMEX = re.compile(r'<T type="([^"]*)" value="([^"]*)"( dct="1")?>(.*?)</T>', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT_ROLES = ("CREATION_TIME", "PUBLICATION_TIME")


def _from_tml(raw: str) -> tuple[str, list[tuple[str, str, str, bool]], str]:
    """(DCT, [(type, value, words, is_dct)] in order, body with each TIMEX3 replaced by a NUL marker)."""
    body = raw.split("<MAKEINSTANCE", 1)[0]
    body = re.sub(r"^.*?<TimeML[^>]*>", "", body, flags=re.S)
    found, dct = [], None
    for m in _TML_TIMEX.finditer(body):
        attrs = dict(_ATTR.findall(m.group(1)))
        is_dct = attrs.get("functionInDocument") in _DCT_ROLES
        if is_dct and dct is None:
            dct = attrs.get("value", "")
        found.append((attrs.get("type", ""), attrs.get("value", ""), m.group(2), is_dct))
    body = _TML_TIMEX.sub("\0", body)
    body = re.sub(r"<[^>]+>", "", body)
    return dct or "", found, body


def _from_txt(raw: str) -> tuple[str, list[tuple[str, str, str, bool]], str]:
    first, _, body = raw.partition("\n")
    found = [(m.group(1), m.group(2), m.group(4), bool(m.group(3))) for m in _TXT_TIMEX.finditer(body)]
    return first.split("\t", 1)[1].strip(), found, _TXT_TIMEX.sub("\0", body)


def case(path: Path, set_name: str) -> dict:
    raw = path.read_text(encoding="utf-8")
    dct, found, body = (_from_tml if path.suffix == ".tml" else _from_txt)(raw)
    pieces = body.strip("\n").split("\0")
    text, times, ignore = pieces[0], [], []
    for (ttype, value, words, is_dct), rest in zip(found, pieces[1:]):
        words = re.sub(r"\s+", " ", words.strip())
        span = [len(text), len(text) + len(words)]
        text += words + rest
        if is_dct:
            if span[0]:  # a DCT printed in the text (the first one of a .tml comes before it)
                ignore.append(span)
        elif words:
            times.append({"start": span[0], "end": span[1], "text": words, "type": ttype, "value": value})
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for t in times:
        t["start"] -= lead
        t["end"] -= lead
        assert text[t["start"]:t["end"]] == t["text"], (path, t)
    out = {"id": f"{set_name}:{path.stem}", "set": set_name, "url": None, "title": None, "published_at": dct[:10],
           "text": text, "gold": {"times": times}}
    if ignore:
        out["ignore_times"] = [[a - lead, b - lead] for a, b in ignore]
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--set", default="timeml")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    files = sorted(p for p in args.dir.iterdir() if p.suffix in (".tml", ".txt"))
    cases = [case(p, args.set) for p in files]
    with args.out.open("w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(cases)} documents, {sum(len(c['gold']['times']) for c in cases)} times -> {args.out}")


if __name__ == "__main__":
    main()
