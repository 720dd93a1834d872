"""Write one version of a dataset as a Frictionless Data Package (v2), atomically.

``<dest_root>/<name>/<version>/`` holds one CSV per table, ``datapackage.json``, ``README.md`` (the data
dictionary), ``changes.json`` (the diff against the previous version) and the whole package as
``<name>-<version>.zip`` with its ``.sha256`` (see :mod:`pipeline.publish.release` for the full layout). Everything is built in a temporary folder beside the destination (``.tmp-<version>-<pid>-<random>``),
fsynced, then renamed into place, so a half-written version is never visible; a temp folder left by a crashed run is
removed by the next run. A published version is never overwritten.

CSV conventions: UTF-8 without BOM, a header row, columns in model order, ``\\n`` line ends, empty cells for nulls,
integers without ``.0``, floats in plain positional notation (``3000``, ``0.00001``). Cells of free-text string
fields (string fields without an enum or pattern) that start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return are prefixed with a single quote ``'`` so spreadsheets do not run them as formulas; numbers are never touched.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

import pandas as pd

from schemas.tables import TABLES

from .csv_rows import remember as remember_csv_rows
from .tableschema import Models, data_dictionary, table_meta, table_schema

DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TMP_PREFIX = ".tmp-"
STALE_TMP_SECONDS = 24 * 3600

LICENCES = {
    "CC-BY-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
    "CC-BY-SA-4.0": ("https://creativecommons.org/licenses/by-sa/4.0/",
                     "Creative Commons Attribution Share-Alike 4.0"),
    "CC0-1.0": ("https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0"),
    "ODC-BY-1.0": ("https://opendatacommons.org/licenses/by/1-0/", "Open Data Commons Attribution License 1.0"),
    "ODbL-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License 1.0"),
    "PDDL-1.0": ("https://opendatacommons.org/licenses/pddl/1-0/",
                 "Open Data Commons Public Domain Dedication and License 1.0"),
}


@dataclass
class PackageMeta:
    """Package-level metadata of a dataset version.

    ``provenance`` (claimpack version, extractor version, model, input fingerprint, ...) is stored under the custom
    ``"claimpack"`` key of ``datapackage.json``; it must not hold local paths or environment values.
    """

    title: str
    description: str = ""
    licence: str = "CC-BY-4.0"
    sources: list[dict] = field(default_factory=list)
    contributors: list[dict] = field(default_factory=lambda: [{"title": "claimpack", "roles": ["creator"]}])
    provenance: dict = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------ metadata helpers
def licence_descriptor(licence: str) -> dict:
    """The v2 ``licenses`` item of a licence id (name, path, title where known)."""
    path, title = LICENCES.get(licence, (None, None))
    out = {"name": licence}
    if path:
        out.update(path=path, title=title)
    return out


def _public_url(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def sources_from_articles(articles: pd.DataFrame) -> list[dict]:
    """One ``sources`` item per publisher of the articles: ``title`` (the ``source`` column, else the URL host) and
    ``path`` (the publisher's site, ``scheme://host/``, when its articles have web addresses). Only public http(s)
    addresses are used; local file names never are."""
    found: dict[str, str | None] = {}
    for source, url in zip(articles.get("source", pd.Series(dtype=object)).tolist(),
                           articles.get("url", pd.Series([None] * len(articles))).tolist()):
        public = _public_url(url)
        site = None
        if public:
            parts = urlsplit(public)
            site = f"{parts.scheme}://{parts.netloc}/"
        title = source if isinstance(source, str) and source.strip() else (urlsplit(public).netloc if public else None)
        if not title:
            continue
        title = title.strip()
        if found.get(title) is None:
            found[title] = site
    out = []
    for title in sorted(found):
        item = {"title": title}
        if found[title]:
            item["path"] = found[title]
        out.append(item)
    return out


def _sanitise_sources(sources: list[dict]) -> list[dict]:
    out = []
    for src in sources:
        item = {k: v for k, v in src.items() if k not in ("path",)}
        path = _public_url(src.get("path"))
        if path:
            item["path"] = path
        if item.get("title") or item.get("path"):
            out.append(item)
    return out


_ABS_PATH = re.compile(r"^(/|~|[A-Za-z]:[\\/]|\\\\|file:)")


def _local_values(extra: list[str] = ()) -> list[str]:
    values = {str(Path.home()), os.getcwd(), str(Path(__file__).resolve().parents[2]), *extra}
    for value in os.environ.values():
        if value.startswith("/") and ":" not in value:
            values.add(value)
    values = {v.rstrip("/\\") for v in values if v}
    return sorted((v for v in values if len(v) > 4), key=len, reverse=True)


def local_path_regex(extra: list[str] = ()) -> re.Pattern[str]:
    """Matches a local path of this machine (home, working directory, repository, path-like environment values,
    ``extra``) standing as a path in a string: not preceded by a word character, ``.``, ``-`` or ``/`` (so a URL
    path like ``example.com/home/x`` is not taken for the folder ``/home``) and ending at a separator or the
    string's end."""
    alts = "|".join(re.escape(v) for v in _local_values(list(extra)))
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w.\-/])(?:{alts})(?=[/\\\s\"'`),;:]|$)")


def check_publishable(obj: Any, extra_forbidden: list[str] = ()) -> None:
    """Raise ``ValueError`` if any string in ``obj`` is a local absolute path or contains a local path / environment
    value (home, working directory, repository, path-like environment variables). Public http(s) URLs are allowed."""
    local = local_path_regex(list(extra_forbidden))

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(k, f"{where}/{k} (key)")
                walk(v, f"{where}/{k}")
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                walk(v, f"{where}/{i}")
        elif isinstance(value, str):
            if _public_url(value):
                return
            if _ABS_PATH.match(value.strip()):
                raise ValueError(f"refusing to publish a local absolute path at {where or '/'}: {value!r}")
            if local.search(value):
                raise ValueError(f"refusing to publish a local path or environment value at {where or '/'}")

    walk(obj, "")


def check_cells_publishable(rendered: Mapping[str, bytes], extra_forbidden: list[str] = ()) -> None:
    """Raise ``ValueError`` if a CSV cell contains a local path of this machine (see :func:`local_path_regex`);
    say, an absolute inbox path leaking into ``quarantine.origin``."""
    values = _local_values(list(extra_forbidden))
    local = local_path_regex(list(extra_forbidden))
    for table, data in rendered.items():
        text = data.decode("utf-8")
        if not any(v in text for v in values):
            continue
        m = local.search(text)
        if m:
            line = text.count("\n", 0, m.start())
            raise ValueError(f"refusing to publish a local path in {table}.csv (line {line + 1})")


# ------------------------------------------------------------------------------------------------ CSV rendering
def _fmt_integer(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(int(v))


def _fmt_number(v: Any) -> str:
    if v is None or v is pd.NA:
        return ""
    x = float(v)
    if math.isnan(x):
        return ""
    if math.isinf(x):
        return "INF" if x > 0 else "-INF"
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    text = repr(x)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text


def _fmt_boolean(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    return "true" if bool(v) else "false"


def _fmt_temporal(v: Any) -> str:
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return str(v)


def _fmt_string(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v)


def _is_free_text(fld: dict) -> bool:
    cons = fld.get("constraints", {})
    return fld["type"] == "string" and "enum" not in cons and "pattern" not in cons


def render_csv(name: str, df: pd.DataFrame, models: Models | None = None) -> bytes:
    """Validate ``df`` against the table's pandera model (coercing dtypes) and render it as published CSV bytes."""
    models = models or TABLES
    model = models[name]
    schema = table_schema(name, models)
    if len(df.columns) == 0 and len(df) == 0:  # an empty table given as a bare DataFrame()
        df = pd.DataFrame({f["name"]: [] for f in schema["fields"]})
    frame = model.validate(df, lazy=True)
    columns = [_cells(frame[fld["name"]], fld) for fld in schema["fields"]]
    header = tuple(f["name"] for f in schema["fields"])
    rows = tuple(zip(*columns))
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    remember_csv_rows(data, header, rows)  # what reading the bytes back would give: spares a parse later
    return data


def _cells(series: pd.Series, fld: dict) -> list[str]:
    """The published text of every cell of one column."""
    ftype = fld["type"]
    if ftype == "integer" and pd.api.types.is_integer_dtype(series.dtype):
        return series.astype("string").fillna("").tolist()
    if ftype == "string":
        cells = series.where(series.notna(), "").astype(str).tolist()
        if _is_free_text(fld):
            return [("'" + c) if c.startswith(FORMULA_PREFIXES) else c for c in cells]  # a spreadsheet formula
        return cells
    fmt = {"integer": _fmt_integer, "number": _fmt_number, "boolean": _fmt_boolean, "date": _fmt_temporal,
           "datetime": _fmt_temporal}.get(ftype, _fmt_string)
    return [fmt(v) for v in series.tolist()]


def render_tables(tables: Mapping[str, pd.DataFrame], models: Models | None = None) -> dict[str, bytes]:
    """:func:`render_csv` for every table, in model (package) order. Tables must be known to ``models``, and every
    table a foreign key points to must be present."""
    models = models or TABLES
    unknown = sorted(set(tables) - set(models))
    if unknown:
        raise ValueError(f"tables not defined in the schemas: {unknown}")
    for name in tables:
        for fk in table_meta(models[name])["foreign_keys"]:
            if fk["table"] not in tables:
                raise ValueError(f"table {name!r} has a foreign key to {fk['table']!r}, which is not being published")
    return {name: render_csv(name, tables[name], models) for name in models if name in tables}


# ------------------------------------------------------------------------------------------------ descriptor
def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _count_rows(data: bytes) -> int:
    return max(sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline=""))) - 1, 0)


def build_descriptor(rendered: Mapping[str, bytes], name: str, version: str, meta: PackageMeta,
                     created: str, models: Models | None = None, rows: Mapping[str, int] | None = None) -> dict:
    """The ``datapackage.json`` descriptor for already rendered CSVs."""
    models = models or TABLES
    resources = []
    for table, data in rendered.items():
        tmeta = table_meta(models[table])
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "type": "table",
            "title": tmeta["title"],
            "description": tmeta["description"],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "schema": table_schema(table, models),
        })
    rows = dict(rows) if rows is not None else {t: _count_rows(d) for t, d in rendered.items()}
    descriptor: dict[str, Any] = {
        "$schema": DATAPACKAGE_PROFILE,
        "name": name,
        "title": meta.title,
        "description": meta.description,
        "version": version,
        "created": created,
        "licenses": [licence_descriptor(meta.licence)],
        "sources": _sanitise_sources(meta.sources),
        "contributors": list(meta.contributors),
        "resources": resources,
        "claimpack": {**meta.provenance, "rows": rows},
    }
    if not descriptor["description"]:
        del descriptor["description"]
    return descriptor


def render_readme(descriptor: dict, models: Models | None = None) -> str:
    """README.md of a version: what it is, licence, files, CSV conventions and the data dictionary."""
    lic = descriptor["licenses"][0]
    lic_text = f"[{lic.get('title') or lic['name']}]({lic['path']})" if lic.get("path") else lic["name"]
    lines = [f"# {descriptor.get('title') or descriptor['name']} — version {descriptor['version']}", ""]
    if descriptor.get("description"):
        lines += [descriptor["description"], ""]
    lines += [f"- **Dataset:** `{descriptor['name']}`", f"- **Version:** {descriptor['version']}",
              f"- **Created:** {descriptor['created']}", f"- **Licence:** {lic_text}"]
    if descriptor.get("sources"):
        srcs = [f"[{s['title']}]({s['path']})" if s.get("path") else str(s.get("title"))
                for s in descriptor["sources"]]
        lines.append("- **Sources:** " + ", ".join(srcs))
    prov = {k: v for k, v in descriptor.get("claimpack", {}).items() if k != "rows"}
    if prov:
        lines.append("- **Provenance:** " + ", ".join(f"{k} `{v}`" for k, v in prov.items()))
    lines += ["", "## Files", "", "| file | rows | bytes | sha256 |", "|---|---|---|---|"]
    rows = descriptor.get("claimpack", {}).get("rows", {})
    for res in descriptor["resources"]:
        lines.append(f"| `{res['path']}` | {rows.get(res['name'], '')} | {res['bytes']} | "
                     f"`{res['hash'].split(':', 1)[1]}` |")
    lines += ["", "`datapackage.json` describes the package (Frictionless Data Package v2): validate it with "
                  "`frictionless validate datapackage.json`.", "",
              "## CSV conventions", "",
              "- UTF-8, comma-separated, one header row, columns in the order listed below.",
              "- An empty cell is a missing value (null).",
              "- Integers are written without a decimal point; numbers in plain decimal notation.",
              "- **Formula neutralisation:** in free-text string fields (string fields with no allowed-values list or "
              "pattern), a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is written with "
              "a leading single quote `'` so spreadsheet programs do not evaluate it as a formula. Strip one leading "
              "`'` from such cells to get the original text. Numeric fields are never changed.",
              "", "## Data dictionary", "", data_dictionary(models, heading_level=3)]
    return "\n".join(lines).rstrip() + "\n"


# ------------------------------------------------------------------------------------------------ atomic writing
def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_temp_dirs(parent: Path, max_age: float = STALE_TMP_SECONDS) -> list[str]:
    """Remove temp folders left in ``parent`` by crashed runs: those whose owning process is gone (the pid is in
    the name), with no parsable pid, or older than ``max_age`` seconds. Returns the names removed."""
    removed = []
    if not parent.is_dir():
        return removed
    now = time.time()
    for entry in parent.iterdir():
        if not entry.name.startswith(TMP_PREFIX):
            continue
        m = re.match(r"^\.tmp-.+-(\d+)-[0-9a-f]+$", entry.name)
        pid = int(m.group(1)) if m else -1
        try:
            age = now - entry.lstat().st_mtime
        except FileNotFoundError:
            continue
        if not _pid_alive(pid) or age > max_age:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed


PAUSE_ENV = "CLAIMPACK_TEST_PAUSE_BEFORE_RENAME"


def _test_pause_before_rename() -> None:
    """Test hook: sleep ``$CLAIMPACK_TEST_PAUSE_BEFORE_RENAME`` seconds once the temp folder is complete, before the
    rename, so tests can kill a publish in that window. Read only here; unset in normal runs."""
    value = os.environ.get(PAUSE_ENV)
    if value:
        try:
            time.sleep(max(float(value), 0.0))
        except ValueError:
            pass


def _write_release_files(tmp: Path, dest_root: Path, name: str, version: str, tables: list[str], created: str,
                         forbidden: list[str]) -> None:
    """Into the temp folder: ``changes.json`` (diff against the previous published version), then the package zip
    (every file of the folder) and its ``.sha256``. See :mod:`pipeline.publish.release`."""
    from .diff import diff_packages
    from .release import CHANGES_NAME, previous_version, write_sha256, write_zip, zip_name

    prev = previous_version(dest_root, name, version)
    changes = diff_packages(dest_root / name / prev if prev else None, tmp)
    check_publishable(changes, extra_forbidden=forbidden)
    _write_file(tmp / CHANGES_NAME, (json.dumps(changes, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    readme = (tmp / "README.md").read_text(encoding="utf-8")
    if local_path_regex(list(forbidden)).search(readme):
        raise ValueError("refusing to publish a local path or environment value in README.md")
    members = ["datapackage.json", "README.md", CHANGES_NAME] + [f"{t}.csv" for t in tables]
    zpath = tmp / zip_name(name, version)
    digest = write_zip(tmp, zpath, members, created)
    write_sha256(zpath, digest)


class PackageInvalidError(ValueError):
    """The package failed Frictionless validation before it was moved into place; ``report`` has the details."""

    def __init__(self, message: str, report: dict):
        super().__init__(message)
        self.report = report


def write_package(tables: dict[str, pd.DataFrame], dest_root: Path, name: str, version: str, meta: PackageMeta,
                  *, models: Models | None = None, created: str | None = None, validate: bool = False,
                  rendered: Mapping[str, bytes] | None = None, report_sink: dict | None = None,
                  incremental_validation: bool = True) -> Path:
    """Write ``<dest_root>/<name>/<version>/`` (CSV per table, ``datapackage.json``, ``README.md``, ``changes.json``
    against the newest published version below ``version``, the package zip and its sha256) atomically and return
    its path.

    Raises ``FileExistsError`` if that version is already published, ``ValueError`` (pandera ``SchemaErrors``) if a
    table does not satisfy its model or the metadata holds a local path, ``PackageInvalidError`` if ``validate`` is
    set and Frictionless finds errors (the version is then not published). ``rendered`` may pass CSV bytes already
    made by :func:`render_tables` for these tables; ``report_sink``, a dict, receives the Frictionless report.
    With ``incremental_validation`` (the default) Frictionless checks only the rows that are not in the previous
    published version (see :mod:`pipeline.publish.validate_package`); the first version is always validated in full.
    """
    models = models or TABLES
    if not re.fullmatch(r"^([-a-z0-9._])+$", name):
        raise ValueError(f"dataset name {name!r} must be lower-case letters, digits, '-', '.', '_'")
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise ValueError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    dest_root = Path(dest_root)
    parent = dest_root / name
    dest = parent / version
    parent.mkdir(parents=True, exist_ok=True)
    clean_temp_dirs(parent)
    if dest.exists():
        raise FileExistsError(f"{name} {version} is already published")

    rendered = dict(rendered) if rendered is not None else render_tables(tables, models)
    rows = {t: len(tables[t]) for t in rendered}
    descriptor = build_descriptor(rendered, name, version, meta, created or utc_now(), models, rows)
    forbidden = [str(dest_root.resolve()), str(dest_root.absolute())]
    check_publishable(descriptor, extra_forbidden=forbidden)
    check_cells_publishable(rendered, extra_forbidden=forbidden)
    readme = render_readme(descriptor, models)

    tmp = parent / f"{TMP_PREFIX}{version}-{os.getpid()}-{secrets.token_hex(4)}"
    os.mkdir(tmp)
    try:
        for table, data in rendered.items():
            _write_file(tmp / f"{table}.csv", data)
        _write_file(tmp / "datapackage.json",
                    (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        _write_file(tmp / "README.md", readme.encode("utf-8"))
        _write_release_files(tmp, dest_root, name, version, list(rendered), descriptor["created"], forbidden)
        _fsync_dir(tmp)
        if validate:
            from .release import previous_version
            from .validate_package import validate_package

            prev = previous_version(dest_root, name, version) if incremental_validation else None
            report = validate_package(tmp / "datapackage.json", baseline=parent / prev if prev else None)
            if report_sink is not None:
                report_sink.update(report)
            if not report["valid"]:
                first = "; ".join(f"{e['resource']}: {e['type']}: {e['note']}" for e in report["errors"][:3])
                raise PackageInvalidError(f"{name} {version} failed validation ({report['error_count']} errors): "
                                          f"{first}", report)
        _test_pause_before_rename()
        if dest.exists():
            raise FileExistsError(f"{name} {version} is already published")
        os.rename(tmp, dest)  # atomic; fails if dest appeared meanwhile (non-empty directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _fsync_dir(parent)
    return dest
