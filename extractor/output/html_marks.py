"""A document's text as HTML with one element per fact, overlaps included.

Each mark (a numeric fact, or one mention of an official or award) becomes one
`<mark>` carrying `data-kind`, `data-start` and `data-end`, whose text is exactly
`text[start:end]`. Marks that overlap are laid out as a tree:

- a mark inside another (same span included) is nested in it;
- two marks that cross (A starts first, B starts inside A and ends after it) cannot
  both be one element of a tree, so B is split where A ends: its first piece, inside
  A, carries B's data-kind/start/end and `data-pieces`; the rest follows A as a
  `<mark class="… cont" data-of="ID">` without data-kind, so counting `[data-kind]`
  still counts facts. B's text is its first piece's text followed by its
  continuations' (the pool's 142,000 marks have 22 crossings, all a name misread
  across a neighbour's character).

Text is HTML-escaped; a carriage return is written `&#13;`, since a browser reads a
raw one as a line feed (HTML's newline normalisation) and offsets would drift.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from html import escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    tip: str  # the tooltip: what the fact says, one field a line
    record: int | None = None  # which record of a file of several


@dataclass
class _Piece:
    start: int
    end: int
    mark: int  # index into the marks; -1 for the whole text
    first: bool  # the mark's first piece, which carries its data-kind
    children: list[_Piece] = field(default_factory=list)


def _tree(marks: list[Mark], length: int) -> tuple[_Piece, list[int]]:
    """The marks nested by span, a crossing mark split where the mark it crosses
    ends; and how many pieces each mark became (1 unless split)."""
    root = _Piece(0, length, -1, False)
    pieces = [0] * len(marks)
    queue = [(m.start, -m.end, i) for i, m in enumerate(marks)]
    heapq.heapify(queue)  # by start, the longer first, then in the order given
    open_pieces = [root]
    while queue:
        start, negative_end, index = heapq.heappop(queue)
        end = -negative_end
        while len(open_pieces) > 1 and open_pieces[-1].end <= start:
            open_pieces.pop()
        parent = open_pieces[-1]
        if end > parent.end:  # crosses the parent: the rest comes after it
            heapq.heappush(queue, (parent.end, -end, index))
            end = parent.end
        piece = _Piece(start, end, index, pieces[index] == 0)
        pieces[index] += 1
        parent.children.append(piece)
        open_pieces.append(piece)
    return root, pieces


def _escaped(text: str) -> str:
    return escape(text, quote=False).replace("\r", "&#13;")


def _open_tag(piece: _Piece, mark: Mark, mark_id: str, pieces: int) -> str:
    record = f' data-record="{mark.record}"' if mark.record is not None else ""
    title = escape(mark.tip, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")
    if piece.first:
        split = f' data-pieces="{pieces}"' if pieces > 1 else ""
        return (f'<mark id="{mark_id}" class="k-{mark.kind}" data-kind="{mark.kind}" data-start="{mark.start}"'
                f' data-end="{mark.end}"{split}{record} title="{title}">')
    return f'<mark class="k-{mark.kind} cont" data-of="{mark_id}"{record} title="{title}">'


def marked_html(text: str, marks: list[Mark], id_prefix: str) -> str:
    """`text` escaped, with every mark an element; mark i has id `{id_prefix}{i}`."""
    for mark in marks:  # a span outside the text would never close
        if not 0 <= mark.start <= mark.end <= len(text):
            raise ValueError(f"span [{mark.start}, {mark.end}) outside a text of {len(text)} characters")
    root, pieces = _tree(marks, len(text))
    out: list[str] = []
    # An explicit stack of (piece, next child, position): nesting is shallow, but
    # nothing here should depend on the recursion limit.
    stack = [(root, 0, root.start)]
    while stack:
        piece, child_index, position = stack.pop()
        if child_index < len(piece.children):
            child = piece.children[child_index]
            out.append(_escaped(text[position:child.start]))
            out.append(_open_tag(child, marks[child.mark], f"{id_prefix}{child.mark}",
                                 pieces[child.mark]))
            stack.append((piece, child_index + 1, child.end))
            stack.append((child, 0, child.start))
            continue
        out.append(_escaped(text[position:piece.end]))
        if piece is not root:
            out.append("</mark>")
    return "".join(out)
