#!/usr/bin/env python
"""claimpack benchmark (not a test): full build, incremental build, bare-parser vs extractor throughput, memory.

    .venv/bin/python bench/run_bench.py --n 2000            # N = 200 (default), 2000 or 10000 (any N works)
    .venv/bin/python bench/run_bench.py --n 2000 --markdown # also write the figures into bench/RESULTS.md

What it does, in one run (see bench/README.md for what each figure means):

1. Corpus: the article-like texts of ``--cases`` (default ``../shared/eval-data/dev/*.jsonl``, records with at least
   ``--min-words`` words, exact duplicates dropped) plus the bundled samples (``samples/inbox``, read with
   claimpack's own readers), replicated round-robin up to N. Copy k>0 of a text gets the id ``<id>~r<k>``,
   ``published_at`` shifted by k days and its last number increased by k (or a short line appended when it has
   no number), so no two articles are exact duplicates (ingest would quarantine those). Written as JSON Lines
   (id, url, title, source, published_at, text) into a temporary inbox, ``--per-file`` records per file so that no
   file exceeds ``CLAIMPACK_MAX_BYTES``.
2. FULL build: ``claimpack build --inbox --out --state --day D`` as a subprocess (fresh state, out and
   DAGSTER_HOME in the temp folder). Wall time of the process; peak RSS from ``os.wait4`` (``ru_maxrss`` of that
   child only) and an RSS time series sampled from ``/proc/<pid>/status`` so that memory can be attributed to a
   step. Per-step times come from the Dagster run's step stats (``get_run_step_stats``: STEP_START ->
   STEP_SUCCESS) read from the instance afterwards; extraction-only seconds and counts from the ``extractions``
   materialization metadata.
3. INCREMENTAL build: ``--add`` new articles (the next copies in the same round-robin, so new ids and texts)
   written to a new inbox file, then ``claimpack build`` for day D+1 on the same state/out/DAGSTER_HOME.
   Ratio = incremental wall / full wall (also given on the sum of step times).
4. Parser vs extractor, in this process, over the same N texts (or the first ``--parse-sample``): the bare spaCy
   pipeline (``spacy.load(model)``, ``nlp.pipe`` with extract_texts' batch size, docs discarded) and claimpack's
   ``extract_texts`` (its own pipeline with the line-break component, plus every layer). Both after a warm-up,
   model load excluded. Overhead ratio = extract seconds / bare parse seconds. The layers are timed with
   thin wrappers (a few perf_counter calls per article) to show where the overhead goes.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import inspect
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CODE = REPO  # where `pipeline` is imported from: the repo, or a snapshot of it (see --no-snapshot)

STEPS = [("ingest", "ingested_articles"), ("extract", "extractions"), ("validate", "tables"),
         ("publish", "published_package")]
RESULTS_MD = REPO / "bench" / "RESULTS.md"


# ----------------------------------------------------------------------------------------------- corpus

def _words(text: str) -> int:
    return len(text.split())


def snapshot_code(dest: Path) -> Path:
    """Copy the importable code (pipeline/, schemas/) so that edits made to the working tree while the benchmark
    runs cannot change what is measured half-way (the builds and the in-process passes all use the copy)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pipeline", "schemas"):
        shutil.copytree(REPO / name, dest / name, ignore=ignore)
    return dest


def base_records(cases: Path, samples: Path, min_words: int, seed: int = 0) -> list[dict]:
    """The distinct article-like texts of the eval cases and the bundled samples, as inbox records, shuffled with a
    fixed seed so that any N (and the --add batch) mixes the sources."""
    out, seen = [], set()

    def add(rec: dict) -> None:
        text = rec.get("text")
        if not isinstance(text, str) or _words(text) < min_words or text in seen:
            return
        seen.add(text)
        out.append({"id": str(rec["id"]), "url": rec.get("url"), "title": rec.get("title"),
                    "source": rec.get("source") or rec.get("publisher") or rec.get("set"),
                    "published_at": rec.get("published_at"), "text": text})

    for path in sorted(Path(cases).glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    add(json.loads(line))
    from pipeline.ingest import read_inbox

    for a in read_inbox(Path(samples)).articles:
        add({"id": f"sample:{a.source_id}", "url": a.url, "title": a.title, "source": a.source or "samples",
             "published_at": a.published_at, "text": a.text})
    import random

    random.Random(seed).shuffle(out)
    return out


_NUMBER = re.compile(r"\d+")


def _shift_date(value, days: int):
    if not isinstance(value, str) or not days:
        return value
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    shifted = parsed + dt.timedelta(days=days)
    return shifted.date().isoformat() if len(value) == 10 else shifted.isoformat()


def variant(rec: dict, k: int) -> dict:
    """Copy ``k`` of a base record (k=0: the record itself): new id, date + k days, last number + k."""
    if k == 0:
        return dict(rec)
    text = rec["text"]
    numbers = list(_NUMBER.finditer(text))
    if numbers:
        m = numbers[-1]
        text = f"{text[:m.start()]}{int(m.group()) + k}{text[m.end():]}"
    else:
        text = f"{text.rstrip()}\n\nUpdated {k} times."
    return {**rec, "id": f"{rec['id']}~r{k}", "url": f"{rec['url']}?copy={k}" if rec.get("url") else None,
            "published_at": _shift_date(rec.get("published_at"), k), "text": text}


def corpus(base: list[dict], start: int, count: int) -> list[dict]:
    """Items ``start .. start+count-1`` of the round-robin stream base[0] copy 0, base[1] copy 0, ..., copy 1..."""
    return [variant(base[i % len(base)], i // len(base)) for i in range(start, start + count)]


def write_inbox(inbox: Path, records: list[dict], prefix: str, per_file: int) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    for n, i in enumerate(range(0, len(records), per_file)):
        with open(inbox / f"{prefix}-{n:05d}.jsonl", "w", encoding="utf-8") as fh:
            for rec in records[i:i + per_file]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------------------------- builds

def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run_build(work: Path, day: str, timeout: float, label: str) -> dict:
    """``claimpack build`` in a subprocess; wall time, exit code, peak RSS and an RSS time series."""
    env = {**os.environ, "DAGSTER_HOME": str(work / "dagster_home"), "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join([str(CODE)] + [p for p in [os.environ.get("PYTHONPATH")] if p])}
    env.pop("CLAIMPACK_INBOX", None)
    cmd = [sys.executable, "-m", "pipeline.cli", "build", "--inbox", str(work / "inbox"), "--out", str(work / "out"),
           "--state", str(work / "state"), "--day", day]
    samples: list[tuple[float, int]] = []
    log = open(work / f"{label}.log", "w")
    started = time.perf_counter()
    t0 = time.time()
    proc = subprocess.Popen(cmd, cwd=str(CODE), env=env, stdout=log, stderr=subprocess.STDOUT)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss = _rss_kb(proc.pid)
            if rss is not None:
                samples.append((time.time(), rss))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
        done.set()
        sampler.join()
        log.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    return {"label": label, "day": day, "cmd": cmd, "rc": proc.returncode, "wall": wall, "t0": t0,
            "peak_rss_mb": usage.ru_maxrss / 1024, "rss": samples, "log": str(work / f"{label}.log"),
            "user_cpu": usage.ru_utime, "sys_cpu": usage.ru_stime}


def _plain(value):
    """A metadata value as plain JSON data (numbers, strings, lists, dicts); anything else as its str()."""
    try:
        json.dumps(value)
        return value
    except Exception:  # noqa: BLE001 - dagster records refuse iteration with a bare Exception
        return str(value)


def read_run(work: Path, run: dict) -> None:
    """Add the Dagster run's step times and the extraction metadata to ``run`` (the latest run of the instance)."""
    from dagster import DagsterEventType, DagsterInstance
    from dagster._core.instance.ref import InstanceRef

    with DagsterInstance.from_ref(InstanceRef.from_dir(str(work / "dagster_home"))) as instance:
        latest = instance.get_runs(limit=1)
        if not latest:
            return
        run_id = latest[0].run_id
        run["run_id"] = run_id
        run["steps"] = {s.step_key: {"start": s.start_time, "end": s.end_time, "status": str(s.status)}
                        for s in instance.get_run_step_stats(run_id)}
        meta: dict[str, dict] = {}
        for entry in instance.all_logs(run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION):
            mat = entry.dagster_event.event_specific_data.materialization
            meta[mat.asset_key.to_user_string()] = {k: _plain(getattr(v, "value", v)) for k, v in mat.metadata.items()}
        run["meta"] = meta
    for s in run.get("steps", {}).values():
        if s["start"] and s["end"]:
            s["seconds"] = s["end"] - s["start"]
            timed = [(t, kb) for t, kb in run["rss"] if s["start"] <= t <= s["end"]]
            window = [kb for _, kb in timed]
            if window:
                # RSS at 25/50/75/100% of the step's duration: flat after the model is loaded = streaming
                span = s["end"] - s["start"]
                s["rss_quartiles_mb"] = [max([kb for t, kb in timed if t <= s["start"] + q * span] or [0]) / 1024
                                         for q in (0.25, 0.5, 0.75, 1.0)]
                s["rss_start_mb"], s["rss_end_mb"], s["rss_peak_mb"] = (window[0] / 1024, window[-1] / 1024,
                                                                      max(window) / 1024)
                s["rss_samples"] = window


# ----------------------------------------------------------------------------------------------- parser vs extractor

@contextlib.contextmanager
def timed_layers(acc: dict[str, float]):
    """Wrap the extractor's layer functions with timers (they are looked up at call time by extract_doc)."""
    import importlib

    targets = [("pipeline.extract.times", "find_times"), ("pipeline.extract.quantities", "find_quantities"),
               ("pipeline.extract.entities", "find_mentions"), ("pipeline.extract.attribution", "find_claims"),
               ("pipeline.extract.assemble", "assemble")]
    saved = []
    for mod_name, fn_name in targets:
        mod = importlib.import_module(mod_name)
        fn = getattr(mod, fn_name)
        acc.setdefault(fn_name, 0.0)

        def wrapper(*a, __fn=fn, __name=fn_name, **kw):
            t = time.perf_counter()
            try:
                return __fn(*a, **kw)
            finally:
                acc[__name] += time.perf_counter() - t

        setattr(mod, fn_name, wrapper)
        saved.append((mod, fn_name, fn))
    try:
        yield acc
    finally:
        for mod, fn_name, fn in saved:
            setattr(mod, fn_name, fn)


def parser_vs_extractor(pairs: list[tuple[str, str | None]], model: str, warmup: int = 16) -> dict:
    import spacy

    from pipeline.extract import extract_texts
    from pipeline.extract.nlp import get_nlp

    batch = inspect.signature(extract_texts).parameters["batch_size"].default
    texts = [t for t, _ in pairs]
    res: dict = {"texts": len(texts), "chars": sum(map(len, texts)), "batch_size": batch}

    t = time.perf_counter()
    bare = spacy.load(model)
    res["bare_load_s"] = time.perf_counter() - t
    res["bare_pipes"] = list(bare.pipe_names)
    for _ in bare.pipe(texts[:warmup], batch_size=batch):
        pass
    gc.collect()
    t = time.perf_counter()
    tokens = 0
    for doc in bare.pipe(texts, batch_size=batch):
        tokens += len(doc)
    res["bare_s"] = time.perf_counter() - t
    res["tokens"] = tokens
    del bare
    gc.collect()

    t = time.perf_counter()
    nlp = get_nlp(model)
    res["claimpack_load_s"] = time.perf_counter() - t
    res["claimpack_pipes"] = list(nlp.pipe_names)
    res["model_version"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}=={nlp.meta.get('version')}"
    t = time.perf_counter()
    for _ in extract_texts(pairs[:1], model=model, batch_size=batch, keep_going=True):
        pass
    res["first_extract_s"] = time.perf_counter() - t  # one article plus the layers' lazy set-up (gazetteer, ...)
    for _ in extract_texts(pairs[:warmup], model=model, batch_size=batch, keep_going=True):
        pass
    gc.collect()
    layers: dict[str, float] = {}
    rss0 = _rss_kb(os.getpid())
    failures = claims = 0
    with timed_layers(layers):
        t = time.perf_counter()
        for ex in extract_texts(pairs, model=model, batch_size=batch, keep_going=True):
            if isinstance(ex, Exception):
                failures += 1
            else:
                claims += len(ex.claims)
        res["extract_s"] = time.perf_counter() - t
    res["extract_rss_growth_mb"] = ((_rss_kb(os.getpid()) or 0) - (rss0 or 0)) / 1024
    res["layers_s"] = layers
    res["extract_failures"], res["claims"] = failures, claims
    res["parse_in_extract_s"] = res["extract_s"] - sum(layers.values())
    res["bare_aps"] = len(texts) / res["bare_s"]
    res["extract_aps"] = len(texts) / res["extract_s"]
    res["overhead_ratio"] = res["extract_s"] / res["bare_s"]
    return res


# ----------------------------------------------------------------------------------------------- machine

def machine() -> dict:
    info: dict = {}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu"] = m.group(1).strip() if m else platform.processor()
    except OSError:
        info["cpu"] = platform.processor()
    info["cores"] = os.cpu_count()
    info["cores_usable"] = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        mem = re.search(r"MemTotal:\s+(\d+) kB", Path("/proc/meminfo").read_text())
        info["ram_gb"] = round(int(mem.group(1)) / 1024 / 1024, 1)
    except (OSError, AttributeError):
        info["ram_gb"] = None
    info["os"] = platform.platform()
    info["python"] = platform.python_version()
    versions = {}
    for pkg in ("spacy", "dagster", "pandas", "pandera", "frictionless"):
        try:
            from importlib.metadata import version

            versions[pkg] = version(pkg)
        except Exception:  # noqa: BLE001
            versions[pkg] = "?"
    from pipeline.extract.nlp import model_info
    from pipeline.settings import get_settings

    versions["model"] = "==".join(model_info(get_settings().model))
    info["versions"] = versions
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        info["commit"] = head + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        info["commit"] = "?"
    return info


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# ----------------------------------------------------------------------------------------------- report

def _f(x, fmt="{:.1f}"):
    return "-" if x is None else fmt.format(x)


def summarize(n: int, add: int, full: dict, inc: dict, pv: dict | None) -> dict:
    """The figures, flat."""
    s: dict = {"n": n, "add": add}
    ex = full.get("meta", {}).get("extractions", {})
    ing = full.get("meta", {}).get("ingested_articles", {})
    s["ingested"] = ing.get("articles")
    s["quarantined"] = ing.get("quarantined")
    s["extracted"] = ex.get("articles_extracted")
    s["full_wall"] = full["wall"]
    s["full_aps"] = n / full["wall"]
    s["peak_rss_mb"] = full["peak_rss_mb"]
    s["full_cpu_s"] = full["user_cpu"] + full["sys_cpu"]
    step_sum = 0.0
    for name, key in STEPS:
        st = full.get("steps", {}).get(key, {})
        sec = st.get("seconds")
        s[f"{name}_s"] = sec
        s[f"{name}_aps"] = (n / sec) if sec else None
        s[f"{name}_rss_peak_mb"] = st.get("rss_peak_mb")
        step_sum += sec or 0
    known = {key for _, key in STEPS}
    s["other_steps"] = {k: round(v["seconds"], 2) for k, v in full.get("steps", {}).items()
                        if k not in known and v.get("seconds") is not None}
    step_sum += sum(s["other_steps"].values())
    s["full_steps_s"] = step_sum
    s["full_startup_s"] = full["wall"] - step_sum
    s["extract_only_s"] = ex.get("seconds")
    x = full.get("steps", {}).get("extractions", {})
    s["extract_rss_start_mb"], s["extract_rss_end_mb"] = x.get("rss_start_mb"), x.get("rss_end_mb")
    s["extract_rss_quartiles_mb"] = x.get("rss_quartiles_mb")
    inc_ex = inc.get("meta", {}).get("extractions", {})
    s["inc_wall"] = inc["wall"]
    s["inc_extracted"] = inc_ex.get("articles_extracted")
    s["inc_from_cache"] = inc_ex.get("articles_from_cache")
    s["inc_peak_rss_mb"] = inc["peak_rss_mb"]
    inc_sum = 0.0
    for key, st in inc.get("steps", {}).items():
        inc_sum += st.get("seconds") or 0
    for name, key in STEPS:
        s[f"inc_{name}_s"] = inc.get("steps", {}).get(key, {}).get("seconds")
    s["inc_steps_s"] = inc_sum
    s["inc_ratio"] = inc["wall"] / full["wall"]
    s["inc_ratio_steps"] = inc_sum / step_sum if step_sum else None
    pub = inc.get("meta", {}).get("published_package", {})
    s["inc_version"] = pub.get("version")
    s["full_version"] = full.get("meta", {}).get("published_package", {}).get("version")
    if pv:
        s.update({"pv_texts": pv["texts"], "bare_aps": pv["bare_aps"], "extract_aps": pv["extract_aps"],
                  "overhead_ratio": pv["overhead_ratio"], "bare_s": pv["bare_s"], "pv_extract_s": pv["extract_s"],
                  "layers_s": pv["layers_s"], "parse_in_extract_s": pv["parse_in_extract_s"],
                  "model_version": pv["model_version"], "batch_size": pv["batch_size"],
                  "tokens": pv["tokens"], "chars": pv["chars"], "bare_load_s": pv["bare_load_s"],
                  "claimpack_load_s": pv["claimpack_load_s"], "first_extract_s": pv["first_extract_s"], "extract_rss_growth_mb": pv["extract_rss_growth_mb"]})
    return s


def _quart(s: dict) -> str:
    q = s.get("extract_rss_quartiles_mb")
    return " / ".join(f"{v:.0f}" for v in q) if q else "-"


def table_lines(s: dict) -> list[str]:
    rows = [
        ("N articles (inbox / ingested / extracted)", f"{s['n']} / {s['ingested']} / {s['extracted']}"),
        ("full build wall s (articles/s end to end)", f"{_f(s['full_wall'])} ({_f(s['full_aps'], '{:.2f}')})"),
        ("  process start-up + Dagster overhead s", _f(s["full_startup_s"])),
        ("  other steps s", ", ".join(f"{k} {v:.1f}" for k, v in s["other_steps"].items()) or "-"),
    ]
    for name, key in STEPS:
        rows.append((f"  {name} ({key}) s (articles/s) [peak RSS MB]",
                     f"{_f(s[f'{name}_s'])} ({_f(s[f'{name}_aps'], '{:.1f}')}) [{_f(s[f'{name}_rss_peak_mb'], '{:.0f}')}]"))
    rows += [
        ("  extraction-only s (asset metadata `seconds`, incl. model load)", _f(s["extract_only_s"])),
        ("peak RSS of build process MB (ru_maxrss)", _f(s["peak_rss_mb"], "{:.0f}")),
        ("RSS during extract step: start -> end MB",
         f"{_f(s['extract_rss_start_mb'], '{:.0f}')} -> {_f(s['extract_rss_end_mb'], '{:.0f}')}"),
        ("  peak RSS so far at 25/50/75/100% of the extract step MB", _quart(s)),
        (f"incremental (+{s['add']}) wall s (extracted / from cache)",
         f"{_f(s['inc_wall'])} ({s['inc_extracted']} / {s['inc_from_cache']})"),
        ("  incremental steps s: ingest / extract / validate / publish",
         " / ".join(_f(s[f"inc_{n}_s"], "{:.1f}") for n, _ in STEPS)),
        ("incremental / full ratio: wall (steps only)",
         f"{s['inc_ratio']:.1%} ({_f(s['inc_ratio_steps'] and 100 * s['inc_ratio_steps'], '{:.1f}%')})"),
    ]
    if "bare_aps" in s:
        rows += [
            (f"bare spaCy nlp.pipe articles/s ({s['pv_texts']} texts, batch {s['batch_size']})",
             f"{s['bare_aps']:.2f} ({s['bare_s']:.1f}s)"),
            ("claimpack extract_texts articles/s (same texts)", f"{s['extract_aps']:.2f} ({s['pv_extract_s']:.1f}s)"),
            ("extraction overhead ratio (extract / bare parse; target <= 1.5)", f"{s['overhead_ratio']:.2f}x"),
            ("  of which parse incl. line-break component s", f"{s['parse_in_extract_s']:.1f}"),
            ("model load s: bare / claimpack; first extract call s (lazy set-up)",
             f"{s['bare_load_s']:.1f} / {s['claimpack_load_s']:.1f}; {s['first_extract_s']:.1f}"),
            ("  layers s", ", ".join(f"{k} {v:.1f}" for k, v in sorted(s["layers_s"].items(), key=lambda kv: -kv[1]))),
        ]
    width = max(len(r[0]) for r in rows)
    return [f"{k.ljust(width)}  {v}" for k, v in rows]


def markdown_block(s: dict, info: dict, meta: dict) -> str:
    def row(label, value):
        return f"| {label} | {value} |"

    lines = [
        f"<!-- bench:n={s['n']} -->",
        f"### N = {s['n']}",
        "",
        f"Measured {meta['date']} on {info['cpu']}, {info['cores']} cores ({info['cores_usable']} usable), "
        f"{info['ram_gb']} GB RAM; Python {info['python']}, spaCy {info['versions']['spacy']}, model "
        f"{s.get('model_version') or info['versions']['model']}, Dagster {info['versions']['dagster']}; "
        f"commit {info['commit']}. "
        f"Load average before/after: {meta['load_before']} / {meta['load_after']}.",
    ]
    if meta.get("note"):
        lines += ["", f"**{meta['note']}**"]
    lines += ["", "| figure | value |", "|---|---|"]
    lines.append(row("articles in inbox / ingested / extracted", f"{s['n']} / {s['ingested']} / {s['extracted']}"))
    lines.append(row("full build, wall s (articles/s end to end)", f"{s['full_wall']:.1f} ({s['full_aps']:.2f})"))
    lines.append(row("process start-up + Dagster overhead outside steps, s", f"{s['full_startup_s']:.1f}"))
    lines.append(row("other steps, s", ", ".join(f"`{k}` {v:.1f}" for k, v in s["other_steps"].items()) or "-"))
    for name, key in STEPS:
        lines.append(row(f"{name} (`{key}`), s (articles/s) [peak RSS MB in step]",
                         f"{_f(s[f'{name}_s'])} ({_f(s[f'{name}_aps'])}) [{_f(s[f'{name}_rss_peak_mb'], '{:.0f}')}]"))
    lines.append(row("extraction only (asset metadata `seconds`, incl. model load), s", _f(s["extract_only_s"])))
    lines.append(row("peak RSS of the build process, MB", f"{s['peak_rss_mb']:.0f}"))
    lines.append(row("RSS during the extract step, start -> end, MB",
                     f"{_f(s['extract_rss_start_mb'], '{:.0f}')} -> {_f(s['extract_rss_end_mb'], '{:.0f}')}"))
    lines.append(row("peak RSS so far at 25 / 50 / 75 / 100% of the extract step, MB", _quart(s)))
    lines.append(row(f"incremental build (+{s['add']} articles), wall s (extracted / from cache)",
                     f"{s['inc_wall']:.1f} ({s['inc_extracted']} / {s['inc_from_cache']})"))
    lines.append(row("incremental steps, s: ingest / extract / validate / publish",
                     " / ".join(_f(s[f"inc_{n}_s"]) for n, _ in STEPS)))
    lines.append(row("incremental / full cost: wall (steps only); target < 10% at N=2000",
                     f"{s['inc_ratio']:.1%} ({_f(s['inc_ratio_steps'] and 100 * s['inc_ratio_steps'], '{:.1f}%')})"))
    if "bare_aps" in s:
        lines.append(row(f"bare spaCy `nlp.pipe`, articles/s ({s['pv_texts']} texts, batch {s['batch_size']})",
                         f"{s['bare_aps']:.2f} ({s['bare_s']:.1f} s)"))
        lines.append(row("claimpack `extract_texts`, articles/s (same texts)",
                         f"{s['extract_aps']:.2f} ({s['pv_extract_s']:.1f} s)"))
        lines.append(row("extraction overhead over the parser (target <= 1.5x)", f"{s['overhead_ratio']:.2f}x"))
        lines.append(row("extract time split, s", f"parse incl. line-break component {s['parse_in_extract_s']:.1f}; "
                         + ", ".join(f"`{k}` {v:.1f}" for k, v in sorted(s["layers_s"].items(),
                                                                          key=lambda kv: -kv[1]))))
        lines.append(row("model load s: bare / claimpack; first extract call (one article + lazy set-up) s",
                         f"{s['bare_load_s']:.1f} / {s['claimpack_load_s']:.1f}; {s['first_extract_s']:.1f}"))
    lines += ["", f"<!-- /bench:n={s['n']} -->"]
    return "\n".join(lines)


def update_results(block: str, n: int) -> None:
    header = ("# claimpack benchmark results\n\nProduced by `bench/run_bench.py --markdown` (see `bench/README.md` for "
              "what each figure means). One section per N; rerunning with the same N replaces its section.\n")
    text = RESULTS_MD.read_text(encoding="utf-8") if RESULTS_MD.exists() else header
    pattern = re.compile(rf"<!-- bench:n={n} -->.*?<!-- /bench:n={n} -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS_MD.write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles in the full build (200, 2000, 10000)")
    ap.add_argument("--add", type=int, default=10, help="new articles for the incremental build")
    ap.add_argument("--cases", default=str(REPO.parent / "shared" / "eval-data" / "dev"),
                    help="folder of *.jsonl eval cases whose texts seed the corpus")
    ap.add_argument("--samples", default=str(REPO / "samples" / "inbox"))
    ap.add_argument("--min-words", type=int, default=40, help="texts shorter than this are not articles; skipped")
    ap.add_argument("--per-file", type=int, default=250, help="records per inbox .jsonl file")
    ap.add_argument("--day", default="2024-06-01", help="ingestion day of the full build (incremental: next day)")
    ap.add_argument("--parse-sample", type=int, default=0,
                    help="parser-vs-extractor on the first M texts only (0: all N)")
    ap.add_argument("--skip-parse", action="store_true", help="skip the in-process parser-vs-extractor pass")
    ap.add_argument("--timeout", type=float, default=4 * 3600, help="per build, seconds")
    ap.add_argument("--workdir", help="where the temp inbox/state/out go (default: system temp)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    ap.add_argument("--markdown", action="store_true", help="write/replace this N's section in bench/RESULTS.md")
    ap.add_argument("--note", default="", help="free text recorded with the markdown figures (e.g. load)")
    ap.add_argument("--json", help="also dump every figure (and the raw RSS series) to this JSON file")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="import pipeline/ from the working tree instead of a copy taken at start")
    ap.add_argument("--seed", type=int, default=0, help="shuffle seed of the base texts")
    args = ap.parse_args(argv)

    global CODE
    work = Path(tempfile.mkdtemp(prefix=f"claimpack-bench-{args.n}-", dir=args.workdir))
    CODE = REPO if args.no_snapshot else snapshot_code(work / "code")
    sys.path.insert(0, str(CODE))
    try:
        return _run(args, work)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    from pipeline.settings import get_settings

    model = get_settings().model
    info = machine()
    meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "load_before": loadavg()}
    print(f"machine: {info['cpu']}, {info['cores']} cores ({info['cores_usable']} usable), {info['ram_gb']} GB RAM, "
          f"Python {info['python']}, spaCy {info['versions']['spacy']}, Dagster {info['versions']['dagster']}, "
          f"model {model}, commit {info['commit']}, load {meta['load_before']}", flush=True)

    base = base_records(Path(args.cases), Path(args.samples), args.min_words, args.seed)
    if not base:
        print("no base texts found", file=sys.stderr)
        return 2
    records = corpus(base, 0, args.n)
    added = corpus(base, args.n, args.add)
    assert len({r["text"] for r in records + added}) == args.n + args.add, "replicated texts collide"
    chars = sum(len(r["text"]) for r in records)
    print(f"corpus: {len(base)} base texts (>= {args.min_words} words), {args.n} articles "
          f"(up to {-(-args.n // len(base))} copies each), mean {chars / args.n:.0f} chars, "
          f"{chars / 1e6:.1f} MB of text; +{args.add} for the incremental build", flush=True)

    print(f"code: {CODE}", flush=True)
    (work / "dagster_home").mkdir()
    (work / "dagster_home" / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    write_inbox(work / "inbox", records, "batch", args.per_file)
    day2 = (dt.date.fromisoformat(args.day) + dt.timedelta(days=1)).isoformat()

    print(f"full build of {args.n} articles (day {args.day}) in {work} ...", flush=True)
    full = run_build(work, args.day, args.timeout, "full")
    if full["rc"] != 0:
        print(f"full build failed (exit {full['rc']}); log: {full['log']}", file=sys.stderr)
        print(Path(full["log"]).read_text()[-3000:], file=sys.stderr)
        args.keep = True
        return 1
    read_run(work, full)
    print(f"  done in {full['wall']:.1f}s, peak RSS {full['peak_rss_mb']:.0f} MB", flush=True)

    write_inbox(work / "inbox", added, f"add-{day2}", args.per_file)
    print(f"incremental build (+{args.add}, day {day2}) ...", flush=True)
    inc = run_build(work, day2, args.timeout, "incremental")
    if inc["rc"] != 0:
        print(f"incremental build failed (exit {inc['rc']}); log: {inc['log']}", file=sys.stderr)
        print(Path(inc["log"]).read_text()[-3000:], file=sys.stderr)
        args.keep = True
        return 1
    read_run(work, inc)
    print(f"  done in {inc['wall']:.1f}s", flush=True)

    pv = None
    if not args.skip_parse:
        sample = records[:args.parse_sample] if args.parse_sample else records
        pairs = [(r["text"], r["published_at"]) for r in sample]
        print(f"parser vs extractor on {len(pairs)} texts (in-process) ...", flush=True)
        pv = parser_vs_extractor(pairs, model)

    meta["load_after"] = loadavg()
    meta["note"] = args.note
    s = summarize(args.n, args.add, full, inc, pv)
    print()
    print("\n".join(table_lines(s)))
    print(f"load average before/after: {meta['load_before']} / {meta['load_after']}")
    if args.markdown:
        update_results(markdown_block(s, info, meta), args.n)
        print(f"wrote {RESULTS_MD.relative_to(REPO)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": s, "machine": info, "meta": meta,
                                               "full": {k: v for k, v in full.items()},
                                               "incremental": inc, "parse": pv}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
