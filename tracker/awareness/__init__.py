"""Verbalised evaluation awareness: detected offline from reasoning, validated, and corrected.

``detector`` labels texts (lexicon pre-filter, static embeddings, logistic regression),
``validation`` measures it on a labelled set, ``correction`` turns detected shares into
Rogan-Gladen corrected ones, ``labelling`` applies it to ingested sample rows. See
docs/awareness.md.
"""

# Other packages import these modules (the package re-exports nothing, so importing one
# stays cheap); tests/test_public_api.py pins the list.
__all__ = [
    "correction",
    "detector",
    "labelling",
    "validation",
]
