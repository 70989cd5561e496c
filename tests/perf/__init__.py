"""Benchmarks (``make bench``): each prints its figures as ratios against a baseline measured in
the same run. Not part of ``make test``."""
