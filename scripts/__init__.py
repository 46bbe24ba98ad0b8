"""Tooling around a running service: a live-server helper, the live fuzz, the load script."""
