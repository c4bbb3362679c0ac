"""Officials extractor: one group of real sentences per pattern family, the
false-name traps of issue 3, and the dev corpus against its gold."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import CORPUS, need

from extractor.doc import Doc
from extractor.doc.body import Body
from extractor.kinds import officials


def whole(text: str) -> Doc:
    """A document whose body is all of `text` (no boilerplate cut)."""
    return replace(Doc.of(text), body=Body(0, len(text)))


def run(text: str, exclude: set[str] | None = None) -> dict:
    found = officials.extract(whole(text), exclude or set())
    for official in found:
        for start, end in official.mentions:
            assert text[start:end].replace("\u3000", "").replace(" ", "") == official.name
    return {o.name: o for o in found}


# Each row: sentence, expected {name: (title, organization)}.
POSITIVE = [
    pytest.param(  # a post holder followed by the work in their charge
        "县委书记周志刚负责全面工作，副县长赵立平分管交通和城建工作。",
        {"周志刚": ("县委书记", "县委"), "赵立平": ("副县长", None)}, id="post-name-in-charge"),
    pytest.param(  # ORG+POST+NAME
        "市南区二季度的“聚力强势星”、区城市管理局绿化管理科负责人孙伟对全域公园变化了如指掌。",
        {"孙伟": ("区城市管理局绿化管理科负责人", "区城市管理局绿化管理科")}, id="org-post-name"),
    pytest.param(  # POST+NAME, two titled names in a row
        "3月16日，市委常委杨俊苹、副市长刘曾君到江陵县，查看了部分水利建设基础工程。",
        {"杨俊苹": ("市委常委", "市委"), "刘曾君": ("副市长", None)}, id="post-name"),
    pytest.param(  # posts joined with 、
        "自治区党委书记、人大常委会主任胡春华，国电集团党组书记、副总经理乔保平出席。",
        {"胡春华": ("自治区党委书记、人大常委会主任", "自治区党委"),
         "乔保平": ("国电集团党组书记、副总经理", "国电集团党组")}, id="post-list"),
    pytest.param(  # names enumerated after a titled one share its post
        "县委副书记曾超群主持签约仪式。县领导李洪波、常利民、杜宏亮见证签约。",
        {"曾超群": ("县委副书记", "县委"), "李洪波": ("县领导", "县"),
         "常利民": ("县领导", "县"), "杜宏亮": ("县领导", "县")}, id="enumerated"),
    pytest.param(  # a person's own post beats the one shared with a list
        "黄石市县领导何运平、曹和家等出席。推介会由副市长何运平主持。",
        {"何运平": ("副市长", None), "曹和家": ("黄石市县领导", "黄石市县")}, id="own-post-wins"),
    pytest.param(  # bare names enumerated after 的, shown to be people by 均
        "其外经贸科从科长王岩,到科室的王广洋、吕蓉慧均摘获“聚力强势星”。",
        {"王岩": ("科长", "外经贸科"), "王广洋": (None, None), "吕蓉慧": (None, None)}, id="bare-list"),
    pytest.param(  # post written after the name
        "按照李邑飞书记“要加力政策供给保障”和张雨浦主席的要求，在陈春平常务副主席的具体指导下推进。",
        {"李邑飞": ("书记", None), "张雨浦": ("主席", None), "陈春平": ("常务副主席", None)},
        id="post-after"),
    pytest.param(  # NAME + 同志 / 等N名同志
        "党中央、国务院决定，授予毛相林等10名同志“全国脱贫攻坚楷模”荣誉称号。",
        {"毛相林": (None, None)}, id="comrade"),
    pytest.param(  # bare names opening a clause with a person's verb
        "李克强主持大会，汪洋宣读表彰决定，栗战书、王沪宁、赵乐际、韩正、王岐山出席。",
        {n: (None, None) for n in ["李克强", "汪洋", "栗战书", "王沪宁", "赵乐际", "韩正", "王岐山"]},
        id="person-verb"),
    pytest.param(  # apposition
        "孙伟，区城市管理局绿化管理科负责人，他带领科室人员推进公园城市建设。",
        {"孙伟": ("区城市管理局绿化管理科负责人", "区城市管理局绿化管理科")}, id="apposition"),
    pytest.param(  # minority names with ·, titled and in a list
        "新疆维吾尔自治区党委副书记、新疆维吾尔自治区主席艾尔肯·吐尼亚孜主持。"
        "陈伟俊、玉苏甫江·麦麦提、伊力扎提·艾合买提江、哈丹·卡宾，自治区有关领导出席。",
        {"艾尔肯·吐尼亚孜": ("新疆维吾尔自治区党委副书记、新疆维吾尔自治区主席", "新疆维吾尔自治区党委"),
         "陈伟俊": (None, None), "玉苏甫江·麦麦提": (None, None),
         "伊力扎提·艾合买提江": (None, None), "哈丹·卡宾": (None, None)}, id="minority"),
    pytest.param(  # foreign name with ·, post after it
        "授予简·迪安·米勒教授等5名外国专家中华人民共和国国际科学技术合作奖。",
        {"简·迪安·米勒": ("教授", None)}, id="foreign-post-after"),
    pytest.param(  # former post: the organisation stops before 原
        "顾海良　　教授、教育部原党组成员\n韦建桦　　教授、中央编译局原局长\n",
        {"顾海良": ("教授、教育部原党组成员", "教育部"), "韦建桦": ("教授、中央编译局原局长", "中央编译局")},
        id="former-post"),
    pytest.param(  # personnel table, padded names, role labels
        "主  任：孙春兰　　国务院副总理\n副主任：陈宝生　　教育部部长\n黄　卫　　科技部副部长\n",
        {"孙春兰": ("国务院副总理", "国务院"), "陈宝生": ("教育部部长", "教育部"),
         "黄卫": ("科技部副部长", "科技部")}, id="table"),
    pytest.param(  # appointment notices
        "国务院任命张晓明为国家发展和改革委员会副主任。免去李建国的水利部副部长职务。",
        {"张晓明": ("国家发展和改革委员会副主任", "国家发展和改革委员会"),
         "李建国": ("水利部副部长", "水利部")}, id="appointment"),
    pytest.param(  # 国家主席 is a post, not an organisation and a post
        "国务院批准并报请国家主席习近平签署，授予刘永坦院士国家最高科学技术奖。",
        {"习近平": ("国家主席", None), "刘永坦": ("院士", None)}, id="whole-post"),
    pytest.param(  # the name ends where a verb begins, not one character later
        "“都是好菜。”冯伟宾当即拍板。三亚中交国际邮轮港有限公司港务运营管理中心总监林钹说。",
        {"林钹": ("三亚中交国际邮轮港有限公司港务运营管理中心总监", "三亚中交国际邮轮港有限公司港务运营管理中心"),
         "冯伟宾": (None, None)},  # a clause opening with a name of the common shape (officials.shaped_opening)
        id="name-length"),
    pytest.param(  # a list of names most of which read as names: an odd one (报) and a weak surname (应) too
        "赵明华、钱立新、孙建国、应勇、何报翔出席开幕式。",
        {"赵明华": (None, None), "钱立新": (None, None), "孙建国": (None, None), "应勇": (None, None),
         "何报翔": (None, None)}, id="list-of-mostly-names"),
    pytest.param(  # an occupation of letters and learning before a name (…家, 艺术大师)
        "著名教育家陶行知曾在这里任教。", {"陶行知": ("著名教育家", None)}, id="occupation-before-name"),
    pytest.param(  # what follows the shorter reading takes the character (苏林|总书记, not 苏林总|书记)
        "越南苏林总书记会见代表团。", {"苏林": ("总书记", None)}, id="post-takes-the-character"),
    pytest.param(  # 一 ends a given name; 一行 goes with what follows
        "大会新闻发言人郑建一介绍情况。省长李明一行到企业调研。",
        {"郑建一": ("大会新闻发言人", "大会"), "李明": ("省长", None)}, id="given-name-ending-in-yi"),
    pytest.param(  # a rank after a name, a verb after the rank
        "周子玉上将出席仪式。", {"周子玉": ("上将", None)}, id="rank-then-verb"),
    pytest.param(  # a post or rank written after a name as an honorific is the title
        "会上，张立群教授和陈卫东先生先后发言。", {"张立群": ("教授", None), "陈卫东": (None, None)},
        id="honorific-title"),
    pytest.param(  # an honorific post before the name that follows it is no honorific after a name
        "行业协会会长、集团总裁王海涛出席。", {"王海涛": ("行业协会会长、集团总裁", "行业协会")},
        id="honorific-post-before-name"),
    pytest.param(  # a notice taking one post from a list of people: each takes that post
        "会议决定，撤销张国强、曾毅、何立新第十届市政协委员资格。",
        {"张国强": ("第十届市政协委员", "第十届市政协"), "曾毅": ("第十届市政协委员", "第十届市政协"),
         "何立新": ("第十届市政协委员", "第十届市政协")}, id="listed-dismissal"),
    pytest.param(  # the same after 的, closed by 职务
        "会议决定免去刘文华、孙建平的县人民政府副县长职务。",
        {"刘文华": ("县人民政府副县长", "县人民政府"), "孙建平": ("县人民政府副县长", "县人民政府")},
        id="listed-dismissal-de"),
    pytest.param(  # a named person holding no office: the descriptor is still the title
        "记者见到了村民张建国，他正忙着给果树剪枝。", {"张建国": ("村民", None)}, id="person-noun"),
    pytest.param(  # a relative named before the name; 妇女|儿童 holds no 女儿
        "丈夫陈志刚在外打工，女儿陈思雨在县城读书。会议研究维护妇女儿童权益工作。",
        {"陈志刚": ("丈夫", None), "陈思雨": ("女儿", None)}, id="relative-before-name"),
    pytest.param(  # 受 opens no descriptor, and 委托 ends the name the task is entrusted by
        "受市委书记王建国委托，副市长李明主持会议。",
        {"王建国": ("市委书记", "市委"), "李明": ("副市长", None)}, id="entrusted-by"),
    pytest.param(  # a rare surname after the post of a Han-named country's body; 辞去 ends a name
        "朝鲜外务相洪永日发表谈话。英国前首相布朗辞去议员职务。",
        {"洪永日": ("朝鲜外务相", "朝鲜"), "布朗": ("英国前首相", "英国")}, id="dprk-minister-and-resigning"),
    pytest.param(  # one who leads others by example, a scholar; 正如 opens no descriptor
        "创业带头人刘晓红正在直播间里介绍产品。正如学者许文林所说，乡村需要人才。",
        {"刘晓红": ("创业带头人", None), "许文林": ("学者", None)}, id="leader-by-example-and-scholar"),
    pytest.param(  # a common-word surname and one given character after one person's post, closed
        "栏目播出了对嘉兴市副市长周达的专访。常务副县长高宁表示，项目年内开工。",
        {"周达": ("嘉兴市副市长", "嘉兴市"), "高宁": ("常务副县长", None)}, id="weak-surname-short-name-closed"),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_finds_people_with_their_posts(text: str, expected: dict) -> None:
    found = run(text)
    assert set(found) == set(expected)
    for name, (title, organization) in expected.items():
        assert (found[name].title, found[name].organization) == (title, organization), name


NEGATIVE = [
    pytest.param("第七个中国农民丰收节前夕，各地农民晒出丰收成果。", id="festival"),
    pytest.param("青岛英吉瑞能源科技有限公司总投资5亿元的项目落地。", id="company"),
    pytest.param("沿海岸线建设林荫廊道，打造口袋公园。", id="place"),
    pytest.param("各部门要把握高质量发展要求，区长高度重视。", id="surname-as-word"),
    pytest.param("周报告显示，王牌产品销量上升。", id="weekly-report"),
    pytest.param("李女士说，老王和小李都来了，张某已被查处。", id="partial-names"),
    pytest.param("激励全党坚守初心使命。全党同志都要把对马克思主义的信仰作为毕生追求。", id="collective"),
    pytest.param("党和国家功勋荣誉表彰工作委员会有关领导同志等，在这里集体迎接他们。", id="leaders-comrades"),
    pytest.param("就未来发展路径，总书记鲜明提出“三个转变”。", id="adverb-after-post"),
    pytest.param("柳河县地处长白山向松辽平原过渡地带。", id="post-inside-word"),
    pytest.param("调研组走进沈阳市大东区长安街道长安小区。", id="street"),
    pytest.param("40余位外资企业全球董事长、首席执行官出席。", id="global"),
    pytest.param("“同心同梦·同城共进”主题活动举行。", id="slogan-with-dot"),
    pytest.param("襄阳市洪沟农产品交易中心董事长来到田间。", id="org-before-post"),
    pytest.param("国家发展和改革委员会召开会议。", id="committee"),
    pytest.param("黄集村3组菜农金大姐说，今年包菜大丰收。", id="kinship-term"),
    pytest.param("全校党员师生和入党积极分子代表参加会议。", id="teachers-and-students"),
    pytest.param("石家庄、邢台、邯郸、保定等地参加演练。", id="list-of-places"),
    pytest.param("他于去年首次出任德国总理。", id="verb-and-country-before-post"),
    pytest.param("要建立领导干部任职审计制度，与各方代表谈判。", id="verb-after-post"),
    pytest.param("新上任的球队巴西籍教练来到训练场。", id="nationality-before-post"),
    pytest.param("仪式上，晋升上将军衔的军官佩戴上将军衔肩章。", id="rank-named-as-a-rank"),
    pytest.param("由中国企业承建的内图博士国际机场投入使用。", id="honorific-inside-a-place-name"),
    pytest.param("该国前总理日前被再次任命为总理。", id="appointing-verb-before-post"),
    pytest.param("试点在山西省长治市、吉林省长春市等地开展。", id="province-before-city"),
    # a group's word before a word of prose closed by a mark: no name (居民|关切, 农民|信心)
    pytest.param("要及时回应居民关切，稳住种粮农民信心。", id="group-word-before-a-closed-word"),
    pytest.param("舰长、政委向习主席敬礼。", id="salute-after-a-post"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_false_names(text: str) -> None:
    assert run(text) == {}


def test_bylines_are_never_officials() -> None:
    text = "副市长张建华出席。新华社记者张丽芸 摄\n（记者 王一婷）"
    assert set(run(text)) == {"张建华"}
    assert set(run(text, exclude={"张建华"})) == set()


def test_later_mentions_are_collected() -> None:
    text = "区城市管理局绿化管理科负责人孙伟介绍了情况。“公园城市建设是重头戏。”孙伟说。"
    first, second = text.index("孙伟"), text.rindex("孙伟")
    assert run(text)["孙伟"].mentions == [(first, first + 2), (second, second + 2)]


def test_padded_name_mentions_cover_written_form() -> None:
    text = "委  员：\n黄　卫　　科技部副部长\n"
    official = run(text)["黄卫"]
    assert [text[s:e] for s, e in official.mentions] == ["黄　卫"]


def test_only_the_body_is_read() -> None:
    text = "副市长张建华出席。\n相关阅读\n副市长李国庆出席。"
    names = {o.name for o in officials.extract(Doc.of(text))}
    assert "李国庆" not in names


def _dev_pairs(dev: Path) -> list[tuple[Path, Path]]:
    return sorted((p, p.with_name(p.name.replace(".gold.json", ".txt"))) for p in dev.glob("*.gold.json"))


def test_dev_corpus_meets_the_bars(dev_dir: Path) -> None:
    tp = fp = fn = titles = 0
    for gold_path, text_path in _dev_pairs(dev_dir):
        text = text_path.read_text(encoding="utf-8")
        gold = {o["name"]: o for o in json.loads(gold_path.read_text(encoding="utf-8"))["officials"]}
        pred = {o.name: o for o in officials.extract(Doc.of(text))}
        tp += len(pred.keys() & gold.keys())
        fp += len(pred.keys() - gold.keys())
        fn += len(gold.keys() - pred.keys())
        titles += sum(pred[n].title == gold[n]["title"] for n in pred.keys() & gold.keys())
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95
    assert 2 * precision * recall / (precision + recall) >= 0.88
    assert titles / tp >= 0.85


def test_seed_article_exactly(dev_dir: Path) -> None:
    text = need(dev_dir / "shinan-2022-11-28.txt").read_text(encoding="utf-8")
    gold = json.loads((dev_dir / "shinan-2022-11-28.gold.json").read_text(encoding="utf-8"))["officials"]
    pred = officials.extract(Doc.of(text))
    assert {o.name: (o.title, o.organization, [list(m) for m in o.mentions]) for o in pred} == {
        o["name"]: (o["title"], o["organization"], o["mentions"]) for o in gold
    }


def test_raw_corpus_mentions_are_grounded() -> None:
    for path in sorted(need(CORPUS / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for official in officials.extract(Doc.of(text)):
            assert official.mentions, official.name
            for start, end in official.mentions:
                assert text[start:end].replace("\u3000", "").replace(" ", "") == official.name


@pytest.mark.parametrize("sentence, expected", [
    ("习近平同赞比亚总统希奇莱马、坦桑尼亚副总统恩钦比共同出席仪式。",
     [("希奇莱马", "赞比亚总统", "赞比亚"), ("恩钦比", "坦桑尼亚副总统", "坦桑尼亚")]),
    ("巴西总统卢拉表示，愿同中方深化合作。", [("卢拉", "巴西总统", "巴西")]),
    # a name ends where its transliteration characters end, before any verb
    ("智利总统博里奇谴责这一做法。", [("博里奇", "智利总统", "智利")]),
    # short country forms, spokespersons and ministers
    ("俄外长拉夫罗夫当天指出，", [("拉夫罗夫", "俄外长", "俄")]),
    ("法国外交部发言人勒让德尔说，", [("勒让德尔", "法国外交部发言人", "法国外交部")]),  # its ministry, as below
    ("英国外交大臣拉米表示，", [("拉米", "英国外交大臣", "英国")]),
    # a ministry or agency between the country and the post is the organization
    ("乌克兰国防部副部长马利亚尔说，", [("马利亚尔", "乌克兰国防部副部长", "乌克兰国防部")]),
    # a portfolio is not: the country is
    ("沙特投资大臣法利赫出席。", [("法利赫", "沙特投资大臣", "沙特")]),
    ("印度尼西亚共和国总统苏加诺曾到访。", [("苏加诺", "印度尼西亚共和国总统", "印度尼西亚共和国")]),
    # a republic within a country, and a name of several ·-parts
    ("俄罗斯联邦巴什科尔托斯坦共和国总统哈比罗夫说，",
     [("哈比罗夫", "俄罗斯联邦巴什科尔托斯坦共和国总统", "俄罗斯联邦巴什科尔托斯坦共和国")]),
    ("乌拉圭东岸共和国总统路易斯·拉卡列对我国进行访问。",
     [("路易斯·拉卡列", "乌拉圭东岸共和国总统", "乌拉圭东岸共和国")]),
    # a short verb or a function word after the name ends it; heads of agencies and teams
    ("德国总理默茨看过展览后说，", [("默茨", "德国总理", "德国")]),
    ("阿根廷足球队主教练斯卡洛尼今天说，", [("斯卡洛尼", "阿根廷足球队主教练", "阿根廷足球队")]),
    # a regnal number is part of a monarch's name; a royal style, a list going on or a
    # message sent ends a name; an adviser is a post
    ("仪式由挪威国王哈拉尔五世陛下主持。", [("哈拉尔五世", "挪威国王", "挪威")]),
    ("约旦元首阿卜杜拉二世亲王发表讲话。", [("阿卜杜拉二世", "约旦元首", "约旦")]),
    ("吉尔吉斯斯坦总统扎帕罗夫发来贺电。", [("扎帕罗夫", "吉尔吉斯斯坦总统", "吉尔吉斯斯坦")]),
    ("土耳其总统顾问奥马尔以及多国使节出席。", [("奥马尔", "土耳其总统顾问", "土耳其")]),
    # a verb of meeting between a country and a post makes a clause, not the body
    ("王毅在法国外交部会见法总统顾问博纳。", [("博纳", "法总统顾问", "法")]),
    # a one-character country form inside a body's name (伊斯兰) is none: the country further left is
    ("伊朗伊斯兰议会副议长尼克扎德12日表示，", [("尼克扎德", "伊朗伊斯兰议会副议长", "伊朗")]),
    # heads of armed forces; a republic's full name read leftwards before its army
    ("伊朗伊斯兰共和国军队总司令穆萨维说，", [("穆萨维", "伊朗伊斯兰共和国军队总司令", "伊朗伊斯兰共和国军队")]),
    # names written in Chinese characters: a Japanese surname (given names of up to three
    # characters), or a Chinese one for Korea; a time word after the name is no part of it
    ("日本外相岩屋毅当天会见了代表团。", [("岩屋毅", "日本外相", "日本")]),
    ("日本前首相野田佳彦今天在千叶县发表谈话。", [("野田佳彦", "日本前首相", "日本")]),
    ("日本公明党党首斋藤铁夫表示，", [("斋藤铁夫", "日本公明党党首", "日本公明党")]),
    ("韩国前总统文在寅出席活动。", [("文在寅", "韩国前总统", "韩国")]),
    # Singapore's senior ministers (资政)
    ("新加坡国务资政黄循财出席论坛。", [("黄循财", "新加坡国务资政", "新加坡")]),
    # … also after the post of a body of many countries (a Japanese surname read everywhere)
    ("亚洲开发银行副行长神田一郎出席。", [("神田一郎", "亚洲开发银行副行长", "亚洲开发银行")]),
    ("日本国土交通大臣赤间健一今天表示，", [("赤间健一", "日本国土交通大臣", "日本")]),
    # a party is the body of its leader's post
    ("柬埔寨人民党主席洪森表示，", [("洪森", "柬埔寨人民党主席", "柬埔寨人民党")]),
    # a character of prose may end a given name where a mark or a time word shows the end
    ("朝鲜劳动党总书记金正日近日视察工厂。", [("金正日", "朝鲜劳动党总书记", "朝鲜劳动党")]),
    # a verb of the lexicon written in name characters closes the run, not the name (登基)
    ("卡塔尔埃米尔塔米姆登基10周年庆典举行。", [("塔米姆", "卡塔尔埃米尔", "卡塔尔")]),
    ("文莱苏丹哈桑纳尔登基50周年。", [("哈桑纳尔", "文莱苏丹", "文莱")]),
    # verbs and adverbs of news about leaders end the name (暂缓, 施压, 尚未)
    ("美国总统拜登暂缓签署该法案。", [("拜登", "美国总统", "美国")]),
    ("美国国务卿布林肯施压盟友。", [("布林肯", "美国国务卿", "美国")]),
    ("巴西总统卢拉尚未回应。", [("卢拉", "巴西总统", "巴西")]),
    # an emirate between the federation and the post is part of the body (迪拜王储), and 立 is a
    # transliteration character (哈立德 Khalid)
    ("阿联酋迪拜王储哈立德以及科威特代表出席。", [("哈立德", "阿联酋迪拜王储", "阿联酋迪拜")]),
    ("约旦首相哈立德表示，", [("哈立德", "约旦首相", "约旦")]),
])
def test_foreign_leaders_after_country_and_post(sentence, expected):
    from extractor import extract

    got = [(o.name, o.title, o.organization) for o in extract(sentence).officials]
    for item in expected:
        assert item in got


@pytest.mark.parametrize("sentence", [
    "美国总统选举结果揭晓。",
    "法国总统府发表声明。",
    "日本首相表示将访问。",
    "黎巴嫩总理表示欢迎。",  # a country that starts with a surname is no name before a post
    "俄外长会晤在莫斯科举行。",
    "12日下午在人民大会堂同各国议会联盟主席会谈。",  # a short form with a clause after it
    "吸引了大批市民游客前来参观。",  # a post word after a post word is no name (游 is a surname)
    "总书记高兴地说，要继续努力。",  # 地 ends an adverb, not a given name
    "欧盟能源部长特别会议在布鲁塞尔举行。",  # a meeting's word after the post
    "日本首相官邸前有民众集会。",  # a Japanese surname's character opens no name here
    "韩国总统府发言人表示。",
    "美国总统立场未变。",  # 立 spells Khalid, but 立场 is a word: no name of one character
    "要坚持党领导立法、保证执法。",  # a word of prose spelt in transliteration characters after 领导
    # a place named after a holder of a post, the post written after the name (a listed name or not)
    "代表团抵达位于吉达的阿卜杜勒阿齐兹国王国际机场。",
    "专机降落在利雅得的法赫德国王国际机场。",
    "据介绍，吉林东部长白山区的森林覆盖率很高。",  # a region's part before 长: no foreign name before 部长
])
def test_no_foreign_name_from_a_word_after_the_post(sentence):
    from extractor import extract

    assert extract(sentence).officials == []


@pytest.mark.parametrize("sentence, name, title", [
    ("中国工商银行行长助理赵伟表示，将加大信贷支持。", "赵伟", "中国工商银行行长助理"),
    ("总经理助理刘强介绍，项目进展顺利。", "刘强", "总经理助理"),
])
def test_assistant_posts(sentence, name, title):
    from extractor import extract

    assert [(o.name, o.title) for o in extract(sentence).officials] == [(name, title)]


def test_a_name_before_jieshou():
    from extractor import extract

    assert [o.name for o in extract("华为公司创始人任正非接受采访时说。").officials] == ["任正非"]
    assert extract("他接受了任务。").officials == []


@pytest.mark.parametrize("sentence, expected", [
    ("一年间，习近平主席同特朗普总统4次通话。", ("特朗普", "总统")),
    # a relative clause closing with 的 before the name (来华访问的…总理)
    ("李强会见了来华出席论坛的马塔雷拉总统。", ("马塔雷拉", "总统")),
    ("在习近平总书记、国家主席和通伦总书记、国家主席战略引领下", ("通伦", "总书记、国家主席")),
])
def test_foreign_name_before_its_post(sentence, expected):
    from extractor import extract

    assert expected in [(o.name, o.title) for o in extract(sentence).officials]


@pytest.mark.parametrize("sentence", ["同伊朗总统会谈。", "会见沙特总理。", "中方同美国总统通话。"])
def test_a_country_before_a_post_is_no_name(sentence):
    from extractor import extract

    assert extract(sentence).officials == []


@pytest.mark.parametrize("sentence, expected", [
    ("飞行员李强驾驶战机安全返航。", [("李强", "飞行员")]),
    ("乒乓球运动员王楠表示，", [("王楠", "乒乓球运动员")]),
    ("航天员刘洋、王亚平完成出舱任务。", [("刘洋", "航天员"), ("王亚平", "航天员")]),  # the last name ends at a verb
])
def test_people_named_after_their_occupation(sentence, expected):
    from extractor import extract

    got = [(o.name, o.title) for o in extract(sentence).officials]
    for item in expected:
        assert item in got


@pytest.mark.parametrize("sentence, name", [
    ("联合国秘书长科菲·安南希望各方保持克制。", "科菲·安南"),
    ("古巴代表卡洛斯·阿马特在表决前发言。", "卡洛斯·阿马特"),
])
def test_a_dotted_name_stops_at_the_words_after_it(sentence, name):
    from extractor import extract

    assert [o.name for o in extract(sentence).officials] == [name]


@pytest.mark.parametrize("sentence, expected", [
    # an adverb may stand between a name and its person's verb
    ("韩冬梅进一步指出，要加快进度。", ["韩冬梅"]),
    ("谭振华再次强调，务必抓好落实。", ["谭振华"]),
    # … and an adverb opening a word right after a name is no part of it
    ("李明进一步完善了方案。", []),
])
def test_adverb_between_a_name_and_its_verb(sentence, expected):
    from extractor import extract

    assert [o.name for o in extract(sentence).officials] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an occupation of the arts, letters or sport before a name makes a person of it
    ("书法家沈鹏的作品在馆内展出。", [("沈鹏", "书法家")]),
    ("邀请漫画家华君武、丁聪到场。", [("华君武", "漫画家"), ("丁聪", "漫画家")]),
    # a word opened by a name's last character ends it (郭华|发挥)
    ("老将郭华发挥出色。", [("郭华", "老将")]),
    # … but a monument's word after 烈士 names no one
    ("市民来到烈士纪念碑前献花。", []),
    # a player's rank after a name; a person interviewed
    ("决赛中，江维杰九段执白中盘胜出。", [("江维杰", "九段")]),
    ("周国强在接受本报记者采访时说，", [("周国强", None)]),
    # the trades of new work, and a project's chief designer with the whole descriptor
    ("数据分析师许文涛每天要处理上万条订单信息。", [("许文涛", "数据分析师")]),
    ("外卖骑手高志明说，今年收入稳中有升。", [("高志明", "外卖骑手")]),
    ("嫦娥工程副总设计师孙泽洲介绍了进展。", [("孙泽洲", "嫦娥工程副总设计师")]),
])
def test_occupations_before_a_name(sentence, expected):
    from extractor import extract

    assert [(o.name, o.title) for o in extract(sentence).officials] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a ·-name of transliteration characters is a person's wherever it stands
    ("据报道，詹姆斯·韦伯及其团队完成了观测。", ["詹姆斯·韦伯"]),
    ("她曾与安娜·帕夫洛娃同台演出。", ["安娜·帕夫洛娃"]),
    # … not a body's, a place's or a ship's name
    ("他曾就读于乔治·华盛顿大学。", []),
    ("美国乔治·梅森大学教授说，", []),  # by no rule: the ·-name ends in a body's word
    ("“西奥多·罗斯福”号航母驶离港口。", []),
    # … nor the end of a country before a post
    ("会见了阿尔及利亚总统特本。", [("特本")]),
    ("会见了巴巴多斯总理莫特利。", ["莫特利"]),
    # a name before a foreign post after a preposition or 了
    ("议会对马克龙总统访华表示欢迎。", ["马克龙"]),
    ("完成了马拉松总统杯比赛。", []),
])
def test_dotted_transliterated_names(sentence, expected):
    from extractor import extract

    assert [o.name for o in extract(sentence).officials] == expected



@pytest.mark.parametrize("sentence, expected", [
    # a first part of characters outside the transliteration set, opened by the post before it
    ("欢迎塞尔维亚总统亚历山大·武契奇访华。", ("亚历山大·武契奇", "塞尔维亚总统")),
    ("约旦国王阿卜杜拉·本·侯赛因出席了开幕式。", ("阿卜杜拉·本·侯赛因", "约旦国王")),
    ("柬埔寨国王诺罗敦·西哈莫尼出席了庆典。", ("诺罗敦·西哈莫尼", "柬埔寨国王")),
    ("欢迎塞拉利昂共和国总统朱利叶斯·马达·比奥访华。", ("朱利叶斯·马达·比奥", "塞拉利昂共和国总统")),
])
def test_a_dotted_name_right_after_a_foreign_post(sentence, expected):
    from extractor import extract

    assert [(o.name, o.title) for o in extract("标题\n" + sentence).officials] == [expected]


def test_a_dotted_name_after_a_friend():
    from extractor import extract

    assert [o.name for o in extract("标题\n他会见了来自美国的老朋友约翰·米勒。").officials] == ["约翰·米勒"]



@pytest.mark.parametrize("sentence", [
    "双方回顾了中美元首旧金山会晤的成果。",   # two countries' heads, then a place
    "两国外长重申落实俄美元首安克雷奇会晤共识。",
])
def test_paired_countries_before_a_post_name_no_one(sentence):
    from extractor import extract

    assert extract(sentence).officials == []


def test_verbs_of_conferring_and_of_including_open_a_descriptor():
    from extractor import extract

    got = {o.name: o.title for o in extract("省委决定追授市公安局副局长、刑侦支队支队长林建国同志“优秀共产党员”称号。").officials}
    assert got == {"林建国": "市公安局副局长、刑侦支队支队长"}
    got = {o.name: o.title for o in extract("袭击导致包括哈马斯政治局副主席萨利赫以及两名指挥官在内的多人死亡。").officials}
    assert got == {"萨利赫": "哈马斯政治局副主席"}


def test_a_verb_of_meeting_between_a_country_and_a_post_reads_no_body():
    from extractor import extract

    titles = [o.title for o in extract("李强在马来西亚国家皇宫会见马最高元首易卜拉欣。").officials]
    assert not any("会见" in (t or "") for t in titles)


@pytest.mark.parametrize("sentence, expected", [
    # an adverb of manner or time right after a transliterated name ends it
    ("玛丽亚·桑托斯正式接替费尔南多·戈麦斯，成为新一届主席。", ["玛丽亚·桑托斯", "费尔南多·戈麦斯"]),
    ("安娜·考文垂已经抵达会场。", ["安娜·考文垂"]),
])
def test_adverbs_and_verbs_of_taking_over_end_a_dotted_name(sentence, expected):
    from extractor import extract

    assert [o.name for o in extract("标题\n" + sentence).officials] == expected


def test_a_span_of_years_after_a_name_is_no_part_of_it():
    got = run("镇党委书记王明多年来扎根基层，村医李红多次入户随访。")
    assert set(got) == {"王明", "李红"}


def test_a_preposition_after_the_time_of_day_opens_no_descriptor():
    """总台今天与…主席考文垂: 与 is a preposition before the post, no part of its body."""
    got = run("省电视台今天与国际奥委会主席巴赫签署合作协议。")
    assert got["巴赫"].title == "国际奥委会主席"
    got = run("与会国家领导人张伟发言。")  # 与会 is a word of its own
    assert got["张伟"].title == "与会国家领导人"


def test_qi_is_a_given_name_character_and_not_after_a_preposition_surname():
    """其 (its) is a given-name character too (许其亮, 周其仁); 尤其, 任其, 解除其 are words."""
    got = run("北京大学教授周其凡出席会议。尤其是基层干部，要任其发展。")
    assert set(got) == {"周其凡"}


def test_board_members_are_posts():
    got = run("省慈善总会理事陈立华、公司监事赵明出席。")
    assert {n: o.title for n, o in got.items()} == {"陈立华": "省慈善总会理事", "赵明": "公司监事"}


def test_what_two_leaders_do_together_ends_a_foreign_name():
    from extractor import extract

    got = {o.name: o.title for o in extract("标题\n李强同斐济总理兰布卡互致贺电。").officials}
    assert got["兰布卡"] == "斐济总理"


def test_taking_up_a_post_and_a_rank_after_the_name_end_it():
    got = run("区税务局局长韩齐明上任后推行了改革。东部战区副司令员宋向阳少将出席。")
    assert {n: o.title for n, o in got.items()} == {"韩齐明": "区税务局局长", "宋向阳": "东部战区副司令员"}


def test_making_a_work_is_a_verb_after_a_name():
    got = run("青年画家李明创作了这幅作品。")
    assert set(got) == {"李明"}


def test_an_envoy_is_a_post_and_the_country_of_a_topic_holds_no_post():
    from extractor import extract

    got = {o.name: (o.title, o.organization) for o in extract(
        "标题\n美国中东问题特使威特科夫表示，联合国也门问题特使格伦德贝里出席。").officials}
    assert got["威特科夫"] == ("美国中东问题特使", "美国")
    assert got["格伦德贝里"][1] is None  # 也门 is the envoy's subject, not his state


def test_tie_is_a_surname_that_needs_a_post():
    """铁 (iron) is a surname (铁凝) and a common word (铁路): a name after a post only."""
    got = run("全国政协副主席铁明出席。铁路局局长王强讲话。")
    assert {n: o.title for n, o in got.items()} == {"铁明": "全国政协副主席", "王强": "铁路局局长"}


def test_a_dotted_name_after_a_noun_of_a_person_and_before_suffering():
    from extractor import extract

    got = [o.name for o in extract("标题\n据报道，非洲裔男子乔治·米勒遭警察暴力执法。另据报道，省委常委姜信治出席。").officials]
    assert got == ["乔治·米勒", "姜信治"]  # 治 of 乔治 is read only before a ·


@pytest.mark.parametrize("sentence, name", [
    ("英国物理学家彼得•希格斯表示，实验结果令人振奋。", "彼得•希格斯"),       # U+2022
    ("挪威国王哈拉尔五世・路易斯出席了仪式。", "哈拉尔五世・路易斯"),         # a regnal number before the dot
    ("荷兰首相马克‧吕特出席了仪式。", "马克‧吕特"),                         # U+2027
])
def test_a_name_dot_written_otherwise_is_read_as_the_dot_and_reported_as_written(sentence, name):
    from extractor import extract

    names = [o.name for o in extract(sentence).officials]
    assert names == [name] and name in sentence  # the name as the text writes it


def test_a_name_ends_before_an_adverb_of_time_like_ti_qian():
    from extractor import extract

    found = {o.name: o.title for o in extract("标题\n法国总理巴尔尼耶提前结束了在德国的访问。\n").officials}
    assert found == {"巴尔尼耶": "法国总理"}


@pytest.mark.parametrize("sentence, name", [
    ("国家主席习近平和夫人彭丽媛在机场迎接贵宾。", "彭丽媛"),
    ("巴西总统卢拉和夫人罗桑热拉出席了晚宴。", "罗桑热拉"),
])
def test_a_partner_word_holds_no_part_of_the_one_joined_before_it(sentence, name):
    from extractor import extract

    found = {o.name: o.title for o in extract(sentence).officials}
    assert found[name] == "夫人"


def test_a_founding_holder_and_a_death_after_the_name() -> None:
    got = run("外交部发言人表示，对赞比亚开国总统卡翁达逝世表示深切哀悼。")
    assert (got["卡翁达"].title, got["卡翁达"].organization) == ("赞比亚开国总统", "赞比亚")
    got = run("代表团前往河内，吊唁越南国家主席陈大光。")
    assert got["陈大光"].title == "越南国家主席"  # the mourning verb opens no part of the post


def test_a_short_form_with_an_honorific_is_the_whole_dotted_name() -> None:
    got = run("美国前国务卿约翰·克里访华。双方回顾了克里博士多年来的贡献。")
    assert set(got) == {"约翰·克里"} and got["约翰·克里"].title == "美国前国务卿"


def test_the_post_held_then_is_part_of_the_title() -> None:
    got = run("1990年，时任县委书记王德明来到村里调研。时任法国总统希拉克访华时也来过这里。")
    assert (got["王德明"].title, got["王德明"].organization) == ("时任县委书记", "县委")
    assert got["希拉克"].title == "时任法国总统"
    assert run("目前法国总统马克龙表示，")["马克龙"].title == "法国总统"  # 前 of 目前 marks nothing


def test_a_post_held_then_joined_to_its_holder_by_de() -> None:
    got = run("习近平总书记强调，要保护生态。2005年，时任浙江省委书记的习近平同志在余村考察。")
    assert (got["习近平"].title, got["习近平"].organization) == ("时任浙江省委书记", "浙江省委")
    assert run("时任县委书记的时候，他常下乡。") == {}  # 时候: a word


def test_the_officers_of_military_and_police_units_are_posts() -> None:
    got = run("营区里，教导员赵书航告诉记者，官兵们正在训练。某部舰长邵振宇随后介绍了演练情况。")
    assert (got["赵书航"].title, got["邵振宇"].title) == ("教导员", "某部舰长")


def test_a_country_written_with_its_bracketed_short_form() -> None:
    got = run("国家主席同刚果（布）总统萨苏通电话。")
    assert (got["萨苏"].title, got["萨苏"].organization) == ("刚果（布）总统", "刚果（布）")


def test_the_home_country_before_a_post_is_its_organisation() -> None:
    got = run("中国国家主席习近平同来访的贵宾会谈，中国人民银行副行长宣昌能陪同。")
    assert (got["习近平"].organization, got["宣昌能"].organization) == ("中国", "中国人民银行")
    # a country alone makes no verb after a noun of people a weak surname's name (中国运动员|包揽)
    assert run("女子双打的冠亚军被中国运动员包揽。") == {}
    assert run("田径赛场上，中国选手米娜夺得金牌。")["米娜"].title == "中国选手"


def test_the_one_met_after_tong_and_a_post() -> None:
    got = run("离京前，国家主席同老挝人革党中央总书记通伦话别。副市长同县委书记韩立新握手。")
    assert (got["通伦"].title, got["韩立新"].title) == ("老挝人革党中央总书记", "县委书记")


def test_a_signature_line_of_a_post_and_a_name() -> None:
    got = run("值此佳节，谨向你们致以诚挚问候。\n中华人民共和国主席 习近平\n2024年2月9日\n")
    assert (got["习近平"].title, got["习近平"].organization) == ("中华人民共和国主席", "中华人民共和国")
    assert run("县长 张明华在会上讲话。")["张明华"].rule != "officials.signed_line"  # the line goes on


def test_a_common_word_surname_opening_a_sentence_with_a_copula_and_a_post() -> None:
    got = run("总书记来到村里。石顺英是当时的村党支部书记，她汇报了情况。")
    assert set(got) == {"石顺英"}
    assert run("石油是国家重要的战略物资，要保障供应。") == {}


def test_a_span_of_time_after_a_name_is_no_part_of_it() -> None:
    got = run("援疆干部吴鹏三年前来到这里任职。吴鹏走遍了全县。")
    assert set(got) == {"吴鹏"} and got["吴鹏"].title == "援疆干部"


def test_a_year_word_after_a_name_ends_it() -> None:
    got = run("春节期间，快递小哥艾明轩今年已是第五年坚守岗位。")
    assert got["艾明轩"].title == "快递小哥"


def test_sharing_after_a_name_ends_it() -> None:
    assert run("发布会上，市商务局局长倪虹分享了一组数据。")["倪虹"].title == "市商务局局长"


def test_hong_is_a_surname_that_opens_words_too() -> None:
    assert run("灾后，村民洪立新3年前搬进了新居。")["洪立新"].title == "村民"
    assert run("洪水退去后，洪涝灾区恢复生产。") == {}


def test_gei_and_adverbs_of_purpose_end_a_name() -> None:
    assert set(run("小学教师蒋华给总书记看了学生的作业。")) == {"蒋华"}
    assert run("村支书袁殿军专门请来了技术员。")["袁殿军"].title == "村支书"


def test_a_companys_senior_manager_is_a_post() -> None:
    assert run("航空公司高管李明远表示，航班将恢复。")["李明远"].title == "航空公司高管"
    assert "阿尔贝·杜邦" in run("该集团称，遇难者是集团高管阿尔贝·杜邦和他的家人。")


def test_an_apposition_opening_with_a_copula_is_a_predicate() -> None:
    assert run("叶小芳，现在是镇党委委员、村党委书记。她说，")["叶小芳"].title is None
    assert run("王晓东，县农业农村局局长，介绍了情况。")["王晓东"].title == "县农业农村局局长"


def test_a_doctoral_student_and_the_disabled_persons_federation() -> None:
    assert run("实验室里，博士生邹雨萱正在记录数据。")["邹雨萱"].title == "博士生"
    assert set(run("在实验室，博士生杜万利就在参与排障工作。")) == {"杜万利"}  # not 博士|生杜万利
    assert run("省残联理事长刘国强出席。")["刘国强"].organization == "省残联"


def test_the_commander_of_a_headquarters_is_a_post() -> None:
    got = run("县防汛抗旱指挥部总指挥马立新连夜赶到堤坝。")
    assert got["马立新"].title == "县防汛抗旱指挥部总指挥"
    assert run("救援现场副指挥长邓海波介绍，")["邓海波"].title == "救援现场副指挥长"


def test_reporting_ends_a_transliterated_name() -> None:
    assert run("会上，俄紧急情况部部长库连科夫汇报称，救援仍在进行。")["库连科夫"].title == "俄紧急情况部部长"


def test_sending_a_message_ends_a_name() -> None:
    assert run("都灵冬奥会组委会主席马切蒂发来贺信。")["马切蒂"].title == "都灵冬奥会组委会主席"


def test_a_legal_representative_and_gang_gang() -> None:
    assert run("检测公司法定代表人邓永福被依法逮捕。")["邓永福"].title == "检测公司法定代表人"
    assert run("车间负责人潘优良刚刚接到订单。")["潘优良"].title == "车间负责人"


def test_a_verb_of_collapse_is_no_given_name() -> None:
    assert run("强降雨导致当地一栋居民楼坍塌，无人员伤亡。") == {}


def test_a_name_before_cong() -> None:
    assert run("作为企业的联络员，柳河乡副乡长郭大江从去年起驻厂服务。")["郭大江"].title == "柳河乡副乡长"


def test_an_adverb_of_time_after_the_name() -> None:
    assert run("议会否决了预算案，总统马杜罗随即宣布反制措施。")["马杜罗"].title == "总统"


def test_appointments_sharing_one_verb_after_a_comma() -> None:
    got = run("会议决定，任命韩晓东为市发展和改革委员会主任，罗秀英为市教育局局长。")
    assert got["韩晓东"].title == "市发展和改革委员会主任"
    assert (got["罗秀英"].title, got["罗秀英"].rule) == ("市教育局局长", "officials.appointment")


def test_appointments_listed_after_the_verbs_colon_one_a_line() -> None:
    # 任命：NAME为…；NAME为…: the verb's colon opens the list, a semicolon (and a new line) parts it
    got = run("会议决定任命：\n韩晓东为市发展和改革委员会主任；\n罗秀英为市教育局局长；\n孔德明为市审计局局长。")
    assert got["韩晓东"].title == "市发展和改革委员会主任"
    assert (got["罗秀英"].title, got["孔德明"].title) == ("市教育局局长", "市审计局局长")
    assert got["孔德明"].rule == "officials.appointment"


def test_a_name_and_the_post_it_takes_up_or_leaves_in_a_notice() -> None:
    # NAME(同志)任… / 不再担任…职务: the post given or taken is the title (SPEC.md)
    got = run("中共中央决定：韩晓东同志任某省委书记；罗秀英同志不再担任某省委书记职务。")
    assert (got["韩晓东"].title, got["韩晓东"].rule) == ("某省委书记", "officials.appointment")
    assert got["罗秀英"].title == "某省委书记"
    # a step of a career's account, dated, gives no title; a descriptor before the name stays the title
    got = run("1985年，韩晓东任县农机站站长。省农业厅原厅长罗秀英同志逝世。罗秀英同志任县长多年。")
    assert got["韩晓东"].title is None
    assert got["罗秀英"].title == "省农业厅原厅长"
    # a notice's decision before it (会议指定), not a story's predicate (他们说，…担任…)
    assert run("会议指定，韩晓东兼任大会发言人。")["韩晓东"].title == "大会发言人"
    assert run("乡亲们都说，韩晓东担任村党支部书记后变化很大。")["韩晓东"].title is None


def test_an_appointment_to_posts_joined_by_a_list_mark() -> None:
    got = run("会议经表决，任命郑启明为市中级人民法院副院长、审判委员会委员、审判员。")
    assert got["郑启明"].title == "市中级人民法院副院长、审判委员会委员、审判员"
    # … but a 、 before the next name given a post ends the first one's (the verb shared)
    got = run("常委会决定，任命许文涛为市财政局局长、程丽娟为市审计局局长。")
    assert (got["许文涛"].title, got["程丽娟"].title) == ("市财政局局长", "市审计局局长")
    assert got["程丽娟"].rule == "officials.appointment"


def test_a_name_before_a_verb_of_receiving() -> None:
    got = run("在山区小学，教师罗晓梅接到了家长打来的电话。村民吕芳收到包裹后连声道谢。")
    assert set(got) == {"罗晓梅", "吕芳"}


def test_the_post_before_a_name_read_one_character_short() -> None:
    got = run("上午，县长张国强调研春耕备耕工作。张国强说，要抓好农时。")
    assert set(got) == {"张国强"} and got["张国强"].title == "县长"


def test_a_list_joined_to_one_established_name_is_read_to_its_end():
    """A partner's partner is a person too: the whole 、-list, not only the name next to the
    one a post vouches for."""
    from extractor import extract

    names = {o.name for o in extract("标题\n各县推荐的范玉凤、申小梅、次仁拉姆、邢少华入选。").officials}
    assert {"范玉凤", "申小梅", "次仁拉姆", "邢少华"} <= names


def test_a_verb_of_caring_after_a_post_is_no_name():
    from extractor import extract

    assert [o.name for o in extract("标题\n在习主席关心下，代表团于次月访华。").officials] == []


@pytest.mark.parametrize("sentence, name", [
    ("这部小说讲述了回族少女马秀兰一家的故事。", "马秀兰"),
    ("比赛中，对方主力费尔南多受伤离场。", "费尔南多"),
    ("抗洪英雄邱建华的事迹在当地广为流传。", "邱建华"),
    ("纪念馆里陈列着老校长之子曹明德捐赠的书信。", "曹明德"),   # a relative's word with 之
])
def test_a_name_after_a_noun_of_what_a_person_is(sentence, name):
    from extractor import extract

    found = {o.name: o for o in extract("标题\n" + sentence).officials}
    assert name in found and found[name].title is None


@pytest.mark.parametrize("sentence", [
    "各地侨胞和海外华侨华人积极参与。",   # a word of two after the noun
    "她在女子单人滑比赛中夺冠。",
    "学生时代的他就热爱读书。",
])
def test_no_name_after_a_noun_of_a_person_from_a_word(sentence):
    from extractor import extract

    assert [o.name for o in extract("标题\n" + sentence).officials] == []


def test_the_partner_of_a_doubles_pair_is_a_person():
    from extractor import extract

    names = {o.name for o in extract("标题\n混双决赛中，国家队队员林晓峰／陈梦琪以2比0获胜。").officials}
    assert {"林晓峰", "陈梦琪"} <= names


def test_a_partner_before_the_conjunction_ending_a_transliteration_is_read_whole():
    from extractor import extract

    # 雷 is a surname, but 雷斯 ends the run 卡雷斯: the partner is the whole transliteration
    names = {o.name for o in extract("标题\n依靠卡雷斯和李东波的入球取胜。").officials}
    assert "卡雷斯" in names and "雷斯" not in names


@pytest.mark.parametrize("sentence, name", [
    ("驻守瞭望塔的护林员李国强夫妇每天巡山。", "李国强"),
    ("记者联系赵文斌本人核实情况。", "赵文斌"),
])
def test_a_name_before_benren_or_a_couple_is_a_person(sentence, name):
    from extractor import extract

    assert name in {o.name for o in extract("标题\n" + sentence).officials}


def test_a_list_before_a_count_of_people_and_their_post_holds_the_post():
    from extractor import extract

    got = {o.name: o.title for o in extract("标题\n欢迎仪式上，萨姆纳、布拉索昆、韩春那洛等三位副首相在机场迎接。").officials}
    assert got == {"萨姆纳": "副首相", "布拉索昆": "副首相", "韩春那洛": "副首相"}
    assert [o.name for o in extract("标题\n大学生、研究生等20名志愿者参加。").officials] == []


def test_yiji_is_one_conjunction_before_a_partner():
    from extractor import extract

    got = {o.name for o in extract("标题\n国会副主席杨建华以及萨姆纳、韩春那洛等两位副首相出席。").officials}
    assert "杨建华" in got and "杨建华以" not in got


def test_a_list_closed_by_deng_and_a_kind_of_thing_names_no_people():
    assert run("超市里摆满了杨梅、蓝莓等时令水果。") == {}
    assert run("展出了花丝、鲁绣、宋锦等传统技艺。") == {}  # crafts
    assert run("将推出秦腔、黄梅戏等不同主题的演出。") == {}  # stage arts: 戏, 腔 end no given name
    assert set(run("会上，王建国、李红梅等出席。")) == {"王建国", "李红梅"}


def test_how_often_and_how_soon_end_a_name_after_a_post() -> None:
    assert run("社区网格员孙晓每天走访独居老人。")["孙晓"].title == "社区网格员"
    assert run("村委会主任罗佳不久前刚刚回村。")["罗佳"].title == "村委会主任"
    assert run("镇党委书记邹海忙着联系收购商。")["邹海"].title == "镇党委书记"
    assert set(run("卫生院医生孔明一早就出诊。")) == {"孔明"}  # 一早: not 孔明一|早就


def test_a_technology_envoy_is_a_post_and_now_ends_a_name() -> None:
    assert run("县农业科技特派员鲁晓燕带着专家下田。")["鲁晓燕"].title == "县农业科技特派员"
    assert set(run("养殖大户郝林现在每天都要巡塘。")) == {"郝林"}  # 现在: not 郝林现|在


def test_the_time_of_a_clause_ends_a_name() -> None:
    assert run("总理会见到访的联合国特使欧阳明时表示，")["欧阳明"].title == "联合国特使"
    assert run("一行人登上黄岩界时，雾气散开。") == {}  # a place: 界 ends no name of a name's shape alone
    assert run("市长郑毅同时强调，要抓好落实。")["郑毅"].title == "市长"  # 同时 as before


def test_soldiers_ranks_and_wholesalers_are_posts() -> None:
    assert run("上士韩涛带领新兵巡逻时说，")["韩涛"].title == "上士"
    assert run("大学生士兵赵文博来自山东。")["赵文博"].title == "大学生士兵"  # (a kind of person before: no title)
    assert run("服装批发商邹明告诉记者，")["邹明"].title == "服装批发商"


def test_trades_of_transport_and_crafts_before_a_name() -> None:
    assert run("高铁乘务员易欣怡正在为旅客解答。")["易欣怡"].title == "高铁乘务员"
    assert run("随行的摄影师韦子涵表示，画面很震撼。")["韦子涵"].title == "摄影师"


def test_a_queen_mother_and_mao_in_a_transliteration() -> None:
    got = run("首相会见了约旦国王阿卜杜拉和王太后努尔。")
    assert got["努尔"].title == "王太后"
    assert run("总理会见吉布提总统盖莱和伊拉克总统马茂德。")["马茂德"].title == "伊拉克总统"
    # (司法: a one-character country's form closing a word of prose is no country)
    assert run("英国司法大臣拉米今天说，")["拉米"].title == "英国司法大臣"


def test_acting_for_someone_is_no_post_of_the_name_after_it() -> None:
    got = run("丁薛祥代表习近平主席出席开幕式并致辞。")
    assert got["习近平"].title == "主席"  # not 丁薛祥代表
    assert run("全国人大代表马晓丽建议，")["马晓丽"].title == "全国人大代表"


def test_a_verb_before_a_well_known_transliterated_name() -> None:
    assert "查尔斯三世" in run("他转达了英方的问候，并转达查尔斯三世国王的祝愿。")


def test_a_regnal_number_before_a_royal_post() -> None:
    got = run("首相转达卡尔十六世国王对中方的问候。")
    assert got["卡尔十六世"].title == "国王"  # (转达|卡尔…: the verb's 达 is no part of the name)
    assert run("他还会见了哈拉尔五世国王。")["哈拉尔五世"].title == "国王"


def test_a_passenger_before_a_name() -> None:
    assert run("乘客周建平告诉记者，高铁让出行更方便。")["周建平"].title == "乘客"


def test_traders_hyphenated_names_and_a_verb_of_assisting() -> None:
    assert run("来自意大利的参展商阿尔贝托此次带来了新品。")["阿尔贝托"].title == "参展商"
    assert run("伦敦市长汉密尔-刘易斯还出席了活动。")["汉密尔-刘易斯"].title == "伦敦市长"
    assert run("总统委托法国外长巴罗协助调解。")["巴罗"].title == "法国外长"
    assert run("关键在于有王主任牵头协调。") == {}  # 在于|有王…: 于 closes a word, no surname
    assert run("各地认真落实习近平总书记的重要指示。")["习近平"].title == "总书记"  # (实习 is no 于-word)


def test_local_time_after_a_transliterated_name_and_a_diplomat() -> None:
    assert run("法国驻联合国代表团前负责人多米尼克·特兰康当地时间3日表示，")["多米尼克·特兰康"].title \
        == "法国驻联合国代表团前负责人"
    assert run("外交部任命资深外交官卡拉汉为驻华大使。")["卡拉汉"].title == "资深外交官"


def test_a_counts_approximation_opens_no_name_and_speaking_by_video() -> None:
    assert run("峰会上，20余位部长级官员发言。") == {}  # (20余|位部长: no 余位)
    assert run("副县长余明说，")["余明"].title == "副县长"
    assert run("世界卫生组织总干事谭德塞视频致辞。")["谭德塞"].title == "世界卫生组织总干事"


def test_an_organisation_ends_at_no_suffix_that_opens_a_word() -> None:
    # 司|令, 科|技, 学|生, 社|会: the character would end a unit's name, but the word goes on
    got = run("据报道，黎巴嫩武装部队总司令发言人卡拉姆表示，局势可控。县科技特派员周晓航介绍了技术。"
              "退役大学生士兵郑思远说，要回乡创业。委内瑞拉统一社会主义党主席马杜罗出席。")
    assert got["卡拉姆"].organization == "黎巴嫩武装部队"
    assert got["周晓航"].organization == "县"
    assert got["郑思远"].organization is None
    assert got["马杜罗"].organization == "委内瑞拉统一社会主义党"
    assert run("社会党国际主席埃斯凯罗致辞。")["埃斯凯罗"].organization == "社会党"  # 会|党: the party's
    # a suffix before a unit word still ends it (市科技局, 大学学生会)
    got = run("市科技局局长孔令辉和北京大学学生会主席齐思源出席。某建材有限公司法定代表人蒋立平被约谈。")
    assert (got["孔令辉"].organization, got["齐思源"].organization) == ("市科技局", "北京大学学生会")
    assert got["蒋立平"].organization == "某建材有限公司"  # a longer suffix (公司) ends it


def test_a_former_deputys_post_names_no_contracted_place() -> None:
    # 江阴市长: a two-character place contracted before 市长; 原副|县长 is a former deputy's post
    got = run("会上，江阴市长许峰致辞，原副县长谷振华发言。")
    assert got["谷振华"].organization is None and got["谷振华"].title == "原副县长"
    assert got["许峰"].organization == "江阴"


def test_a_word_of_a_posts_field_ends_no_organisation() -> None:
    # 区|域, 港|口, 科|学: the suffix's character opens a word of the post's own field
    got = run("欧洲区域主任马蒂亚斯致辞。会见时，渔业和港口发展部长卡洛斯在座。")
    assert got["马蒂亚斯"].organization is None
    assert got["卡洛斯"].organization is None


def test_to_the_motherland_is_no_name() -> None:
    # 向|祖国: a preposition before 祖国, which is a given name too
    assert run("神舟二十五号航天员乘组向祖国和人民送来新春祝福。") == {}


def test_a_floor_of_a_building_is_no_name() -> None:
    # 居民|楼一层: 楼 is a surname, but a count of floors no given name
    assert run("火情发生在小区居民楼一层的一间储物室。") == {}


def test_a_group_sent_for_a_task_and_a_numbered_congress_are_organisations() -> None:
    got = run("会上，省英模事迹报告团成员宋佳琪作了发言。党的二十大代表向春燕说，要把精神带回村里。"
              "中国代表团副团长韦振宁出席开幕式。")
    assert got["宋佳琪"].organization == "省英模事迹报告团"
    assert (got["向春燕"].title, got["向春燕"].organization) == ("二十大代表", "二十大")
    assert got["韦振宁"].organization == "中国代表团"


def test_a_two_character_city_contracted_before_its_residents() -> None:
    # 重庆市民 is 重庆市的市民: the city is the organisation, as for 江阴市长
    assert run("家住渝中区的重庆市民洪晓岚说，夜景更美了。")["洪晓岚"].organization == "重庆"


def test_a_national_team_known_by_its_sport_is_the_organisation() -> None:
    # 中国女排, 中国男篮: a team, the body whose coach or captain the post is
    got = run("赛后，中国女足主教练钱立新表示，队员们发挥出色。中国男排队长孔晓东说，还要努力。")
    assert got["钱立新"].organization == "中国女足"
    assert got["孔晓东"].organization == "中国男排"


def test_a_foreign_countrys_envoy_has_the_whole_post_and_the_sender() -> None:
    # 俄罗斯驻|美国大使: the post is the sending country's; 常驻: a permanent mission's
    got = run("据报道，墨西哥驻法国大使卡洛斯表示欢迎。巴西常驻联合国副代表卡瓦略发言。")
    assert (got["卡洛斯"].title, got["卡洛斯"].organization) == ("墨西哥驻法国大使", "墨西哥")
    assert (got["卡瓦略"].title, got["卡瓦略"].organization) == ("巴西常驻联合国副代表", "巴西")


def test_a_foreign_citys_mayor_has_the_city_as_organisation() -> None:
    # 墨尔本市长: a foreign city of three characters or more before 市长 (江阴市长 is a contracted place)
    assert run("墨尔本市长卡普斯表示，全市将加强防范。")["卡普斯"].organization == "墨尔本"


def test_a_descriptor_opens_after_huanyou_listing_others_present() -> None:
    got = run("出席开幕式的还有省政协副主席韩晓东、周丽娟等。")
    assert (got["韩晓东"].title, got["韩晓东"].organization) == ("省政协副主席", "省政协")


def test_a_first_part_before_a_dot_reads_the_syllables_of_first_names_too() -> None:
    # 依 (阿依努尔, 热依汗) is a syllable of a first part before a ·, as 治 is (乔治·): the part is read
    # whole, not from the syllable after it; alone, 依 opens prose (负责人|依法…), no name
    got = run("座谈会上，护边员阿依努尔·吐尔洪说，边境线就是家门口。")
    assert list(got) == ["阿依努尔·吐尔洪"]
    assert run("国务院任命的52名负责人依法进行宪法宣誓。") == {}


def test_a_body_known_by_a_short_form_is_the_organisation() -> None:
    # 北约, 亚投行, 以军 end in no suffix of a body's name: read as a whole body's name before a post
    got = run("北约秘书长吕特会见了来访的客人。亚投行行长邹加怡出席年会。以军发言人阿德赖表示，行动仍在继续。")
    assert {n: got[n].organization for n in got} == {"吕特": "北约", "邹加怡": "亚投行", "阿德赖": "以军"}


def test_gai_before_the_unit_it_points_back_to_stays_in_the_descriptor() -> None:
    # 该州州长, 该公司首席执行官: the descriptor as written (not 州州长); 该 alone still opens none (据|市统计局…)
    got = run("得克萨斯州遭遇暴雨。该州州长阿博特宣布进入紧急状态。该公司首席执行官布朗表示，将尽快复产。")
    assert (got["阿博特"].title, got["阿博特"].organization) == ("该州州长", "该州")
    assert (got["布朗"].title, got["布朗"].organization) == ("该公司首席执行官", "该公司")


def test_a_word_of_time_is_no_given_name() -> None:
    # 居民|楼当晚遭袭: 楼 is a surname, 当晚 the clause's time, no person
    assert run("市中心一栋居民楼当晚遭导弹袭击，多人受伤。") == {}


def test_a_verb_of_admiring_or_remembering_ends_the_descriptor() -> None:
    # 我很赞赏|法国前总统X的…: the post after the verb is the title, not the clause before it; after a
    # verb of remembering (追思, 缅怀) a well-known name stands whole, though the verb ends in a
    # transliteration's character (思, 怀)
    got = run("他说，我很赞赏法国前总统希拉克的一句话。他在兰考追思焦裕禄，号召大家学习。")
    assert (got["希拉克"].title, got["希拉克"].organization) == ("法国前总统", "法国")
    assert "焦裕禄" in got


def test_a_conjunction_right_before_a_verb_of_speaking_is_the_names_last_character() -> None:
    # 和 or 同 right before 作, 说, 表示 … is no conjunction: it is the name's last character (陈立和|作了);
    # before a name (王强同|市委书记…) it still is one
    got = run("会上，市交通局副局长陈立和作了工作报告。市长王强同市委书记李明会见客人。")
    assert "陈立和" in got and "陈立" not in got
    assert {"王强", "李明"} <= set(got)


def test_a_short_form_of_a_country_before_a_deputys_post() -> None:
    # 俄副外长|X: 俄 is the country of a deputy's post (as of 俄外长), not a character of another word
    got = run("美副国务卿坎贝尔表示，将继续磋商。俄副外长里亚布科夫称，谈判仍在进行。")
    assert (got["里亚布科夫"].title, got["里亚布科夫"].organization) == ("俄副外长", "俄")


def test_bing_after_a_name_goes_with_what_follows() -> None:
    # 并 (and then) follows a name as 还 or 也 does: 总统|巴祖姆并…, never the name's last character
    got = run("军方释放了被扣押的总统科纳雷并恢复其职权。副市长王刚并指出，要加强管理。")
    assert set(got) == {"科纳雷", "王刚"}


def test_a_foreman_and_a_patient_before_a_name_and_plain_words_of_prose() -> None:
    got = run("凌晨5时，工长赵立新带着队员出发。病房里，患者孙秀英正在康复训练。这是村民朴素的心愿。")
    assert {n: got[n].title for n in got} == {"赵立新": "工长", "孙秀英": "患者"}


def test_a_common_word_surname_and_one_character_closed_by_zai_after_a_post() -> None:
    # 班长|常航在…: 在 closes the short name of a common-word surname after a post, as 说 or a comma does;
    # 常年 stays a word (队长|常年在一线)
    got = run("狂风中，排长常浩在队伍最前方开路。队长常年在一线巡逻。")
    assert set(got) == {"常浩"} and got["常浩"].title == "排长"


def test_a_customs_chief_and_a_customs_house_as_the_organisation() -> None:
    # 关长 is the post of a customs house's head; 海关 ends a body's name (青岛海关|原党委书记)
    got = run("会议通报了青岛海关原党委书记、关长孙建国严重违纪违法问题。")
    assert (got["孙建国"].title, got["孙建国"].organization) == ("青岛海关原党委书记、关长", "青岛海关")


def test_an_envoy_of_a_country_naming_people_in_characters_and_the_mission_as_organisation() -> None:
    # 日本驻华大使馆公使|X: the post is the sending country's (a Japanese name follows), and the mission named
    # is the organisation; an ambassador's stays the sending country (中国驻韩国大使)
    got = run("外交部召见日本驻华大使馆首席公使山本一郎，提出严正交涉。中国驻韩国大使戴兵出席活动。")
    assert (got["山本一郎"].title, got["山本一郎"].organization) == ("日本驻华大使馆首席公使", "日本驻华大使馆")
    assert got["戴兵"].organization == "中国"


def test_nao_is_a_syllable_of_transliterated_names() -> None:
    # 瑙 (瑙塞达, 维什瑙) is written only in transliterations (and 玛瑙): a name holding it is read whole
    got = run("立陶宛总统瑙塞达表示，将加强边境管控。印度铁道部部长维什瑙当天视察了现场。")
    assert {n: got[n].organization for n in got} == {"瑙塞达": "立陶宛", "维什瑙": "印度铁道部"}
