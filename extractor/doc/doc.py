"""`Doc`: one input document, built once and read by every extractor.

It holds the text as decoded (offsets index it), the view the rules read
(HTML markup or Markdown's links, code and front matter blanked
one character for one; traditional script folded to simplified, with the view
as written kept in `written`), the folded copy of that view (full-width
digits, ％ and traditional numerals folded 1:1), the body span (boilerplate is
never read) and the paragraph / sentence / clause structure. Everything derived
from the text per document lives here and nowhere else: no extractor keeps a
cache keyed on a document.

Two fields are filled by the pipeline as it goes: `quantities`, the figures
the numeric kinds' shared scan found (by unit vocabulary), and `facts`, the
facts of the kinds already extracted, for a kind that reads another's (awards
read the officials, officials skip the bylines).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..reading.decoding import looks_traditional
from ..reading.markdown import mask_markdown
from ..reading.markup import mask_markup
from ..reading.textnorm import fold, to_simplified
from . import body as body_rules
from .body import Body
from .structure import Structure


@dataclass
class Doc:
    text: str
    view: str
    folded: str
    body: Body
    format: str = "text"  # "html" (HTML/XML markup), "markdown", "record" or "text": what the view blanked
    # A text in traditional script: the view as written, while `view` itself is folded
    # to simplified 1:1 (so every kind reads simplified text); None otherwise.
    written: str | None = None
    quantities: dict[str, list[Any]] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, record_view: str | None = None) -> Doc:
        """The document of `text`; `record_view`: one record's view of it (reading.records)."""
        if record_view is not None:
            view, format = record_view, "record"
        else:
            view, format = mask_markup(text), "html"
            if view is text:
                view, format = mask_markdown(text), "markdown"
            if view is text:
                format = "text"
        # blanked markup and fields are left out of the sample that tells the script
        written = None
        if looks_traditional("".join(view[:20000].split())):
            written, view = view, to_simplified(view)
        folded = fold(view)
        return cls(text=text, view=view, folded=folded, body=body_rules.find_body_folded(folded), format=format,
                   written=written)

    def headline_end(self) -> int:
        """Where the headline line ends when the text opens with the document's headline (0 when it
        does not, or no headline was read): what is read there is the headline's, not the body's."""
        document = self.facts.get("document")
        title = getattr(document, "title", None)
        line_end = self.folded.find("\n")
        if not title or line_end <= 0 or self.view[:line_end].strip() != title:
            return 0
        return line_end

    @property
    def traditional(self) -> bool:
        return self.written is not None

    def as_written(self, phrase: str | None) -> str | None:
        """A phrase the rules read in the simplified view, as the input writes it."""
        if not phrase or self.written is None:
            return phrase
        at = self.view.find(phrase)
        return self.written[at:at + len(phrase)] if at >= 0 else phrase

    @property
    def is_markup(self) -> bool:
        return self.format == "html"

    @cached_property
    def structure(self) -> Structure:
        return Structure.of(self.folded)
