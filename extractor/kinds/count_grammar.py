"""The counts' rules (patterns/counts.toml), compiled once: what makes a figure a
count, and where a counted noun (a count's item) ends. Read by counts.py and items.py."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..grammar import words
from ..rules import patterns, rxcache


class CountRules(patterns.Rules):
    quote_pairs: dict[str, str]
    indefinite_numerals: list[str]
    classifiers: list[str]
    direct_nouns: list[str]
    not_after: list[str]
    ordinal_before: list[str]
    ordinal_classifiers: list[str]
    grouping_classifiers: list[str]
    agent_heads: list[str]
    session_words: list[str]
    place_suffixes: list[str]
    fixed_terms: list[str]
    item_stops: list[str]
    restating_after: list[str]
    restating_before: list[str]
    item_verbs: list[str]
    item_quantity_verbs: tuple[str, ...]
    item_change_verbs: list[str]
    item_trailing_span: str
    object_verbs: list[str]
    item_not_first: str
    item_quantity_nouns: list[str]
    item_scopes: list[str]
    item_determiners: list[str]
    item_verbs_start: list[str]
    item_sources: list[str]
    item_owner_ends: list[str]
    words_with_stops: list[str]
    item_actor_units: list[str]
    de_heads_not_counted: tuple[str, ...]
    level_nouns: tuple[str, ...]
    item_opening_verbs: list[str]
    item_subject_heads: list[str]
    elision_not_after: list[str]
    made_up_verbs: tuple[str, ...]
    modifier_ends: tuple[str, ...]
    benefactive_verbs: tuple[str, ...]
    bracket_notes: tuple[str, ...]
    place_prepositions: str
    adverbial_openers: str
    one_char_verbs: str
    people_verbs: str
    not_after_copula: str
    adverbs_first: str
    item_trailing_work: tuple[str, ...]
    item_trailing_records: tuple[str, ...]
    record_units: tuple[str, ...]
    words_with_de: tuple[str, ...]
    classifier_heads: dict[str, tuple[str, ...]]
    adverbial_opener_words: tuple[str, ...]
    item_adverbs: list[str]
    item_comparisons: list[str]
    bound_units: str
    bound_words: list[str]
    aspect_marks: str
    list_ends: str
    light_verbs: list[str]
    noun_cuts: list[str]
    measure_after: str
    award_title: str
    compound_heads: list[str]
    hour_before: str
    item_number_words: list[str]
    change_before_figure: str
    passive_marks: list[str]
    year_classifiers: list[str]


def _front_words(r: CountRules) -> tuple[tuple[str, ...], regex.Pattern[str], regex.Pattern[str]]:
    """What is left out at the front of a counted noun: the determiners "of every kind",
    and the pattern of those with the scope words, and of those alone (in a row too:
    各级各类学校)."""
    determiners = patterns.alternation(r.item_determiners)
    scope = rxcache.compile(f"^(?:{patterns.alternation(r.item_scopes)}|{determiners})+")
    return tuple(r.item_determiners), scope, rxcache.compile(f"(?:{determiners})+")


class CountGrammar:
    def __init__(self) -> None:
        r = patterns.load("counts", CountRules)
        self.rules = r
        not_after = patterns.alternation(r.not_after)
        self.classifier = f"(?:{patterns.alternation(r.classifiers)})(?!{not_after})"
        # A directly counted noun must end the phrase (9市（州）, 5省区、), so 3县城 is not 3 县.
        single = [n for n in r.direct_nouns if len(n) == 1]
        longer = [n for n in r.direct_nouns if len(n) > 1]
        self.noun = f"(?:{patterns.alternation(longer)}|(?:{patterns.alternation(single)})(?![\\p{{Han}}]))"
        self.ordinal_classifiers = set(r.ordinal_classifiers)
        self.session_words = tuple(r.session_words)
        self.place_suffixes = set(r.place_suffixes)
        # 第三期, 第 1 0 条, 第2、3条: an ordinal word governs a whole enumeration.
        self.ordinal = rxcache.compile(
            f"(?:{patterns.alternation(r.ordinal_before)})[\\s\\d零一二三四五六七八九十、和及至到]*$")
        self.fixed = rxcache.compile(patterns.alternation(r.fixed_terms))
        self._read_item_ends(r)
        self.restating = rxcache.compile(patterns.alternation(r.restating_after))
        self.restating_before = tuple(r.restating_before)
        self.verbs = rxcache.compile(patterns.alternation(r.item_verbs + r.object_verbs))
        self.change_at_end = rxcache.compile(f"(?:{patterns.alternation(r.item_change_verbs)})$")
        self.quantity_nouns = tuple(r.item_quantity_nouns)
        self.owner_ends = tuple(r.item_owner_ends)
        self.one_char_heads = frozenset(w for w in r.item_owner_ends if len(w) == 1)
        heads = dict.fromkeys(r.compound_heads + r.item_owner_ends)
        # 进口|商, 服务|站; not the heads of people (两支袭击者使用过的步枪 counts rifles)
        self.one_char_compound_heads = tuple(w for w in heads if len(w) == 1 and w not in "人者员")
        # longest first: 工作站 before 站
        self.compound_heads = tuple(sorted(set(r.compound_heads) | set(r.item_owner_ends), key=len, reverse=True))
        # what makes a counted noun whole: a head of two characters or more, or one of agents
        self.whole_noun_ends = tuple(h for h in self.compound_heads if len(h) > 1) + tuple(r.agent_heads)
        self.item_stop_words = frozenset(r.item_stops)
        self.hour_before = rxcache.compile(r.hour_before)
        self.change_before_figure = rxcache.compile(r.change_before_figure)
        self.passive_marks = tuple(r.passive_marks)
        self.year_classifiers = frozenset(r.year_classifiers)
        self.bound_words = tuple(r.bound_words)
        self.award_title = rxcache.compile(r.award_title)
        self.words_with_stops = frozenset(r.words_with_stops)
        self.actor_units = set(r.item_actor_units)
        self.verb_words = tuple(words.verbs())
        # longest first, so that a phrase loses the whole verb that opens it (改扩建, not 改)
        self.opening_verbs = tuple(sorted(r.item_opening_verbs, key=len, reverse=True))
        self.subject_heads, self.elision_not_after = tuple(r.item_subject_heads), tuple(r.elision_not_after)
        self.measure_after = rxcache.compile(r.measure_after)
        self.count_numerals = "一二三四五六七八九十两百千万"  # what a count in words opens with
        self.count_ahead = rxcache.compile(f"[{self.count_numerals}]+[多余]?{self.classifier}")  # 十多名
        # a count in digits right after another's classifier (4批|407名优秀讲解员)
        self.digit_count_ahead = rxcache.compile(f"[0-9]+(?:\\.[0-9]+)?[多余]?(?P<classifier>{self.classifier})")
        self.clause_verbs = rxcache.compile(patterns.alternation(r.noun_cuts))
        self.determiners, self.scope, self.determiner = _front_words(r)
        self.source = rxcache.compile(patterns.alternation(r.item_sources))
        self.not_in_noun = rxcache.compile(patterns.alternation(r.item_adverbs))
        comparisons = patterns.alternation(r.item_comparisons)
        self.figure_ahead = rxcache.compile(f"[\\d零一二三四五六七八九十百千万两]|{comparisons}")

    def _read_item_ends(self, r: CountRules) -> None:
        """Where a counted noun read after its classifier ends."""
        # at a stop word or where a verb begins (10多家企业直奔田头 → 企业); both are read at
        # one place after another, character by character (patterns.WordsAt)
        self.stops = patterns.WordsAt(list(r.item_stops) + list(words.verbs()) + list(r.item_quantity_nouns))
        self.verb_start = patterns.WordsAt(list(words.verbs()) + list(r.item_verbs_start))
        # a quote or a bracket: where a mark may open inside the noun (else only a ranking's digits)
        self.mark_openers = frozenset(r.quote_pairs) | frozenset("(（")
        # work done on counted things (建设), then with the records kept of them (台账), in order
        self.trailing_work = tuple(r.item_trailing_work)
        self.trailing_work_and_records = tuple(r.item_trailing_work + r.item_trailing_records)
        # adverbs and quantity nouns left at the end of a noun written before its count
        self.trailing = rxcache.compile(
            f"(?:{patterns.alternation(list(r.item_stops) + list(r.item_quantity_nouns))}|{r.item_trailing_span})+$")
        # what such a run ends with: one of its words, or the span (see trailing_search)
        self.trailing_words = tuple(set(r.item_stops) | set(r.item_quantity_nouns))
        self.trailing_span_end = rxcache.compile(f"(?:{r.item_trailing_span})$")

    def trailing_search(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        """`trailing` searched in text[start:end] only where a run of its words can end the
        stretch (it ends in one of them, the span or a line break): the search tries its
        ~300 words at every character (~10 us), and nine stretches in ten end in none."""
        end = len(text) if end is None else min(end, len(text))
        if text.endswith(self.trailing_words, start, end) or text[end - 1:end] == "\n" \
                or self.trailing_span_end.search(text, start, end):
            return self.trailing.search(text, start, end)
        return None


@lru_cache(maxsize=1)
def grammars() -> CountGrammar:
    return CountGrammar()
