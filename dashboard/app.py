"""The app factory: ``create_app(workspace)`` builds a multi-page Dash app over one workspace.

Pages are registered here with ``dash.register_page`` (no page folder is imported), their layouts
are functions that read the data of the app serving the request, and callbacks are registered on
this app only, so several apps over different workspaces can live in one process (as in tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dash
import flask
from dash import Dash, dcc, html

from dashboard.binding import accepted_hosts, host_refusal, write_refusal
from dashboard.data import CONFIG_KEY, DashboardData
from dashboard.pages import clause, env_detail, environments, failures, overview, spec
from tracker.workspace import Workspace

ASSETS = Path(__file__).parent / "assets"
NAV = (
    ("Overview", "/"),
    ("Environments", "/environments"),
    ("Spec", "/spec"),
    ("Failures and links", "/failures"),
)


def create_app(workspace: Workspace, *, warm: bool = False, host: str | None = None) -> Dash:
    """A Dash app over ``workspace``; ``warm`` computes every page's data before returning.

    The app answers requests addressed to the address its server is bound to (see ``_guard``);
    ``host``, the name it is started with (``--host``), is accepted too, since the bound
    address of a name is the address it resolved to.
    """
    data = DashboardData(workspace)
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",
        assets_folder=str(ASSETS),
        serve_locally=True,
        suppress_callback_exceptions=True,
        title="specdrift",
        update_title="",
    )
    app.server.config[CONFIG_KEY] = data
    _register_pages()
    app.layout = shell
    for module in (overview, environments, spec, failures):
        module.register_callbacks(app, data)
    _guard(app, host)
    if warm:
        data.warm()
    return app


# The Content-Security-Policy of every response. Nothing is fetched from anywhere but this
# server: not spec images (they render as alt text, see dashboard.markdown; img-src is the
# backstop), not fonts, not Dash's or Plotly's scripts (serve_locally). Measured in Chromium
# over every page with Dash 4.4 and Plotly 7.1 (tests/dashboard/test_browser.py fails on any
# console error, which is where violations are reported):
# - script-src: our own files plus Dash's two inline scripts by hash (the clientside function
#   that sets the page title, and ``new DashRenderer()``); no 'unsafe-inline', no 'unsafe-eval'.
#   The _dash-config block is type=application/json, which CSP does not treat as a script.
# - style-src 'unsafe-inline': Dash's renderer, Plotly and DataTable write <style> elements at
#   run time, DataTable's from each table's own style props, so no fixed list of hashes covers
#   them (measured: eight different hashes on the first page alone). Inline CSS cannot fetch
#   anything here - url() in it obeys img-src and font-src - and untrusted text never becomes
#   markup, so this is the one relaxation.
# - img-src blob:: no page needs it to render, but Plotly's "Download plot as a PNG" draws the
#   chart through a blob: image made in the page (refused under img-src 'self', measured). No
#   data: images are needed (every page and that download are clean without them).
# - connect-src 'self': Dash's layout, dependency and callback requests.
# - frame-ancestors 'none': no other site can frame the page to click Confirm for the user.
POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # A link the reader follows out of the dashboard does not tell that site where it was.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _guard(app: Dash, host: str | None) -> None:
    """Refuse requests for another host (DNS rebinding) and cross-site writes; set the policy.

    The bound address comes from the WSGI environ that Werkzeug's server fills in from its
    listening socket (SERVER_NAME, SERVER_PORT), so it is the address actually bound, also when a
    test asks for port 0.
    """
    server: flask.Flask = app.server
    hashes: list[str] = []

    @server.before_request
    def _refuse_foreign() -> flask.Response | None:
        environ = flask.request.environ
        port = int(environ["SERVER_PORT"])
        accepted = accepted_hosts(str(environ["SERVER_NAME"]), port)
        if host is not None:
            accepted |= accepted_hosts(host, port)
        asked = flask.request.headers.get("Host", "")
        reason = host_refusal(asked, accepted) or write_refusal(
            flask.request.method,
            asked,
            flask.request.headers.get("Origin"),
            flask.request.headers.get("Sec-Fetch-Site"),
        )
        if reason is None:
            return None
        return flask.Response(reason + "\n", status=403, mimetype="text/plain")

    @server.after_request
    def _headers(response: flask.Response) -> flask.Response:
        if not hashes:
            # Dash knows its inline scripts once its first request has set the server up
            # (its own before_request hook, which runs before ours).
            hashes[:] = app.csp_hashes()
        policy = {**POLICY, "script-src": [*POLICY["script-src"], *hashes]}
        response.headers["Content-Security-Policy"] = "; ".join(
            f"{name} {' '.join(values)}" for name, values in policy.items()
        )
        response.headers.update(SECURITY_HEADERS)
        return response


# Dash leaves register_page unannotated; this is its documented signature for our uses.
register_page: Callable[..., None] = dash.register_page


def _register_pages() -> None:
    # The page registry is Dash's (process-wide); entries hold only functions, no data.
    register_page(
        "specdrift.overview",
        path=overview.PATH,
        name="Overview",
        title="Overview · specdrift",
        layout=overview.layout,
        order=0,
    )
    register_page(
        "specdrift.environments",
        path=environments.PATH,
        name="Environments",
        title="Environments · specdrift",
        layout=environments.layout,
        order=1,
    )
    register_page(
        "specdrift.spec",
        path=spec.PATH,
        name="Spec",
        title="Spec · specdrift",
        layout=spec.layout,
        order=2,
    )
    register_page(
        "specdrift.failures",
        path=failures.PATH,
        name="Failures and links",
        title="Failures · specdrift",
        layout=failures.layout,
        order=3,
    )
    register_page(
        "specdrift.env",
        path_template=env_detail.PATH_TEMPLATE,
        name="Environment",
        title=env_detail.title,
        layout=env_detail.layout,
        order=4,
    )
    register_page(
        "specdrift.clause",
        path_template=clause.PATH_TEMPLATE,
        name="Clause",
        title="Clause · specdrift",
        layout=clause.layout,
        order=5,
    )


def shell() -> html.Div:
    """The frame around every page: the navigation bar and the page container."""
    return html.Div(
        [
            html.Header(
                [
                    dcc.Link(
                        [
                            html.Span("spec", className="brand-a"),
                            html.Span("drift", className="brand-b"),
                        ],
                        href="/",
                        className="brand",
                    ),
                    html.Nav(
                        [
                            dcc.Link(
                                label,
                                href=href,
                                className="nav-link",
                                id=f"nav-{href.strip('/') or 'overview'}",
                            )
                            for label, href in NAV
                        ]
                    ),
                ],
                className="topbar",
            ),
            html.Main(dash.page_container, className="content"),
        ]
    )
