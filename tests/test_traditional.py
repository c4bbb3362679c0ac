"""Traditional script: folded 1:1 to simplified for the rules, reported as written."""
from __future__ import annotations

from conftest import CORPUS, needs

from extractor import extract
from extractor.reading.textnorm import to_simplified, traditional_table

HK = ("房屋局局長何永賢指出，截至今年2月底的約兩年半間，已收回約8000個公屋單位，以金錢計算涉及約80億元。"
      "政府將增建約3萬個單位。")


def test_the_table_is_one_character_for_one():
    table = traditional_table()
    assert len(table) > 2000 and table[ord("國")] == "国" and table[ord("億")] == "亿"
    assert all(len(target) == 1 for target in table.values())
    assert to_simplified("何永賢約個") == "何永贤约个"


def test_traditional_facts_have_qualifiers_and_people_as_written():
    facts = extract(HK)
    assert [(c.text, c.qualifier) for c in facts.counts] == [("約8000個", "approx"), ("約3萬個", "approx")]
    assert [(m.text, m.qualifier, m.currency) for m in facts.money] == [("約80億元", "approx", "CNY")]
    assert [(o.name, o.title) for o in facts.officials] == [("何永賢", "房屋局局長")]
    for fact in facts.counts + facts.money:
        assert HK[fact.start:fact.end] == fact.text
    assert facts.counts[0].item == "公屋單位"


def _traditional(text: str) -> str:
    """`text` written in traditional script by the fold's own table (any traditional source of each character)."""
    inverse: dict[str, str] = {}
    for source, target in sorted(traditional_table().items()):
        inverse.setdefault(target, chr(source))
    return text.translate(str.maketrans(inverse))


def _facts(facts) -> list[tuple]:
    found = [(kind, f.start, f.end, f.qualifier) for kind in ("money", "percentages", "counts", "measures")
             for f in getattr(facts, kind)]
    return found + [("official", tuple(o.mentions)) for o in facts.officials]


@needs(CORPUS / "dev")
def test_a_dev_article_in_traditional_script_gives_the_same_facts_at_the_same_offsets():
    for name in ("2018-11-20-028.txt", "shinan-2022-11-28.txt"):
        text = (CORPUS / "dev" / name).read_text(encoding="utf-8")
        written = _traditional(text)
        assert written != text
        simplified, traditional = extract(text), extract(written)
        assert _facts(traditional) == _facts(simplified)
        assert {o.name for o in traditional.officials} == {"".join(written[o.mentions[0][0]:o.mentions[0][1]].split())
                                                           for o in traditional.officials}
