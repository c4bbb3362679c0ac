"""Warnings a user needs: not Chinese, most of the file dropped, the body stopped early, the title capped."""
from extractor import extract

PARAGRAPH = "今年以来，全市新增城镇就业岗位1.2万个，城镇登记失业率控制在3.5%以内，完成年度目标任务。\n"


def test_english_text_is_said_not_to_be_chinese():
    text = "Premier Li Qiang said on Wednesday that countries should make the pie bigger, adding 5% growth.\n" * 3
    assert any(w.startswith("not Chinese: 0%") for w in extract(text).warnings)
    assert not any(w.startswith("not Chinese") for w in extract("标题\n" + PARAGRAPH * 3).warnings)


def test_a_body_that_ends_early_says_how_much_was_dropped():
    text = "市人社局发布就业数据\n" + PARAGRAPH + "相关阅读\n" + PARAGRAPH.replace("1.2万", "3万") * 6
    warnings = extract(text).warnings
    assert any(w.startswith("most of the file was dropped as boilerplate: ") for w in warnings)
    (early,) = [w for w in warnings if w.startswith("the body stopped early")]
    assert "6 paragraphs of prose" in early
    assert [c.text for c in extract(text).counts] == ["1.2万个"]


def test_a_full_article_has_no_reading_warning():
    text = "市人社局发布就业数据\n" + PARAGRAPH * 4 + "（责任编辑：王明）\n"
    assert extract(text).warnings == []


def test_a_one_line_file_has_its_title_capped_at_a_headline():
    facts = extract(PARAGRAPH.strip() * 20)
    assert len(facts.document.title) == 120
    assert any(w.startswith("title capped at 120 characters") for w in facts.warnings)


def test_chinese_written_late_in_the_text_is_counted():
    """The Chinese characters are counted in the sample's first half first, the second
    only when those are too few: a text whose Chinese comes late is judged on all of it."""
    english = "The quarterly report was published on the website of the bureau today. " * 6
    chinese = "全市地区生产总值增长百分之五，规模以上工业增加值稳步提高。" * 8
    assert not any(w.startswith("not Chinese") for w in extract(english + "\n" + chinese).warnings)
    few = extract(english * 3 + "\n" + chinese[:20]).warnings
    assert any(w.startswith("not Chinese: 2%") for w in few), few  # 19 of 1,063 letters, as counted whole
