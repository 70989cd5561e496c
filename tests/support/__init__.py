"""Helpers shared by the tests: real git repositories and real Inspect logs, built in tmp folders."""
