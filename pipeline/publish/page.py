"""Static download pages: ``<out>/index.html`` (every dataset) and ``<out>/<name>/index.html`` (one dataset).

Each dataset section lists its versions (date, rows per table, sizes, download links: zip + sha256,
datapackage.json, README, changes.json, each CSV), the licence, sources, the changelog, the schema of every table
with its field descriptions, and a preview of the first rows of each table of the latest version.

The pages are self-contained: one HTML file with inline CSS, no JavaScript, no fonts, images or other external
resources (a Content-Security-Policy meta tag forbids them), and every ``href`` is relative, so they work opened
from disk or served by any static server. External addresses (licence, publishers) are shown as text, not links.
Every text that comes from data or metadata (titles, descriptions, source names, cells) is escaped with
``html.escape``, so markup in an article shows as text. Output is deterministic (no generation timestamp), so an
unchanged dataset gives byte-identical pages.
"""
from __future__ import annotations

import csv
import itertools
from html import escape
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 120

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;
color:#1b1b1b;line-height:1.45}
h1{font-size:1.7rem}h2{border-bottom:2px solid #ccc;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin-top:2rem}h4{margin:1.2rem 0 .4rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{background:#f3f3f3;padding:0 .2rem;border-radius:3px}
.wrap{overflow-x:auto}.muted{color:#666}ul.compact{margin:0;padding-left:1.1rem}
nav a{margin-right:1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
dd{margin:0}.latest{background:#eef7ee;border:1px solid #9c9;padding:.5rem 1rem;border-radius:6px}
"""
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; "
       "form-action 'none'")


def e(value: Any) -> str:
    """HTML-escape any value (quotes too)."""
    return escape("" if value is None else str(value), quote=True)


def href(prefix: str, path: str) -> str:
    """A relative, percent-encoded link: ``prefix`` + ``path`` (both relative)."""
    link = prefix + path
    if link.startswith(("/", "\\")) or ":" in link.split("/", 1)[0]:
        raise ValueError(f"page links must be relative, got {link!r}")
    return e(quote(link, safe="/#.-_~"))


def human_bytes(n: int | None) -> str:
    if n is None:
        return "?"
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"


def _anchor(*parts: str) -> str:
    return "-".join(p.replace(".", "_") for p in parts)


def _link(prefix: str, path: str, text: str, size: int | None = None) -> str:
    extra = f' <span class="muted">({e(human_bytes(size))})</span>' if size is not None else ""
    return f'<a href="{href(prefix, path)}">{e(text)}</a>{extra}'


def _licence(desc: dict) -> str:
    items = []
    for lic in desc.get("licenses") or []:
        text = e(lic.get("name"))
        if lic.get("title"):
            text += f" ({e(lic['title'])})"
        if lic.get("path"):
            text += f' <span class="muted">{e(lic["path"])}</span>'
        items.append(text)
    return "; ".join(items) or "not stated"


def _sources(desc: dict) -> str:
    items = []
    for src in desc.get("sources") or []:
        text = e(src.get("title") or "")
        if src.get("path"):
            text += f' <span class="muted">{e(src["path"])}</span>'
        items.append(f"<li>{text}</li>")
    return f'<ul class="compact">{"".join(items)}</ul>' if items else "none listed"


def _downloads(v: dict, prefix: str) -> list[str]:
    out = []
    if v["zip"]:
        z = v["zip"]
        item = _link(prefix, z["path"], Path(z["path"]).name, z["bytes"])
        if z.get("sha256_path"):
            item += " · " + _link(prefix, z["sha256_path"], "sha256")
        if z.get("sha256"):
            item += f' <code class="muted">{e(z["sha256"])}</code>'
        out.append(item)
    for label in ("datapackage.json", "README.md", "changes.json"):
        if label in v["extras"]:
            out.append(_link(prefix, v["extras"][label], label))
    for f in v["files"]:
        rows = f" · {f['rows']} rows" if f.get("rows") is not None else ""
        out.append(_link(prefix, f["path"], f"{f['table']}.csv", f["bytes"]) + e(rows))
    return out


def _versions_table(info: dict, prefix: str) -> list[str]:
    h = ['<div class="wrap"><table><thead><tr><th>Version</th><th>Date</th><th>Change</th><th>Rows per table</th>'
         '<th>Size</th><th>Downloads</th></tr></thead><tbody>']
    for v in info["versions"]:
        rows = "".join(f"<li>{e(f['table'])}: {e(f['rows'])}</li>" for f in v["files"])
        size = f"zip {e(human_bytes(v['zip']['bytes']))}<br>" if v["zip"] else ""
        size += f"CSV {e(human_bytes(v['csv_bytes']))}"
        links = "".join(f"<li>{d}</li>" for d in _downloads(v, prefix))
        vid = _anchor(info["name"], "v", v["version"])
        h.append(f'<tr><td><a href="#{e(vid)}">{e(v["version"])}</a></td><td>{e((v["created"] or "")[:10])}</td>'
                 f'<td>{e(v["reason"] or v["changes"]["level"])}</td><td><ul class="compact">{rows}</ul></td>'
                 f'<td>{size}</td><td><ul class="compact">{links}</ul></td></tr>')
    h.append("</tbody></table></div>")
    return h


def _changelog(info: dict, prefix: str) -> list[str]:
    h = [f'<p>Also as {_link(prefix, "CHANGELOG.md", "CHANGELOG.md")}; each version\'s machine-readable diff is '
         "its <code>changes.json</code>.</p>"]
    for v in info["versions"]:
        ch = v["changes"]
        s = ch["summary"]
        vid = _anchor(info["name"], "v", v["version"])
        prev = v["previous"] or (ch.get("old") or {}).get("version") or "none"
        h.append(f'<h4 id="{e(vid)}">{e(v["version"])} <span class="muted">({e(v["created"] or "undated")})'
                 f"</span></h4>")
        h.append(f"<p><strong>{e(v['reason'] or ch['level'])}</strong>. Previous version: {e(prev)}. Rows: "
                 f"+{e(s['rows_added'])} added, -{e(s['rows_removed'])} removed, ~{e(s['rows_changed'])} changed."
                 "</p>")
        h.append('<div class="wrap"><table><thead><tr><th>Table</th><th>Rows</th><th>Added</th><th>Removed</th>'
                 "<th>Changed</th><th>Changed columns</th></tr></thead><tbody>")
        for table, t in ch["tables"].items():
            rows = t["rows"]["new"] if t["rows"]["new"] is not None else f"removed (had {t['rows']['old']})"
            cols = ", ".join(f"{c} ({n})" for c, n in t["changed_columns"].items())
            h.append(f'<tr><td>{e(table)}</td><td class="n">{e(rows)}</td><td class="n">{e(t["added"])}</td>'
                     f'<td class="n">{e(t["removed"])}</td><td class="n">{e(t["changed"])}</td><td>{e(cols)}</td>'
                     "</tr>")
        h.append("</tbody></table></div>")
        changes = [f"{c['table']}: {c['level']}: {c['change']}" for c in ch["schema_changes"]]
        changes += [f"package: {c['level']}: {c['change']}" for c in ch.get("package_changes", [])]
        changes += [f"provenance: {k}: {p['old']} -> {p['new']}" for k, p in ch.get("provenance_changes", {}).items()]
        if changes:
            h.append('<ul class="compact">' + "".join(f"<li>{e(c)}</li>" for c in changes) + "</ul>")
        else:
            h.append("<p class=\"muted\">No schema changes.</p>")
    return h


def _constraints(fld: dict) -> str:
    cons = dict(fld.get("constraints") or {})
    cons.pop("required", None)
    parts = []
    for key, value in cons.items():
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


def _schemas(info: dict) -> list[str]:
    latest = info["versions"][0]
    desc = latest["descriptor"]
    h = [f"<p>Tables of version {e(latest['version'])}.</p>"]
    for res in desc.get("resources", []):
        schema = res.get("schema") or {}
        tid = _anchor(info["name"], "table", res["name"])
        h.append(f'<h4 id="{e(tid)}">{e(res.get("title") or res["name"])} <code>{e(res["name"])}</code></h4>')
        if res.get("description"):
            h.append(f"<p>{e(res['description'])}</p>")
        pk = schema.get("primaryKey")
        if pk:
            h.append(f"<p>Primary key: <code>{e(', '.join(pk) if isinstance(pk, list) else pk)}</code></p>")
        fks = schema.get("foreignKeys") or []
        if fks:
            items = "".join(
                f"<li><code>{e(', '.join(fk['fields']))}</code> &rarr; "
                f"<code>{e(fk['reference'].get('resource'))}.{e(', '.join(fk['reference']['fields']))}</code></li>"
                for fk in fks)
            h.append(f'<p>Foreign keys:</p><ul class="compact">{items}</ul>')
        h.append('<div class="wrap"><table><thead><tr><th>Field</th><th>Type</th><th>Required</th>'
                 "<th>Constraints</th><th>Description</th></tr></thead><tbody>")
        for fld in schema.get("fields", []):
            required = "yes" if (fld.get("constraints") or {}).get("required") else "no"
            h.append(f"<tr><td><code>{e(fld['name'])}</code></td><td>{e(fld.get('type'))}</td><td>{required}</td>"
                     f"<td>{e(_constraints(fld))}</td><td>{e(fld.get('description'))}</td></tr>")
        h.append("</tbody></table></div>")
    return h


def _preview_rows(path: Path, n: int) -> tuple[list[str], list[list[str]]]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(itertools.islice(csv.reader(fh), n + 1))
    except (OSError, UnicodeDecodeError, csv.Error):
        return [], []
    return (rows[0], rows[1:]) if rows else ([], [])


def _cell(text: str) -> str:
    return text if len(text) <= PREVIEW_CELL_CHARS else text[:PREVIEW_CELL_CHARS - 1] + "…"


def _preview(info: dict, out_dir: Path) -> list[str]:
    latest = info["versions"][0]
    h = [f"<p>The first {PREVIEW_ROWS} rows of each table of version {e(latest['version'])}, as published "
         "(long cells shortened).</p>"]
    for f in latest["files"]:
        header, rows = _preview_rows(Path(out_dir) / info["name"] / f["path"], PREVIEW_ROWS)
        h.append(f"<h4>{e(f['table'])}</h4>")
        if not rows:
            h.append('<p class="muted">No rows.</p>')
            continue
        h.append('<div class="wrap"><table><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in header)
                 + "</tr></thead><tbody>")
        for row in rows:
            h.append("<tr>" + "".join(f"<td>{e(_cell(c))}</td>" for c in row) + "</tr>")
        h.append("</tbody></table></div>")
    return h


def dataset_section(info: dict, out_dir: Path, prefix: str, heading: str = "h2") -> list[str]:
    """The HTML of one dataset; links are ``prefix`` + paths relative to ``<out>/<name>/``."""
    name = info["name"]
    sid = _anchor(name)
    if not info["versions"]:
        return [f'<section id="{e(sid)}"><{heading}>{e(info["title"])}</{heading}><p>No published version.</p>'
                "</section>"]
    latest = info["versions"][0]
    desc = latest["descriptor"]
    prov = {k: v for k, v in (desc.get("claimpack") or {}).items() if k not in ("rows", "release")}
    h = [f'<section id="{e(sid)}">', f"<{heading}>{e(info['title'])} <code>{e(name)}</code></{heading}>"]
    if info.get("description"):
        h.append(f"<p>{e(info['description'])}</p>")
    h.append("<dl>")
    h.append(f"<dt>Latest version</dt><dd>{e(latest['version'])} ({e(latest['created'])}) · "
             f"{_link(prefix, 'latest.json', 'latest.json')}</dd>")
    h.append(f"<dt>Licence</dt><dd>{_licence(desc)}</dd>")
    h.append(f"<dt>Sources</dt><dd>{_sources(desc)}</dd>")
    contributors = ", ".join(e(c.get("title")) for c in desc.get("contributors") or [])
    h.append(f"<dt>Contributors</dt><dd>{contributors or 'none listed'}</dd>")
    if prov:
        h.append("<dt>Produced by</dt><dd>" + ", ".join(f"{e(k)} <code>{e(v)}</code>" for k, v in prov.items())
                 + "</dd>")
    h.append(f"<dt>Versions</dt><dd>{len(info['versions'])}</dd></dl>")
    h.append(f'<div class="latest"><p><strong>Download version {e(latest["version"])}</strong>: the zip holds the '
             "whole package (datapackage.json, README.md, changes.json and the CSVs); check it against its sha256, "
             "open it with <code>frictionless validate</code>, or take single files.</p>"
             f'<ul class="compact">{"".join(f"<li>{d}</li>" for d in _downloads(latest, prefix))}</ul></div>')
    h.append(f'<{_sub(heading)} id="{e(_anchor(name, "versions"))}">Versions</{_sub(heading)}>')
    h += _versions_table(info, prefix)
    h.append(f'<{_sub(heading)} id="{e(_anchor(name, "changelog"))}">Changelog</{_sub(heading)}>')
    h += _changelog(info, prefix)
    h.append(f'<{_sub(heading)} id="{e(_anchor(name, "schema"))}">Schema</{_sub(heading)}>')
    h += _schemas(info)
    h.append(f'<{_sub(heading)} id="{e(_anchor(name, "preview"))}">Preview</{_sub(heading)}>')
    h += _preview(info, out_dir)
    h.append("</section>")
    return h


def _sub(heading: str) -> str:
    return f"h{int(heading[1]) + 1}"


def _document(title: str, body: Iterable[str]) -> str:
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>", f"<style>{CSS.strip()}</style>", "</head>", "<body>", *body,
        '<footer><p class="muted">Generated by claimpack from the published Frictionless Data Packages. This page '
        "needs no server and loads nothing from the network.</p></footer>", "</body>", "</html>", ""])


def render_dataset_page(info: dict, out_dir: Path, name: str) -> str:
    """``<out>/<name>/index.html``."""
    body = [f"<header><h1>{e(info['title'])}</h1><nav>{_link('', '../index.html', 'All datasets')}"
            f"{_link('', 'CHANGELOG.md', 'CHANGELOG.md')}{_link('', 'latest.json', 'latest.json')}</nav></header>",
            "<main>", *dataset_section(info, out_dir, prefix="", heading="h2"), "</main>"]
    return _document(f"{info['title']} ({name}): downloads", body)


def render_index_page(infos: list[dict], out_dir: Path) -> str:
    """``<out>/index.html``: every dataset (links prefixed with ``<name>/``)."""
    items = []
    for info in infos:
        latest = info["latest"] or "no version"
        items.append(f'<li><a href="#{e(_anchor(info["name"]))}">{e(info["title"])}</a> <code>{e(info["name"])}'
                     f"</code>: latest {e(latest)}, {len(info['versions'])} version(s) · "
                     f"{_link(info['name'] + '/', 'index.html', 'dataset page')}</li>")
    body = ["<header><h1>Datasets</h1>",
            f"<nav>{_link('', 'catalog.json', 'catalog.json')}</nav></header>", "<main>",
            f'<ul>{"".join(items)}</ul>' if items else "<p>Nothing published yet.</p>"]
    for info in infos:
        body += dataset_section(info, out_dir, prefix=info["name"] + "/", heading="h2")
    body.append("</main>")
    return _document("Datasets: downloads", body)


def page_links(html_text: str) -> list[str]:
    """Every ``href`` of a page (for checks)."""
    from html.parser import HTMLParser

    found: list[str] = []

    class P(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list) -> None:
            for k, v in attrs:
                if k in ("href", "src") and v is not None:
                    found.append(v)

    P().feed(html_text)
    return found
