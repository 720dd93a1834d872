"""A real HTTP server on 127.0.0.1 (port 0, in a thread) serving the fixture feeds and pages of
``tests/fixtures/feeds`` and the bad cases the feed ingestion must survive. Every request is recorded
(:attr:`FeedServer.hits`) so tests can count fetches and inspect conditional-GET headers.

``{{BASE}}`` in fixture files is replaced by the server's base URL when served.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
PAGES = FIXTURES / "pages"

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
RSS_ETAG = '"rss-v1"'
PAGE_ETAG = '"standalone-v1"'
ATOM_LAST_MODIFIED = "Fri, 06 Jun 2025 12:00:00 GMT"
HUGE_TOTAL = 16 * 1024 * 1024  # what /huge.html would send if the client read it all
SLOW_SECONDS = 3.0
PLAIN_PAGES = ("ferry", "library", "bakery")


@dataclass
class Hit:
    method: str
    path: str
    headers: dict
    status: int = 0


class FeedServer:
    """Start with :meth:`start` (or as a context manager); ``base`` is ``http://127.0.0.1:<port>``."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.huge_sent = 0
        # switches the tests flip between runs
        self.plain_entries = 2  # entries in /feeds/plain.xml
        self.flaky_failures = 2  # 503s before /feeds/flaky.xml answers
        self.page_down = False  # /articles/sometimes.html answers 503 while True
        handler = type("Handler", (_Handler,), {"owner": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> "FeedServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> "FeedServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str, status: Optional[int] = None) -> int:
        with self.lock:
            return sum(1 for h in self.hits if h.path == path and (status is None or h.status == status))

    def hits_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()

    def fixture(self, name: str) -> bytes:
        path = FIXTURES / name if (FIXTURES / name).exists() else PAGES / name
        return path.read_text(encoding="utf-8").replace("{{BASE}}", self.base).encode("utf-8")

    def plain_feed(self) -> bytes:
        items = "".join(
            f"<item><title>{name.title()} story</title><link>{self.base}/articles/{name}.html</link>"
            f"<guid isPermaLink=\"true\">{self.base}/articles/{name}.html</guid></item>"
            for name in PLAIN_PAGES[:self.plain_entries])
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Plain</title>'
                f"<link>{self.base}/</link><description>No validators</description>{items}</channel></rss>"
                ).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    owner: FeedServer
    protocol_version = "HTTP/1.0"  # one request per connection; bodies may be close-delimited

    def log_message(self, format, *args):  # keep test output quiet
        pass

    # ------------------------------------------------------------------ helpers
    def _record(self) -> Hit:
        hit = Hit(self.command, self.path.split("?")[0], {k.lower(): v for k, v in self.headers.items()})
        with self.owner.lock:
            self.owner.hits.append(hit)
        return hit

    def _send(self, hit: Hit, status: int, body: bytes = b"", ctype: Optional[str] = None,
              headers: Optional[dict] = None) -> None:
        hit.status = status
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _redirect(self, hit: Hit, location: str, status: int = 302) -> None:
        self._send(hit, status, b"", "text/plain", {"Location": location})

    # ------------------------------------------------------------------ routes
    def do_GET(self) -> None:  # noqa: C901 - a routing table
        hit = self._record()
        path = hit.path
        o = self.owner
        try:
            if path == "/feeds/rss.xml":
                if hit.headers.get("if-none-match") == RSS_ETAG:
                    return self._send(hit, 304, headers={"ETag": RSS_ETAG})
                return self._send(hit, 200, o.fixture("rss.xml"), RSS_TYPE, {"ETag": RSS_ETAG})
            if path == "/feeds/atom.xml":
                if hit.headers.get("if-modified-since") == ATOM_LAST_MODIFIED:
                    return self._send(hit, 304)
                return self._send(hit, 200, o.fixture("atom.xml"), ATOM_TYPE, {"Last-Modified": ATOM_LAST_MODIFIED})
            if path == "/feeds/mixed.xml":
                return self._send(hit, 200, o.fixture("mixed.xml"), "application/xml")
            if path == "/feeds/broken.xml":
                return self._send(hit, 200, o.fixture("broken.xml"), RSS_TYPE)
            if path == "/feeds/plain.xml":
                return self._send(hit, 200, o.plain_feed(), "text/xml")
            if path == "/feeds/transient.xml":
                body = (f'<rss version="2.0"><channel><title>T</title><item><title>Sometimes</title>'
                        f"<link>{o.base}/articles/sometimes.html</link>"
                        f"<guid isPermaLink=\"false\">sometimes-1</guid></item>"
                        f"</channel></rss>").encode()
                return self._send(hit, 200, body, RSS_TYPE, {"ETag": '"transient-v1"'}) \
                    if hit.headers.get("if-none-match") != '"transient-v1"' else self._send(hit, 304)
            if path == "/feeds/flaky.xml":
                if o.count(path) <= o.flaky_failures:
                    return self._send(hit, 503, b"busy", "text/plain", {"Retry-After": "0"})
                return self._send(hit, 200, o.fixture("rss.xml"), RSS_TYPE)
            if path == "/feeds/as-html.xml":
                return self._send(hit, 200, o.fixture("rss.xml"), HTML_TYPE)
            if path == "/feeds/loop-a":
                return self._redirect(hit, "/feeds/loop-b")
            if path == "/feeds/loop-b":
                return self._redirect(hit, o.url("/feeds/loop-a"), 301)
            if path.startswith("/chain/"):
                return self._redirect(hit, f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
            if path == "/redirect-to-file":
                return self._redirect(hit, "file:///etc/passwd")
            if path == "/pages/moved.html":
                return self._redirect(hit, "/pages/standalone.html", 301)
            if path == "/slow.xml":
                o.stopping.wait(SLOW_SECONDS)
                return self._send(hit, 200, o.fixture("rss.xml"), RSS_TYPE)
            if path == "/error500":
                return self._send(hit, 500, b"oops", "text/plain")
            if path == "/huge.html":
                return self._huge(hit)
            if path == "/huge-declared.html":
                hit.status = 200
                self.send_response(200)
                self.send_header("Content-Type", HTML_TYPE)
                self.send_header("Content-Length", str(10 ** 9))
                self.end_headers()
                self.wfile.write(b"<html>" + b" " * 1024)
                return
            if path == "/pages/standalone.html":
                if hit.headers.get("if-none-match") == PAGE_ETAG:
                    return self._send(hit, 304, headers={"ETag": PAGE_ETAG})
                return self._send(hit, 200, o.fixture("standalone.html"), HTML_TYPE,
                                  {"ETag": PAGE_ETAG, "Last-Modified": "Sat, 07 Jun 2025 16:30:00 GMT"})
            if path == "/articles/sometimes.html":
                if o.page_down:
                    return self._send(hit, 503, b"down", "text/plain")
                return self._send(hit, 200, o.fixture("market.html"), HTML_TYPE)
            if path == "/articles/report.pdf":
                return self._send(hit, 200, b"%PDF-1.4 fake", "application/pdf")
            if path.startswith("/articles/") and path.endswith(".html"):
                page = PAGES / path.rsplit("/", 1)[1]
                if page.is_file():
                    return self._send(hit, 200, o.fixture(page.name), HTML_TYPE)
            return self._send(hit, 404, b"not found", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _huge(self, hit: Hit) -> None:
        """16 MiB of HTML with no Content-Length, in 64 KiB chunks; stops when the client hangs up."""
        hit.status = 200
        self.send_response(200)
        self.send_header("Content-Type", HTML_TYPE)
        self.end_headers()
        chunk = b"<p>" + b"word " * 13106 + b"</p>\n"
        try:
            self.wfile.write(b"<html><body>")
            while self.owner.huge_sent < HUGE_TOTAL and not self.owner.stopping.is_set():
                self.wfile.write(chunk)
                self.wfile.flush()
                self.owner.huge_sent += len(chunk)
                time.sleep(0.001)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
