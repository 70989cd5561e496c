"""The server's own defences, over real HTTP to a real server: Host check (DNS rebinding),
same-origin writes, and the Content-Security-Policy on every response."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from dashboard import create_app
from dashboard.data import DashboardData
from dashboard.pages import failures
from tests.dashboard.serving import serve
from tracker.workspace import open_workspace

EVIL = "http://evil.example"


def _request(
    base: str,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One raw request; ``headers`` may forge Host (http.client sends ours unless told)."""
    parts = urlsplit(base)
    assert parts.hostname
    assert parts.port
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        given = dict(headers or {})
        connection.putrequest(method, path, skip_host="Host" in given)
        for name, value in given.items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        reply = connection.getresponse()
        return reply.status, {k.lower(): v for k, v in reply.getheaders()}, reply.read()
    finally:
        connection.close()


@pytest.fixture
def served(writable_demo: Path) -> Iterator[tuple[str, Any]]:
    app = create_app(open_workspace(writable_demo), warm=True)
    with serve(app.server) as url:
        yield url, app


def test_forged_host_is_refused(served: tuple[str, Any]) -> None:
    url, _ = served
    port = urlsplit(url).port
    for forged in ("evil.example", f"evil.example:{port}", "127.0.0.1:1", "127.0.0.1"):
        status, _, body = _request(url, "GET", "/", {"Host": forged})
        assert status == 403, forged
        assert b"Host" in body
    # A rebinding page that fetches its own origin is refused for the API too.
    status, _, _ = _request(url, "GET", "/_dash-layout", {"Host": f"evil.example:{port}"})
    assert status == 403
    # The bound host, and the other names of the loopback interface it is on, are served.
    for good in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
        status, _, body = _request(url, "GET", "/", {"Host": good})
        assert status == 200, good
        assert b"<title>specdrift</title>" in body


def _decision_payload(app: Any, data: DashboardData) -> bytes:
    """The callback request the Confirm button sends, for the first link under review."""
    (output,) = [key for key in app.callback_map if "failures-message.children" in key]
    key = failures.review_options(data)[0]["value"]
    return json.dumps(
        {
            "output": output,
            "outputs": [
                {"id": "failures-message", "property": "children"},
                {"id": "failures-table", "property": "data"},
                {"id": "failures-link", "property": "options"},
                {"id": "failures-link", "property": "value"},
                {"id": "failures-counts", "property": "children"},
            ],
            "inputs": [
                {"id": "failures-confirm", "property": "n_clicks", "value": 1},
                {"id": "failures-reject", "property": "n_clicks", "value": None},
            ],
            "state": [
                {"id": "failures-link", "property": "value", "value": key},
                {"id": "failures-note", "property": "value", "value": "forged"},
            ],
            "changedPropIds": ["failures-confirm.n_clicks"],
        }
    ).encode()


def test_cross_site_write_is_refused(served: tuple[str, Any]) -> None:
    url, app = served
    data = app.server.config["SPECDRIFT_DASHBOARD_DATA"]
    links_file = data.workspace.links_file
    before = links_file.read_bytes()
    payload = _decision_payload(app, data)
    json_type = {"Content-Type": "application/json"}
    for headers in (
        {"Origin": EVIL},
        {"Origin": "null"},
        {"Origin": url.replace("127.0.0.1", "localhost")},  # same site, another origin
        {"Origin": f"http://127.0.0.1:{urlsplit(url).port + 1}"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": url, "Sec-Fetch-Site": "cross-site"},
    ):
        status, _, body = _request(
            url, "POST", "/_dash-update-component", {**json_type, **headers}, payload
        )
        assert status == 403, headers
        assert b"same-origin" in body
    assert links_file.read_bytes() == before
    # The same request from the page's own origin is the browser's normal flow: it writes.
    status, _, body = _request(
        url,
        "POST",
        "/_dash-update-component",
        {**json_type, "Origin": url, "Sec-Fetch-Site": "same-origin"},
        payload,
    )
    assert status == 200, body
    assert "confirmed" in json.loads(body)["response"]["failures-message"]["children"]
    assert links_file.read_bytes() != before
    assert "forged" in links_file.read_text(encoding="utf-8")


def test_every_response_carries_the_policy(served: tuple[str, Any]) -> None:
    url, _ = served
    port = urlsplit(url).port
    for method, path, headers in (
        ("GET", "/", {}),
        ("GET", "/clause/AS4", {}),
        ("GET", "/_dash-layout", {}),
        ("GET", "/_dash-dependencies", {}),
        ("GET", "/assets/style.css", {}),
        ("GET", "/no-such-file.png", {}),
        ("GET", "/", {"Host": f"evil.example:{port}"}),
        ("POST", "/_dash-update-component", {"Origin": EVIL}),
    ):
        _, reply_headers, _ = _request(
            url, method, path, headers, b"" if method == "POST" else None
        )
        policy = reply_headers.get("content-security-policy", "")
        directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
        assert directives.get("default-src") == ["'none'"], (path, policy)
        assert directives["img-src"] == ["'self'", "blob:"]
        assert directives["connect-src"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"]
        # Scripts: our own files and Dash's inline scripts by hash, never eval or any inline.
        assert directives["script-src"][0] == "'self'"
        assert all(s.startswith("'sha256-") for s in directives["script-src"][1:])
        assert "http" not in policy
        assert reply_headers.get("x-content-type-options") == "nosniff"
        assert reply_headers.get("referrer-policy") == "no-referrer"


def test_page_refers_to_no_remote_resource(served: tuple[str, Any]) -> None:
    url, _ = served
    _, _, body = _request(url, "GET", "/")
    page = body.decode()
    for tag in ("<script src=", '<link rel="stylesheet" href='):
        for piece in page.split(tag)[1:]:
            assert piece.startswith('"/'), piece[:80]
