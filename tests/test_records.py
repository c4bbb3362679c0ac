"""Records and feeds: one document per record or entry, text fields only, offsets into the file."""
import json

from extractor.pipeline import extract_documents

ARRAY = json.dumps([
    {"id": 1001, "url": "https://example.cn/a/3000个.html", "date": "2024-05-06",
     "title": "全县新建农村公路120公里", "content": "今年以来，全县新建农村公路120公里，\n完成投资3.5亿元。"},
    {"id": 1002, "pubDate": "2024年5月8日 10:20", "title": "夏粮收购进度过半",
     "body": "截至目前，全市已收购小麦45万吨，占预计收购量的52%。", "views": "8000人"},
], ensure_ascii=True, indent=1)


def _all(facts):
    return facts.money + facts.counts + facts.percentages + facts.measures


def test_a_json_array_gives_one_document_per_record_with_its_own_source_and_date():
    first, second = extract_documents(ARRAY.encode("utf-8"), path="news.json")
    assert (first.source.path, first.source.record, second.source.record) == ("news.json", 1, 2)
    assert first.document.title == "全县新建农村公路120公里"
    assert first.document.published_at == "2024-05-06"
    assert second.document.published_at == "2024-05-08T10:20"
    assert [m.amount for m in first.money] == [350000000]
    assert [float(m.value) for m in second.measures] == [450000.0]
    assert [float(p.value) for p in second.percentages] == [52.0]
    # nothing from ids, URLs or counters; every fact's span is the file's own text (escapes and all)
    assert all(c.text != "3000个" and c.text != "8000人" for f in (first, second) for c in f.counts)
    for facts in (first, second):
        for fact in _all(facts):
            assert ARRAY[fact.start:fact.end] == fact.text


def test_json_lines_and_a_js_module_are_records_too():
    lines = "\n".join(json.dumps({"title": f"第{n}批项目开工", "text": f"本批共开工项目{n}0个。"}, ensure_ascii=False)
                      for n in (1, 2, 3))
    found = extract_documents(lines.encode("utf-8"), path="x.jsonl")
    assert [[c.text for c in f.counts] for f in found] == [["10个"], ["20个"], ["30个"]]
    module = 'module.exports = {"title": "某市召开会议", "lines": [{"paragraph": "会议指出，全市已建成充电桩1200个。"}]};'
    (only,) = extract_documents(module.encode("utf-8"))
    assert only.source.record is None
    assert [c.text for c in only.counts] == ["1200个"]


def test_an_rss_feed_gives_one_document_per_item_dated_by_pubdate():
    feed = ("<?xml version='1.0' encoding='utf-8'?><rss><channel><title>某市政府网</title>"
            "<item><title>全市新增绿地300公顷</title><link>https://example.cn/77个</link>"
            "<pubDate>Tue, 07 May 2024 08:00:00 +0800</pubDate>"
            "<description><![CDATA[<p>今年全市新增绿地<b>300</b>公顷。</p>]]></description></item>"
            "<item><title>第二条</title><description>全市发放消费券5000万元。</description></item>"
            "</channel></rss>")
    first, second = extract_documents(feed.encode("utf-8"))
    assert first.document.title == "全市新增绿地300公顷"
    assert first.document.published_at == "2024-05-07T08:00:00"
    assert [c.text for c in first.counts] == []
    assert [feed[m.start:m.end] for m in first.measures] == [m.text for m in first.measures]
    assert len(first.measures) == 2
    assert [m.text for m in second.money] == ["5000万元"]


def test_a_file_that_is_not_json_is_read_as_text():
    (facts,) = extract_documents("{会议}决定投资3亿元。".encode())
    assert [m.text for m in facts.money] == ["3亿元"]
