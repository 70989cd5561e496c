"""The specdrift dashboard: a multi-page Dash app over a workspace (see ``create_app``)."""

from dashboard.app import create_app

__all__ = ["create_app"]
