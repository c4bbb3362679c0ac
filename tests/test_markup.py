"""HTML and XML inputs: facts from the visible text, offsets into the file as decoded."""
from extractor import extract
from extractor.reading.markup import mask_markup

PAGE = ("<!DOCTYPE html><html><head><title>站点</title><style>.a{width:100px}</style></head>"
        "<body><h1>苏州高新区投资１２０亿开展２０个重点项目</h1>"
        "<p data-id=\"3个\">实际利用外资4.75亿美元，同比增长39.43%&nbsp;。</p>"
        "<script>var total = '800亿元';</script></body></html>")


def test_view_has_the_same_length_and_no_markup():
    view = mask_markup(PAGE)
    assert len(view) == len(PAGE)
    assert "<" not in view and "nbsp" not in view and "800亿元" not in view


def test_facts_come_from_visible_text_with_offsets_into_the_input():
    facts = extract(PAGE)
    assert facts.document.title == "苏州高新区投资１２０亿开展２０个重点项目"
    assert [m.text for m in facts.money] == ["１２０亿", "4.75亿美元"]
    assert [c.text for c in facts.counts] == ["２０个"]  # not the 3个 inside an attribute
    for fact in facts.money + facts.counts + facts.percentages:
        assert PAGE[fact.start:fact.end] == fact.text


def test_plain_text_is_left_alone():
    text = "投资3亿元，<备注>。"
    assert mask_markup(text) is text
