# Other packages import these modules (the package re-exports nothing, so importing one
# stays cheap); tests/test_public_api.py pins the list.
__all__ = [
    "environments",
    "ingest",
    "models",
    "sample_table",
    "tables",
]
