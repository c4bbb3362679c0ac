"""People named without a post of officials.toml, by the context news gives them
(extractor/kinds/officials/people.py, patterns/people.toml), on sentences written
for these tests; and the 、-list reading that stays linear in the list's length."""
from __future__ import annotations

import time

import pytest

from extractor import extract
from extractor.doc import Doc
from extractor.kinds import officials


def _names(body: str) -> set[str]:
    return {o.name for o in extract("标题\n\n" + body + "\n").officials}


def _described(body: str, name: str) -> tuple[str | None, str | None] | None:
    """(title, organization) of the person `name` in a one-paragraph article; None if not found."""
    found = {o.name: (o.title, o.organization) for o in extract("标题\n\n" + body + "\n").officials}
    return found.get(name)


@pytest.mark.parametrize("body, name", [
    ("谈到这次合作，帕特里克说，双方都很满意。", "帕特里克"),            # transliterated speaker
    ("随后，郑海燕又指出，资金必须专款专用。", "郑海燕"),                 # adverb between name and verb
    ("这批图书由旅美学者胡嘉明女士捐赠。", "胡嘉明"),                     # honorific mid-clause
    ("受表彰的有：马秀兰（女）、韩立新（回族）。", "马秀兰"),             # bracketed note
    ("受表彰的有：马秀兰（女）、韩立新（回族）。", "韩立新"),
    ("出席论坛的外国嘉宾有卡洛斯（巴西）、萨米尔（埃及）。", "萨米尔"),   # a country's note
    ("牧民次仁多吉高兴地展示新房。", "次仁多吉"),   # two Tibetan name words after a post: a name by its shape
    ("南开大学教授周其林获奖。", "周其林"),            # having won follows a name (获奖, 凭借 …)
    ("作家季红雁凭借长篇小说《远河》获奖。", "季红雁"),
    ("墨尔本市长巴斯11日宣布，全市实行限行。", "巴斯"),   # a short transliteration after a foreign city's post
    ("白俄罗斯外交部发言人格拉兹廖夫今天表示，将加强合作。", "格拉兹廖夫"),  # 廖 in transliterations too
    ("据介绍，联合国秘书长古铁雷斯今天抵达。", "古铁雷斯"),               # transliteration after a post
    ("会上，县长秦晓峰部署了防汛工作。", "秦晓峰"),                       # shaped name, unknown verb after it
    ("国务院决定，免去周立军、孙海涛的职务。", "孙海涛"),                 # list after a list opener
    ("会上，副局长魏名扬参加了会见。", "魏名扬"),                         # 名 is a given-name character too
    ("赛后，教练林晓东回答了记者的提问。", "林晓东"),                     # a reporting verb of a person
    ("会议结束前，周立波作总结讲话。", "周立波"),                         # giving a meeting's speech
    ("会上，副局长魏明扬通报了全市安全生产情况。", "魏明扬"),
    # given-name characters common in names though rare in prose (庚, 臣, 秉, 熹, 甫)
    ("镇党委书记刘庚臣介绍，今年新建道路12公里。", "刘庚臣"),
    ("随后，孙秉熹陪同考察。", "孙秉熹"),
    ("市民赵守甫当时提了一些建议。", "赵守甫"),
    # occupations before a ·-name or a name: 宇航员, (执行)干事
    ("欧洲航天局宇航员托马斯·佩斯凯介绍了训练情况。", "托马斯·佩斯凯"),
    ("团委干事王晓丽介绍了活动安排。", "王晓丽"),
    # a verb of taking or leaving office ends a transliterated name after a country's post
    ("据报道，该国前总理莫拉蒂当选新一届议长。", "莫拉蒂"),
    ("菲律宾总统拉莫斯竞选连任的计划受阻。", "拉莫斯"),
    # growers named by their crop (林农, 茶农) are descriptors like 果农
    ("来自山区的林农鲁长青认购了首批林票。", "鲁长青"),             # a verb of the lexicon ends the name
    ("应法国总统马克龙特别邀请，代表团启程访问。", "马克龙"),             # 特别 follows a name, ends it
    ("高建华、孙立新、韩晓明参加调研。", "高建华"),                       # a common-word surname in a list
    ("周末，孙玉兰等参加了义务劳动。", "孙玉兰"),                         # a name and others who attend
    ("1992年春天邓小平同志南方谈话中强调了改革。", "邓小平"),            # no stop word's prefix (邓小平理论)
    ("超市收银员季红梅与同事一起捐款。", "季红梅"),                       # an occupation before the name
    ("会上，野田佳彦说，两国应加强对话。", "野田佳彦"),                   # a Japanese family name
    ("会议结束。江海涛参加了调研。", "江海涛"),                           # a common-word surname opening a sentence
    ("据报道，乍得外长库拉马拉上月宣布终止协议。", "库拉马拉"),           # a time word ends a foreign name
    ("行军途中，班长李小勇的马陷进了泥里。", "李小勇"),
    ("总统和夫人苏梅拉参观了博物馆。", "苏梅拉"),                         # a spouse named after 夫人
    ("美国财长耶伦在会上表示要稳定汇率。", "耶伦"),                       # an abbreviated foreign post
    ("会议没有通知他，但孙正军获悉后立即赶来。", "孙正军"),               # a conjunction opens the clause
    ("会后，米尔斯还介绍说，新公园将免费开放。", "米尔斯"),               # a transliteration with a common-word surname
    ("比赛中，苗翊轩和杨雨萱配合默契。", "苗翊轩"),                       # common given-name characters
    ("会上，塞浦路斯议长迪米特里季斯致辞。", "迪米特里季斯"),             # 季 transliterates -di- (Greek, Russian)
    # a preposition a person is the subject of ends the name after a post (给, 被, 把)
    ("全国政协副主席邵鸿逵给青年志愿者回信。", "邵鸿逵"),
    ("该县原副县长胡骞被开除党籍。", "胡骞"),
    ("街道党工委书记钱翀把群众的事放在心上。", "钱翀"),
    ("县委书记冉骥当晚主持召开防汛会商会。", "冉骥"),                     # a time word after the name (当晚, 今日)
    ("会后，邝骁在参加小组讨论时说，要团结奋斗。", "邝骁"),             # taking part in a meeting (在参加)
    ("因为工作原因，全国政协委员欧阳翀结识了很多朋友。", "欧阳翀"),      # a verb of the lexicon ends the name (结识)
    ("会见蒙古国国家大呼拉尔主席阿尔泰楞。", "阿尔泰楞"),             # 楞 transliterates (Mongolian names)
    ("我愿同阿卜杜勒最高元首一道努力。", "阿卜杜勒"),                   # a foreign post after the name (最高元首)
    ("以色列总理赛义德连续两天通电话。", "赛义德"),                     # an adverb of repetition ends the name
    ("总理在柏林会见波兰总理图斯基时表示，将加强合作。", "图斯基"),       # 时 (when) after a transliterated name
    ("非遗项目代表性传承人邝翠萍讲解了技艺。", "邝翠萍"),               # an inheritor of a craft (传承人)
    ("跨区作业的农机手邝骞原本计划北上。", "邝骞"),                     # an occupation (农机手); 原本 after the name
])
def test_a_person_named_by_context(body: str, name: str) -> None:
    assert name in _names(body)


def test_a_name_found_once_is_found_at_every_mention() -> None:
    text = "标题\n\n记者采访时，孟庆华说，今年产量翻番。去年孟庆华带队外出学习。\n"
    (person,) = [o for o in extract(text).officials if o.name == "孟庆华"]
    assert len(person.mentions) == 2
    assert all(text[s:e] == "孟庆华" for s, e in person.mentions)
    assert person.title is None and person.organization is None


@pytest.mark.parametrize("body", [
    "高质量发展表示出强劲势头。",          # a word that begins with a surname character
    "张贴标语的人说，明天再来。",
    "俄罗斯表示，将继续谈判。",            # a country, not a person
    "王某说，他不知情。",                  # a surname alone is no name
    "李先生表示同意。",
    "习主席指出，要加强团结。",
    "来自各地的艺术家陆续登台演出。",      # an adverb that begins with a surname character
    "史诗般的胜利令人振奋。",              # a word of prose of a name's shape (史诗)
    "坚持以史为鉴、开创未来。",            # an idiom: 鉴 is no common given-name character
    "龙卷风、雷暴、沙尘暴等参加预警演练。",  # words, not names: uncommon given-name characters
    "石家庄、沧州、衡水等地参加演练。",
    "学校为广大师生普及安全知识。",        # 大师 is no post here (广大|师生)
    "卢旺达总统出席了开幕式。",            # a country of a name's shape
    "赛场上龙腾虎跃，气氛热烈。",          # an idiom of a name's shape
    "总理下午在昆明会见了外方代表。",      # a city opening with a surname character
    "他在会见参研人员代表时强调，要弘扬探月精神。",  # a post, then a verb: no name
    "我愿代表苏丹政府和人民表示感谢。",    # a country after a post
    "这一精神鼓舞了全中国人民。",          # 全中国 is a scope, not 全 + a given name
    "会后，江中游参加了调研。",            # after a comma a common-word surname opens prose as often
            # a surname and a post: how a person is called
    "王局长表示，工作已经部署。",
    "学院已培养出百余名博士，导师说，成果丰硕。",
    "成立大会上，主持人宣布开幕。",
    # a ·-joined series title: what follows the · is a word that follows names, no name part
    "电视台推出专栏《走进新时代·代表委员风采录》。",
    # a word of prose opening the "name": a letter, an idiom, a parliament
    "总统在贺信中表示，两国友谊源远流长。",
    "要抓住科技创新这个“牛鼻子”，推动发展。",
    "俄杜马主席访问伊朗。",
    # a verb of a person's after a post, countries and their towns (领导人|祝贺, 美英, 卡塔尔多哈)
    "多国领导人祝贺马年新春。",
    # nouns of prose of a name's shape
    "要守住老年人的“钱袋子”。",
    "展厅里陈列着精美的唐三彩。",
    "美英称将采取进一步行动。",
    "外长10日在卡塔尔多哈出席会议。",
    # the passive 被 follows a thing as often as a person: no name from the shape alone
    "春节前，白玉兰被摆在花市最显眼的位置。",
    # 共同 before a co-chair's post is no given name (非方|共同主席国)
    "塞内加尔是论坛非方共同主席国。",
    # a city after its country is a place, not a name (沙特|利雅得)
    "秘书长4月30日在沙特利雅得会见了代表团。",
    # an adjective of praise after a leader's post is no name (卓越, 英明)
    "节目生动展现了主席卓越的政治智慧。",
    # two countries' heads (俄美领导人) are no one's post: what follows names a place
    "双方商定，俄美领导人安克雷奇会晤下月举行。",
])
def test_no_person_from_prose(body: str) -> None:
    assert _names(body) == set()


def test_the_end_of_a_transliteration_is_no_chinese_name() -> None:
    assert _names("会上，阿尔巴尼斯总理会见了代表团。") == {"阿尔巴尼斯"}  # not 巴尼斯 as well


def test_a_name_before_a_post_is_never_the_end_of_a_dotted_name() -> None:
    assert "吉杰布" not in _names("会上，班禅额尔德尼·确吉杰布委员发言。")
    assert "王晨" in _names("委员长会议委托王晨副委员长作说明。")  # 副委员长 after a name


def test_a_dotted_name_ends_before_what_happens_to_its_person() -> None:
    assert "伊扎克·拉宾" in _names("1995年，总理伊扎克·拉宾遇刺身亡。")


def test_a_country_after_a_post_word_is_no_person() -> None:
    assert _names("沙特外交大臣费萨尔代表沙特接任主席国。") == {"费萨尔"}  # …代表|沙特接任


def test_a_reporter_is_a_byline_not_an_official() -> None:
    assert "程立华" not in _names("本报北京5月4日讯 记者程立华报道：会议今天开幕。")


def test_a_long_list_of_names_is_read_in_linear_time() -> None:
    def seconds(repeat: int) -> float:
        doc = Doc.of("标题\n\n" + "张三、李四、" * repeat + "\n")
        started = time.perf_counter()
        officials.extract(doc)
        return time.perf_counter() - started

    seconds(100)  # warm-up
    small, large = seconds(1000), seconds(4000)
    # read item by item from every item, four times the input cost sixteen times the time
    assert large < 8 * small + 0.2


@pytest.mark.parametrize("body, name", [
    # one name closed by a quoted honour after a list opener
    ("根据决定，授予郑秋元“优秀共产党员”称号。", "郑秋元"),
    # a slot of a 、-list is one name, even when its last character seldom ends a name
    ("授予刘长年、周正元“劳动模范”称号。", "刘长年"),
    ("授予刘长年、周正元“劳动模范”称号。", "周正元"),
    # a ·-name before a bracketed note is read whole
    ("会上表彰了热依拉·阿不都（维吾尔族）等先进个人。", "热依拉·阿不都"),
])
def test_a_person_in_an_honour_list(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", [
    "授予青岛市“全国文明城市”称号。",     # a place closing the slot is no name
    "授予刘长年、周正元“劳动模范”称号。",  # no part of a slot name comes out on its own
])
def test_no_partial_or_place_name_in_an_honour_list(body: str) -> None:
    assert not _names(body) & {"青岛市", "刘长", "周正", "阿不都"}


@pytest.mark.parametrize("body, name, field, value", [
    # a hyphen joins the parts of a transliterated name
    ("乌拉圭总统拉卡列-波乌致电祝贺。", "拉卡列-波乌", "title", "乌拉圭总统"),
    # the descriptor read back from the post stops at the verb of the clause before it
    ("各国政要纷纷致电中共中央总书记、国家主席习近平。", "习近平", "title", "中共中央总书记、国家主席"),
    # a verb right after a shorter reading of the name ends it there
    ("外交部副部长孙卫东访问越南。", "孙卫东", "title", "外交部副部长"),
    ("国务院副总理丁薛祥访问瑞士。", "丁薛祥", "title", "国务院副总理"),
    # a word before the post (国家) is no name holding it: the name after is the holder
    ("会议邀请国家主席刘建华出席。", "刘建华", "title", "国家主席"),
    # a descriptor holds no person: it opens after a name (with its post) joined by 和, 与, 同
    ("省委书记张建国和省长刘明华出席会议。", "刘明华", "title", "省长"),
    ("公司董事长周建华与总经理吴立新一同出席签约仪式。", "吴立新", "title", "总经理"),
    # the posts after a name, listed with 、
    ("会谈后，杜明山总书记、国家主席出席了欢迎宴会。", "杜明山", "title", "总书记、国家主席"),
    # a country and 前 before the post are no name (韩国前|总理): the name after holds it
    ("会见了韩国前总理金明洙等嘉宾。", "金明洙", "title", "韩国前总理"),
    # bodies whose names end otherwise than in 局, 委, 部 … (names.toml org_suffixes)
    ("全国人大代表梁小红介绍了经验。", "梁小红", "organization", "全国人大"),
    ("全国工商联主席高建国出席。", "高建国", "organization", "全国工商联"),
    ("美联储主席鲍勃表示，将维持利率不变。", "鲍勃", "organization", "美联储"),
    # a foreign body after its country, read as a domestic one is
    ("南非国民议会事务主席弗罗利克出席。", "弗罗利克", "organization", "南非国民议会"),
    ("联合国内罗毕办事处总干事班古拉致辞。", "班古拉", "organization", "联合国内罗毕办事处"),
    ("俄罗斯外交部副部长里亚布科夫表示。", "里亚布科夫", "organization", "俄罗斯外交部"),
    # a ministry fused with its 部长 (交通部长 = 交通部 + 部长) ...
    ("美国交通部长达菲表示反对。", "达菲", "organization", "美国交通部"),
    # ... but not a second post or a former one before it
    ("德国副总理兼财政部长克林拜尔表示。", "克林拜尔", "organization", "德国"),
    ("美国前财政部长萨默斯表示。", "萨默斯", "organization", "美国"),
    # a transliterated name after a foreign post with no country before it: the post
    # (with 前) is the title, and so are the posts joined to it by 、
    ("银行将把前总统马科斯的存款归还国库。", "马科斯", "title", "前总统"),
    ("会上，喀麦隆人民民主联盟主席、总统比亚表示祝贺。", "比亚", "title", "喀麦隆人民民主联盟主席、总统"),
    ("代表团在首都会见了总统萨勒。", "萨勒", "title", "总统"),
    ("会上，总统卢拉分别会见了两国代表。", "卢拉", "title", "总统"),  # a transliteration of a Chinese name's shape
    # the same title read by two rules: the one that knows the country gives the body
    ("会上，新加坡总理李显龙致辞。", "李显龙", "organization", "新加坡"),
    ("会上，意大利总理梅洛尼致辞。", "梅洛尼", "organization", "意大利"),
    ("特多总理罗利会见了代表团。", "罗利", "organization", "特多"),  # a country's short form
    # a name before a foreign post ending in a country's one-character short form (德, 乌) is a name
    ("在两国元首和艾哈迈德总统的推动下，合作不断深化。", "艾哈迈德", "title", "总统"),
    # a disciplinary notice: what it says of the person ends the name (严重违纪违法, 涉嫌)
    ("中央纪委对湖南省政协原党组书记、主席王立新严重违纪违法问题进行审查。", "王立新", "organization", "湖南省政协"),
    ("经查，某市原副市长赵建涉嫌受贿犯罪。", "赵建", "title", "某市原副市长"),
    # a former unit of a body (原区委, 原党支部) is part of the post; the body ends before 原 ...
    ("四川省成都市金牛区原区委副书记、区长赵明辉被查。", "赵明辉", "organization", "四川省成都市金牛区"),
    ("河北省某县检察院原党支部书记孙立国被立案审查。", "孙立国", "organization", "河北省某县检察院"),
    # ... but 原 and 前 inside a place's name stay (太原, 前郭)
    ("山西省太原市委书记郭广林出席。", "郭广林", "organization", "山西省太原市委"),
    # a bank's branches are bodies
    ("中国建设银行江苏省分行原副行长陈海涛被提起公诉。", "陈海涛", "organization", "中国建设银行江苏省分行"),
    ("农业银行城南支行行长吴文彬介绍了贷款情况。", "吴文彬", "organization", "农业银行城南支行"),
    ("新疆生产建设兵团政委李红军出席。", "李红军", "organization", "新疆生产建设兵团"),  # 兵团 ends a body
    ("澳门特别行政区行政长官何文华出席开幕式。", "何文华", "title", "澳门特别行政区行政长官"),
    # a party's name ends a body (党 alone ends too many words: 入党, 政党)
    ("会上，中国国民党副主席林志远致辞。", "林志远", "organization", "中国国民党"),
    ("加拿大保守党领导人麦凯恩表示反对。", "麦凯恩", "organization", "加拿大保守党"),
    # the one met after 同 and a country: the descriptor opens there (北京同|…), and 应 (at the
    # invitation of) opens no descriptor
    ("昨天，国家主席在北京同越南国家主席阮文明举行会谈。", "阮文明", "title", "越南国家主席"),
    ("应国务院总理李明华邀请，代表团将访华。", "李明华", "title", "国务院总理"),
    ("应急管理部部长王立群出席。", "王立群", "title", "应急管理部部长"),
    ("会见美国国会众议院少数党领袖杰克逊率领的代表团。", "杰克逊", "title", "美国国会众议院少数党领袖"),
    # 得 transliterates (彼得 Peter); a verb whose object is the person opens the descriptor
    ("会见新西兰副总理兼外长彼得森。", "彼得森", "title", "新西兰副总理兼外长"),
    ("全国各地沉痛悼念中共中央政治局原常委宋明远同志。", "宋明远", "title", "中共中央政治局原常委"),
    # what a leader's words are about ends the name (有关, 相关); a party's member is a post
    ("美国总统杰克森有关贸易的言论引发批评。", "杰克森", "title", "美国总统"),
    ("内华达州州长、共和党人隆巴多表示反对。", "隆巴多", "title", "内华达州州长、共和党人"),
    # a condition the person is the subject of ends the name (如果); 怀 is a surname (a weak one)
    ("乌克兰总统泽连科如果同意，双方将签署协议。", "泽连科", "title", "乌克兰总统"),
    ("教育部党组书记、部长怀建平出席。", "怀建平", "title", "教育部党组书记、部长"),
    # a verb before a name is no part of a transliteration (转达|苏林总书记)
    ("越南总理转达苏林总书记的亲切问候。", "苏林", "title", "总书记"),
    # a transliteration after a country and a post that is no foreign post (州长, 领导人, 夫人):
    # the title foreign_leader would give, from the country on
    ("当天，美国得克萨斯州州长阿博特宣布进入紧急状态。", "阿博特", "title", "美国得克萨斯州州长"),
    ("也门胡塞武装领导人阿卜杜勒发表电视讲话。", "阿卜杜勒", "title", "也门胡塞武装领导人"),
    ("仪式上，越南国家主席夫人潘氏清向来宾致意。", "潘氏清", "title", "越南国家主席夫人"),
])
def test_a_person_and_the_descriptor_before_the_name(body: str, name: str, field: str, value: str) -> None:
    found = {o.name: getattr(o, field) for o in extract("标题\n\n" + body + "\n").officials}
    assert found.get(name) == value


@pytest.mark.parametrize("body", [
    "新西兰卫生部长出席了会议。",        # a country's last character is no surname
    "他就任国家主席后首次出访。",        # 任 ends the verb 就任; 国家 is a word
    "农业界委员围绕粮食安全建言。",      # a sector before a member's post
    "水利部长江水利委员会调度水库。",    # a post word opening a body's name
    "新西兰总理访华期间，惠灵顿表示欢迎。",  # a capital (people.toml foreign_not) before a person's verb
    "这是国王登基20年来首次出访。",          # a verb of the lexicon after a foreign post
    "民众聚集在首相官邸前抗议。",            # no transliteration after a foreign post
])
def test_no_person_where_a_post_follows_prose(body: str) -> None:
    assert _names(body) == set()


@pytest.mark.parametrize("body, name", [
    # a doctrine named after its author names the author
    ("全体干部坚持以邓小平理论为指导。", "邓小平"),
    ("深入学习习近平经济思想。", "习近平"),
    # a ·-name's first part is a transliteration: the nationality before it is no part of it
    ("德国人汉斯·米勒说，影展很成功。", "汉斯·米勒"),
])
def test_a_person_named_by_a_doctrine_or_a_dotted_name(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", [
    "坚持马克思主义立场观点方法。",      # a school named after a person names no one here
    "要把学习贯彻新时代中国特色社会主义思想作为主线。",
    "做好宣传思想文化工作。",
])
def test_no_person_from_a_doctrine_without_a_name(body: str) -> None:
    assert _names(body) == set()


@pytest.mark.parametrize("body, name", [
    # a name's post, then a word of prose: the post is the first name's, no second name follows
    ("市长在仪式上宣读了郑振华部长贺信并讲话。", "郑振华"),
])
def test_the_person_and_no_longer_false_name(body: str, name: str) -> None:
    assert _names(body) == {name}


def test_a_joining_word_is_no_part_of_a_name_before_a_post() -> None:
    # 王明和|省长: 和 joins the next person, whose post follows
    assert _names("省委书记王明和省长李华出席。") == {"王明", "李华"}


def test_a_speech_verb_is_no_part_of_a_name_before_an_apposition() -> None:
    # a given name of three after one surname ending in a verb: a name and its verb
    assert "方勇强调" not in _names("会上，方勇强调，要坚持党委统一领导，确保各项工作落实。")


@pytest.mark.parametrize("body", [
    "学生们瞻仰了王明德墓并敬献花圈。",      # a tomb named after a person
    "代表团一行瞻仰了张建华陵并敬献花篮。",
    "学生们瞻仰了许世明纪念碑并敬献花圈。",  # a memorial
])
def test_no_person_from_a_place_named_after_one(body: str) -> None:
    assert _names(body) == set()


@pytest.mark.parametrize("body, name", [
    ("这次座谈会上，胡晓峰和冯丽娟都谈了各自的体会。", "胡晓峰"),      # after a clause opening, before 和
    ("这次座谈会上，胡晓峰和冯丽娟都谈了各自的体会。", "冯丽娟"),      # after 和, before 都
    ("周末大家一起去看望谢建军，他总是很高兴。", "谢建军"),             # after a verb, before a comma
])
def test_a_name_read_from_its_shape_between_boundaries(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", [
    "在改革的过程中更要注意方法。",          # 程 ends 过程: no boundary before it
    "大量农村劳动力进城务工。",              # 劳动力 is a word of prose
    "他们把宋军从一个小村调到县里。",        # 从 follows a name, it does not end one
    "拖欠工资不还，到底是何居心？",          # 何 asks a question here, it is no surname
])
def test_no_name_read_from_prose_of_that_shape(body: str) -> None:
    found = _names(body)
    assert not found & {"程中更", "劳动力", "宋军从", "何居心"}


@pytest.mark.parametrize("body, name", [
    ("国际原子能机构总干事格罗西本月1日称，伊朗对此表示。", "格罗西"),  # 本月 follows the name
    ("世卫组织驻阿富汗应急小组负责人阿拉·阿布-扎伊德9日表示。", "阿拉·阿布-扎伊德"),  # a hyphen inside
    ("巴勒斯坦伊斯兰圣战组织秘书长齐亚德·纳哈拉共同会见了代表。", "齐亚德·纳哈拉"),  # 共同 follows
])
def test_where_a_transliterated_name_ends(body: str, name: str) -> None:
    assert name in _names(body)


def test_an_apposition_names_a_person_by_the_post_it_ends_in() -> None:
    # …，召开了…领导人非正式会议，: a clause about a meeting, no descriptor of 时代潮流
    body = "习近平指出，30年前，亚太地区领导人顺应和平和发展的时代潮流，召开了首次领导人非正式会议，开启了新篇章。"
    assert "时代潮流" not in _names(body)


def test_a_name_ending_in_zheng_before_a_list_mark_is_whole() -> None:
    # 正 goes with a word after it (王强|正在); before 、 it ends the name
    assert _names("张卫国、刘建军、郭鲁正、赵立新等同志出席。") == {"张卫国", "刘建军", "郭鲁正", "赵立新"}


def test_a_transliteration_may_open_like_a_country() -> None:
    assert "马里纳基斯" in _names("希腊政府发言人马里纳基斯28日表示，将继续谈判。")


def test_a_function_character_after_a_two_character_name_goes_with_what_follows() -> None:
    assert "赵立同" not in _names("会后，赵立同来访的客人合影留念。")


@pytest.mark.parametrize("body, name", [
    ("此前，英国外交大臣拉米下令关闭使馆。", "拉米"),        # a verb of command after the name
    ("工程师陈建华想要研发一款新产品。", "陈建华"),          # a verb of will
])
def test_a_name_before_a_verb_of_will_or_command(body: str, name: str) -> None:
    assert name in _names(body)


def test_no_name_of_a_surname_and_a_word() -> None:
    assert _names("以方称扩大在黎行动。") == set()  # 黎|行动: a place and a word


@pytest.mark.parametrize("body, name", [
    ("“时代楷模”荣誉称号获得者刘建年，生前是一名乡村教师。", "刘建年"),  # 年 ends given names too
    ("全国人大常委会委员信立新作报告。", "信立新"),                      # 信 is a surname
    ("俄总统新闻秘书佩斯科夫在接受采访时称，会谈富有成效。", "佩斯科夫"),  # a short form before a body
    ("俄总统助理乌沙科夫表示，双方将继续接触。", "乌沙科夫"),
])
def test_names_found_since_people_19(body: str, name: str) -> None:
    assert name in _names(body)


@pytest.mark.parametrize("body", [
    "我们坚信古巴同志一定能够战胜困难。",        # 坚信|古巴: the surname character ends a verb
    "相信两国总理定期会晤将发挥积极作用。",
    "泰国今年是第五年参加这一博览会。",
])
def test_no_name_after_a_verb_ending_in_a_surname_character(body: str) -> None:
    assert _names(body) == set()


def test_a_shared_post_reaches_every_name_of_its_list() -> None:
    found = {o.name: o.title for o in extract("标题\n\n全国政协副主席咸辉、王东峰、王光谦出席。\n").officials}
    assert found == {"咸辉": "全国政协副主席", "王东峰": "全国政协副主席", "王光谦": "全国政协副主席"}


def test_a_foreign_descriptor_is_no_clause() -> None:
    # words with an auxiliary or a verb of saying make a clause, not the post's body
    found = {o.name: o for o in extract("标题\n\n乌政府将撤换国防部长列兹尼科夫。\n").officials}
    assert not found["列兹尼科夫"].title.startswith("乌政府将") and found["列兹尼科夫"].organization != "乌政府"
    # a verb of the lexicon heading a body (组织) or prefixing a post (执行) is no clause
    found = {o.name: o for o in extract("标题\n\n联合国教科文组织总干事阿祖莱致辞。\n").officials}
    assert found["阿祖莱"].organization == "联合国教科文组织"


def test_a_partner_is_no_part_of_a_name_mentioned_whole() -> None:
    # 拉马福萨、卢拉: the partner read before 卢拉 would be 马福萨, the end of a name found whole
    names = _names("南非总统拉马福萨主持会晤。巴西总统卢拉出席。\n\n拉马福萨、卢拉、普京共同会见记者。")
    assert {"拉马福萨", "卢拉"} <= names and "马福萨" not in names


def test_a_dotted_name_ends_before_a_preposition_or_kin() -> None:
    names = _names("英国工党领袖约翰·布朗被国王任命为首相。会议推举已故领导人阿里·萨迪克之子穆萨为新领导人。")
    assert {"约翰·布朗", "阿里·萨迪克"} <= names and not any("被" in n or "之子" in n for n in names)


def test_a_dotted_name_after_a_post_and_a_verb_starts_after_the_verb() -> None:
    names = _names("24日，众议院共和党人提名迈克·詹森为众议长候选人。")
    assert "迈克·詹森" in names and not any(n.startswith("提名") for n in names)


def test_the_end_of_a_transliteration_before_a_post_is_no_name() -> None:
    names = _names("俄罗斯总理米舒斯京出席。米舒斯京总理表示欢迎，基辛格博士也曾到访。")
    assert "米舒斯京" in names and not {"舒斯京", "辛格"} & names


def test_taking_office_after_a_name_is_no_given_name() -> None:
    names = _names("会议选举产生了新一届常务委员会，邝明金当选主席。")
    assert "邝明金" in names and not any(n.endswith("当选") for n in names)


@pytest.mark.parametrize("body, name, title", [
    # a Japanese post with no body before it, the country named earlier in the sentence
    ("日本多个市民团体向内阁府递交了致首相石破茂的公开信。", "石破茂", "首相"),
    # 在野党 names a kind of party, no clause, between a country and a post
    ("日本在野党国民民主党党首玉木雄一郎表示反对。", "玉木雄一郎", "日本在野党国民民主党党首"),
    # members of legislatures and research staff hold posts
    ("英国下议院议员乔治·加洛韦当天发表讲话。", "乔治·加洛韦", "英国下议院议员"),
    ("香港特区立法会议员陈家欣在会上发言。", "陈家欣", "香港特区立法会议员"),
    ("研究所科研人员吴小燕带领团队攻关。", "吴小燕", "研究所科研人员"),
    # 总编辑 is a newspaper's post, not the byline role 编辑
    ("人民日报总编辑李明远在会上致辞。", "李明远", "人民日报总编辑"),
    # a report quoting a person: the verb ends the descriptor
    ("报道援引加利福尼亚州民主党参议员亚当·希夫的话说，调查仍在进行。", "亚当·希夫", "加利福尼亚州民主党参议员"),
])
def test_people_named_after_a_post_far_from_its_country_or_of_a_legislature(body: str, name: str, title: str) -> None:
    assert (_described(body, name) or (None,))[0] == title


def test_a_post_after_a_korean_sentence_reads_no_word_as_a_name() -> None:
    # Chinese surnames open words (官邸, 权限): read only right after their country
    assert _names("韩国反对党议员今天在总统官邸前集会，要求限制总统权限。") == set()


def test_a_legislators_action_after_the_post_is_no_name() -> None:
    assert _names("民主党指责白宫向共和党议员施压。英格兰将改选约5000个地方议员席位。") == set()


def test_two_dotted_names_joined_by_and_are_two_names() -> None:
    names = _names("美国参议员伯尼·桑德斯和伊丽莎白·沃伦发表联合声明。英国工党议员约翰·史密斯因涉嫌违规被调查。")
    assert {"伯尼·桑德斯", "约翰·史密斯"} <= names and not any("和" in n or "因" in n for n in names)


def test_a_byline_editor_is_still_no_official() -> None:
    facts = extract("标题\n\n会议在京举行。\n\n责任编辑：李明远\n")
    assert "李明远" not in {o.name for o in facts.officials}
    assert "李明远" in {b.name for b in facts.document.bylines}


@pytest.mark.parametrize("body, name, title", [
    # Tibetan names have no surname: two Tibetan name words make one
    ("县人大常委会主任白玛次仁主持会议。", "白玛次仁", "县人大常委会主任"),
    ("自治区政协副主席格桑平措出席。", "格桑平措", "自治区政协副主席"),
    # 以 after a name opens the manner the person acts in
    ("国务院总理李强以视频方式出席峰会。", "李强", "国务院总理"),
    # a head of state addressed by the post after the name
    ("代表团转达了阮春福国家主席的问候。", "阮春福", "国家主席"),
    # an official of a body with no post named
    ("哈马斯高级官员阿布·祖赫里表示，谈判仍在进行。", "阿布·祖赫里", "哈马斯高级官员"),
])
def test_a_person_without_a_surname_or_before_yi_or_an_official(body: str, name: str, title: str) -> None:
    assert (_described(body, name) or (None,))[0] == title


def test_tibetan_names_in_a_list_and_no_name_from_one_word() -> None:
    names = _names("王建国、次仁顿珠、李红等出席。瑞士洛桑的格桑花开了。央金拉姆说，今年收成不错。")
    assert {"次仁顿珠", "央金拉姆"} <= names and not {"洛桑", "格桑", "格桑花开"} & names


def test_a_winner_before_yi_and_a_time_before_yilai() -> None:
    names = _names("决赛中，中国选手王晓红以12秒10的成绩夺得金牌。探测器着陆月背以来运行良好。")
    assert "王晓红" in names and not any(n.endswith("以") or n.startswith("陆") for n in names)


def test_what_follows_an_official_is_no_name() -> None:
    assert _names("欧盟官员基本同意该方案，但认为相关官员应辞职。") == set()


@pytest.mark.parametrize("body, name, title, org", [
    # an envoy's descriptor names the sending country, a country holding 及 or 以 read whole
    ("中国驻以色列大使王克俭出席招待会。", "王克俭", "中国驻以色列大使", "中国"),
    ("瑞典驻华大使林戴安出席。", "林戴安", "瑞典驻华大使", "瑞典"),
    # a post joined to another country's descriptor is another person's
    ("葡萄牙政府代表和中国驻葡萄牙大使赵本堂到机场送行。", "赵本堂", "中国驻葡萄牙大使", "中国"),
    # 于 and travel words after a name
    ("国务院副总理何立峰于当地时间12日抵达伦敦。", "何立峰", "国务院副总理", "国务院"),
    ("国务院总理李强乘专机抵达开罗。", "李强", "国务院总理", "国务院"),
    # an armed service and a forum end a body's name
    ("东部战区司令员林向阳表示。", "林向阳", "东部战区司令员", "东部战区"),
    # a broadcast of the person's words opens the descriptor after it
    ("今晚播出越南总理范明政的专访。", "范明政", "越南总理", "越南"),
])
def test_the_descriptor_and_body_of_envoys_and_travellers(body: str, name: str, title: str, org: str) -> None:
    assert _described(body, name) == (title, org)


def test_born_in_and_riding_are_no_part_of_a_name() -> None:
    names = _names("航天员王浩泽驾乘飞船返回。院士陈建华生于1950年。")
    assert "王浩泽" in names and not any(n.endswith(("驾", "生")) for n in names)


@pytest.mark.parametrize("body", [
    "上海浦东新区日前率先试点，学员们走进孔子学院学习中文。",   # a place's or a body's name of a name's shape
    "他饶有兴致地观看演出，强调要推进廉洁建设。",               # words of prose opening with a surname
    "中方愿同黎方共同努力，黎媒对此进行了报道。",               # a country's side and media
    "学生们感谢习主席的回信。议会提名他担任国防部长。",         # a surname inside a word before a post
    "卡塔尔埃米尔代表出席了仪式。",                              # a country and its post
    "在四川青川，辛夷花陆续开放。",
])
def test_no_person_from_places_words_and_posts_of_a_name_shape(body: str) -> None:
    assert _names(body) == set()


def test_a_country_with_and_in_its_name_is_read_whole() -> None:
    found = {o.name: o.organization for o in extract("标题\n\n圣多美和普林西比总统诺瓦出席。\n").officials}
    assert found == {"诺瓦": "圣多美和普林西比"}


def test_a_name_ending_in_a_conjunction_before_de_and_dotted_names_before_adverbs() -> None:
    names = _names("会上宣读了国防部长魏凤和的讲话。世卫组织顾问布鲁斯·艾尔沃德近期表示，"
                   "代表古兰拜尔·茹仙跟村民们一起劳动。")
    assert {"魏凤和", "布鲁斯·艾尔沃德", "古兰拜尔·茹仙"} <= names
    assert not any(n.endswith(("近期", "一起")) for n in names)


@pytest.mark.parametrize("body, name, org", [
    ("伊朗外交部长阿拉格齐表示欢迎。", "阿拉格齐", "伊朗"),        # a foreign post word with its ministry in it
    ("美国交通部长布蒂吉格表示。", "布蒂吉格", "美国交通部"),      # a ministry fused with 部长
    ("柬埔寨首相洪玛奈出席。", "洪玛奈", "柬埔寨"),              # a country and a post
    ("国务委员兼国务院秘书长吴政隆出席。", "吴政隆", "国务院"),   # the body of the post after 兼
])
def test_the_organisation_of_a_country_post_and_of_joined_posts(body: str, name: str, org: str) -> None:
    assert (_described(body, name) or (None, None))[1] == org


def test_a_listed_name_with_a_common_word_surname_is_read_whole() -> None:
    names = _names("国务院总理李强表示欢迎。会见时在座的有陈小明、温家宝、李强和王明。")
    assert "温家宝" in names and "家宝" not in names


@pytest.mark.parametrize("body", [
    "代表团参观了杨家坪革命旧址和李家沟。明年是蒙中建交75周年，孟中友好关系不断发展。",  # places, relations
    "欧佩克称今年石油需求增长，穆迪下调了评级。",           # bodies spelt with transliteration characters
    "习近平在布里斯班会见了当地官员。",                        # a city before a person's verb
])
def test_no_person_from_places_relations_and_bodies(body: str) -> None:
    assert _names(body) <= {"习近平"}


def test_a_name_never_opens_inside_a_word_before_it() -> None:
    names = _names("我们要学习雷锋同志的精神。")
    assert names == {"雷锋"}


def test_a_modal_after_a_name_a_bao_transliteration_and_words_after_a_short_name() -> None:
    found = {o.name: o.title for o in extract(
        "标题\n\n报道称，以色列总理内塔尼亚胡可能将访美。韩正会见瑞典某集团董事会主席瓦伦堡。"
        "李杨今年30岁，冯振总是冲锋在前。\n").officials}
    assert found.get("内塔尼亚胡") == "以色列总理" and "瓦伦堡" in found
    assert not {"李杨今", "冯振总"} & set(found)


@pytest.mark.parametrize("body, name, title, org", [
    ("中共中央政治局委员、中央党的建设工作领导小组副组长石泰峰出席。", "石泰峰",
     "中共中央政治局委员、中央党的建设工作领导小组副组长", "中共中央政治局"),   # 党的建设 read whole
    ("党代会主席团常务主席王建民主持会议。", "王建民", "党代会主席团常务主席", "党代会主席团"),  # a presidium
])
def test_bodies_holding_de_and_a_presidium(body: str, name: str, title: str, org: str) -> None:
    assert _described(body, name) == (title, org)


def test_lu_opens_and_ends_transliterated_names() -> None:
    assert _described("国务院总理李强同荷兰首相吕特通电话。", "吕特") == ("荷兰首相", "荷兰")


def test_a_journalist_in_the_story_is_a_person_and_a_reporters_credit_a_byline() -> None:
    assert _described("美国调查记者西摩·赫什爆料称，美方策划了爆炸。", "西摩·赫什") == ("美国调查记者", None)
    facts = extract("标题\n\n本报记者李明远报道：会议在京举行。\n")
    assert "李明远" not in {o.name for o in facts.officials}


def test_a_tibetan_name_before_a_persons_verb_and_yi_after_a_name() -> None:
    assert "多吉次仁" in _names("会谈在友好气氛中进行。\n\n多吉次仁参加会见。")
    assert _described("同日，美国总统拜登亦致贺信。", "拜登") == ("美国总统", "美国")
    assert _described("中央办公厅分管日常工作的副主任孟祥锋作报告。", "孟祥锋")[0] == "中央办公厅分管日常工作的副主任"


def test_cha_in_a_transliteration_and_no_name_opening_with_a_verb_after_a_post() -> None:
    assert _described("《消息报》社长伊万·基斯利察说，文章很重要。", "伊万·基斯利察") is not None
    assert _names("当天，习近平总书记考察内蒙古。") == {"习近平"}


def test_a_transliteration_before_an_honorific_is_read_whole() -> None:
    # 费尔 has a Chinese name's shape, but it ends the transliteration 伯奇费尔 (not 毛泽东 after a verb)
    assert _described("去年秋天，我在上海见到伯奇费尔院士。", "伯奇费尔") == ("院士", None)
    # a Chinese name of three after a verb's character is not read as a transliteration's end
    assert "怀毛泽东" not in _names("大家深情缅怀毛泽东同志的丰功伟绩。")


def test_an_envoy_or_a_marshal_addressed_by_the_post_after_the_name() -> None:
    assert _described("招待会上，陈立新大使致辞。", "陈立新") == ("大使", None)
    assert _described("据回忆，聂荣臻元帅曾到过这里。", "聂荣臻") == ("元帅", None)
    # a place's head is no name (费城市长, 蒙阴县长): 市长 and 县长 are not read after a name
    assert _names("会上，蒙阴县长作了发言。") == set()


def test_growing_up_is_no_name_after_a_post() -> None:
    assert _names("这是首部反映乡村教师成长的纪录片。") == set()
    assert _names("节目展现新时代乡村医生成长的故事。") == set()


def test_a_persons_mind_body_or_home_after_a_name_ends_it() -> None:
    assert "梁秀蓉" in _names("听到这个消息，梁秀蓉心里一阵激动。")
    assert "韦俊峰" in _names("据了解，韦俊峰本人也是一名退役军人。")


def test_a_department_before_a_professors_title_is_no_name() -> None:
    found = _names("在清华大学历史学系教授、历史学家张立群家中，他们亲切交谈。")
    assert "史学系" not in found and "张立群" in found


def test_a_weekday_after_a_post_and_a_verb_opening_before_a_speech_verb_are_no_names() -> None:
    assert _described("法国总理巴鲁瓦周三晚表示，将推进改革。", "巴鲁瓦") is not None
    assert all("周三" not in n for n in _names("总理周三晚表示，将推进改革。"))
    # 堪称 is one verb: its 堪 is no part of the name before it (not 费雪堪)
    assert "费雪" in _names("费雪堪称当今最好的短跑选手。")
    assert _names("整个过程堪称完美。") == set()


def test_a_dotted_name_after_another_persons_post_and_a_particle() -> None:
    # the post is 习近平's; the ·-name after 向 has none, and ends before 致贺电
    found = {o.name: o.title for o in extract("标题\n\n国家主席习近平向胡安·马丁内斯致贺电，祝贺他当选。\n").officials}
    assert found.get("胡安·马丁内斯", "missing") is None
    assert not any(n.endswith("致贺电") for n in found)
    # a programme's name with a · after a post names no one (世界市长对话·上海)
    assert _names("2026世界市长对话·杭州活动今天举行。") == set()


def test_words_villages_and_phrases_of_a_names_shape_are_no_names() -> None:
    assert _names("距离市区30公里的王家庄发展乡村旅游。") == set()
    assert _names("人们逛庙会、猜灯谜，许下新年愿望。") == set()
    assert _names("奥马吉表示，欧中立法机构加强交往。") == set()
    assert _names("会场设在陆军军医大学。") == set()
    # a name joined by 同 to another person's post: the verb after is the other's
    assert "韩光同" not in _names("访问期间，韩光同副总统举行会谈。")
    # 刘海 is a name's opening more often than a word
    assert "刘海涛" in _names("名单：刘建超　刘海涛　许勤")


def test_no_name_of_a_country_after_a_post_or_opening_before_a_body() -> None:
    assert _names("格陵兰岛政党领导人向美国表示明确拒绝。") == set()
    assert _names("以军袭击黎巴嫩多地，黎卫生部称伤亡严重。") == set()
    assert _names("在交流过程中融合发展。") == set()
    # a one-character country form may end a transliterated name (泽德, 坎巴)
    assert "坎巴" in _names("刚果（金）卫生部长坎巴表示，疫情得到控制。")


def test_the_person_a_message_congratulates_and_the_post_they_took() -> None:
    assert _described("4日，国家主席习近平致电萨洛梅，祝贺她当选格鲁吉亚总统。", "萨洛梅") == ("格鲁吉亚总统", "格鲁吉亚")
    assert _described("李强致电玛丽亚·阿尔瓦雷斯，祝贺她就任秘鲁总理。", "玛丽亚·阿尔瓦雷斯") == ("秘鲁总理", "秘鲁")
    # a name of the Chinese shape; no post after the verb: no title
    assert _described("习近平致电阮春山，祝贺他再次当选。", "阮春山") == (None, None)
    # a message to a body or with no name between the verb and 祝贺 names no one
    assert _names("我驻外使馆致电当地政府，祝贺其顺利完成换届。") == set()


def test_young_people_commanders_and_bodies_named_in_quotes() -> None:
    assert _described("来自云南的哈尼族姑娘李春梅，连续两届当选全国人大代表。", "李春梅") == ("哈尼族姑娘", None)
    # a body named in quotes between the country and the post; the quote closed in the body
    assert _described("伊朗伊斯兰革命卫队“圣城旅”指挥官卡尼6月1日表示，将作出回应。", "卡尼")[0] == \
        "伊朗伊斯兰革命卫队“圣城旅”指挥官"
    assert _described("也门胡塞武装“最高政治委员会”主席迈赫迪·马沙特发表讲话。", "迈赫迪·马沙特")[1] == \
        "也门胡塞武装“最高政治委员会”"
    # words, a city and a country's name read as a partner are no names
    assert _names("俄称在苏梅控制一定居点。俄军在苏梅、哈尔科夫等方向击退乌军。") == set()
    assert _names("当地乡干部包片、村干部包组。") == set()


def test_martyrs_and_film_credits_name_people_but_memorials_do_not() -> None:
    assert "赵一曼" in _names("展柜里陈列着赵一曼烈士的家书。")
    assert _names("清明节前，学生们来到杨靖宇烈士陵园敬献花篮。") == set()
    assert _names("人们向革命烈士敬献花圈。") == set()
    assert _names("他们参观了南京烈士塔。") == set()
    assert {"陈凯歌", "张国立"} <= _names("该片由陈凯歌执导，张国立主演。")


def test_a_partys_building_doctrine_names_its_author() -> None:
    assert "邓小平" in _names("坚持用邓小平党建理论武装头脑。")
    assert "邓小平" in _names("文章突出了邓小平建党思想的时代特征。")


def test_of_two_names_a_character_apart_the_one_that_is_no_name_goes() -> None:
    # a name and the first character of the word after it (孟超|家的羊圈, 李鹏|总是)
    found = _names("养殖户孙立超家的羊圈里很热闹。这个冬天，孙立超也忙活得很。")
    assert "孙立超" in found and "孙立超家" not in found
    # the shorter never written without the character: a truncation (魏凤 of 魏凤和)
    found = _names("县委书记傅平均和乡长一起调研。2017年，傅平均当选人大代表。")
    assert "傅平均" in found and "傅平" not in found


def test_of_two_names_one_inside_the_other_the_one_that_is_no_name_goes() -> None:
    # a word glued to a ·-name with no mark between is no part of it, before or after
    assert _names("美国经济学家约翰·泰勒就此指出，关税推高了物价。") == {"约翰·泰勒"}
    assert _described("美国经济学家约翰·泰勒就此指出，关税推高了物价。", "约翰·泰勒")[0] == "美国经济学家"
    assert _names("阿曼苏丹海赛姆·本·塔里克将于下月访华。") == {"海赛姆·本·塔里克"}
    assert _names("据报道，科威特埃米尔米沙勒·艾哈迈德表示欢迎。") == {"米沙勒·艾哈迈德"}
    # a part never written alone is no second person, and its title is the whole name's
    body = "古共中央第一书记、古巴国家主席米格尔·迪亚斯-卡内尔·贝穆德斯会见了代表团。"
    assert _names(body) == {"米格尔·迪亚斯-卡内尔·贝穆德斯"}
    assert _described(body, "米格尔·迪亚斯-卡内尔·贝穆德斯")[0] == "古共中央第一书记、古巴国家主席"
    # a name written whole, then its last part alone: one person
    assert _names("伊朗总统马苏德·佩泽希齐扬表示欢迎。佩泽希齐扬说，合作将扩大。") == {"马苏德·佩泽希齐扬"}


def test_a_name_opening_inside_another_is_no_name() -> None:
    # 马克龙|接受: 龙 is a surname, but the name before holds it
    assert _names("法国总统马克龙接受总理阿塔尔辞呈。") >= {"马克龙"}
    assert "龙接受" not in _names("法国总统马克龙接受总理阿塔尔辞呈。")


def test_a_descriptor_opens_after_a_leader_accepting_naming_or_removing_someone() -> None:
    assert _described("美国总统特朗普接受部长罗斯的辞职。", "罗斯") == ("部长", None)
    assert _described("德国总理朔尔茨接受财长林德纳辞职。", "林德纳")[0] == "财长"
    assert _described("俄外交部召见日本驻俄大使武藤显。", "武藤显")[0] == "日本驻俄大使"


def test_a_name_before_a_copula_and_a_post_is_a_person_with_no_title() -> None:
    assert _described("来到卫生室时，孙海波是这里唯一的乡村医生，已经坚守了二十年。", "孙海波") == (None, None)
    assert _described("帕蒂尔是当地一家纺织企业的负责人。", "帕蒂尔") == (None, None)
    # no name opens the clause: a post said of no one
    assert _names("最关键的是村党支部书记，要带好头。") == set()
    # a clause that ends in no post says nothing of a person
    assert _names("汪洋是一片蔚蓝。") == set()


def test_a_disciplinary_notice_opens_the_descriptor_after_its_verb() -> None:
    # 通报: what the notice reports on is the person's post, not the body issuing it
    assert _described("省纪委监委日前通报某能源集团有限公司原总经理钱立新违纪问题。", "钱立新") == (
        "某能源集团有限公司原总经理", "某能源集团有限公司")


def test_riding_with_someone_opens_the_descriptor_after_the_verb() -> None:
    assert _described("我们乘坐渔民庞海生的小船驶向航道。", "庞海生") == ("渔民", None)
    assert _described("调查组搭乘司机焦永福的货车返回县城。", "焦永福") == ("司机", None)


def test_making_something_public_ends_a_name() -> None:
    assert _described("黎巴嫩议会议员哈希姆公开一份调查报告。", "哈希姆") == ("黎巴嫩议会议员", "黎巴嫩议会")


def test_a_dotted_name_opens_after_a_commander_post_or_a_verb_of_naming() -> None:
    assert _described("该国海军副司令官阿卜杜勒·卡里姆表示，", "阿卜杜勒·卡里姆")[0] == "该国海军副司令官"
    assert _names("他的妻子原名叫玛丽亚·罗莎，是一名教师。") == {"玛丽亚·罗莎"}


def test_a_post_with_its_other_body_and_post_in_brackets_is_one_title() -> None:
    assert _described("市委党校校长（市行政学院院长）周立新作辅导报告。", "周立新") == (
        "市委党校校长（市行政学院院长）", "市委党校")
    # the other post alone in brackets, as before
    assert _described("区委党校（区行政学院）副校长（副院长）宋建波主持。", "宋建波")[0] == "区委党校（区行政学院）副校长（副院长）"


def test_jia_is_a_transliteration_character() -> None:
    assert _described("俄外交部第二亚洲司司长佳洛夫表示，", "佳洛夫")[0] == "俄外交部第二亚洲司司长"


def test_a_movement_before_its_leader_post_is_no_name_and_proposing_ends_one() -> None:
    # 法塔赫 is the movement, 主席 its leader's post: the name is the one after
    assert _names("法塔赫主席萨利赫提议召开会议。") == {"萨利赫"}


def test_stepping_down_ends_a_name() -> None:
    assert _described("反对派要求斯里兰卡总统拉贾帕克萨下台。", "拉贾帕克萨") == ("斯里兰卡总统", "斯里兰卡")


def test_an_apposition_is_a_descriptor_not_a_clause() -> None:
    # what the person did (an aspect particle) is no post; four characters after a single
    # surname are no name (游园活动，…)
    assert _described("女子组的刘佳怡战胜了队友，卫冕了全国锦标赛冠军。", "刘佳怡") in (None, (None, None))
    assert "游园活动" not in _names("各大公园推出灯会等游园活动，吸引了众多市民游客。")
    assert _described("孙伟，区城市管理局绿化管理科负责人，介绍了情况。", "孙伟")[0] == "区城市管理局绿化管理科负责人"


def test_no_post_inside_a_verb_and_no_name_inside_a_country() -> None:
    # 进行|长江: 行长 is no post there; 喀|麦隆前总理: no name opens inside a country's name
    assert _names("志愿者们与工作人员一起进行长江岸线清理。") == set()
    assert _names("大会选举喀麦隆前总理菲勒蒙·扬为主席。") == {"菲勒蒙·扬"}
    assert _described("大会选举喀麦隆前总理菲勒蒙·扬为主席。", "菲勒蒙·扬")[0] == "喀麦隆前总理"
    # an election, a succession, a message sent through someone end a descriptor; an electoral
    # body's name keeps its word
    assert _described("全会决定递补中央委员会候补委员李建中为中央委员会委员。", "李建中")[0] == "中央委员会候补委员"
    assert _described("秘书长古特雷斯通过副发言人杜加里克发表声明。", "杜加里克")[0] == "副发言人"
    assert _described("澳门特区选举管理委员会主席冯文庄表示。", "冯文庄")[0] == "澳门特区选举管理委员会主席"
    # a leader leading a delegation (率): the members' posts open after it
    assert _described("该国总统扎帕罗夫率议会上院议长兼奥什市长阿马托夫出席。", "阿马托夫")[0] == \
        "议会上院议长兼奥什市长"
    assert _described("会见独立国家联合体秘书长列别杰夫。", "列别杰夫")[0] == "独立国家联合体秘书长"
    # 主持 ends a descriptor, but not inside the post 主持人
    assert _described("大会主席团常务主席、会议主持人赵建国宣布开幕。", "赵建国")[0] == "大会主席团常务主席、会议主持人"
    assert _described("电视台节目主持人刘晓燕说，观众很热情。", "刘晓燕")[0] == "电视台节目主持人"


def test_a_transliterated_name_after_its_post_ends_before_an_adverb_or_a_preposition() -> None:
    assert _described("在美国总统卡特即将访华之际，双方加紧磋商。", "卡特")[0] == "美国总统"
    assert _described("芬兰总统尼尼斯托并表示，愿意加强合作。", "尼尼斯托")[0] == "芬兰总统"
    assert _described("智利总统博里奇同阿根廷总统米莱通了电话。", "博里奇")[0] == "智利总统"
    assert _described("对球队的巴西籍教练佩雷拉来说，这是一场胜利。", "佩雷拉")[0] == "巴西籍教练"


def test_a_rare_surname_in_a_list_sharing_a_post() -> None:
    # 洪 and 门 are too rare as surnames to open a name in prose; the shared post vouches
    found = _names("副主席王建华、洪小明、门卫东、李国强，秘书长张伟出席。")
    assert {"洪小明", "门卫东", "李国强"} <= found
    assert _described("副主席王建华、洪小明、门卫东、李国强，秘书长张伟出席。", "洪小明")[0] == "副主席"
    assert "海内外" not in _names("副主席王建华、海内外嘉宾出席。")


def test_publishers_and_school_trustees_and_the_bodies_of_funds_and_groups() -> None:
    body = "会上，某出版社发行人郑国华、某大学校董林志远，某交流基金主席孙立新先后发言。"
    assert _described(body, "郑国华")[0] == "某出版社发行人"
    assert _described(body, "林志远")[0] == "某大学校董"
    assert _described(body, "孙立新")[1] == "某交流基金"
    assert _described("事故调查组组长、应急管理部副部长周学文介绍情况。", "周学文")[1] == "事故调查组"


def test_a_mongolian_name_and_the_words_of_ri_after_a_name() -> None:
    assert _described("蒙古国总统呼日勒苏赫表示欢迎。", "呼日勒苏赫")[0] == "蒙古国总统"
    assert _names("俄罗斯总统普京日内将出访。") == {"普京"}
    assert _names("加总理称遭到攻击，欧日称须予以应对。") == set()  # 欧日: two parties, no name


def test_a_person_named_by_a_relative() -> None:
    # a kin word after a name of the whole common shape: the person named, no title
    assert _described("刘志远之孙、市博物馆馆长刘新华介绍了展品。", "刘志远") == (None, None)
    assert "张明远" in _names("展品由张明远的女儿捐赠。")
    assert _names("水是万物之母。") == set()
    assert _names("媒体在有关拜登的儿子的报道中发现问题。") == set()
    # a ·-name read whole vouches as well; a surname and 家 is a family (王家的女儿)
    assert _names("那年冬天，热合曼·吐尔洪的孩子患了重病。") == {"热合曼·吐尔洪"}
    assert _names("镇上都知道，李家的女儿考上了大学。") == set()


def test_a_player_or_a_referee_is_named_by_the_role() -> None:
    assert _described("中国选手陈梦婷以4比1战胜对手。", "陈梦婷")[0] == "中国选手"
    assert _described("救援队队员刘建军第一个冲进了火场。", "刘建军")[0] == "救援队队员"
    assert _described("本场比赛的主裁判员赵志刚判罚果断。", "赵志刚") is not None
    assert _names("本届比赛共有200名选手参赛，队员们奋力拼搏。") == set()
    assert _names("少先队员向奖章获得者献上鲜花。") == set()  # 向 opens a preposition's phrase here


def test_a_descriptor_holds_no_other_person_found() -> None:
    # the next person's descriptor opens after one found and joined to it by 和, 与, 及 or 同
    body = "会见时，国际奥委会主席巴赫和世界卫生组织总干事谭德塞出席。"
    assert _described(body, "谭德塞")[0] == "世界卫生组织总干事"
    body = "老挝人民革命党中央总书记、国家主席通伦·西苏里和老挝政府总理宋赛·西潘敦出席。"
    assert _described(body, "宋赛·西潘敦")[0] == "老挝政府总理"
    body = "国际货币基金组织总裁格奥尔基耶娃和世界银行行长彭安杰出席。"
    assert _described(body, "彭安杰")[0] == "世界银行行长"
    # with the person's post, an adverb between; a leader writing back or blaming someone
    assert _described("国务院总理李强还同越共中央总书记阮富仲举行会谈。", "阮富仲")[0] == "越共中央总书记"
    assert _described("国家主席习近平复信美国某大学校长约翰·史密斯。", "约翰·史密斯")[0] == "美国某大学校长"
    # no name opens with a conjunction, and a ·-name before a foreign post is a person
    body = "国家主席习近平同阿卜杜勒·拉希德总统通电话。"
    assert _names(body) == {"习近平", "阿卜杜勒·拉希德"}
    assert _described(body, "阿卜杜勒·拉希德")[0] == "总统"
    body = "国务院总理李强与中共中央政治局委员、上海市委书记陈吉宁出席。"
    assert _described(body, "陈吉宁")[0] == "中共中央政治局委员、上海市委书记"


def test_no_person_inside_a_countrys_name() -> None:
    # 比亚 (喀麦隆总统) is not mentioned inside 纳米比亚; a country's party is no name
    found = extract("标题\n\n纳米比亚总统根哥布、喀麦隆总统比亚出席。\n").officials
    assert {o.name: len(o.mentions) for o in found}["比亚"] == 1
    assert _names("巴勒斯坦法塔赫主席、总统阿巴斯表示祝贺。") == {"阿巴斯"}
    assert "程系" not in _names("技师学院汽车工程系副主任王亮回到学院。")


def test_a_hyphen_joins_two_parts_of_a_transliterated_name() -> None:
    # in the first part (让-保罗), a part between dots, the last part: the whole name, no part of it
    assert _described("会上，法国总统让-皮埃尔·杜邦表示欢迎。", "让-皮埃尔·杜邦") == ("法国总统", "法国")
    assert _names("让-克洛德·马丁说，合作还将扩大。") == {"让-克洛德·马丁"}
    assert _names("会上，安东尼奥·佩雷斯-加西亚·罗哈斯表示欢迎。") == {"安东尼奥·佩雷斯-加西亚·罗哈斯"}


def test_posts_and_bodies_of_armies_and_parties() -> None:
    assert _described("会上，东部战区参谋长王海涛介绍了演习情况。", "王海涛")[0] == "东部战区参谋长"
    assert _described("以军总参谋长阿维夫当天视察了北部边境。", "阿维夫")[0] == "以军总参谋长"
    assert _described("新西兰反对党工党领袖希普金斯表示反对。", "希普金斯")[0] == "新西兰反对党工党领袖"
    assert _described("欧洲议会对外关系委员会主席卡特琳费尔表示。", "卡特琳费尔")[1] == "欧洲议会对外关系委员会"


def test_a_name_after_according_to_before_what_the_person_said() -> None:
    # 据X介绍 / 据X透露: the person the report relies on
    assert "孙立伟" in _names("据孙立伟介绍，今年全镇新建大棚120座。")
    assert "韩晓梅" in _names("据韩晓梅透露，新馆将于明年开放。")
    # a body after 据 stays a body; its head is read with the post
    assert _described("据县大数据局局长孙立伟介绍，平台已上线。", "孙立伟") == ("县大数据局局长", "县大数据局")


def test_a_name_followed_by_sending_someone_or_by_a_day_in_chinese_numerals() -> None:
    assert "马克龙" in _names("法国总统马克龙派特使前往黎巴嫩。")
    assert "刘建华" in _names("镇长刘建华派人连夜排查险情。")
    assert "卢拉" in _names("巴西总统卢拉十二日宣布，将举行全国会议。")
    assert "王立新" in _names("市委书记王立新二十三日表示，要抓好落实。")


def test_players_stars_candidates_and_ministers_by_the_short_post() -> None:
    assert _described("山东泰山队的巴西外援莫伊塞斯在第30分钟破门。", "莫伊塞斯")[0] == "巴西外援"
    assert "哈里斯" in _names("民主党总统候选人哈里斯当天发表演讲。")
    assert "刘建明" in _names("著名侨领刘建明回乡捐资办学。")
    assert _described("中国外长王毅十日在北京会见来访客人。", "王毅") == ("中国外长", "中国")  # as 中国国家主席 (gold)


def test_every_member_state_is_a_country_before_its_post() -> None:
    assert _described("国家副主席会见不丹首相托杰，双方进行了会谈。", "托杰") == ("不丹首相", "不丹")
    assert _described("列支敦士登外交大臣哈斯勒表示，愿加强合作。", "哈斯勒") == ("列支敦士登外交大臣", "列支敦士登")


def test_a_descriptor_stops_at_an_announcement_and_a_dismissal() -> None:
    assert _described("总统府当天宣布解除国防部长科瓦尔的职务。", "科瓦尔") == ("国防部长", None)
    assert _described("该国政府宣布召回该国驻法国大使哈桑·阿里。", "哈桑·阿里")[0] == "该国驻法国大使"
    # a ·-name ends before a time word (…·乔丹|之后被取消提名)
    assert "吉姆·卡特" in _names("共和党候选人吉姆·卡特之后退出了竞选。")


def test_a_person_named_after_their_body_with_what_they_say() -> None:
    assert _described("省社科院经济研究所王立明认为，消费将持续回暖。", "王立明") == \
        ("省社科院经济研究所", "省社科院经济研究所")
    # a post between body and name stays post_before_name's; a clause opening, the speaker's
    assert _described("市教育局局长孙建平表示，要抓好落实。", "孙建平") == ("市教育局局长", "市教育局")
    assert _described("会上，孙建平表示，要抓好落实。", "孙建平") == (None, None)


def test_the_head_of_a_delegation_named_with_yi_wei() -> None:
    assert _described("以赵光明为团长的省农业代表团今天抵达。", "赵光明") == ("团长", None)
    assert _described("以赵光明为组长、钱亮为副组长的工作组进驻该村。", "赵光明") == ("组长", None)


def test_a_descriptor_opens_after_a_transliterated_name_and_its_joiner() -> None:
    # …总统洛伦索和|…委员会主席优素福: the first person's post is no part of the second's title
    assert _described("习近平向安哥拉总统洛伦索和非洲联盟委员会主席优素福致贺电。", "优素福") == \
        ("非洲联盟委员会主席", "非洲联盟委员会")
    assert _described("会见了美国财政部长贝森特和贸易代表格里尔。", "格里尔")[0] == "贸易代表"


def test_a_stop_inside_a_bodys_word_opens_no_descriptor() -> None:
    # 联合 (a verb: 甲联合乙), 等, 由 and 其 stop a descriptor, but not inside 联合会, 高等,
    # 自由党 or a country's name ending in one (土耳其|外长)
    assert _described("中国作家协会联合会主席李卫东出席。", "李卫东") == ("中国作家协会联合会主席", "中国作家协会联合会")
    assert _described("会议由北京联合大学校长陈海峰主持。", "陈海峰")[1] == "北京联合大学"
    assert _described("据悉，江南高等法院院长韩立军到场旁听。", "韩立军")[1] == "江南高等法院"
    assert _described("加拿大自由党领袖马克表示欢迎。", "马克")[0] == "加拿大自由党领袖"
    assert _described("当天，土耳其外长卡亚会见了中方代表。", "卡亚")[0] == "土耳其外长"
    assert _described("联合国儿童基金会副执行主任柴尔德说，援助已经到位。", "柴尔德")[1] == "联合国儿童基金会"
    # the verb still stops one: 公安局联合|市场监管局局长…
    assert _described("区公安局联合区市场监管局局长郭振华开展检查。", "郭振华") == ("区市场监管局局长", "区市场监管局")


def test_bodies_opening_with_dui_wai_are_read_whole() -> None:
    assert _described("中共中央对外联络部副部长孙海燕会见代表团。", "孙海燕")[1] == "中共中央对外联络部"
    assert _described("他对外交部发言人汪文斌的回答表示满意。", "汪文斌") == ("外交部发言人", "外交部")
    # 越共中央对外部, the party's department of external relations
    assert _described("越共中央对外部副部长阮明光出席。", "阮明光") == ("越共中央对外部副部长", "越共中央对外部")
    assert _described("由人革党中央书记处书记、中央对外部部长通沙万率领的代表团抵京。", "通沙万")[0] == \
        "人革党中央书记处书记、中央对外部部长"


def test_writing_back_follows_a_name() -> None:
    assert _described("日前，省委书记王建华复信县中学的学生们。", "王建华") == ("省委书记", "省委")
    assert _described("国务院总理李强回电巴西总统，感谢其慰问。", "李强") == ("国务院总理", "国务院")


def test_an_adverb_of_outcome_follows_a_name() -> None:
    assert _described("法案有待美国总统拜登最终签署。", "拜登") == ("美国总统", "美国")
    assert "刘翔" in _names("决赛中，中国选手刘翔最后以12秒88夺冠。")


def test_a_leader_named_by_the_administration_but_no_country_or_word() -> None:
    assert "奥巴马" in _names("这一政策始于奥巴马政府时期。")
    assert "默克尔" in _names("当天，默克尔政府宣布了新的预算方案。")
    # a country, a state of the past, a party, a country's tail and a word of two are no leaders
    assert _names("叙利亚政府表示欢迎。南斯拉夫政府曾提出抗议。") == set()
    assert _names("利库德政府当天召开会议。会议强调要建设廉洁政府。") == set()


def test_a_body_named_with_a_bracketed_alias_keeps_its_closing_bracket() -> None:
    assert _described("中央党校（国家行政学院）副教授刘海波表示，要加强研究。", "刘海波") == \
        ("中央党校（国家行政学院）副教授", "中央党校（国家行政学院）")


def test_a_transitional_head_and_one_who_inspects_alongside() -> None:
    assert _described("国家主席同乍得过渡总统卡卡互致贺电。", "卡卡") == ("乍得过渡总统", "乍得")
    assert "恩圭马" in _names("加蓬总统恩圭马表示，愿深化合作。")
    assert "孙海峰" in _names("省委书记到企业看望职工。孙海峰一同调研。")
    # a place before the verb of a visit is no one (在义乌考察)
    assert _names("总书记在义乌考察。") == set()


def test_a_title_the_body_writes_beats_the_headlines() -> None:
    # the headline is no mention (SPEC.md); its descriptor gives a title only where the body has none
    text = "马来西亚新任最高元首易卜拉欣就职\n新华社电 最高元首易卜拉欣31日宣誓就职。\n"
    assert {o.name: o.title for o in extract(text).officials}["易卜拉欣"] == "最高元首"
    text = "国家主席会见挪威首相斯特勒\n会见中，斯特勒表示，愿深化合作。\n"
    assert {o.name: o.title for o in extract(text).officials}["斯特勒"] == "挪威首相"


def test_the_last_part_of_a_dotted_name_is_the_same_person_unless_another_post_says_otherwise() -> None:
    found = _names("国家主席致电伊娃·诺瓦，祝贺她当选总统。我愿同诺瓦总统一道努力。")
    assert "伊娃·诺瓦" in found and "诺瓦" not in found
    # two people of one family name: the short one holds a post the full name does not
    text = "委内瑞拉代总统德尔西·罗德里格斯会见了古巴外交部长罗德里格斯。"
    assert {"德尔西·罗德里格斯", "罗德里格斯"} <= _names(text)


def test_no_post_inside_a_word_and_no_shaped_name_before_a_verb_after_a_preposition() -> None:
    # 地处|长江: 处长 opens at the last character of 地处
    assert _names("该县地处长江上游，生态优良。") == set()
    assert _described("省财政厅处长王立新表示，资金已到位。", "王立新") == ("省财政厅处长", "省财政厅")
    # a one-character country form and a verb of the lexicon (对马|进行, 以黎|达成) …
    assert _names("上个月对马进行的访问非常成功。") == set()
    assert _names("这是以黎达成停火协议以来的首次。") == set()
    # … but after 的 the run is a name whatever its given name (的王新建来说)
    assert "王新建" in _names("对做水产生意的王新建来说，五六月是旺季。")


def test_the_capacity_a_person_acts_in_after_zuowei() -> None:
    text = "李明华作为省委常委、宣传部部长率团出访。"
    assert _described(text, "李明华") == ("省委常委、宣传部部长", "省委")
    # a post word opening a body's name does not end the descriptor there (成员|国…)
    assert _names("作为全国人大代表，她一直关注家政服务。") == set()


def test_a_recipient_with_the_shape_of_a_full_name_is_a_person() -> None:
    found = {o.name: o for o in extract("标题\n\n比赛中，民族唱法金奖由周晓雯获得，观众为周晓雯鼓掌。\n").officials}
    assert found["周晓雯"].rule == "officials.honoured" and len(found["周晓雯"].mentions) == 2
    # a place, a work or a body received it: no person
    assert _names("2014年，大运河列入世界遗产名录。殷墟荣获“十大考古发现”称号。") == set()


def test_a_commander_and_what_befell_a_person() -> None:
    assert _described("以色列国防军高级将领阿米尔表示，停火已生效。", "阿米尔")[0] == "以色列国防军高级将领"
    assert "卡里米" in _names("此外，该国海军司令卡里米因伤势过重身亡。")
    # a body confirming what befell the person is no part of the person's descriptor
    title = _described("伊朗伊斯兰革命卫队今天证实其海军司令卡里米因伤身亡。", "卡里米")[0]
    assert "证实" not in title


def test_a_head_nurse_is_a_post() -> None:
    assert _described("区人民医院护士长陈美玲获得一等奖。", "陈美玲") == ("区人民医院护士长", "区人民医院")


def test_a_verb_of_receiving_an_honour_follows_a_name() -> None:
    assert "赵宇" in _names("消防员赵宇荣立个人三等功。")  # not 赵宇荣: 荣立 is the verb


def test_a_royal_style_after_a_transliterated_name_is_its_post() -> None:
    assert _described("当天，哈桑亲王、阿米拉公主等王室成员到机场迎接。", "哈桑") == ("亲王", None)
    assert _described("会见时，卡米拉王后也在座。", "卡米拉") == ("王后", None)


def test_a_doctoral_supervisor_is_a_post_and_no_name_opens_inside_one() -> None:
    assert _described("华东师范大学教授、博士生导师周立新作专题报告。", "周立新") == \
        ("华东师范大学教授、博士生导师", "华东师范大学")
    assert _names("他的导师王明教授很严格。") == {"王明"}  # not 师王明: 师 closes 导师


def test_a_profile_line_names_a_person_and_the_post_held_now() -> None:
    text = "一、拟提拔人选\n孙丽华，女，汉族，1979年8月出生，大学学历，现任镇党委副书记、镇长，拟任镇党委书记。\n"
    assert _described(text, "孙丽华") == ("镇党委副书记、镇长", "镇党委")
    assert _names("李建军，男，1982年生，中共党员。") == {"李建军"}  # no post held: still a person
    assert _names("男女平等，男，女都一样。参赛选手中，男，女各半。") == set()


def test_a_commanders_post_is_read_with_its_force() -> None:
    assert _described("据报道，该国海军司令卡里米表示，演习将继续。", "卡里米")[0] == "该国海军司令"
    assert _described("战区陆军司令员王卫东出席仪式。", "王卫东")[0] == "战区陆军司令员"
    assert _described("该国空军司令巴尔表示，行动将继续。", "巴尔")[0] == "该国空军司令"  # 巴: a weak surname
    assert _names("我们走进这个守望老人安康的温暖约定。") == set()  # 安康 after 老人: a word


def test_a_dotted_name_receiving_an_honour_is_a_person() -> None:
    found = {o.name: o.rule for o in extract("标题\n\n比赛中，艾力·买买提获得男子摔跤金牌。\n").officials}
    assert found == {"艾力·买买提": "officials.honoured"}
    # a body's or a show's name joined by · is no one's
    assert _names("乔治·梅森大学荣获“最佳校园”称号。节目《山与海·归途》荣获最佳综艺奖。") == set()


def test_a_clerk_is_a_post() -> None:
    assert _described("县财政局科员周立新介绍，补贴已经发放。", "周立新") == ("县财政局科员", "县财政局")



def test_a_persons_age_before_a_name_vouches_for_it() -> None:
    assert _names("现年63岁的潘金凤，每天清晨都要去菜园看看。") == {"潘金凤"}
    assert _names("那年19岁的老兵吕志刚回到了家乡。") == {"吕志刚"}
    assert _names("今年52岁的村民岳晓梅说起往事感慨万千。") == {"岳晓梅"}
    assert _names("村里60多岁的温淑芬每天都去菜园。") == {"温淑芬"}  # an approximate age (多) too
    # what follows an age is a person only in a name's shape
    assert _names("5岁的孩子们在操场上玩耍，3岁的小狗跑来跑去。") == set()
    assert _names("这位30岁的高个子小伙很有礼貌。") == set()
    assert _names("8岁的贝贝刚刚上小学，今年12岁的毛毛正在康复。") == set()  # pet names


def test_a_list_joined_by_and_and_counted_whole_holds_the_post_after_it() -> None:
    found = _described("会上，赵文博、钱晓燕和孙立新三位副县长分别作了发言。", "钱晓燕")
    assert found[0] == "副县长"
    assert _names("会上，赵文博、钱晓燕和孙立新三位副县长分别作了发言。") >= {"赵文博", "钱晓燕", "孙立新"}
    assert _described("邓宇航和林海洋两名宇航员顺利出舱。", "林海洋")[0] == "宇航员"
    # the count must be the list's length; countries and pronouns are no names
    assert _names("中国和法国两名宇航员顺利出舱。") == set()
    miscounted = "会上，钱晓燕和孙立新三位副县长分别作了发言。"
    assert all((_described(miscounted, name) or (None,))[0] != "副县长" for name in ("钱晓燕", "孙立新"))
    # a list joined by 、 alone, counted whole, as well
    assert _described("返回舱着陆后，刘国栋、孟思远、杜晓婷三名航天员身体状态良好。", "孟思远")[0] == "航天员"
    assert _names("北京、上海、广州三座城市的代表出席。") == set()


def test_professional_titles_of_medicine_and_teaching_are_posts() -> None:
    assert _described("市第二人民医院主任医师刘海峰介绍，患者已脱离危险。", "刘海峰") == (
        "市第二人民医院主任医师", "市第二人民医院")
    assert _described("县中医院副主任护师姜丽华说，护理团队24小时值守。", "姜丽华")[0] == "县中医院副主任护师"
    assert _described("师范学院讲师何文清带领学生开展调研。", "何文清")[0] == "师范学院讲师"


def test_a_match_won_or_lost_ends_before_the_rivals_descriptor() -> None:
    assert _described("男单半决赛中，石宇航以2比0战胜丹麦选手安赛龙。", "安赛龙")[0] == "丹麦选手"
    assert _described("她在决赛中以1比2惜败日本选手伊藤美诚。", "伊藤美诚")[0] == "日本选手"


def test_a_post_joined_by_a_list_mark_before_a_foreign_leaders_is_part_of_the_title() -> None:
    # 、 joins two posts of one person: the title is the whole descriptor, the organisation its first piece's
    found = _described("会议期间，南共市轮值主席、巴拉圭总统佩尼亚发表讲话。", "佩尼亚")
    assert found == ("南共市轮值主席、巴拉圭总统", "南共市")
    # not a partner's (夫人、), a group's (三位成员、) or a post joined to the person before (同…)
    assert _described("总统夫人、法国前总理卡泽纳夫出席。", "卡泽纳夫")[0] == "法国前总理"
    assert _described("委员会两位委员、智利总统博里奇致辞。", "博里奇")[0] == "智利总统"


def test_a_joined_post_before_a_foreign_name_after_a_post_is_part_of_its_title_too() -> None:
    # the same reading of the leader's descriptor for every rule that asks it (here a name after a post)
    found = _described("当天，美联储高级官员、美国达拉斯联邦储备银行行长洛根表示，通胀仍然偏高。", "洛根")
    assert found == ("美联储高级官员、美国达拉斯联邦储备银行行长", "美联储")


def test_a_crew_before_its_list_of_names_is_their_title() -> None:
    # 乘组 (a spacecraft's crew) is what the people listed after it are
    body = "今天下午，神舟十六号航天员乘组孙海峰、赵立新、钱雨从太空返回。"
    assert _described(body, "孙海峰") == ("神舟十六号航天员乘组", None)
    assert _described(body, "钱雨") == ("神舟十六号航天员乘组", None)
