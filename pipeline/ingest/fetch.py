"""An HTTP fetcher for feeds and web pages, built on httpx, that fails with a named reason instead of raising
arbitrary exceptions.

:func:`fetch` GETs one ``http``/``https`` URL and returns a :class:`Fetched` (body bytes, final URL, validators,
or ``not_modified`` on a 304) or raises :class:`FetchError` carrying a reason code from :data:`FETCH_REASONS`:

- only ``http`` and ``https`` URLs (also for every redirect target); ``file:``, ``ftp:``, ``javascript:`` ... are
  refused with ``bad_scheme`` before any connection is made;
- timeouts: ``connect_timeout`` and ``read_timeout`` (per socket operation) plus ``total_timeout`` for the whole
  body (a server that drips bytes forever is cut off) -> ``timeout``;
- bounded retries with exponential backoff (``backoff * 2**attempt``, capped at ``max_backoff``; a ``Retry-After``
  header is honoured up to that cap) on connect errors, connect timeouts, 5xx and 429; read timeouts are not
  retried (a slow server stays slow); after the last attempt -> ``http_error`` (with the status) /
  ``timeout`` / ``connection_error``;
- redirects are followed by hand, at most ``max_redirects`` hops: a URL seen twice -> ``redirect_loop``, a longer
  chain -> ``too_many_redirects``;
- content-type check before the body is read (``kind="feed"``: XML/RSS/Atom/JSON feed types; ``kind="page"``:
  ``text/html`` / ``application/xhtml+xml``) -> ``bad_content_type``;
- size cap: a ``Content-Length`` over the cap is refused without reading the body, otherwise the (decompressed)
  body is streamed and the download aborted as soon as it passes the cap -> ``too_large``;
- conditional GET: pass the ``validators`` (ETag / Last-Modified) remembered from the last 200 and a 304 comes
  back as ``Fetched(not_modified=True)``; :class:`HttpState` keeps them in a JSON file under a state folder;
- a User-Agent naming claimpack and its version (:data:`USER_AGENT`, configurable).

Plain functions, no Dagster; ``sleep`` is injectable so tests run with tiny delays.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field, fields
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.ingest import checks

__all__ = [
    "USER_AGENT", "FetchConfig", "Fetched", "FetchError", "HttpState", "FETCH_REASONS", "fetch", "check_url",
    "make_client", "content_type_ok", "is_transient",
    "TIMEOUT", "CONNECTION_ERROR", "HTTP_ERROR", "REDIRECT_LOOP", "TOO_MANY_REDIRECTS", "BAD_SCHEME", "BAD_URL",
    "BAD_CONTENT_TYPE",
]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("claimpack")
    except Exception:  # running from a checkout without the package installed
        return "0.1.0"


USER_AGENT = f"claimpack/{_version()} (news claims dataset builder; httpx/{httpx.__version__})"

TIMEOUT = "timeout"
CONNECTION_ERROR = "connection_error"
HTTP_ERROR = "http_error"
REDIRECT_LOOP = "redirect_loop"
TOO_MANY_REDIRECTS = "too_many_redirects"
BAD_SCHEME = "bad_scheme"
BAD_URL = "bad_url"
BAD_CONTENT_TYPE = "bad_content_type"

R = checks.Reason
FETCH_REASONS: dict[str, checks.Reason] = {r.code: r for r in [
    R(TIMEOUT, "Timed out", "The server did not connect, answer or finish sending within the configured timeouts."),
    R(CONNECTION_ERROR, "Connection failed", "The connection could not be made or broke (DNS, refused, reset, "
                                             "protocol error), also after the retries."),
    R(HTTP_ERROR, "HTTP error", "The server answered with an error status (4xx, or 5xx/429 after the retries); "
                                "the message names the status."),
    R(REDIRECT_LOOP, "Redirect loop", "The redirects lead back to a URL already visited."),
    R(TOO_MANY_REDIRECTS, "Too many redirects", "The redirect chain is longer than the configured maximum."),
    R(BAD_SCHEME, "Scheme not allowed", "The URL (or a redirect target) is not http or https (file:, ftp:, "
                                        "javascript:, data: ... are refused without any request)."),
    R(BAD_URL, "Invalid URL", "The URL cannot be parsed or has no host."),
    R(BAD_CONTENT_TYPE, "Unexpected content type", "The Content-Type is not a feed type (for feeds) or HTML (for "
                                                   "pages); the body is not read."),
    checks.REASONS[checks.TOO_LARGE],
]}

ALLOWED_SCHEMES = ("http", "https")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+json", "application/json")
PAGE_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
            "application/feed+json;q=0.8, */*;q=0.1",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
}
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchConfig:
    """Fetch settings; the defaults suit a nightly run. Times in seconds."""

    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # whole response, body included
    retries: int = 2  # extra attempts after the first, on connect errors / 5xx / 429
    backoff: float = 1.0  # first retry delay; doubles each retry
    max_backoff: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 5 * 1024 * 1024
    user_agent: str = USER_AGENT

    @classmethod
    def from_dict(cls, data: Optional[dict], **overrides) -> "FetchConfig":
        """Build from a config mapping (unknown keys raise ``ValueError``); ``overrides`` win."""
        data = dict(data or {})
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown fetch setting(s): {', '.join(unknown)}; known: {', '.join(known)}")
        values = {}
        for key, value in data.items():
            if key == "user_agent":
                if not isinstance(value, str) or not value.strip():
                    raise ValueError("fetch setting user_agent must be a non-empty string")
                values[key] = value.strip()
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"fetch setting {key} must be a non-negative number, not {value!r}")
            values[key] = int(value) if key in ("retries", "max_redirects", "max_bytes") else float(value)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass
class Fetched:
    """A successful fetch: a 200 with its body, or a 304 (``not_modified``, empty body)."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""  # media type, lower case, no parameters
    charset: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    not_modified: bool = False
    attempts: int = 1  # requests made, retries and redirects included
    redirects: list[str] = field(default_factory=list)

    @property
    def validators(self) -> dict:
        return {k: v for k, v in (("etag", self.etag), ("last_modified", self.last_modified)) if v}


class FetchError(Exception):
    """A fetch that failed for a named reason (a code in :data:`FETCH_REASONS`)."""

    def __init__(self, reason: str, message: str, url: str, status: Optional[int] = None):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.url = url
        self.status = status

    @property
    def transient(self) -> bool:
        return is_transient(self.reason, self.status)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"FetchError({self.reason!r}, {self.message!r}, url={self.url!r})"


def is_transient(reason: str, status: Optional[int] = None) -> bool:
    """Whether a failure may go away by itself (worth trying again on the next run)."""
    if reason in (TIMEOUT, CONNECTION_ERROR):
        return True
    return reason == HTTP_ERROR and status is not None and (status >= 500 or status in (408, 429))


def check_url(url: object) -> Optional[tuple[str, str]]:
    """``None`` when ``url`` is an absolute http(s) URL with a host, else ``(reason, message)``."""
    if not isinstance(url, str) or not url.strip():
        return BAD_URL, f"not a URL: {url!r}"
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return BAD_URL, f"URL cannot be parsed: {exc}"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"'{scheme}:'" if scheme else "no scheme"
        return BAD_SCHEME, f"URL scheme {shown} is not allowed (only http and https): {url[:200]}"
    try:
        host = parts.hostname
    except ValueError as exc:
        return BAD_URL, f"URL cannot be parsed: {exc}"
    if not host:
        return BAD_URL, f"URL has no host: {url[:200]}"
    if any(ch in url for ch in "\r\n\t\0 "):
        return BAD_URL, f"URL contains whitespace or control characters: {url[:200]!r}"
    return None


def content_type_ok(media_type: str, kind: str) -> bool:
    """Whether a media type (lower case, no parameters) is acceptable for ``kind`` ("feed" or "page")."""
    if kind == "page":
        return media_type in PAGE_TYPES
    if media_type in FEED_TYPES:
        return True
    main, _, sub = media_type.partition("/")
    return main in ("application", "text") and (sub.endswith("+xml") or sub in ("rss", "atom", "xml"))


def make_client(config: FetchConfig = FetchConfig()) -> httpx.Client:
    """An httpx client with the configured timeouts and User-Agent; redirects are handled by :func:`fetch`."""
    timeout = httpx.Timeout(connect=config.connect_timeout, read=config.read_timeout,
                            write=config.read_timeout, pool=config.connect_timeout)
    return httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": config.user_agent})


def _retry_after(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Retry(Exception):
    def __init__(self, reason: str, message: str, status: Optional[int] = None, after: Optional[float] = None):
        super().__init__(message)
        self.reason, self.message, self.status, self.after = reason, message, status, after


def _describe(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{exc.__class__.__name__}: {text}"[:200] if text else exc.__class__.__name__


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(checks.TOO_LARGE, f"body is over the {checks.human_size(max_bytes)} limit "
                                               "(download aborted)", url, response.status_code)
        if time.monotonic() > deadline:
            raise FetchError(TIMEOUT, "the response took longer than the total timeout", url)
        chunks.append(chunk)
    return b"".join(chunks)


def _once(client: httpx.Client, url: str, headers: dict, kind: str, config: FetchConfig,
          deadline: float) -> tuple[str, object]:
    """One request: ``("redirect", location)``, ``("done", Fetched)``; raises :class:`_Retry` / :class:`FetchError`."""
    try:
        with client.stream("GET", url, headers=headers, follow_redirects=False) as response:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(HTTP_ERROR, f"HTTP {status} redirect without a Location header", url, status)
                return "redirect", urljoin(url, location.strip())
            if status == 304:
                return "done", Fetched(url=url, final_url=url, status=304, not_modified=True,
                                       etag=response.headers.get("etag"),
                                       last_modified=response.headers.get("last-modified"))
            if status == 429 or status >= 500:
                phrase = response.reason_phrase or ""
                raise _Retry(HTTP_ERROR, f"HTTP {status} {phrase}".strip(), status,
                             _retry_after(response.headers.get("retry-after")))
            if status != 200:
                phrase = response.reason_phrase or ""
                raise FetchError(HTTP_ERROR, f"HTTP {status} {phrase}".strip(), url, status)
            raw_type = response.headers.get("content-type", "")
            media_type = raw_type.split(";")[0].strip().lower()
            if not content_type_ok(media_type, kind):
                shown = f"'{raw_type.strip()[:100]}'" if raw_type.strip() else "missing"
                wanted = "an RSS/Atom/XML feed type" if kind == "feed" else "text/html"
                raise FetchError(BAD_CONTENT_TYPE, f"Content-Type {shown}, expected {wanted}", url, status)
            length = response.headers.get("content-length", "")
            if length.strip().isdigit() and int(length) > config.max_bytes:
                raise FetchError(checks.TOO_LARGE, f"Content-Length is {checks.human_size(int(length))}, over the "
                                                   f"{checks.human_size(config.max_bytes)} limit (not downloaded)",
                                 url, status)
            body = _read_capped(response, url, config.max_bytes, deadline)
            charset = response.charset_encoding
            return "done", Fetched(url=url, final_url=url, status=200, content=body, content_type=media_type,
                                   charset=charset, etag=response.headers.get("etag"),
                                   last_modified=response.headers.get("last-modified"))
    except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise _Retry(TIMEOUT, f"connect timed out after {config.connect_timeout:g} s ({_describe(exc)})")
    except httpx.TimeoutException as exc:
        raise FetchError(TIMEOUT, f"no data for {config.read_timeout:g} s ({_describe(exc)})", url)
    except httpx.ConnectError as exc:
        raise _Retry(CONNECTION_ERROR, f"cannot connect: {_describe(exc)}")
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(BAD_URL, f"invalid URL: {_describe(exc)}", url)
    except httpx.HTTPError as exc:  # RemoteProtocolError, ReadError, DecodingError, ...
        raise FetchError(CONNECTION_ERROR, f"transfer failed: {_describe(exc)}", url)


def fetch(url: str, *, kind: str = "page", config: FetchConfig = FetchConfig(),
          client: Optional[httpx.Client] = None, validators: Optional[dict] = None,
          sleep: Callable[[float], None] = time.sleep) -> Fetched:
    """GET ``url`` (``kind`` "feed" or "page"); returns :class:`Fetched`, raises :class:`FetchError`.

    ``validators`` (``{"etag": ..., "last_modified": ...}``) make it a conditional GET. ``client`` is reused when
    given (see :func:`make_client`), otherwise one is made and closed here.
    """
    if kind not in _ACCEPT:
        raise ValueError(f"kind must be 'feed' or 'page', not {kind!r}")
    problem = check_url(url)
    if problem:
        raise FetchError(problem[0], problem[1], url if isinstance(url, str) else repr(url))
    url = url.strip()
    own_client = client is None
    if own_client:
        client = make_client(config)
    headers = {"Accept": _ACCEPT[kind], "User-Agent": config.user_agent}
    if validators and validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators and validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    deadline = time.monotonic() + config.total_timeout
    visited = [url]
    current = url
    attempts = 0
    try:
        while True:
            for attempt in range(config.retries + 1):
                attempts += 1
                try:
                    outcome, value = _once(client, current, headers, kind, config, deadline)
                    break
                except _Retry as retry:
                    if attempt >= config.retries:
                        tries = f" (after {attempt + 1} attempts)" if attempt else ""
                        raise FetchError(retry.reason, retry.message + tries, current, retry.status) from None
                    delay = min(config.max_backoff, config.backoff * (2 ** attempt))
                    if retry.after is not None:
                        delay = min(config.max_backoff, max(delay, retry.after))
                    if time.monotonic() + delay > deadline:
                        raise FetchError(retry.reason, retry.message + " (no time left to retry)", current,
                                         retry.status) from None
                    sleep(delay)
            if outcome == "done":
                result: Fetched = value  # type: ignore[assignment]
                result.url, result.final_url, result.attempts, result.redirects = url, current, attempts, visited[1:]
                return result
            target = str(value)
            problem = check_url(target)
            if problem:
                raise FetchError(problem[0], f"redirect from {current} refused: {problem[1]}", url)
            if target in visited:
                chain = " -> ".join(visited + [target])
                raise FetchError(REDIRECT_LOOP, f"redirect loop: {chain}"[:500], url)
            if len(visited) > config.max_redirects:
                raise FetchError(TOO_MANY_REDIRECTS, f"more than {config.max_redirects} redirects "
                                                     f"(last: {current} -> {target})"[:500], url)
            visited.append(target)
            current = target
    finally:
        if own_client:
            client.close()


class HttpState:
    """ETag / Last-Modified per URL, in ``<state_dir>/http_validators.json`` (written atomically by :meth:`save`)."""

    FILE = "http_validators.json"

    def __init__(self, state_dir: Path):
        self.path = Path(state_dir) / self.FILE
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries: dict[str, dict] = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            self.entries = {}

    def validators(self, url: str) -> dict:
        entry = self.entries.get(url) or {}
        return {k: entry[k] for k in ("etag", "last_modified") if isinstance(entry.get(k), str)}

    def remember(self, url: str, fetched: Fetched, checked_at: str = "") -> None:
        """Keep the validators of a 200 (a 304 keeps the old ones; a 200 without validators forgets them)."""
        if fetched.not_modified:
            if url in self.entries and checked_at:
                self.entries[url]["checked_at"] = checked_at
            return
        if fetched.validators:
            self.entries[url] = {**fetched.validators, "checked_at": checked_at}
        else:
            self.entries.pop(url, None)

    def forget(self, url: str) -> None:
        self.entries.pop(url, None)

    def save(self) -> None:
        _write_json(self.path, self.entries)


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".tmp-{path.stem}-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, sort_keys=True, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
