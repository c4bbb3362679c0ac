"""The document model: one `Doc` per input, built once, holding the text, its
masked and folded views, the body span and the paragraph / sentence / clause
structure that every extractor reads."""
from .doc import Doc

__all__ = ["Doc"]
