"""The specdrift dashboard: a multi-page Dash app over a workspace (see ``create_app``)."""

from dashboard.app import create_app

# create_app, and the module the CLI checks --host with; tests/test_public_api.py pins them.
__all__ = ["binding", "create_app"]
