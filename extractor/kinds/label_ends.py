"""Where a label's words end, and words that name no quantity at all: adverbs and
field work left before a figure (投资继续|下降, 500亩茶叶|采收), the last word that opens
a clause inside the run of words (投产后预计实现|年销售收入), and names that are only a
verb, an adverb, a unit left over from a figure or the whole of a share (在总装机中)."""
from __future__ import annotations

from ..rules import rxcache
from .label_grammar import label_grammar as _compiled

# 在总装机中占比达到25%: the whole a share is taken of, not the part
_WHOLE_OF_A_SHARE = rxcache.compile(r"^在\p{Han}{1,12}[中里内]$")


def names_nothing(name: str) -> bool:
    """引进, 给予, 进一步, 万亩: a verb of change or of granting, an adverb or a figure's
    leftover unit alone names no quantity (出口, 销售 do)."""
    c = _compiled()
    return (name in c.verb_only or name in c.grants or name in c.trailing_adverbs
            or c.leftover_unit.match(name) is not None or c.linking.fullmatch(name) is not None
            or _WHOLE_OF_A_SHARE.match(name) is not None)


def without_trailing_adverbs(folded: str, start: int, end: int) -> int:
    """The end of a name before the adverbs left at its end (投资继续|, 纯度能|)."""
    c = _compiled()
    while end - start > 2:
        name = folded[start:end]
        adverb = next((a for a in c.trailing_adverbs if name.endswith(a) and len(name) - len(a) >= 2), None)
        if adverb is None or name.endswith(c.trailing_adverb_words):
            return end
        end -= len(adverb)
    return end


def after_last_boundary(folded: str, lo: int, hi: int) -> int:
    """Past the last word that opens a clause inside the name's run (投产后预计实现|年销售收入),
    not one standing inside a word (人均可支配收入), nor a holder's word ending the run."""
    c = _compiled()
    words = [w.span() for w in c.boundary_inside.finditer(folded, max(0, lo - 3), hi + 3)]
    cuts = [m for m in c.boundary.finditer(folded, lo, hi)
            if not any(s <= m.start() and m.end() <= e for s, e in words)]
    if cuts and cuts[-1].end() == hi and cuts[-1].group() in c.subjects:
        cuts.pop()  # 其中援建项目25个: a holder's word ending the name is the name
    return cuts[-1].end() if cuts else lo
