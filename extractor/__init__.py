"""extract: facts from Chinese government press releases, as validated JSON.

    >>> from extractor import extract
    >>> facts = extract("市南承担的51个市级攻坚项目100%开工建设。")
    >>> facts.counts[0].value
    Decimal('51')
"""
from __future__ import annotations

from .pipeline import extract, extract_bytes, extract_path

__all__ = ["extract", "extract_bytes", "extract_path"]
__version__ = "0.1.0"
