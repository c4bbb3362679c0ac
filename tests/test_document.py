"""Document metadata and the body boundary, on real text snippets and the dev corpus.

Snippets are cut from real releases (the seed, gov.cn, 新华社, 新快报, 北京晨报,
阳光易购 reprints); the corpus tests compare with the hand-made gold.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS, needs

from extractor.doc.body import find_body
from extractor.kinds.document import extract_document
from extractor.output.models import DocumentInfo
from extractor.reading.decoding import decode

DEV = CORPUS / "dev"
FIELDS = ("title", "published_at", "outlet", "dateline")


def doc(text: str) -> DocumentInfo:
    return extract_document(text, find_body(text))


def pairs(info: DocumentInfo) -> set[tuple[str, str]]:
    return {(b.name, b.role) for b in info.bylines}


SEED = (
    "青岛市市南区:以奔跑之姿再创辉煌\n\n"
    "2022/11/28 16:10:42   来源:中国山东网    \n\n"
    "  中国山东网-感知山东11月28日讯 战鼓声声催奋进,旌旗猎猎踏征程。11月17日,市南区第三期“摘星夺旗”局长书记擂台“战果”出炉。\n\n"
    "  须臾耽搁不得,片刻停歇不得。接棒奔跑、拼搏赶超,实现新跨越,再创新辉煌。(王一婷 刘畅)\n\n"
    "编辑:杨广科\u00a0\u00a0\u00a0\u00a0责任编辑:温伟伟\n\n相关阅读\n\n免责声明\n\n"
    "2、本网注明“来源:×××(非中国山东网)”的信息,均转载自其它媒体。\n"
)


def test_seed_header_fields() -> None:
    info = doc(SEED)
    assert (info.title, info.published_at, info.outlet, info.dateline) == (
        "青岛市市南区:以奔跑之姿再创辉煌", "2022-11-28T16:10:42", "中国山东网", "2022-11-28")


def test_seed_bylines_closing_bracket_and_editor_line() -> None:
    assert pairs(doc(SEED)) == {("王一婷", "reporter"), ("刘畅", "reporter"),
                                ("杨广科", "editor"), ("温伟伟", "chief_editor")}


def test_seed_body_stops_before_editor_line_and_disclaimer() -> None:
    body = find_body(SEED)
    assert SEED[body.start:body.end].rstrip().endswith("(王一婷 刘畅)")
    assert body.contains(0, len("青岛市市南区"))  # the headline is in the body


def test_inline_credit_glued_to_a_subheading() -> None:
    text = ("广州将推绿化管理条例　施工致树死亡最高罚５０万\n"
            "广州下月起实施新绿化管理条例新快报讯　记者　罗琼　实习生　葛晶　通讯员　王玮　报道　"
            "施工不当损伤树木，即罚２万－１０万元，若是损害古树名木，最高可罚５０万！\n")
    info = doc(text)
    assert info.title == "广州将推绿化管理条例　施工致树死亡最高罚５０万"  # as written, not folded
    assert info.outlet == "新快报" and info.published_at is None and info.dateline is None
    assert pairs(info) == {("罗琼", "reporter"), ("葛晶", "reporter"), ("王玮", "correspondent")}


def test_benbao_is_not_an_outlet_and_bracket_names_are_reporters() -> None:
    text = ("北京拟拨款３亿明年为１１种大病患者提供二次报销\n"
            "１１种大病明年有望获二次报销本报讯（记者赵鹏　文静）市人社局负责人昨天在党代会分团讨论时透露，明年将拿出约３亿元。\n")
    info = doc(text)
    assert info.outlet is None
    assert pairs(info) == {("赵鹏", "reporter"), ("文静", "reporter")}


def test_agency_credit_glued_to_flattened_headline() -> None:
    text = ("丁薛祥在山东和河北调研时强调：确保“十四五”规划圆满收官\n"
            "                2025-11-22 22:11\n                来源： \n                    新华社\n"
            "                字号：默认\n"
            "                丁薛祥在山东和河北调研时强调确保“十四五”规划圆满收官新华社石家庄11月22日电（记者齐中熙）"
            "11月20日至22日，丁薛祥在山东、河北调研。这是11月20日，丁薛祥来到济南。新华社记者 刘卫兵 摄丁薛祥前往济南二机床集团调研。\n"
            "            \n                【我要纠错】责任编辑：沙鹏程\n            \n                相关稿件\n")
    info = doc(text)
    assert (info.published_at, info.outlet, info.dateline) == ("2025-11-22T22:11", "新华社", "2025-11-22")
    assert pairs(info) == {("齐中熙", "reporter"), ("刘卫兵", "photographer"), ("沙鹏程", "chief_editor")}
    assert "沙鹏程" not in text[: find_body(text).end]


def test_notice_title_wraps_and_is_dated_at_its_foot() -> None:
    text = ("国务院办公厅关于调整\n国家教材委员会组成人员的通知\n国办发〔2018〕109号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "根据机构设置、人员变动情况和工作需要，国务院决定对国家教材委员会组成人员进行调整。\n"
            "国务院办公厅\n2018年11月20日\n（此件公开发布）\n")
    info = doc(text)
    assert info.title == "国务院办公厅关于调整国家教材委员会组成人员的通知"
    assert info.published_at == "2018-11-20" and info.dateline is None


def test_a_complete_first_line_is_not_joined() -> None:
    text = "加快重点产业实施意见\n中共柳河县委 柳河县人民政府\n(2023年2月8日)\n为抢抓国家新一轮东北振兴战略机遇，制定如下实施意见。\n"
    info = doc(text)
    assert info.title == "加快重点产业实施意见" and info.published_at == "2023-02-08"


def test_dateline_takes_the_year_of_published_at_or_its_own() -> None:
    labelled = "湖北荆州水利建设6大工程力争引资160亿\n发布时间：2011-03-25\n发布人：-\n3月16日，市委常委杨俊苹到江陵县，查看了部分水利建设基础工程。\n"
    assert (doc(labelled).published_at, doc(labelled).dateline) == ("2011-03-25", "2011-03-16")
    own_year = "副县长带队考察供排水项目\n2018-03-07\n2017年5月17日，县政府副县长率队前往兴文县考察学习。\n"
    assert doc(own_year).dateline == "2017-05-17"
    no_year = "新疆召开促进民营经济高质量发展工作会\n11月17日，新疆维吾尔自治区召开促进民营经济高质量发展工作会，部署相关工作。\n"
    assert doc(no_year).dateline is None  # a month and day with no year to give it


def test_cctv_credit_and_no_dateline_for_a_relative_day() -> None:
    text = "全国脱贫攻坚总结表彰大会在京隆重举行\n央视网消息（新闻联播）：全国脱贫攻坚总结表彰大会25日上午在北京人民大会堂隆重举行，气氛隆重热烈。\n"
    info = doc(text)
    assert info.outlet == "央视网" and info.dateline is None and info.published_at is None


def test_closing_credits_block() -> None:
    text = ("习近平总书记关切事丨琼州海港御长风\n"
            "碧海环抱的海南，经济发展与对外开放的水平，始终同港口的繁荣息息相关。\u2003\u2003"
            "2025年10月7日拍摄的海口新海港。新华社记者张丽芸 摄\u2003\u2003潮涌海阔，千帆竞发。"
            "\u2003\u2003领衔记者：陈良杰\u2003\u2003文字记者：吴茂辉、王存福\u2003\u2003策划：张晓松"
            "\u2003\u2003主编：姜潇\u2003\u2003统筹：周文林、白纯\u2003\u2003海报制作：栾若卉"
            "\u2003\u2003新华社国内部出品 【纠错】    【责任编辑:刘阳】    阅读下一篇：\n")
    info = doc(text)
    assert info.outlet == "新华社"  # from the 出品 credit, not the photographer's employer
    assert pairs(info) == {("张丽芸", "photographer"), ("陈良杰", "reporter"), ("吴茂辉", "reporter"),
                           ("王存福", "reporter"), ("姜潇", "chief_editor"), ("刘阳", "chief_editor")}
    assert "领衔记者" not in text[: find_body(text).end]


def test_prose_mentions_of_reporters_are_not_bylines() -> None:
    text = ("湖北荆州水利建设6大工程力争引资160亿\n"
            "记者获悉，为落实中央1号文件精神，荆州市将尽力争取资金。来看记者的一线调研，"
            "记者从水利部了解到，2025年10月7日拍摄的照片显示工程进展顺利。文字记者：新华社记者\n")
    assert doc(text).bylines == []


def test_role_after_an_outlet_name_and_after_a_pipe() -> None:
    text = ("市区新增三座口袋公园\n湖南日报记者 周晓燕 湖南日报编辑 贺然\n"
            "记者｜钟一鸣 通讯员|黎红\n今年以来，全市新建口袋公园三座。\n")
    assert pairs(doc(text)) == {("周晓燕", "reporter"), ("贺然", "editor"),
                                ("钟一鸣", "reporter"), ("黎红", "correspondent")}


def test_a_reporter_credited_for_a_photo_is_its_photographer_only() -> None:
    text = "春耕忙\n田间地头一派繁忙景象。本报记者 汪晓峰 摄\n"
    assert pairs(doc(text)) == {("汪晓峰", "photographer")}


def test_a_dateline_lead_credits_its_reporters() -> None:
    # People's Daily: the role word and the names closed by 报道, two outlets' credits joined by 、
    text = "春耕忙\n本报长沙3月2日讯记者周晓燕、龙文泉报道：今年全省春耕进度快于往年。\n"
    assert pairs(doc(text)) == {("周晓燕", "reporter"), ("龙文泉", "reporter")}
    text = "春耕忙\n本报长沙3月2日讯新华社记者周晓燕、本报记者龙文泉报道：春耕进度快于往年。\n"
    assert pairs(doc(text)) == {("周晓燕", "reporter"), ("龙文泉", "reporter")}
    # Xinhua: the reporters' names in brackets right after the dateline
    text = "春耕忙\n新华社长沙3月2日电（周晓燕、龙文泉）今年全省春耕进度快于往年。\n"
    assert pairs(doc(text)) == {("周晓燕", "reporter"), ("龙文泉", "reporter")}
    # 报道 after a reporter who names no one, or in prose, credits no one
    text = "春耕忙\n据记者报道，全省春耕进度快于往年。记者从农业厅获悉，媒体对此作了报道。\n"
    assert doc(text).bylines == []


def test_a_credit_closed_by_its_reporting_word_vouches_for_every_name_in_it() -> None:
    # a reporter whose surname no list holds, after a first name that has one: the role word,
    # that name and the closing 报道 make the credit a list of names
    text = "麦收忙\n本报郑州6月2日电记者王海涛、禚大伟报道：今年全省麦收进度快于往年。\n"
    assert pairs(doc(text)) == {("王海涛", "reporter"), ("禚大伟", "reporter")}
    # the first name still needs a surname: 近日 is no reporter
    text = "麦收忙\n本报郑州6月2日电记者近日报道：今年全省麦收进度快于往年。\n"
    assert doc(text).bylines == []


def test_an_outlet_word_in_prose_opens_no_byline() -> None:
    text = "春耕忙\n据省报记者获悉，今年全省春耕进度快于往年。电视台记者 采访了种粮大户。\n"
    assert doc(text).bylines == []


def test_empty_and_one_line_inputs() -> None:
    assert doc("") == DocumentInfo()
    assert doc("国内联播快讯").title == "国内联播快讯"


def test_footer_link_line_is_trimmed_from_the_body() -> None:
    text = "标题\n发布时间：2011-03-25\n工程改建9.37万平方米，拆除18.244万平方米，总投资1.16亿元。\n百佳诚信投标企业；http://www.paihang360.com/zt/cxcompany.jsp\n"
    assert text[: find_body(text).end].rstrip().endswith("总投资1.16亿元。")


def _dev_cases() -> list:
    if not DEV.is_dir():
        return [pytest.param(DEV, id="no-corpus", marks=needs(DEV))]
    return [pytest.param(p, id=p.name[: -len(".gold.json")]) for p in sorted(DEV.glob("*.gold.json"))]


def _run(gold_path: Path) -> tuple[dict, dict]:
    text, _ = decode(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes())
    return json.loads(gold_path.read_text("utf-8")), doc(text).model_dump()


@pytest.mark.parametrize("gold_path", _dev_cases())
def test_dev_corpus_document_fields(gold_path: Path) -> None:
    gold, got = _run(gold_path)
    assert {f: got[f] for f in FIELDS} == {f: gold["document"][f] for f in FIELDS}


def test_dev_corpus_byline_f1(dev_dir: Path) -> None:
    tp = fp = fn = 0
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold, got = _run(gold_path)
        want = {(b["name"], b["role"]) for b in gold["document"]["bylines"]}
        have = {(b["name"], b["role"]) for b in got["bylines"]}
        tp, fp, fn = tp + len(want & have), fp + len(have - want), fn + len(want - have)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.90, f"bylines F1 {f1:.3f} (tp={tp} fp={fp} fn={fn})"


@pytest.mark.parametrize("gold_path", _dev_cases())
def test_dev_corpus_gold_facts_lie_in_the_body(gold_path: Path) -> None:
    text, _ = decode(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes())
    gold = json.loads(gold_path.read_text("utf-8"))
    body = find_body(text)
    spans = [(f["start"], f["end"]) for kind in ("counts", "percentages", "money", "measures")
             for f in gold[kind]]
    spans += [tuple(m) for kind in ("officials", "awards") for f in gold[kind] for m in f["mentions"]]
    assert [text[s:e] for s, e in spans if not body.contains(s, e)] == []


def test_traditional_script_radio_credit() -> None:
    # TDM (Macau) item, as in corpus/odd/005.xml
    text = ("國務院全體會議任命岑浩輝為澳門第六任行政長官\n"
            "(澳門電台消息) 國務院總理李強 10月 25日主持召開國務院第六次全體會議，決定任命岑浩輝為澳門特別行政區第六任行政長官。\n")
    info = doc(text)
    assert info.outlet == "澳門電台" and info.dateline is None and info.bylines == []


def test_notice_signed_above_its_attachment():
    from extractor import extract

    text = ("国务院办公厅关于表扬典型经验做法的通报\n各省人民政府：\n现予以通报表扬。\n"
            "国务院办公厅\n2018年11月19日\n（此件公开发布）\n附件\n典型经验做法\n1.北京市推进改革。\n2.天津市推进改革。\n"
            "3.河北省推进改革。\n4.山西省推进改革。\n5.内蒙古推进改革。\n")
    assert extract(text).document.published_at == "2018-11-19"


def test_words_and_pictures_credits_by_their_label() -> None:
    text = "全市召开安全生产会议\n\n日前，全市召开安全生产会议。\n\n文字：何立群 图片：沈佳怡\n"
    assert pairs(doc(text)) == {("何立群", "reporter"), ("沈佳怡", "photographer")}
    # without a colon the words are prose
    assert pairs(doc("标题\n\n文字是人类的伟大发明，图片很清晰。\n")) == set()


def test_a_text_and_pictures_credit_names_one_person_in_both_roles() -> None:
    # 文/图: the words and the pictures by one person, written with a slash, a space or a colon
    text = "春耕忙\n\n今年全省春耕进度快于往年。\n\n文/图 倪卫东\n"
    assert pairs(doc(text)) == {("倪卫东", "reporter"), ("倪卫东", "photographer")}
    text = "春耕忙\n\n今年全省春耕进度快于往年。\n\n文图：倪卫东\n"
    assert pairs(doc(text)) == {("倪卫东", "reporter"), ("倪卫东", "photographer")}
    # a slash labels a role as a colon does: the words by one, the pictures by another
    text = "春耕忙\n\n今年全省春耕进度快于往年。\n\n文/倪卫东 图/柯雨\n"
    assert pairs(doc(text)) == {("倪卫东", "reporter"), ("柯雨", "photographer")}


def test_a_one_character_role_inside_a_name_is_part_of_the_name() -> None:
    # 文 and 图 label a credit only with a mark after them; a reporter may be named 文静 or 何华文
    text = "春耕忙\n\n本报讯（记者罗斌　文静）今年全省春耕进度快于往年。\n"
    assert pairs(doc(text)) == {("罗斌", "reporter"), ("文静", "reporter")}
    text = "春耕忙\n\n今年全省春耕进度快于往年。\n\n文/图 何华文\n"
    assert pairs(doc(text)) == {("何华文", "reporter"), ("何华文", "photographer")}


def test_the_cjk_stroke_labels_a_credit_as_a_bar_does() -> None:
    # new media write 丨 (a CJK stroke, a Han character) between a role and its name
    text = "春耕忙\n\n今年全省春耕进度快于往年。\n\n记者丨柯雨 编辑丨倪卫东丨校对丨孔帆\n"
    assert pairs(doc(text)) == {("柯雨", "reporter"), ("倪卫东", "editor")}
    # in a headline's column label it credits no one
    assert pairs(doc("新闻丨春耕忙\n\n今年全省春耕进度快于往年。\n")) == set()
