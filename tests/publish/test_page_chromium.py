"""The download page in real headless Chromium, served by http.server on 127.0.0.1 (issue 4).

Checks on the DOM Chromium built: the versions are listed, every link answers 200 from that server, and article
text with markup (a title `<script>alert(1)</script>`, a claimant `<img onerror>`) shows as text: escaped in the
serialised DOM, and no script or img element was created.
"""
from __future__ import annotations

import functools
import http.server
import subprocess
import threading
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from pipeline.publish.catalog import publish
from test_package import NAME, make_meta
from test_release import XSS_CLAIMANT, XSS_SOURCE, XSS_TITLE, Page, xss_tables

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def served(tmp_path):
    """Two published versions (with markup in article text) served on 127.0.0.1; yields (base URL, out dir)."""
    out = tmp_path / "out"
    t = xss_tables()
    assert publish(t, out, NAME, make_meta(t)).version == "1.0.0"
    t["claims"].loc[1, "polarity"] = "positive"
    assert publish(t, out, NAME, make_meta(t)).version == "1.1.0"
    handler = functools.partial(QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", out
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           f"--user-data-dir={profile}", "--no-first-run", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--disable-default-apps", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def status(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as resp:
        resp.read()
        return resp.status


@pytest.mark.parametrize("page_path", ["index.html", f"{NAME}/index.html"])
def test_page_in_headless_chromium(served, tmp_path, page_path):
    base, out = served
    url = urljoin(base, page_path)
    dom_text = chromium(tmp_path, "--dump-dom", url).stdout
    assert "</html>" in dom_text, dom_text[-500:]
    dom = Page(dom_text)

    # the versions are listed, with their downloads
    for v in ("1.0.0", "1.1.0"):
        assert f"{NAME}-{v}.zip" in dom.all_text
        assert any(h.endswith(f"{v}/{NAME}-{v}.zip") for h in dom.hrefs)
    assert dom.all_text.index(f"{NAME}-1.1.0.zip") < dom.all_text.index(f"{NAME}-1.0.0.zip")  # newest first

    # every link resolves on the server (fragments: to an element of the page)
    assert len(dom.hrefs) > 20
    for href in dom.hrefs:
        parts = urlsplit(href)
        assert not parts.scheme and not parts.netloc, f"absolute link {href}"
        if not parts.path:
            assert parts.fragment in dom.ids, href
            continue
        assert status(urljoin(url, href)) == 200, href
    assert not dom.srcs  # nothing loaded from anywhere

    # text from articles shows as text
    for text in (XSS_TITLE, XSS_CLAIMANT, XSS_SOURCE):
        assert text in dom.all_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom_text
    assert "script" not in dom.tags and "img" not in dom.tags and "b" not in dom.tags

    shot = tmp_path / "page.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", url)
    assert shot.is_file() and shot.stat().st_size > 10_000
