"""What each figure measures and when: label, period and a count's item, on sentences
written for these tests (none is taken from the corpus)."""
from __future__ import annotations

import pytest

from extractor import extract


def _phrases(text: str, kind: str, *fields: str) -> list[tuple]:
    facts = getattr(extract(text), kind)
    return [(f.text, *(getattr(f, name) for name in fields)) for f in facts]


@pytest.mark.parametrize("text, kind, expected", [
    # the name before the figure, less the linking verb and the scope word
    ("全县农业总产值达到86.5亿元。", "money", [("86.5亿元", "农业总产值")]),
    # a verb of taking in links a name to its figure (涉及, 覆盖, 惠及, 属于)
    ("此次地质调查共涉及12万平方公里。", "measures", [("12万平方公里", "地质调查")]),
    # a degree adverb before a verb of change is no part of the name (微降, 小幅回落, 略有增长)
    ("全市粮食播种面积小幅回落1.2%。", "percentages", [("1.2%", "粮食播种面积")]),
    # losses and targets set link a name to its figure (市值蒸发, 重量减轻, 目标设定在)
    ("受此影响，该公司市值蒸发近300亿美元。", "money", [("近300亿美元", "市值")]),
    ("改进后，整车重量减轻15%。", "percentages", [("15%", "整车重量")]),
    ("全省高速公路网已覆盖98%。", "percentages", [("98%", "高速公路网")]),
    # a growth rate takes the quantity of its clause chain
    ("全镇实现税收收入3.2亿元，同比增长12%。", "percentages", [("12%", "税收收入")]),
    # the object of a verb of doing
    ("增加造林面积2.3万亩。", "measures", [("2.3万亩", "造林面积")]),
    # 新增 changes what is measured (new, not total): it stays, as in the dev gold
    ("新增造林面积2.3万亩。", "measures", [("2.3万亩", "新增造林面积")]),
    # 分别: listed names pair with listed figures in order
    ("出口额、进口额分别增长8%、3%。", "percentages", [("8%", "出口额"), ("3%", "进口额")]),
    # or with the figures listed before, each with its own name
    ("企业所得税2亿元、个人所得税1亿元，同比分别增长5%、6%。", "percentages",
     [("5%", "企业所得税"), ("6%", "个人所得税")]),
    # a share takes the part, not the whole
    ("民营经济增加值占全省生产总值的比重为55%。", "percentages", [("55%", "民营经济增加值")]),
    # ... and written as the part in the whole, the part
    ("风电在全省发电总量中的占比达到31%。", "percentages", [("31%", "风电")]),
    ("新能源汽车在全部新车销量中超过四成。", "percentages", [("超过四成", "新能源汽车")]),
    # a modal at a name's end belongs to the verb after it (可, 要, 需要; not 主要, 重要)
    ("新建的码头泊位可停靠5万吨级货轮，吞吐量可达3000万吨。", "measures", [("3000万吨", "吞吐量")]),
    # a list mark after the noun a figure modifies belongs to what follows
    ("明年还将新增30万亩林地、改造提升50万亩低效林。", "measures",
     [("30万亩", "林地"), ("50万亩", "低效林")]),
    # a figure that modifies the noun after it
    ("对获评的企业给予50万元奖励。", "money", [("50万元", "奖励")]),
    # a contribution takes what contributes
    ("消费支出增长6%，拉动经济增长2.1个百分点。", "percentages",
     [("6%", "消费支出"), ("2.1个百分点", "消费支出")]),
    # a bracketed growth rate takes the word before the bracket
    ("增长较快的有电子元件（增长15%）。", "percentages", [("15%", "电子元件")]),
    # the base of a comparison is no part of the name
    ("贷款利率比上年低0.5个百分点。", "percentages", [("0.5个百分点", "贷款利率")]),
    # a verb after the figure is no noun it modifies: the quantity named before is the label
    ("28个重点项目100%开工建设。", "percentages", [("100%", "重点项目")]),
    # a noun written after a series of figures is every figure's (分别给予…和…奖励)
    ("对评为示范园区的，分别给予园区80万元和40万元补助。", "money",
     [("80万元", "补助"), ("40万元", "补助")]),
    # names listed with 、 pair with 分别 figures even when one name holds 和
    ("电子设备制造业、烟草和酒类制造业分别增长9%、4%。", "percentages",
     [("9%", "电子设备制造业"), ("4%", "烟草和酒类制造业")]),
    # a growth rate after a count takes what the count's verb measures
    ("全县肉羊出栏35万只，同比增长6%。", "percentages", [("6%", "肉羊出栏")]),
    # a note in brackets between the name and the figure is skipped
    ("全市建筑业总产值（不含央企）412亿元。", "money", [("412亿元", "建筑业总产值")]),
    ("全省旅游收入昨天（5月3日）突破90亿元。", "money", [("突破90亿元", "旅游收入")]),
    # a rate compared with an earlier one is what the points measure (the annotators'
    # precedent: 增速比1—2月份加快1.5个百分点 → 增速); a rate alone takes what grew
    ("全市出口额增长8%，增速较一季度加快1.5个百分点。", "percentages",
     [("8%", "出口额"), ("1.5个百分点", "增速")]),
    ("一般公共预算收入增长3.5%，累计增幅比1—2月提高0.7个百分点。", "percentages",
     [("3.5%", "一般公共预算收入"), ("0.7个百分点", "累计增幅")]),
    ("近三年交易额年均增速达到35%。", "percentages", [("35%", "交易额")]),
    # 投入 alone before the money names it (the annotators' precedent); an object after it does
    ("该县去年累计投入4.6亿元。", "money", [("4.6亿元", "投入")]),
    ("该县去年累计投入资金4.6亿元。", "money", [("4.6亿元", "资金")]),
    # a multiple of a base: the name before 为 … 的
    ("景区客流量预计为平日客流量的1.8倍。", "percentages", [("1.8倍", "景区客流量")]),
    # the quantity noun after a figure is part of the name it modifies
    ("该县森林覆盖率高，68%的土地面积为林地。", "percentages", [("68%", "土地面积")]),
    # the measured word written after a figure
    ("一台300毫米口径的天文望远镜在此落成。", "measures", [("300毫米", "口径")]),
    # 占地 is a verb of area, not a share
    ("新校区占地约20万平方米。", "measures", [("约20万平方米", "新校区占地")]),
    # averages and adverbs between a name and its figure are no part of the name
    ("景区日接待游客量日均超3万人次，营业额就突破了800万元。", "money", [("800万元", "营业额")]),
    ("新线列车运营速度每小时350公里。", "measures", [("350公里", "新线列车运营速度")]),
    # a change of a growth rate continues the quantity named before it
    ("全市工业增加值增长6.1%，比上月加快0.4个百分点。", "percentages",
     [("6.1%", "工业增加值"), ("0.4个百分点", "工业增加值")]),
    # a time before the base (从十年前的) is no part of the name
    ("农民人均纯收入从五年前的8000元增加到1.5万元。", "money",
     [("8000元", "农民人均纯收入"), ("1.5万元", "农民人均纯收入")]),
    # a share of a base the quantity recovers to takes the quantity
    ("客流量恢复至2019年同期的92%。", "percentages", [("92%", "客流量")]),
    # a share named after 的 takes its part (SPEC.md: a share takes the part)
    ("今年全省自主品牌的比重超过了35%。", "percentages", [("35%", "自主品牌")]),
    # 占地 names an area
    ("占地120亩的产业园已投用。", "measures", [("120亩", "占地")]),
    # a comparison with another quantity continues the one named before
    ("全县工业投资增长9%，高于全市平均水平2.1个百分点。", "percentages",
     [("9%", "工业投资"), ("2.1个百分点", "工业投资")]),
    ("全区外贸额86亿元，与2020年相比增长了12%。", "percentages", [("12%", "外贸额")]),
    # the base of a share the quantity reaches is no part of its name
    ("全县机收面积超过了小麦播种面积的90%。", "percentages", [("90%", "机收面积")]),
    ("村集体收入有望突破200万元。", "money", [("突破200万元", "村集体收入")]),
    # a level that is no fact (an index) names what a later growth rate measures
    ("全市房价指数为103.2，同比上涨2.1%。", "percentages", [("2.1%", "房价指数")]),
    ("景气指数为51.3点，环比上升0.6%。", "percentages", [("0.6%", "景气指数")]),
    # a grant's recipient between the verb and the amount is no part of its name
    ("对新建的给予每户2000元补助。", "money", [("2000元", "补助")]),
    ("首台套产品奖励企业80万元。", "money", [("80万元", "首台套产品奖励")]),
    ("对达标的给予企业50元/吨补贴。", "money", [("50元", "补贴")]),
    # a rate by which a grant is reckoned takes the grant
    ("按当年研发投入的10%给予企业补助。", "percentages", [("10%", "补助")]),
    # a figure by which a task is exceeded takes the task (SPEC.md)
    ("全镇超额15%完成年度招商任务。", "percentages", [("15%", "年度招商任务")]),
    # a capacity word before the figure is its name, not the plant after it
    ("建设年产30万吨再生纸生产线。", "measures", [("30万吨", "年产")]),
    # a noun led by a verb and ending in a quantity head is a name (的销售额)
    ("项目达产后可实现每年12亿元的销售额。", "money", [("12亿元", "销售额")]),
    # a note in brackets inside a name stays in it; a heading's number does not
    ("社会融资规模（存量）余额达到41万亿元。", "money", [("41万亿元", "社会融资规模（存量）余额")]),
    ("（三）工业用电量38亿千瓦时。", "measures", [("38亿千瓦时", "工业用电量")]),
    # prepositions and bounds in front are no part of the name
    ("对年度营业收入首次超过5亿元的企业给予奖励。", "money", [("超过5亿元", "年度营业收入")]),
    ("每户最高补助3000元。", "money", [("3000元", "补助")]),
    # a figure modifying a noun before 的 takes that noun, not what follows 的
    ("全镇建成3000亩蓝莓基地的灌溉系统。", "measures", [("3000亩", "蓝莓基地")]),
    # 分别 inside the words before the figures: the names listed before it pair in order
    ("前三季度，该省对东盟、欧盟和日本分别出口820亿元、610亿元和190亿元。", "money",
     [("820亿元", "东盟"), ("610亿元", "欧盟"), ("190亿元", "日本")]),
    # where a change starts is no part of the name (从…的)
    ("经过改造，车间良品率从过去的91%提高到98%。", "percentages", [("91%", "车间良品率"), ("98%", "车间良品率")]),
    # a rate compared with an earlier one: the points measure the rate, as written
    ("全年规上工业增加值增长6.1%，增速比前三季度加快0.4个百分点。", "percentages",
     [("6.1%", "规上工业增加值"), ("0.4个百分点", "增速")]),
    ("居民消费价格上涨0.9%，涨幅比上月扩大0.3个百分点。", "percentages",
     [("0.9%", "居民消费价格"), ("0.3个百分点", "涨幅")]),
    # a clause that names only the base of a multiple: the subject before carries
    ("全县光伏装机容量达到120万千瓦，是五年前的3倍。", "percentages", [("3倍", "光伏装机容量")]),
    # field work between the thing measured and its figure is no part of the name
    ("目前，全县玉米已播种26万亩。", "measures", [("26万亩", "玉米")]),
    # a modal verb after the noun a figure modifies ends it
    ("目前八成以上的涉税事项可以在网上办理。", "percentages", [("八成以上", "涉税事项")]),
    # a comparison's base dated with a year is no part of the name
    ("国庆假期，全市景区门票收入较2024年国庆假期增长9%。", "percentages", [("9%", "景区门票收入")]),
    # a condition clause names nothing: the quantity before carries (人均可支配收入 stays whole)
    ("全年城镇居民人均可支配收入5.1万元，扣除价格因素，实际增长4.6%。", "percentages",
     [("4.6%", "城镇居民人均可支配收入")]),
    # a level reached is no label; the verb of reaching links
    ("全市社会消费品零售总额迈上5000亿元新台阶。", "money", [("5000亿元", "社会消费品零售总额")]),
    ("全县夏玉米已播58万亩。", "measures", [("58万亩", "夏玉米")]),
    # adverbs between the name and its verb of change are no part of the name
    ("全省民间投资继续回落3.1%。", "percentages", [("3.1%", "民间投资")]),
    ("原油加工能力首次突破9亿吨。", "measures", [("突破9亿吨", "原油加工能力")]),
    # a growth rate whose clause names nothing takes what grows in the clause before
    ("服务贸易进口增势平稳，同比增长6.2%。", "percentages", [("6.2%", "服务贸易进口")]),
    # field work after the noun a measure modifies is no part of what is measured
    ("今年3000亩果园采摘结束。", "measures", [("3000亩", "果园")]),
    ("完成8万亩耕地数字化改造。", "measures", [("8万亩", "耕地")]),
    # an adverb standing between a quantity and how it fares closes its name
    ("新能源汽车出口增势尤为明显，同比增长36%。", "percentages", [("36%", "新能源汽车出口")]),
    # a verb of change closes the name it changes
    ("央行将存款准备金率下调至6.2%。", "percentages", [("6.2%", "存款准备金率")]),
    # a scope word or verb at the front stays where it starts a word (共享单车, 可再生)
    ("全市共享单车投放量12万辆，骑行收入3000万元。", "money", [("3000万元", "骑行收入")]),
    ("全省可再生能源装机容量5000万千瓦。", "measures", [("5000万千瓦", "可再生能源装机容量")]),
    # a verb of change after the first figure of a from–to pair is no noun: both take the name
    ("全区税收从2020年的8亿元增长到2024年的12亿元。", "money", [("8亿元", "税收"), ("12亿元", "税收")]),
    # a share "in the whole" takes the part named before it
    ("光伏装机1.2亿千瓦，在全部装机中占比达到31%。", "percentages", [("31%", "光伏装机")]),
    # a target or indicator word after the name, and a modal verb, are no part of it
    ("全年粮食产量的目标是稳定在650亿斤以上。", "measures", [("650亿斤以上", "粮食产量")]),
    ("到2027年灌溉面积要达到900万亩。", "measures", [("900万亩", "灌溉面积")]),
    # a rate word written out takes what changed in the clause before
    # an equivalent in another currency, and a verb of shrinking, close a name
    ("双边贸易额约合850亿元人民币。", "money", [("850亿元人民币", "双边贸易额")]),
    ("全市细颗粒物平均浓度同比下降2.1微克，下降幅度达7.5%。", "percentages", [("7.5%", "细颗粒物平均浓度")]),
    # comparisons, time adverbs and a span of years before the verb are no part of the name
    ("秋粮收获进度同比快2.3个百分点。", "percentages", [("2.3个百分点", "秋粮收获进度")]),
    ("全省执业医师年增6%。", "percentages", [("6%", "执业医师")]),
    ("油菜种植面积常年保持在1500万亩以上。", "measures", [("1500万亩以上", "油菜种植面积")]),
    ("全省外贸进出口已连续三年超过8000亿元。", "money", [("超过8000亿元", "外贸进出口")]),
    ("园区工业总产值正向500亿元迈进。", "money", [("500亿元", "工业总产值")]),
    ("企业今年的亏损则可能达到2亿元。", "money", [("2亿元", "亏损")]),
    # a base compared with written out at length, and a verb of signing, close a name
    ("全省年平均气温较常年平均水平升高0.8℃。", "measures", [("0.8℃", "年平均气温")]),
    ("招商引资签约45亿元。", "money", [("45亿元", "招商引资")]),
    # 从 inside a word opens no origin of a change
    ("出口关税从价税率由15%降至8%。", "percentages", [("15%", "出口关税从价税率"), ("8%", "出口关税从价税率")]),
    # the pace of a change takes what changes, named before 以
    ("全县农民人均收入以年均9%的速度增长。", "percentages", [("9%", "农民人均收入")]),
    # a verb and 率 after a percentage's 的 make the rate it is; a locative ends a place noun
    ("全市65%的农村污水处理率已达标。", "percentages", [("65%", "农村污水处理率")]),
    ("新增200万亩坡耕地上的梯田。", "measures", [("200万亩", "坡耕地")]),
    # 再贷款 is a word: 再 does not end the name
    ("人民银行增设3000亿元科技创新再贷款。", "money", [("3000亿元", "科技创新再贷款")]),
    # a market's fall written as 跌幅 and the adverb 普遍 link a name to its value
    ("欧洲三大股指跌幅均超过2%。", "percentages", [("超过2%", "欧洲三大股指")]),
    ("华北地区气温普遍下降8℃。", "measures", [("8℃", "华北地区气温")]),
    ("受冷空气影响，东部地区气温将普遍下降6℃—8℃。", "measures", [("6℃—8℃", "东部地区气温")]),
    ("10月份，工业出口交货值由上月的下降转为增长2.6%。", "percentages", [("2.6%", "工业出口交货值")]),
    ("今年以来，全县外贸进出口由负转正，增长4.1%。", "percentages", [("4.1%", "外贸进出口")]),
    ("居民消费价格由上月持平转为上涨0.3%。", "percentages", [("0.3%", "居民消费价格")]),
    ("全市数字经济增加值占地区生产总值比重达12.5%。", "percentages", [("12.5%", "数字经济增加值")]),
    ("其中，应用研究的投入为860亿元。", "money", [("860亿元", "应用研究的投入")]),
    # the unit of a figure the words open with is no part of the name
    ("全区300米绿道覆盖率达到85%。", "percentages", [("85%", "绿道覆盖率")]),
    # an adjustment between a name and its growth links them; a chain then carries the name
    ("城镇居民人均消费支出2.1万元，扣除价格因素实际增长4.2%。", "percentages", [("4.2%", "城镇居民人均消费支出")]),
    ("该国二季度国内生产总值按年率计算下降1.1%。", "percentages", [("1.1%", "国内生产总值")]),
    # holders listed before 分别 with the quantity written once after the last: each takes the quantity
    ("德国、荷兰、韩国对华直接投资分别增长12%、9%、7%。", "percentages",
     [("12%", "对华直接投资"), ("9%", "对华直接投资"), ("7%", "对华直接投资")]),
    # … but things listed so keep their own names
    ("小麦、玉米、大豆产量分别增长1%、2%、3%。", "percentages", [("1%", "小麦"), ("2%", "玉米"), ("3%", "大豆产量")]),
    # a market's move, what is left and money handed down link a name to its value
    ("恒生指数收盘时大跌3%。", "percentages", [("3%", "恒生指数")]),
    ("河道水量只剩下不到三成。", "percentages", [("不到三成", "河道水量")]),
    ("中央财政衔接资金已下达1700亿元。", "money", [("1700亿元", "中央财政衔接资金")]),
    # a quantity compared with another by 快于/高于 takes the name before the comparison
    ("城镇居民收入高于农村居民1.5倍。", "percentages", [("1.5倍", "城镇居民收入")]),
    # adverbs and the bound of a quantity are no part of its name; 所谓 is no part of it either
    ("库区水温也能维持在12℃以上。", "measures", [("12℃以上", "库区水温")]),
    ("首套房贷款额度上限提高到120万元。", "money", [("120万元", "首套房贷款额度")]),
    # an adverb of duration before the verb is no part of the name
    ("外汇储备规模始终稳定在3万亿美元以上。", "money", [("3万亿美元以上", "外汇储备规模")]),
    # 全社会 is a scope word like 全市
    ("一季度全社会用电量同比增长6.2%。", "percentages", [("6.2%", "用电量")]),
    # 已 before a leading verb is left out with it
    ("全县已累计建成高标准农田45万亩。", "measures", [("45万亩", "高标准农田")]),
])
def test_labels(text, kind, expected):
    assert _phrases(text, kind, "label") == expected


@pytest.mark.parametrize("text, expected", [
    # the nearest time phrase before the figure in its sentence
    ("今年1—9月，全区完成投资45亿元。", [("45亿元", "今年1—9月")]),
    # a sentence with none takes the period that opens its paragraph
    ("上半年，全市经济平稳运行。社会消费品零售总额120亿元。", [("120亿元", "上半年")]),
    # a base of comparison is no period
    ("营业收入比去年同期增加3亿元。", [("3亿元", None)]),
    # a day's event gives way to the period it reports
    ("统计局5月16日发布，前4个月全省出口额1200亿元。", [("1200亿元", "前4个月")]),
    # holidays and since-phrases are periods
    ("国庆假期，景区共接待游客收入2.5亿元。", [("2.5亿元", "国庆假期")]),
    ("党的十八大以来，全市累计投入资金80亿元。", [("80亿元", "党的十八大以来")]),
    ("截至发稿时，募集善款12万元。", [("12万元", "截至发稿时")]),
    # a clause of its own naming a stretch of time by an event
    ("博览会期间，签约金额达86亿元。", [("86亿元", "博览会期间")]),
    ("新区挂牌成立以来，累计引进资金300亿元。", [("300亿元", "新区挂牌成立以来")]),
    # a year naming the thing bought gives way to the time phrase before it
    ("截至目前，全省收购2024年早稻资金15亿元。", [("15亿元", "截至目前")]),
    # ... and is the period where no other is written
    ("市里推进2024年民生工程，总投资9亿元。", [("9亿元", "2024年")]),
    # a discourse clause of the same shape is no time
    ("与此同时，全县新增贷款4亿元。", [("4亿元", None)]),
    # a time after 于 dates its own verb, not a later clause of the sentence
    ("一期工程于2019年建成，二期总投资7亿元。", [("7亿元", None)]),
    ("一期工程于2019年建成投资7亿元。", [("7亿元", "2019年")]),
    # general time words
    ("现在，村集体年收入达到80万元。", [("80万元", "现在")]),
    ("假期前两天，景区门票收入1200万元。", [("1200万元", "假期前两天")]),
    ("过去24小时内，各地捐款30万元。", [("30万元", "过去24小时内")]),
    ("这十年，中央财政累计投入资金300亿元。", [("300亿元", "这十年")]),  # 这 + a span of years
    ("计划年内发放贷款5亿元。", [("5亿元", "年内")]),
    # a quarter after 比上年 is a base of comparison, no period
    ("营业收入比上年四季度增加2亿元。", [("2亿元", None)]),
    # the whole year, in the figure's own sentence
    ("2024年，全市经济回升向好，全年实现旅游收入95亿元。", [("95亿元", "全年")]),
    # a year's whole after 比 is a base too
    ("一季度营业收入比2023年全年还多1亿元。", [("1亿元", "一季度")]),
    # a holiday written after its year, and the end of a year
    ("2025年春节档，全市电影票房达1.2亿元。", [("1.2亿元", "2025年春节档")]),
    ("截至2024年年底，累计发放贷款30亿元。", [("30亿元", "截至2024年年底")]),
    # a relative day with its date keeps the part of the day written after it
    ("截至今天（5月6日）上午，各地捐款已达260万元。", [("260万元", "截至今天（5月6日）上午")]),
    # one edition of a recurring event is the stretch its figures hold for
    ("本届农博会共达成意向采购金额5.6亿元。", [("5.6亿元", "本届农博会")]),
    # holidays joined, or made this one
    ("中秋国庆假期，全县旅游收入3.1亿元。", [("3.1亿元", "中秋国庆假期")]),
    ("这个端午假期，景区门票收入800万元。", [("800万元", "这个端午假期")]),
    # a range from one month's day to another's
    ("6月20日至7月3日，累计成交额9亿元。", [("9亿元", "6月20日至7月3日")]),
    # a whole clause of a stretch of work, not the year inside it
    ("今年夏播期间，全省发放农机补贴2亿元。", [("2亿元", "今年夏播期间")]),
    # the report's own day gives way, in the paragraph's opening too
    ("省统计局今天（7月9日）发布，截至6月底，全省存款余额8万亿元。其中住户存款5万亿元。",
     [("8万亿元", "截至6月底"), ("5万亿元", "截至6月底")]),
    # a time written after the figure in its own clause
    ("项目总投资12亿元，预计明年建成。", [("12亿元", None)]),
    ("补贴资金3亿元近日发放完毕。", [("3亿元", "近日")]),
    # ... not one naming the noun after it
    ("结余资金2亿元全年项目统筹使用。", [("2亿元", None)]),
    # 来 of 来自 ends no time phrase
    ("本届展会来自海外的订单金额6亿元。", [("6亿元", "本届展会")]),
    # ranges of days and months, with their year or relative word
    ("今年3月1日至6月30日，累计发放消费券2亿元。", [("2亿元", "今年3月1日至6月30日")]),
    ("从5月至9月，全县完成投资8亿元。", [("8亿元", "5月至9月")]),
    ("12—13日，两地签约金额30亿元。", [("30亿元", "12—13日")]),
    # a start written with 自 or 从…起/开始
    ("自2025年7月1日起，每户补贴提高到600元。", [("600元", "自2025年7月1日起")]),
    ("从去年的1.2万元提高到今年的1.5万元。", [("1.2万元", "去年"), ("1.5万元", "到今年")]),
    # a five-year plan's name is no time
    ("《交通发展“十五五”规划》安排投资900亿元。", [("900亿元", None)]),
    # decades, days ago, fiscal years, "during that time"
    ("上世纪90年代，全县财政收入不足3000万元。", [("不足3000万元", "上世纪90年代")]),
    ("几天前，两地签约金额12亿元。", [("12亿元", "几天前")]),
    ("本财年，政府赤字预计1.8万亿美元。", [("1.8万亿美元", "本财年")]),
    # a clause of an occasion, less the preposition before it
    ("在建校百年之际，校友捐赠1亿元。", [("1亿元", "建校百年之际")]),
    # a holiday's name inside a quoted campaign name is no time
    ("“暑期欢乐购”活动带动消费5亿元。", [("5亿元", None)]),
    # a time phrase after the figure, then an adverb of two characters: the verb's time
    ("改造资金3亿元明年有望全部到位。", [("3亿元", "明年")]),
    # an event and 后 opening the sentence: the time after it (not a policy's condition 完成改造后)
    ("该线路开通后，沿线旅游收入增加12亿元。", [("12亿元", "该线路开通后")]),
    ("项目投运后，每年可节约燃料费用3000万元。", [("3000万元", "项目投运后")]),
    ("企业完成改造后，给予30万元奖励。", [("30万元", None)]),
])
def test_periods(text, expected):
    assert _phrases(text, "money", "period") == expected


@pytest.mark.parametrize("text, expected", [
    ("新开工12个重点项目。", [("12个", "重点项目")]),
    # the item ends where a verb begins
    ("30多家企业参加签约仪式。", [("30多家", "企业")]),
    # two nouns counted together
    ("覆盖8个乡镇和街道。", [("8个", "乡镇和街道")]),
    # written before the number when nothing follows it
    ("今年引进高层次人才45名。", [("45名", "高层次人才")]),
    # the item ends before a noun naming a quantity of the things
    ("其中6个项目总投资超过10亿元。", [("6个", "项目")]),
    # a count of some of the things just counted takes their item
    ("新建12座泵站，其中有3座已投入运行。", [("12座", "泵站"), ("3座", "泵站")]),
    # a verb and the head after it name one thing (what it does, or what is done there)
    ("全县布设45个水质监测站点，实时预警。", [("45个", "水质监测站点")]),
    ("8个乡镇综合执法队对辖区开展巡查。", [("8个", "乡镇综合执法队")]),
    ("新认定6家研发中心。", [("6家", "研发中心")]),
    # ... but a verb that follows the noun ends it
    ("全镇有300多户农户遭洪水侵袭。", [("300多户", "农户")]),
    ("2万多名海外采购商线上洽谈。", [("2万多名", "海外采购商")]),
    # a time phrase opening or ending a noun written before its count is no part of it
    ("3月西部陆海新通道班列开行860列。", [("860列", "西部陆海新通道班列")]),
    ("铁路客流量昨天突破1500万人次。", [("突破1500万人次", "铁路客流量")]),
    # a name opening with a digit and letters, and a size between classifier and noun
    ("新建成800多个5G基站。", [("800多个", "5G基站")]),
    ("投运3座500千伏变电站。", [("3座", "变电站")]),
    ("建成4座集中式充电站。", [("4座", "集中式充电站")]),
    # the noun before a word of the number of things (数量, 总数) is what is counted
    ("丹顶鹤越冬数量从10年前的300余只增加到1100多只。", [("300余只", "丹顶鹤"), ("1100多只", "丹顶鹤")]),
    # only the words after a code
    ("ARJ21飞机执飞航线达到40条。", [("40条", "飞机执飞航线")]),
    # a time phrase at the end of the noun goes, not just its last character
    ("西部陆海新通道班列全年开行1.2万列。", [("1.2万列", "西部陆海新通道班列")]),
    # after a passive mark the count's noun was written before it, or not at all
    ("事故中有12人被困。", [("12人", None)]),
    # times counted of a meeting named by what is done there
    ("全年召开五次恳谈会。", [("五次", "恳谈会")]),
    # people followed by a verb of taking part do something: nothing counted follows
    ("近千人参加义诊活动。", [("近千人", None)]),
    # people who come from a list of places: the noun after its 的
    ("50名来自高校、医院、企业的专家参加。", [("50名", "专家")]),
    # a capacity after the counted things is a quantity of them
    ("3座抽水蓄能电站总装机容量360万千瓦。", [("3座", "抽水蓄能电站")]),
    # 多达 stands between a noun and its count like 达
    ("参展的境外企业多达1200多家。", [("1200多家", "境外企业")]),
    # a count right before another counts batches or kinds of what the other counts
    ("海警累计完成800余批3000多艘渔船检查。", [("800余批", "渔船"), ("3000多艘", "渔船")]),
    # ... not when the other's things act
    ("将5户16人全部安置。", [("5户", None), ("16人", None)]),
    # an adverb of manner or a preposition after the noun ends it
    ("全区86家药店统一延长营业时间。", [("86家", "药店")]),
    ("6艘科考船沿着预定航线返航。", [("6艘", "科考船")]),
    # a preposition or an adverb opening the phrase before a count is no noun …
    ("在东南亚市场突破300家。", [("突破300家", None)]),
    # … unless the two make a word (在建, 就业)
    ("全区在建项目共42个。", [("42个", "在建项目")]),
    # a verb alone after 的 is what the counted things take part in
    ("共有12个小组的比拼。", [("12个", "小组")]),
    # short clauses listed with 、 and closed by 的 describe the counted noun
    ("认定9个设施完善、服务规范的示范村。", [("9个", "示范村")]),
    ("9家企业复工、复产的比例达到九成。", [("9家", "企业")]),
    # a quoted name with a head after it is inside the noun
    ("全市4家制造业“灯塔”企业，", [("4家", "制造业“灯塔”企业")]),
    # … not households of the people counted after them, nor a one-character leftover
    ("有120户460多人住进新房。", [("120户", None), ("460多人", None)]),
    # a list joined with 和 ends where the next noun has a count of its own
    ("吸引了12个国家和地区、30个城市的客商。", [("12个", "国家和地区"), ("30个", "城市")]),
    # a verb that is also a head is the noun when it ends the phrase or a verb follows
    ("全县培育了400多个社会调解组织，", [("400多个", "社会调解组织")]),
    ("发动8个组织开展义诊。", [("8个", "组织")]),
    # work done on the counted things is no part of them, when a concrete head is left
    ("推进36个重点项目建设。", [("36个", "重点项目")]),
    ("完成45条农村公路改造。", [("45条", "农村公路")]),
    ("推进12项重点建设。", [("12项", "重点建设")]),
    # an aspect mark ends the verb before it, and the noun before that
    ("60多所中学开设了劳动课。", [("60多所", "中学")]),
    ("数百名游客穿着汉服游园。", [("数百名", "游客")]),
    ("5个村民小组了解情况。", [("5个", "村民小组")]),
    # an adverb after the counted noun ends it
    ("全市1200处古井基本恢复原貌。", [("1200处", "古井")]),
    # a word of 时 is no stop inside a noun; the noun before 人数 is what is counted
    ("新设36处临时安置点。", [("36处", "临时安置点")]),
    ("职工医保参保人数达3.7亿人。", [("3.7亿人", "职工医保参保")]),
    # the same quantity per day counts what the total counts
    ("假期全市接待游客超300万人次，日均超40万人次。", [("超300万人次", "游客"), ("超40万人次", "游客")]),
    # an adverb right after a count: no counted noun follows
    ("已有23人已经返岗。", [("23人", None)]),
    ("300多名代表以视频方式参会。", [("300多名", "代表")]),
    # a short place phrase with a locative is no counted noun
    ("船上43人全部获救。", [("43人", None)]),
    # a word holding a stop character stays whole (车间, 班次, 灾后); 之首 ends the noun
    ("该园区建成12个智能车间。", [("12个", "智能车间")]),
    ("今天共加开35个班次。", [("35个", "班次")]),
    ("三项改革举措之首是简化审批。", [("三项", "改革举措")]),
    # whole-society scope is no part of what is counted; a verb of carrying people opens no noun
    ("今天全社会跨区域人员流动量预计超2.1亿人次。", [("超2.1亿人次", "跨区域人员流动量")]),
    ("铁路部门昨日运送旅客1420万人次。", [("1420万人次", "旅客")]),
    ("截至目前，紧急转移群众3000余人。", [("3000余人", "群众")]),
    # a subject ending in a body or a domain before the verb: the item is still the object
    ("去年全市税务机关查处涉税案件520件。", [("520件", "涉税案件")]),
    ("农业领域推广新型播种机1.2万台。", [("1.2万台", "新型播种机")]),
    # verbs of inspection open no counted noun (查验出入境人员 → 出入境人员)
    ("边检机关累计查验出入境人员2.87亿人次。", [("2.87亿人次", "出入境人员")]),
    # a copula after the count: the noun after it is counted (not a preposition's phrase)
    ("新增就业的3万多人中，有1.2万名是外来务工人员。", [("3万多人", None), ("1.2万名", "外来务工人员")]),
    ("袭击造成9人死亡，其中4人是在市场附近遇难。", [("9人", None), ("4人", None)]),
    # a count right after a verb, naming no noun, counts what the count of its unit before it counts
    ("园区共有48家企业，目前已复工36家。", [("48家", "企业"), ("36家", "企业")]),
    ("全市有各类市场主体120万户，其中个体工商户80万户。", [("120万户", "市场主体"), ("80万户", "个体工商户")]),
    ("当地累计确诊病例120例，其中死亡9例。", [("120例", "确诊病例"), ("9例", None)]),
    # 赴/分赴 and a locative end the counted noun; a room ending in 间 stays whole
    ("省里派出4个督导组分赴各市检查。", [("4个", "督导组")]),
    ("新增120个诊间。", [("120个", "诊间")]),
    # a negation or a verb of dividing after the counted noun ends it
    ("现场还有60多名工人没有撤离。", [("60多名", "工人")]),
    # ownership words hold 有 whole; an injury ends the noun; a verb of dealing opens none
    ("沿线8个国有林场恢复通车。", [("8个", "国有林场")]),
    ("事故造成两名乘客受轻伤。", [("两名", "乘客")]),
    ("网信部门处置违规账号3000余个。", [("3000余个", "违规账号")]),
    # households before a count of people count the same people; 台套 is one classifier
    ("新村安置了48户206名搬迁群众。", [("48户", "搬迁群众"), ("206名", "搬迁群众")]),
    ("全省投入农机具120万台套。", [("120万台套", "农机具")]),
    ("8家博物馆延时开放。", [("8家", "博物馆")]),
    # a body made up of people named before 由 is what they make up; not a list summed up
    ("考察团由45人组成。", [("45人", "考察团")]),
    ("仲裁委员会由双方代表各7人组成。", [("7人", "双方代表")]),
    ("通过了由王某某等28人组成的名单。", [("28人", None)]),
    # some of the things just counted, written after their count: their noun again
    ("全县排查出120处隐患点，其中35处仍在整改。", [("120处", "隐患点"), ("35处", "隐患点")]),
    # 为 as a copula names the noun counted; 为 of "for" (为老服务) does not
    ("今年引进9个项目，其中4个为外资项目。", [("9个", "项目"), ("4个", "外资项目")]),
    ("社区建成3家为老服务站。", [("3家", "为老服务站")]),
    # a ranking's digits and coordinated modifiers stay inside the noun
    ("有60家中国500强和行业领军企业到场。", [("60家", "中国500强和行业领军企业")]),
    ("全县认定25个市级和省级示范村。", [("25个", "市级和省级示范村")]),
    ("新增14所公办和民办幼儿园。", [("14所", "公办和民办幼儿园")]),
    ("改造6座大、中型泵站。", [("6座", "大、中型泵站")]),
    # a bracket of a noun's kinds stays inside it; 雷达 holds its 达
    ("试点覆盖12个市（州、区）。", [("12个", "市（州、区）")]),
    ("该部署了2个雷达站。", [("2个", "雷达站")]),
    # people are named by the first head of people in the run, not by a noun or a clause after it
    ("要发挥3000名科技人员桥梁作用。", [("3000名", "科技人员")]),
    ("现场有200多名施工人员加紧作业。", [("200多名", "施工人员")]),
    ("会上，5位企业代表先后发言。", [("5位", "企业代表")]),
    ("有近百名专家、学者出席。", [("近百名", "专家、学者")]),
    ("机上有120名乘客和十多名机组人员。", [("120名", "乘客"), ("十多名", "机组人员")]),
    ("共认定800名省级非遗代表性传承人。", [("800名", "省级非遗代表性传承人")]),
    # adverbs of time and ranks held end the noun
    ("这样的冷链设备目前在全市有50多台。", [("50多台", "冷链设备")]),
    ("有8个生态旅游县居全省前列。", [("8个", "生态旅游县")]),
    ("300多条求职信息随时发布。", [("300多条", "求职信息")]),
    # a change reaching a figure: the thing that changed, before the verb
    ("行政审批事项已经减至126项。", [("126项", "行政审批事项")]),
])
def test_count_items(text, expected):
    assert _phrases(text, "counts", "item") == expected


def test_every_phrase_is_grounded_in_the_input():
    text = "一季度，全市规模以上工业增加值增长7.5%；新签约项目23个，总投资156亿元。"
    facts = extract(text)
    for fact in [*facts.counts, *facts.percentages, *facts.money, *facts.measures]:
        for name in ("label", "period", "item"):
            span = getattr(fact, f"{name}_span", None)
            if span is not None:
                assert text[span[0]:span[1]] == getattr(fact, name)
    assert [(p.label, p.period) for p in facts.percentages] == [("规模以上工业增加值", "一季度")]


def test_period_scan_tries_every_place_a_phrase_can_start():
    # The scan only tries the phrase where patterns/periods.toml `first_chars` allows;
    # on real text it must find exactly what trying everywhere finds.
    from conftest import CORPUS, need

    from extractor.grammar.periods import _compiled, scan
    from extractor.reading.textnorm import fold

    folder = need(CORPUS / "dev")
    phrase = _compiled().phrase
    for path in sorted(folder.glob("*.txt")):
        text = fold(path.read_text(encoding="utf-8"))
        everywhere = [m.span() for m in phrase.finditer(text) if m.end() > m.start()]
        assert [m.span() for m in scan(text, 0, len(text))[0]] == everywhere, path.name


def test_what_follows_a_phrase_s_first_character_is_among_its_second_chars():
    # patterns/periods.toml `second_chars`, tried with every character the phrase names,
    # the printable ASCII and one of each class (a phrase of one character is none of them)
    import regex

    from extractor.grammar.periods import _compiled

    phrase = regex.compile(_compiled().phrase.pattern)
    others = set(phrase.pattern) | {chr(i) for i in range(32, 127)} | set("龘Ω \n，٣〇")
    for first, after in _compiled().second_chars.items():
        assert not (whole := phrase.fullmatch(first)), whole
        for ch in others:
            found = phrase.match(first + ch, partial=True)
            assert found is None or found.end() < 2 or ch in after, (first, ch)


def test_linking_words_read_backwards_are_read_the_same_in_the_text_reversed():
    # label_grammar `linking_reversed`: `linking` ((?r), by `regex`) forwards by `re`, with
    # \s spelt as `regex` reads it; checked over every stretch of real text up to 24 long
    import re

    import regex
    from conftest import CORPUS, need

    from extractor.kinds.label_ends import reversed_text
    from extractor.kinds.label_grammar import label_grammar
    from extractor.reading.textnorm import fold

    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert re.findall(r"[^\S\x1c-\x1f]", everything) == regex.findall(r"\s", everything)
    c = label_grammar()
    path = sorted(need(CORPUS / "dev").glob("*.txt"))[0]
    text = fold(path.read_text(encoding="utf-8"))[:1500] + "同比增长 \n达到了\n"
    n, backwards = len(text), reversed_text(text)
    for lo in range(n):
        for hi in range(lo, min(n, lo + 24) + 1):
            found, again = c.linking.search(text, lo, hi), c.linking_reversed.match(backwards, n - hi, n - lo)
            assert (found and found.start()) == (again and n - again.end()), (lo, hi)


def test_a_phrase_opening_with_digits_has_a_digit_end_after_them():
    # patterns/periods.toml `digit_ends`: after the digits a phrase opens with (four at
    # most), one of them; tried with every character the phrase names and one of each class
    import regex

    from extractor.grammar.periods import _MAX_DIGITS, _compiled, _PeriodRules
    from extractor.rules import patterns

    phrase = regex.compile(_compiled().phrase.pattern)
    ends = patterns.load("periods", _PeriodRules).periods.digit_ends
    digits = [str(n) for n in range(100)] + ["05", "199", "2023", "1999", "3000", "12345", "20231"]
    for ch in set(phrase.pattern) | set("龘xΩ \n，"):
        for run in digits:
            found = phrase.match(run + ch, partial=True)
            if found is not None and found.end() > len(run) and not ch.isdecimal():
                assert ch in ends and len(run) <= _MAX_DIGITS, (run, ch)


@pytest.mark.parametrize("text, kind, expected", [
    # who holds the quantity is no part of its name
    ("该项目总投资12亿元。", "money", [("12亿元", "总投资")]),
    ("经开区发展改革委落实中央预算内资金3亿元。", "money", [("3亿元", "中央预算内资金")]),
    # but a company type that is part of the name stays
    ("民营企业进出口增长7%。", "percentages", [("7%", "民营企业进出口")]),
    # a determiner "of every kind" says no more of what is measured
    ("今年以来，各类景区门票收入增长18%。", "percentages", [("18%", "景区门票收入")]),
    ("今年累计发放各类补贴资金6.2亿元。", "money", [("6.2亿元", "补贴资金")]),
])
def test_label_subjects(text, kind, expected):
    assert _phrases(text, kind, "label") == expected


def test_deep_brackets_and_lone_surrogates_do_not_break_extraction():
    deep = "增长" + "（" * 3000 + "5%" + "）" * 3000
    assert [p.text for p in extract(deep).percentages] == ["5%"]
    assert [p.text for p in extract("增长\ud800了5%").percentages] == ["5%"]


@pytest.mark.parametrize("words, expected", [
    # the rest of a figure, an adverb or a verb of granting alone is no label …
    ("万亩", True), ("万亿元", True), ("百分点", True), ("进一步", True), ("给予", True),
    # … a noun, or a verb that names a quantity (exports, sales), is
    ("出口", False), ("销售", False), ("人口", False),
])
def test_what_names_no_quantity(words, expected):
    from extractor.kinds.label_ends import names_nothing
    assert names_nothing(words) is expected


def test_a_word_opening_with_zai_is_no_share_of_a_whole() -> None:
    # 在校 is a word: 全市|在|校学生中 is no part in a whole, 全市 no label
    labels = [label for _, label in _phrases("全市在校学生中85%参加了体质测试。", "percentages", "label")]
    assert "全市" not in labels
