"""Score one extractor layer directly (no Dagster, no package) against gold case files: the fast dev loop.

    .venv/bin/python tools/score_layers.py times ../shared/eval-data/dev/aquaint.jsonl [--dump PRED.jsonl]

Layers: times, quantities, entities, attributions, claims. It parses each case text with the project's spaCy
pipeline, runs that layer's finder, writes predictions in the scorers' format and prints the reference scorer's
figures. The end-to-end measurement stays ``../shared/eval/score_project.py``.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _pred(layer: str, text: str, published_at: str | None) -> list[dict]:
    from pipeline.extract import extract_text
    from pipeline.extract.nlp import get_nlp
    from pipeline.records import Extraction

    if layer in ("times", "quantities", "entities"):
        finder = {"times": "pipeline.extract.times:find_times", "quantities": "pipeline.extract.quantities:find_quantities",
                  "entities": "pipeline.extract.entities:find_mentions"}[layer]
        mod, fn = finder.split(":")
        doc = get_nlp()(text)
        found = getattr(importlib.import_module(mod), fn)(*((doc, published_at) if layer == "times" else (doc,)))
        ex = Extraction(**{"mentions" if layer == "entities" else layer: found})
    else:
        ex = extract_text(text, published_at)
    if layer == "times":
        return [{"start": t.char_start, "end": t.char_end, "text": t.text, "type": t.timex_type, "value": t.value}
                for t in ex.times]
    if layer == "quantities":
        return [{"start": q.char_start, "end": q.char_end, "text": q.text, "kind": q.kind, "value": q.value,
                 "lower": q.lower, "upper": q.upper, "unit": q.unit, "approx": q.bound == "approximately"}
                for q in ex.quantities if q.kind != "duration"]
    if layer == "entities":
        etype = {"person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC"}
        return [{"start": m.char_start, "end": m.char_end, "text": m.text, "type": etype.get(m.entity_type, "OTHER")}
                for m in ex.mentions]
    claims = []
    for i, c in enumerate(ex.claims):
        qs = [q for q, ci in zip(ex.quantities, ex.quantity_claim) if ci == i]
        ts = [t for t, ci in zip(ex.times, ex.time_claim) if ci == i]
        places = sorted({m.country_code for m, ci in zip(ex.mentions, ex.mention_claim) if ci == i and m.country_code})
        claims.append({"start": c.char_start, "end": c.char_end, "text": c.text, "claimant": c.claimant,
                       "claimant_type": c.claimant_type, "via": c.via, "cue": c.cue, "attribution": c.attribution,
                       "epistemic_status": c.epistemic_status, "polarity": c.polarity,
                       "quantities": [{"start": q.char_start, "end": q.char_end, "text": q.text, "value": q.value,
                                       "lower": q.lower, "upper": q.upper, "bound": q.bound, "unit": q.unit}
                                      for q in qs],
                       "times": [{"start": t.char_start, "end": t.char_end, "text": t.text, "value": t.value}
                                 for t in ts],
                       "places": places,
                       "_source": [c.claimant_start, c.claimant_end], "_cue": [c.cue_start, c.cue_end]})
    if layer == "claims":
        return claims
    return [{"source": c["_source"] if None not in c["_source"] else None,
             "cue": c["_cue"] if None not in c["_cue"] else None, "content": [[c["start"], c["end"]]]}
            for c in claims if c["attribution"] != "author"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("layer", choices=["times", "quantities", "entities", "attributions", "claims"])
    ap.add_argument("cases", nargs="+", type=Path)
    ap.add_argument("--dump", type=Path, help="also write the predictions here")
    ap.add_argument("--scorers", type=Path, default=REPO.parent / "shared" / "eval")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.scorers))
    scorer = importlib.import_module(f"score_{'attr' if args.layer == 'attributions' else args.layer}")
    from common import read_jsonl

    cases = [c for p in args.cases for c in read_jsonl(p) if args.layer in c.get("gold", {})]
    preds = {c["id"]: {"id": c["id"], args.layer: _pred(args.layer, c["text"], c.get("published_at"))} for c in cases}
    dump = args.dump or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    dump.write_text("".join(json.dumps(p) + "\n" for p in preds.values()))
    print(json.dumps(scorer.score(cases, preds), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
