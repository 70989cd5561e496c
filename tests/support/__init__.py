"""Helpers shared by the tests: real git repositories and real Inspect logs, in tmp folders."""
