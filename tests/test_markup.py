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


def test_inline_tags_inside_a_figure_are_read_through_with_offsets_into_the_page():
    page = ("<html><body><p class=MsoNormal>全市地区生产总值<span lang=EN-US>2871.2</span>亿元，"
            "比上年增长<span>6.3</span>%；粮食产量<span>98.5</span>万吨。</p></body></html>")
    facts = extract(page)
    assert [(m.amount, m.currency) for m in facts.money] == [(287120000000.0, "CNY")]
    assert [float(p.value) for p in facts.percentages] == [6.3]
    assert [float(m.value) for m in facts.measures] == [985000.0]
    for fact in facts.money + facts.percentages + facts.measures:
        assert page[fact.start:fact.end] == fact.text
    assert facts.money[0].text == "2871.2</span>亿元"


def test_entities_read_as_the_characters_they_name():
    view = mask_markup("<p>主&nbsp;&nbsp;任&#65306;王明&amp;李华</p>")
    assert "".join(view.split()) == "主任：王明&李华"
    assert len(view) == len("<p>主&nbsp;&nbsp;任&#65306;王明&amp;李华</p>")


def test_a_metadata_table_gives_the_title_and_date_never_the_headline():
    page = ("<div><table><tr><td><b>主题分类：</b></td><td>交通运输</td>"
            "<td><b>成文日期：</b></td><td>2021年3月2日</td></tr>"
            "<tr><td><b>标　　题：</b></td><td>关于公布第二批示范城市名单的通知</td>"
            "<td><b>发布日期：</b></td><td>2021年3月9日</td></tr></table>"
            "<p>各省、自治区、直辖市人民政府：</p><p>现将第二批12个示范城市名单予以公布。</p>"
            "<p>主&nbsp;&nbsp;任：刘建国　　交通运输部副部长</p></div>")
    facts = extract(page)
    assert facts.document.title == "关于公布第二批示范城市名单的通知"
    assert facts.document.published_at == "2021-03-09"
    assert [o.name for o in facts.officials] == ["刘建国"]


def test_a_meta_publication_date_feeds_published_at():
    page = ('<html><head><meta name="PubDate" content="2023-07-14 09:30"><title>站点 - 新闻</title></head>'
            "<body><h1>全区新增就业岗位3000个</h1><p>记者从区人社局获悉，今年以来全区新增就业岗位3000个。</p></body></html>")
    facts = extract(page)
    assert facts.document.published_at == "2023-07-14T09:30"
    assert facts.document.title == "全区新增就业岗位3000个"


MARKDOWN = ("---\ntitle: 全市新建5G基站1200个\ndate: 2024-03-18\nviews: 350万次\n---\n"
            "# 全市新建5G基站1200个\n\n"
            "![基站建设现场](https://img.example.cn/a.jpg?w=720&quality=99%25&id=300万)\n\n"
            "今年以来，全市新建5G基站1200个，详见[市通信管理局公告](https://example.cn/n/2024/88个.html)。\n\n"
            "```\ncount = 4500个\n```\n\n原文：<https://example.cn/66%>，代码`rate=35%`不算。\n")


def test_markdown_link_targets_image_sources_code_and_front_matter_are_not_text():
    from extractor.reading.markdown import mask_markdown

    view = mask_markdown(MARKDOWN)
    assert len(view) == len(MARKDOWN)
    for hidden in ("https", "350万次", "4500个", "35%", "88个"):
        assert hidden not in view
    assert "市通信管理局公告" in view and "基站建设现场" in view
    facts = extract(MARKDOWN)
    assert [c.text for c in facts.counts] == ["1200个", "1200个"]
    assert facts.percentages == [] and facts.money == []
    assert facts.document.title == "全市新建5G基站1200个"
    assert facts.document.published_at == "2024-03-18"


def test_text_without_markdown_shapes_is_left_alone():
    from extractor.reading.markdown import mask_markdown

    text = "会议指出，要把[重点]工作抓实，网址为准。"
    assert mask_markdown(text) is text
