"""Published lists of honours: a list a body publishes (财政部公布了2025年县域充换电设施补短板试点县名单,
第三批山水工程典型案例公布) is a selection onto it, whoever is on it; a verb of selection closing a later
clause (…名单，浙江安吉等23个县入选) names the selected."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from .families import ReadObject, object_title
from .merge import unquoted
from .reading import Found, Reading, has_evidence, not_given, plausible_title
from .recipient_items import split_recipients

# How far before a verb of selection the list it selects onto is looked for.
_LIST_REACH = 100


def onto_named_list(r: Reading) -> Iterable[Found]:
    """…公布第一批美丽乡村先行区名单，浙江安吉等23个县入选: a verb of selection closing its clause,
    with no object, selects onto the list the sentence published before it."""
    folded, rules = r.folded, r.rules
    for m in r.verbs:
        if m.lastgroup != "select" or folded[m.end():m.end() + 1] not in rules.data.clause_closers:
            continue
        # (the list is published in the clauses right before: a window, never the sentence from its
        # start, which a run of such clauses would read again at every verb)
        lo = max(r.structure.sentence_start(m.start()), m.start() - _LIST_REACH)
        lists = list(rules.published_list.finditer(folded, lo, m.start()))
        read = _published(r, lists[-1]) if lists else None  # the last list published before it
        if read is None or not_given(r, m.start(), m.end()):
            continue
        # the selected: the clause before the verb (the sentence's subject published the list)
        recipients = _selected(r, folded[r.structure.clause_start(m.start()):m.start()])
        yield Found(read.title, "selection", read.start, read.start + len(read.title), "awards.onto_named_list",
                    recipients)


def _selected(r: Reading, clause: str) -> list[str]:
    """The ones a clause closed by a verb of selection names (what only counts them, the merge drops)."""
    rules = r.rules
    clause = rules.counted_tail.sub("", clause)
    clause = rules.completed_procedure.sub("", clause)  # 经…评审等程序|共有942人入选: how, not who
    clause = clause.removesuffix("等")  # A、B等|入选: the rest unnamed
    stops = tuple(rules.data.recipients.subject_stops)
    while clause.endswith(stops):  # A和B成功|入选, A、B均|入选: how they were selected
        clause = clause[:-len(next(w for w in stops if clause.endswith(w)))]
    including = rules.including.search(clause)  # 包括…在内的7个中国案例入选: the named ones
    if including:
        clause = including.group("who")
    else:  # 包括|A、B等十起案件入选
        clause = clause[len(next((w for w in rules.data.recipients.subject_openers if clause.startswith(w)), "")):]
    return split_recipients(clause, r.people_names, r.people_posts)


def _published(r: Reading, published: regex.Match[str]) -> ReadObject | None:
    """The list (or the batch's designation) a match of awards.toml published_list names: after
    the verb of publishing, read as a receipt's object is; before it (…名单公布, 新一批…灯塔工厂公布),
    the words up to the verb, marks and all (the merge drops quotation marks)."""
    quoted = _quoted_list(r, published)
    if quoted is not None:  # 发布2022年“…典型案例”, “…”评选结果揭晓: the quoted list, however its clause opens
        title = r.folded[quoted[0]:quoted[1]]
        listed = (has_evidence(title) or r.rules.ranked.search(title) is not None  # (“…年度十大案件”)
                  or r.folded.startswith(tuple(r.rules.data.roll_heads), quoted[1] + 1))  # (“最佳旅游乡村”名单)
        return _leadless(r, ReadObject(title, *quoted, False, True)) if plausible_title(title) and listed else None
    start, end = published.span("obj")
    if end == published.end():  # 公布|…名单, 发布首批|…案例
        read = object_title(r, start)
        listed = read is not None and read.title.endswith(tuple(r.rules.data.list_words))
        listed = listed or read is not None and published.group("batch") is not None
        return _leadless(r, _quoted_designation(r, read)) if read is not None and listed else None
    dated = r.rules.year_prefix.match(r.folded[start:end])  # 2024年度|全省十佳案例揭晓
    start += dated.end() if dated else 0
    title = r.folded[start:end]
    bare = title.translate(unquoted())
    if not plausible_title(bare) or not (bare.endswith(tuple(r.rules.data.list_words)) or published.group("batch")
                                         or has_evidence(bare) or dated and r.rules.ranked.search(bare) is not None):
        return None  # (2024年度|全国十大考古新发现|揭晓: a year's ranked list; not 天坛奖十大奖项: its categories)
    return _leadless(r, _quoted_designation(r, ReadObject(title, start, end, False, True)))


def _leadless(r: Reading, read: ReadObject) -> ReadObject:
    """The list without what opens its words and is no part of its name (awards.toml published_lead:
    公布第二批|1000所|…试点学校名单, “2025年度|全国十大考古新发现”)."""
    lead = r.rules.published_lead.match(read.title).end()
    return read._replace(title=read.title[lead:], start=read.start + lead) if lead else read


def _quoted_designation(r: Reading, read: ReadObject) -> ReadObject:
    """“灯塔工厂”名单, “最佳旅游乡村”名单: the list of a designation set off in quotes is the designation each
    of its holders bears (灯塔工厂), as the honour is named when one is selected (入选全球“灯塔工厂”) and as the
    quoted rule reads a quote before these heads (awards.toml roll_heads)."""
    head = next((h for h in r.rules.data.roll_heads if read.title.endswith(h)), None)
    inner = read.title[1:-len(head) - 1] if head else ""
    if not (head and read.title[0] in "“「" and read.title[-len(head) - 1] in "”」" and len(inner) >= 2
            and not any(q in inner for q in "“”「」")):
        return read
    return read._replace(title=inner, start=read.start + 1)


def _quoted_list(r: Reading, published: regex.Match[str]) -> tuple[int, int] | None:
    """The span of the list a match of published_list names in quotes: after the verb of publishing,
    or closing what it reads before the verb (由…主办的“…十大案件”评选结果|揭晓); None if not quoted."""
    if published.group("quoted") is not None:
        return published.span("quoted")
    inner = r.rules.quoted_results.search(r.folded, *published.span("obj"))
    return inner.span("quoted") if inner is not None else None


def published(r: Reading) -> Iterable[Found]:
    """教育部日前公布第二批1000所全国急救教育试点学校名单, 第三批山水工程典型案例公布: a list of an honour's
    holders (a pilot, a model, a typical case: awards.toml honour_list_words) published; no recipient
    unless a verb of selection names one (onto_named_list)."""
    rules, folded = r.rules, r.folded
    found: dict[str, Found] = {}
    for m in _around_publishing(r):
        read = _published(r, m)
        if read is None or not rules.publishing.search(folded, m.start(), m.end()):
            continue  # (公示: a list put up for objections, not yet conferred)
        title, start = read.title, read.start
        if (_an_honour_list(r, title, _in_a_batch(r, m, start)) and not rules.count_inside.search(title)
                and not not_given(r, m.start(), read.end)):
            found.setdefault(title, Found(title, "selection", start, start + len(title), "awards.published", []))
    # …试点县公布 (a digest's subheading), then 公布了…试点县名单: one list, named as the text names the list
    listed = tuple(r.rules.data.list_words)
    yield from (f for t, f in found.items() if not any(t + w in found for w in listed))


# How far from a verb of publishing the list it publishes is written: its words (30 characters at most),
# a batch, a year, a count and their marks before or after the verb.
_PUBLISHED_REACH = 60


def _around_publishing(r: Reading) -> Iterable[regex.Match[str]]:
    """The matches of published_list around each verb of publishing whose reach holds an honour list's
    word: most verbs publish data or a meeting's news (发布会, 发布了…数据), and the list's pattern, read over
    the whole text, was a fifth of the awards' time."""
    rules, folded = r.rules, r.folded
    seen: set[tuple[int, int]] = set()
    for verb in rules.publishing.finditer(folded, r.body.start, r.body.end):
        lo = max(r.body.start, r.structure.clause_start(verb.start()), verb.start() - _PUBLISHED_REACH)
        hi = min(r.body.end, verb.end() + _PUBLISHED_REACH)
        if not rules.honour_list_word.search(folded, lo, hi):
            continue
        for m in rules.published_list.finditer(folded, lo, hi):
            if m.span() not in seen:
                seen.add(m.span())
                yield m


def _an_honour_list(r: Reading, title: str, batched: bool) -> bool:
    """A list whose name says its holders were distinguished (试点, 示范, 典型案例, 遗产), or that was published in a
    batch or counted (`batched`) or names a designation's level or verb (国家级, 认定, 培育): not a roll of
    members, delegates or goods (人大代表名单, 参展商名单) nor a list of wrongdoing (刑事典型案例); a name
    more than its honour's word (not 典型案例 alone)."""
    data = r.rules.data
    words = [w for w in data.honour_list_words if w in title]
    # (a batch or a mark makes a list an honour's, not whatever else a body publishes: 发布15条政策措施)
    marked = title.endswith(tuple(data.list_words)) and (batched or any(w in title for w in data.honour_list_marks))
    if not (words or marked) or any(w in title for w in data.not_honour_list_words):
        return False
    bare = title.removesuffix(next((w for w in data.list_words if title.endswith(w)), ""))
    return len(bare) - max(map(len, words), default=0) >= 3 and plausible_title(title)


def _in_a_batch(r: Reading, published: regex.Match[str], title_start: int) -> bool:
    """Was the list a match of published_list names published in a batch or with a count of its holders (公布第二批|…,
    发布23个|…名单): the words between where the list's reading opens and its name hold one."""
    if published.group("batch") is not None:
        return True
    opens = published.start("obj") if published.group("obj") is not None else published.start()
    return opens < title_start and r.rules.list_batch.search(r.folded, opens, title_start) is not None
