"""extract: facts from Chinese government press releases, as validated JSON.

    >>> from extractor import extract
    >>> facts = extract("市南承担的51个市级攻坚项目100%开工建设。")
    >>> facts.counts[0].value
    Decimal('51')

`extract_paths(paths)` streams the facts of files and folders, as `extract DIR` does.
"""
from __future__ import annotations

__all__ = ["extract", "extract_bytes", "extract_path", "extract_paths"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # Imported on first use, so `extract --help` or the CLI's start-up does not
    # pay for the pipeline before it needs it.
    if name == "extract_paths":
        from .batch import stream

        return stream.extract_paths
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
