"""Text segmentation: sections, sentences, clauses."""
from shoken.text.segment import clause_bounds, find_sections, fold, normalize, sentence_spans

__all__ = ["clause_bounds", "find_sections", "fold", "normalize", "sentence_spans"]
