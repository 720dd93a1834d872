"""Score the extractor on claimpack's own claim fixtures (tests/fixtures/claims/claims.jsonl) with the reference scorers.

    .venv/bin/python tools/score_fixtures.py [--fixtures PATH] [--dump PRED.jsonl] [--scorers ../shared/eval]

For every fixture article it runs the project's extractor (``pipeline.extract``, through ``tools/score_layers._pred``,
so the predictions have exactly the shape the dev-loop scorer uses) and prints the figures of ``score_claims``,
``score_times`` and ``score_quantities`` from ``../shared/eval`` as one JSON dict {layer: figures}. The fixtures
themselves are built by ``tests/fixtures/claims/build_claims.py``; the regression suite over them is
``tests/extract/test_claim_fixtures.py`` (which does not need ``../shared``).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from score_layers import _pred  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "claims" / "claims.jsonl"
LAYERS = ("claims", "times", "quantities")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fixtures", type=Path, default=FIXTURES)
    ap.add_argument("--scorers", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--dump", type=Path, help="also write the predictions (one line per article, all layers) here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.scorers))
    from common import read_jsonl

    cases = list(read_jsonl(args.fixtures))
    preds = {c["id"]: {"id": c["id"], **{layer: _pred(layer, c["text"], c.get("published_at")) for layer in LAYERS}}
             for c in cases}
    if args.dump:
        args.dump.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()),
                             encoding="utf-8")
    out = {layer: importlib.import_module(f"score_{layer}").score(cases, preds) for layer in LAYERS}
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
