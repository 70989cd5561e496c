"""The dashboard's pages. Each module has ``render(data, ...)`` (the layout, unit-testable),
``layout(**url_variables)`` (what Dash's router calls) and, when it has callbacks,
``register_callbacks(app, data)`` wiring plain functions that tests call directly."""
