"""The app factory: ``create_app(workspace)`` builds a multi-page Dash app over one workspace.

Pages are registered here with ``dash.register_page`` (no page folder is imported), their layouts
are functions that read the data of the app serving the request, and callbacks are registered on
this app only, so several apps over different workspaces can live in one process (as in tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dash
from dash import Dash, dcc, html

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


def create_app(workspace: Workspace, *, warm: bool = False) -> Dash:
    """A Dash app over ``workspace``; ``warm`` computes every page's data before returning."""
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
    for module in (environments, spec, failures):
        module.register_callbacks(app, data)
    if warm:
        data.warm()
    return app


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
