"""Dataset tools: LLM machine translation (:mod:`.translate`), revision columns
(:mod:`.revisions`), text statistics (:mod:`.textstats`), MT metrics (:mod:`.mteval`)
and the tokenizers they share (:mod:`.tokenize`).

Submodules import their optional dependencies (httpx, nltk, rouge-score, fugashi)
only when used; import them directly, e.g. ``from shoken.datasets.translate import
translate_file``.
"""
__all__ = ["mteval", "revisions", "textstats", "tokenize", "translate"]
