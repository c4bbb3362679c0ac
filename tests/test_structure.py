"""The document model: paragraphs, sentences and clauses found once, looked up by position."""
from __future__ import annotations

from extractor.doc import Doc
from extractor.doc.structure import Structure, enumerations

TEXT = ("前三季度，全市地区生产总值增长5.2%；规模以上工业增加值增长6.1%。\n"
        "　　社会消费品零售总额、固定资产投资分别增长5%、6%！居民收入稳步提高")


def _pieces(text: str, spans) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_sentences_end_at_full_stops_and_line_breaks():
    s = Structure.of(TEXT)
    pos = TEXT.index("规模以上")
    start, end = s.sentence(pos)
    assert TEXT[start:end] == "前三季度，全市地区生产总值增长5.2%；规模以上工业增加值增长6.1%"
    last = TEXT.index("居民")
    assert TEXT[slice(*s.sentence(last))] == "居民收入稳步提高"  # no mark at the end: runs to the end


def test_clauses_split_a_sentence_into_its_chain():
    s = Structure.of(TEXT)
    start, end = s.sentence(0)
    assert _pieces(TEXT, s.clauses(start, end)) == ["前三季度", "全市地区生产总值增长5.2%", "规模以上工业增加值增长6.1%"]
    assert TEXT[slice(*s.clause(TEXT.index("6.1%")))] == "规模以上工业增加值增长6.1%"


def test_paragraphs_start_after_a_line_break():
    s = Structure.of(TEXT)
    start, end = s.paragraph(TEXT.index("固定资产"))
    assert TEXT[start:end].lstrip("　").startswith("社会消费品零售总额")
    assert s.paragraph(3) == (0, TEXT.index("\n") + 1)


def test_paragraph_indent_inside_one_line_starts_a_paragraph():
    text = "全年粮食产量稳定。　　新建高标准农田50万亩。"
    s = Structure.of(text)
    assert text[slice(*s.paragraph(text.index("新建")))] == "新建高标准农田50万亩。"


def test_enumerations_list_items_joined_by_the_enumeration_comma():
    (items,) = enumerations(TEXT, *Structure.of(TEXT).sentence(TEXT.index("社会")))
    assert _pieces(TEXT, items)[:2] == ["　　社会消费品零售总额", "固定资产投资分别增长5%"]


def test_doc_is_built_once_with_views_of_the_same_length():
    html = "<p>增长<span>１０</span>％</p>"
    doc = Doc.of(html)
    assert len(doc.view) == len(doc.folded) == len(html)
    assert doc.is_markup and "<" not in doc.view
    assert doc.folded[doc.view.index("１")] == "1"
    assert Doc.of("增长10%").is_markup is False


def test_paragraph_breaks_are_those_of_the_rule_they_replace():
    """The paragraph-break scan opens with its first character's class (fast in `re`):
    over random text of breaks, spaces and sentence marks, the same breaks as the rule
    written with a lookahead first."""
    import random
    import re

    from extractor.doc.structure import _PARAGRAPH_BREAK
    before = re.compile(r"(?=[\n \t\u3000])(?:\n+|(?<=[。！？!?”])[ \t\u3000]{2,}(?=\S))")
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice("\n \t\u3000。！”a文，") for _ in range(rng.randint(0, 40)))
        assert [m.span() for m in _PARAGRAPH_BREAK.finditer(text)] == [m.span() for m in before.finditer(text)], text
