"""What ships with each version beside its CSVs, and the dataset-level files derived from the published versions.

Layout under ``<out>`` (the publish folder)::

    catalog.json                           every dataset and version (see catalog.py)
    index.html                             download page of every dataset (see page.py)
    <name>/index.html                      download page of one dataset
    <name>/CHANGELOG.md                    one section per version, newest first
    <name>/latest -> <version>             symlink to the newest version (relative)
    <name>/latest.json                     {"version", "path", "datapackage", "zip", "sha256"}; paths relative to
                                           <name>/, for platforms or servers without symlinks
    <name>/<version>/                      one Frictionless Data Package, never changed once published:
        datapackage.json README.md <table>.csv ...
        changes.json                       diff against the previous version (see diff.py)
        <name>-<version>.zip               the whole package (datapackage.json at the zip root), readable by
                                           ``frictionless validate <zip>`` / ``frictionless.Package(<zip>)``
        <name>-<version>.zip.sha256        ``<hex>  <name>-<version>.zip`` (``sha256sum -c`` format)

The zip and its checksum live *inside* the version folder: they are written into the temporary folder with the rest
of the version and appear with it in one rename, so a version is never visible without its zip (and the folder
stays the unit to mirror or delete). The zip holds every other file of the folder and is reproducible (fixed
member order, timestamps from the version's ``created``, fixed permissions).

Everything at the dataset and top level (catalog.json, latest, latest.json, CHANGELOG.md, the index.html pages) is
derived from the version folders on disk, regenerated after a version is renamed into place (under the catalog
lock), and each file replaced atomically (temp file or symlink beside it + ``os.replace``); unchanged files are not
rewritten. So a crash before the rename leaves them exactly as they were, a crash after it leaves them stale but
whole, and the next publish (even one with nothing new to publish) brings them up to date. Temp entries are named
``.tmp-<what>-<pid>-<hex>``; ones whose process is gone are removed by the next run.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from .package import TMP_PREFIX, _fsync_dir, check_publishable, clean_temp_dirs, local_path_regex

CHANGES_NAME = "changes.json"
CHANGELOG_NAME = "CHANGELOG.md"
LATEST_LINK = "latest"
LATEST_POINTER = "latest.json"
INDEX_NAME = "index.html"
ZIP_MODE = 0o644


def zip_name(name: str, version: str) -> str:
    return f"{name}-{version}.zip"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _zip_time(created: str | None) -> tuple[int, int, int, int, int, int]:
    try:
        dt = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
        stamp = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    except (TypeError, ValueError):
        stamp = (1980, 1, 1, 0, 0, 0)
    return max(stamp, (1980, 1, 1, 0, 0, 0))


def write_zip(folder: Path, zip_path: Path, members: list[str], created: str | None) -> str:
    """Write ``members`` (plain file names in ``folder``) into ``zip_path`` reproducibly, fsync it, check that it
    reads back identical, and return its sha256."""
    stamp = _zip_time(created)
    with open(zip_path, "wb") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for member in members:
                if "/" in member or "\\" in member or member.startswith("."):
                    raise ValueError(f"refusing to zip {member!r}: not a plain file name")
                info = zipfile.ZipInfo(member, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = (0o100000 | ZIP_MODE) << 16
                info.create_system = 3
                zf.writestr(info, (folder / member).read_bytes())
        fh.flush()
        os.fsync(fh.fileno())
    with zipfile.ZipFile(zip_path) as zf:  # read back: complete and identical to the validated files
        if zf.testzip() is not None or zf.namelist() != members:
            raise OSError(f"{zip_path.name} did not read back correctly")
        for member in members:
            if zf.read(member) != (folder / member).read_bytes():
                raise OSError(f"{zip_path.name}: {member} differs from the package file")
    return sha256_file(zip_path)


def write_sha256(zip_path: Path, digest: str) -> Path:
    path = zip_path.with_name(zip_path.name + ".sha256")
    with open(path, "wb") as fh:
        fh.write(f"{digest}  {zip_path.name}\n".encode("ascii"))
        fh.flush()
        os.fsync(fh.fileno())
    return path


# ------------------------------------------------------------------------------------------------ atomic replace
def _tmp_name(parent: Path, what: str) -> Path:
    return parent / f"{TMP_PREFIX}{what}-{os.getpid()}-{secrets.token_hex(4)}"


def replace_file(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` atomically (temp file beside it, fsync, ``os.replace``, fsync the folder).
    Returns False (and writes nothing) when the file already holds exactly ``data``."""
    path = Path(path)
    try:
        if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    tmp = _tmp_name(path.parent, path.name)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return True


def replace_symlink(link: Path, target: str) -> bool:
    """Point the symlink ``link`` at ``target`` (relative) atomically (temp symlink + ``os.replace``). Returns False
    when it already does, or when this platform or file system cannot make symlinks (``latest.json`` then serves)."""
    link = Path(link)
    if link.is_symlink() and os.readlink(link) == target:
        return False
    if link.exists() and not link.is_symlink():
        return False  # something else is there (e.g. a copy made without symlinks): leave it
    tmp = _tmp_name(link.parent, link.name)
    try:
        os.symlink(target, tmp, target_is_directory=True)
    except (OSError, NotImplementedError):
        return False
    try:
        os.replace(tmp, link)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(link.parent)
    return True


def clean_leftovers(out: Path, name: str | None = None) -> list[str]:
    """Remove temp entries (``.tmp-*``) of crashed runs in ``out`` and the dataset folder(s)."""
    out = Path(out)
    removed = clean_temp_dirs(out)
    names = [name] if name else [p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")] \
        if out.is_dir() else []
    for n in names:
        removed += [f"{n}/{r}" for r in clean_temp_dirs(out / n)]
    return removed


# ------------------------------------------------------------------------------------------------ dataset state
def previous_version(out: Path, name: str, version: str) -> str | None:
    """The newest published version of ``name`` older than ``version``."""
    from .versioning import parse_version, published_versions

    older = [v for v in published_versions(out, name) if parse_version(v) < parse_version(version)]
    return older[-1] if older else None


def version_changes(out: Path, name: str, version: str) -> dict:
    """The ``changes.json`` of a version; computed (not written) for versions published before it existed."""
    from .diff import diff_packages

    folder = Path(out) / name / version
    path = folder / CHANGES_NAME
    if path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            pass
    prev = previous_version(out, name, version)
    return diff_packages(Path(out) / name / prev if prev else None, folder)


def version_info(out: Path, name: str, version: str) -> dict:
    """What the page and changelog show of one version (all paths relative to ``<out>/<name>/``)."""
    folder = Path(out) / name / version
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    zname = zip_name(name, version)
    zpath = folder / zname
    sha_path = folder / (zname + ".sha256")
    digest = None
    if sha_path.is_file():
        digest = sha_path.read_text(encoding="ascii", errors="replace").split()[0:1]
        digest = digest[0] if digest else None
    files = []
    for res in desc.get("resources", []):
        p = folder / res["path"]
        files.append({"table": res["name"], "path": f"{version}/{res['path']}", "title": res.get("title"),
                      "bytes": p.stat().st_size if p.is_file() else res.get("bytes"),
                      "rows": ((desc.get("claimpack") or {}).get("rows") or {}).get(res["name"])})
    extras = {n: f"{version}/{n}" for n in ("datapackage.json", "README.md", CHANGES_NAME)
              if (folder / n).is_file()}
    release = (desc.get("claimpack") or {}).get("release") or {}
    return {
        "version": version, "created": desc.get("created"), "descriptor": desc,
        "reason": release.get("reason") or ("first version" if not release.get("previous") else None),
        "previous": release.get("previous"),
        "zip": {"path": f"{version}/{zname}", "bytes": zpath.stat().st_size, "sha256": digest,
                "sha256_path": f"{version}/{zname}.sha256" if sha_path.is_file() else None}
        if zpath.is_file() else None,
        "files": files, "extras": extras,
        "csv_bytes": sum(f["bytes"] or 0 for f in files),
        "changes": version_changes(out, name, version),
    }


def dataset_info(out: Path, name: str) -> dict:
    """Every published version of ``name`` (newest first) with what the page and changelog need."""
    from .versioning import published_versions

    versions = [version_info(out, name, v) for v in reversed(published_versions(out, name))]
    latest = versions[0] if versions else None
    desc = latest["descriptor"] if latest else {}
    return {"name": name, "title": desc.get("title") or name, "description": desc.get("description"),
            "latest": latest["version"] if latest else None, "versions": versions}


# ------------------------------------------------------------------------------------------------ changelog
def _md_cell(value: Any) -> str:
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _date(created: str | None) -> str:
    return (created or "")[:10] or "undated"


def render_changelog(info: dict) -> str:
    """CHANGELOG.md of a dataset: one section per version, newest first."""
    lines = [f"# Changelog: {_md_cell(info['title'])} (`{info['name']}`)", "",
             "Newest first. Each version's machine-readable diff against the previous one is its `changes.json`; "
             "compare any two versions with `claimpack diff <old> <new>`.", ""]
    for v in info["versions"]:
        ch = v["changes"]
        s = ch["summary"]
        lines += [f"## {v['version']} ({_date(v['created'])})", ""]
        lines.append(f"- **Released:** {v['created'] or 'unknown'}")
        lines.append(f"- **Bump:** {_md_cell(v['reason'] or ch['level'])}")
        lines.append(f"- **Previous version:** {v['previous'] or (ch.get('old') or {}).get('version') or 'none'}")
        lines.append(f"- **Rows:** +{s['rows_added']} added, -{s['rows_removed']} removed, "
                     f"~{s['rows_changed']} changed")
        lines += ["", "| table | rows | added | removed | changed | changed columns |", "|---|---:|---:|---:|---:|---|"]
        for table, e in ch["tables"].items():
            rows = e["rows"]["new"] if e["rows"]["new"] is not None else f"(removed; had {e['rows']['old']})"
            cols = ", ".join(f"{c} ({n})" for c, n in e["changed_columns"].items())
            lines.append(f"| {_md_cell(table)} | {rows} | {e['added']} | {e['removed']} | {e['changed']} | "
                         f"{_md_cell(cols)} |")
        lines.append("")
        if ch["schema_changes"]:
            lines.append("Schema changes:")
            lines += [f"- {_md_cell(c['table'])}: **{c['level']}** {_md_cell(c['change'])}"
                      for c in ch["schema_changes"]]
        else:
            lines.append("Schema changes: none.")
        if ch.get("package_changes"):
            lines += ["", "Package changes:"] + [f"- **{c['level']}** {_md_cell(c['change'])}"
                                                  for c in ch["package_changes"]]
        if ch.get("provenance_changes"):
            lines += ["", "Provenance:"] + [f"- {_md_cell(k)}: {_md_cell(p['old'])} -> {_md_cell(p['new'])}"
                                             for k, p in ch["provenance_changes"].items()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def latest_pointer(info: dict) -> dict | None:
    if not info["versions"]:
        return None
    v = info["versions"][0]
    return {"version": v["version"], "path": v["version"], "datapackage": v["extras"].get("datapackage.json"),
            "zip": v["zip"]["path"] if v["zip"] else None, "sha256": v["zip"]["sha256"] if v["zip"] else None}


# ------------------------------------------------------------------------------------------------ refresh
def _guard_text(text: str, where: str, out: Path) -> None:
    local = local_path_regex([str(Path(out).resolve()), str(Path(out).absolute())])
    m = local.search(text)
    if m:
        raise ValueError(f"refusing to publish a local path or environment value in {where}")


def refresh_outputs(out: Path, name: str | None = None) -> dict:
    """Regenerate, from the published versions, ``catalog.json``, then for dataset ``name`` (every dataset when
    None) ``latest``, ``latest.json``, ``CHANGELOG.md`` and ``<name>/index.html``, then ``<out>/index.html``; each
    replaced atomically, in that order, under the catalog lock. Returns ``{"catalog", "datasets": {name: {...}},
    "index"}`` with absolute paths."""
    from .catalog import catalog_lock, update_catalog
    from .page import render_dataset_page, render_index_page

    out = Path(out)
    with catalog_lock(out):
        catalog = update_catalog(out)
        names = [d["name"] for d in catalog["datasets"]]
        infos = {}
        result: dict[str, Any] = {"catalog": catalog, "datasets": {}}
        for ds in names:
            info = dataset_info(out, ds)
            infos[ds] = info
            if name is not None and ds != name:
                continue
            folder = out / ds
            pointer = latest_pointer(info)
            changelog = render_changelog(info)
            page = render_dataset_page(info, out_dir=out, name=ds)
            check_publishable(pointer)
            _guard_text(changelog, f"{ds}/{CHANGELOG_NAME}", out)
            _guard_text(page, f"{ds}/{INDEX_NAME}", out)
            replace_symlink(folder / LATEST_LINK, pointer["version"])
            replace_file(folder / LATEST_POINTER,
                         (json.dumps(pointer, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
            replace_file(folder / CHANGELOG_NAME, changelog.encode("utf-8"))
            replace_file(folder / INDEX_NAME, page.encode("utf-8"))
            result["datasets"][ds] = {"latest": pointer["version"], "latest_json": folder / LATEST_POINTER,
                                      "latest_link": folder / LATEST_LINK, "changelog": folder / CHANGELOG_NAME,
                                      "page": folder / INDEX_NAME}
        index = render_index_page([infos[n] for n in names], out_dir=out)
        _guard_text(index, INDEX_NAME, out)
        replace_file(out / INDEX_NAME, index.encode("utf-8"))
        result["index"] = out / INDEX_NAME
    return result
