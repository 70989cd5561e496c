"""Edge: the spec's git history as parsed versions (git, through tracker.history.git, and files)."""

from tracker.history._links import SpecSymlinkWarning
from tracker.history._parsing import SpecEncodingWarning
from tracker.history.reader import read_spec_at, read_spec_versions
from tracker.history.repository import ensure_spec_repo, export_spec_repo

# Names and the modules other packages import directly; tests/test_public_api.py pins them.
__all__ = [
    "SpecEncodingWarning",
    "SpecSymlinkWarning",
    "ensure_spec_repo",
    "export_spec_repo",
    "git",
    "importer",
    "read_spec_at",
    "read_spec_versions",
    "reader",
    "repository",
    "review_range",
]
