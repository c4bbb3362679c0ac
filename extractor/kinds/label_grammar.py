"""The label grammar (patterns/labels.toml), loaded and compiled once: the words
that link a quantity to its figure, scope words, indicator heads, shares, rates,
grants and the rest that extractor/kinds/labels.py reads labels with."""
from __future__ import annotations

from functools import lru_cache

from ..grammar import words
from ..rules import firstchars, patterns, rxcache


class LabelRules(patterns.Rules):
    linking_words: list[str]
    scope_words: list[str]
    leading_verbs: list[str]
    nominal_verbs: tuple[str, ...]
    indicator_heads: list[str]
    share_words: list[str]
    continuing_words: list[str]
    boundary_words: list[str]
    subject_heads: list[str]
    count_before: str
    max_chars: int
    measured_words: list[str]
    pace_words: tuple[str, ...]
    noun_locatives: str
    from_words: list[str]
    holders: list[str]
    rate_suffix: str
    leading_units: list[str]
    trailing_span: str
    rate_words: list[str]
    excess_words: list[str]
    grant_verbs: list[str]
    grant_recipients: list[str]
    grant_verbs_only: list[str]
    per_units: list[str]
    share_names: list[str]
    in_words: list[str]
    trailing_modals: list[str]
    modal_words: list[str]
    completion_verbs: list[str]
    trailing_actions: list[str]
    front_exceptions: list[str]
    trailing_adverbs: list[str]
    trailing_adverb_words: list[str]
    adverb_actions: list[str]
    boundary_exceptions: list[str]
    action_adverbs: list[str]


class LabelGrammar:
    def __init__(self) -> None:
        r = patterns.load("labels", LabelRules)
        self.pace_words = tuple(r.pace_words)
        self.noun_locatives = r.noun_locatives
        self.holders = tuple(sorted(r.holders, key=len, reverse=True))
        self.rate_suffix = r.rate_suffix
        self.trailing_span = rxcache.compile(r.trailing_span)
        self._read_linking(r)
        # match() anchors at the clause start it is given (a ^ would anchor at the text's start)
        self.front = rxcache.compile(
            f"(?:(?!{patterns.alternation(r.front_exceptions)})"
            f"(?:{patterns.alternation(r.scope_words)}|{patterns.alternation(r.leading_verbs)})|\\s)+")
        self.continuing = rxcache.compile(f"\\s*(?:{patterns.alternation(r.continuing_words)})")
        self.heads = tuple(r.indicator_heads)
        self.share = rxcache.compile("|".join(r.share_words))
        self.max_chars = r.max_chars
        # a comparison closing the words before a figure (比过去, 较上月); 比重, 比例 are names
        # ... or the base of a multiple (峰值预计为平日流量的2.1倍)
        self.comparison = rxcache.compile(
            r"(?:(?<![同环])比(?![重例率])|较|快于|慢于|高于|低于)(?:\d{4}年)?\p{Han}{1,8}$|(?:为|是|相当于)\p{Han}{2,8}$")
        # a comparison's base written with a year's digits right before the words read back
        self.dated_base = rxcache.compile(r"(?:(?<![同环])比|较|与)\d{2,4}$")
        # the base of a share the quantity reaches (恢复至2019年同期的92%, 超过了玉米耕种面积的85%)
        self.recovered = rxcache.compile(
            r"(?:恢复至|恢复到|相当于)[^，。；]*$|(?:超过了?|达到了?|占到了?)\p{Han}{2,12}的$")
        # 船舶装载率从过去的54%提升到85%: where a change starts is no part of the name
        self.origin = rxcache.compile(
            f"(?<=\\p{{Han}}{{2}})(?!{patterns.alternation(r.from_words)})从\\p{{Han}}{{0,10}}?的?$")
        self.measured = rxcache.compile(patterns.alternation(r.measured_words))
        self.rates = frozenset(r.rate_words)
        # 增速比1—10月份加快: a rate compared with an earlier one continues the quantity named before
        self.rate_compared = rxcache.compile(
            f"(?:累计|年均|平均)?(?:{patterns.alternation(r.rate_words)})(?P<base>\\s*(?:{patterns.alternation(r.continuing_words)}))")
        self._read_name_ends(r)
        # 是全球平均水平的2.75倍: a clause that only names the base of a multiple or share
        self.base_clause = rxcache.compile(r"(?:是|为|相当于|达到)\p{Han}{2,16}的$")
        self.subjects = frozenset(r.subject_heads)
        self.share_names = frozenset(r.share_names)
        self.trailing_modals = tuple(r.trailing_modals)
        self.modal_words = tuple(r.modal_words)
        self.in_whole = "在"  # 货物在总量中的比重: the part 在 the whole
        self.part_in_whole = rxcache.compile(
            f"(\\p{{Han}}{{2,8}}?)(?!{patterns.alternation(r.in_words)}){self.in_whole}\\p{{Han}}{{2,16}}?[中里内]的?"
            f"(?:{patterns.alternation(r.share_names)})?")
        self.excess = frozenset(r.excess_words)
        self._read_grants(r)
        self.nominal_verbs = tuple(r.nominal_verbs)
        self.verb_only = frozenset(r.leading_verbs)  # 增加, 完成 alone name nothing (出口 does)
        # 万亩, 万亿元: the rest of a figure read as words
        self.leftover_unit = rxcache.compile(r"^[万亿千百十][\p{Han}]{0,3}$|^(?:百分点|基点)$")
        self.verbs_first = words.verbs()
        # a name: letters and words, with single spaces inside (年度地 方财政贡献), no digits
        self.word = rxcache.compile(
            r"(?r)[\p{Han}A-Za-z（）()](?:[ \t]?(?:[\p{Han}A-Za-z（）()]|(?<=[A-Za-z])\d))*$")  # 广义货币（M2）余额
        self._read_boundaries(r)
        self._read_guards(r)

    def _read_linking(self, r: LabelRules) -> None:
        """The linking words between a quantity's name and its figure (同比增长, 达到, 为)."""
        # anchored at the end and searched backwards ((?r)): found from the figure back
        self.linking = rxcache.compile(f"(?r)(?:{patterns.alternation(r.linking_words)}|\\s)+$")
        self.linking_last = frozenset(w[-1] for w in r.linking_words)  # where `linking` can end (or at \s)
        # the same read by `re` forwards in the text reversed (several times faster), \s
        # as `regex` reads it: `re`'s less \x1c-\x1f (tests/test_labels.py)
        self.linking_reversed = rxcache.compile_plain(
            f"(?:{patterns.reversed_alternation(r.linking_words)}|[^\\S\\x1c-\\x1f])+")

    def _read_boundaries(self, r: LabelRules) -> None:
        """The words that open a clause inside a name's run (投产后预计实现|年销售收入)."""
        self.boundary = rxcache.compile(
            f"(?:{patterns.alternation(r.boundary_words + r.subject_heads)}|{r.count_before})")
        # words a boundary word stands inside of (人均可支配收入, 行政许可): no clause opens there
        self.boundary_inside = rxcache.compile(patterns.alternation(r.boundary_exceptions))

    def _read_guards(self, r: LabelRules) -> None:
        """What rules out the searches run on every name's short run, most of which find
        nothing: a class search for a character a match holds (firstchars.guard), the
        characters a match anchored at the name's end ends with (firstchars.may_end)."""
        self.boundary_guard = firstchars.guard(self.boundary)
        self.recovered_guard = firstchars.guard(self.recovered)
        self.origin_guard = firstchars.guard(self.origin)
        self.trailing_span_lasts = firstchars.end_lasts(self.trailing_span)
        self.trailing_action_lasts = firstchars.end_lasts(self.trailing_action)
        self.granted_to_lasts = firstchars.end_lasts(self.granted_to)
        # what a match at a clause's start opens with (`front`, `continuing`: or a space,
        # \s as `re` reads it, str.isspace)
        self.front_firsts = frozenset(w[0] for w in r.scope_words + r.leading_verbs)
        self.continuing_firsts = frozenset(w[0] for w in r.continuing_words)
        self.rate_compared_firsts = firstchars.first_chars(self.rate_compared) or firstchars.ANY
        self.base_clause_firsts = firstchars.first_chars(self.base_clause) or firstchars.ANY
        self.leftover_unit_firsts = firstchars.first_chars(self.leftover_unit) or firstchars.ANY
        self.comparison_guard = firstchars.guard(self.comparison)
        self.dated_base_guard = firstchars.guard(self.dated_base)


    def _read_name_ends(self, r: LabelRules) -> None:
        """What is dropped from the end of a name: adverbs and field work."""
        # longest first: 已经 before 已
        self.trailing_adverbs = tuple(sorted(r.trailing_adverbs, key=len, reverse=True))
        self.trailing_adverb_set = frozenset(r.trailing_adverbs)  # (a name that is one of them)
        self.trailing_adverb_words = tuple(r.trailing_adverb_words)
        # 小麦已播种40万亩, 早稻插秧1300多万亩, 5万亩农田智慧化改造: the field work done is no
        # part of what is measured
        adverb = patterns.alternation(r.action_adverbs)
        self.trailing_action = rxcache.compile(
            f"(?:{adverb}|\\p{{Han}}{{1,3}}化)?(?:{patterns.alternation(r.trailing_actions)})$"
            f"|(?:{adverb})(?:{patterns.alternation(r.adverb_actions)})$")

    def _read_grants(self, r: LabelRules) -> None:
        """Grants and their recipients (奖励企业200万元), rates per unit (100元/亩)."""
        self.grants = frozenset(r.grant_verbs_only)
        self.noun_ends = tuple(r.indicator_heads) + tuple(v for v in r.grant_verbs if v not in r.grant_verbs_only)
        self.per_unit = rxcache.compile(f"/(?:{patterns.alternation(r.per_units)})")
        self.unit_first = rxcache.compile(patterns.alternation(r.leading_units))
        self.grant_after = rxcache.compile(
            f"\\s*(?:{patterns.alternation(r.grant_verbs_only)})\\s*(?:{patterns.alternation(r.grant_recipients)})?\\s*")
        self.granted_to = rxcache.compile(
            f"(?:{patterns.alternation(r.grant_verbs)})(?P<recipient>{patterns.alternation(r.grant_recipients)})$")
        self.completion = rxcache.compile(patterns.alternation(r.completion_verbs))


@lru_cache(maxsize=1)
def label_grammar() -> LabelGrammar:
    return LabelGrammar()
