"""Awards: honours, prizes, titles, flags, stars and list selections (SPEC "awards").

Candidates come from families of evidence, each a named rule
(patterns/rules.toml [awards.*]):

- quoted titles (“聚力强势星”) with an award word in them or an award verb before them;
- conferrals (授予 RECIPIENTS TITLE), recipients between verb and title;
- receipts and selections (X荣获/摘获/入选 TITLE), recipient is the subject;
- commendation decisions (《关于表彰A、B和C的决定》) and commendations in a
  sentence (表彰了…123名优秀共产党员、126名优秀党务工作者);
- batch designations (全国首批创新型企业之一, 成为全国首批…试点县, 作为国家历史文化名城，长春市…) and
  pilots carried out in named places (在北京、上海等8个省市开展…试点工作);
- lists of an honour's holders published (财政部公布了…试点县名单) or selected onto (…名单，A、B入选);
- the standing national honours named anywhere (全国道德模范, 七一勋章);
- a prize named before the word for its holders (图灵奖得主…, 中国政府友谊奖获奖外国专家), announced (…奖揭晓),
  or won by whom (民族唱法金奖由周晓雯获得);

and coordinated siblings of an award found by one of them. Goals, nominations
and policy rewards (争创…, 推荐授予…, 对新获得…的，给予…奖励) are dropped.
Recipients are the people the officials found, else the name shapes of
extractor/grammar/names.py, or an organisation. Matching runs on the folded
text, so offsets index the input.

Modules: rules (patterns/awards.toml compiled), reading (one call's state and
the tests of a title), quoted, families, designations, published, holders, named,
referred and merits (the rules), recipients, merge.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...doc import Doc
from ...doc.occurrences import occurrences
from ...output.models import Award, Official
from ..base import Candidate
from ..list_rows import list_rows
from ..spanset import SpanSet
from .designations import batch_designated, counted_designations, designated, one_of, pilot_sites
from .families import commended, conferred, decisions, received, siblings
from .holders import announced, edition_named, held, prizes_listed, won_by
from .merge import Merged, all_mentions, merge, share_joined
from .merits import merits
from .named import named
from .published import onto_named_list, published
from .quoted import quoted
from .reading import Found, Reading
from .recipients import representatives
from .referred import referred

NAME = "awards"


def candidates(doc: Doc) -> list[Candidate]:
    """Honours conferred in the body, with their recipients (people found by officials)."""
    return [Candidate(NAME, a) for a in extract(doc, doc.facts.get("officials", []))]


def extract(doc: Doc, officials: list[Official]) -> list[Award]:
    """The awards of `doc`'s body; `officials` are the people who may receive them."""
    r = Reading(doc, officials)
    merged: dict[str, Merged] = {}
    for family in (decisions(r), commended(r), conferred(r), quoted(r), received(r), designated(r), one_of(r),
                   batch_designated(r), pilot_sites(r), counted_designations(r), merits(r), onto_named_list(r),
                   published(r), won_by(r), prizes_listed(r)):
        merge(family, r, merged)
    merge(list(siblings(r, merged)), r, merged)
    merge(list(named(r, merged)), r, merged)
    # (after the named honours: a standing honour keeps its rule; a prize read back from 奖 that
    # is part of an award found whole is no award: 共和|国勋章获得者)
    for family in (held, announced, edition_named):
        merge(list(_not_part_of_another(family(r), merged)), r, merged)
    merge(list(referred(r, merged)), r, merged)  # (after every rule that names an honour)
    _shared_tails(merged, doc.headline_end())
    _add_listed_holders(r, merged)
    starts = occurrences(r.folded, merged, 0, len(r.folded))  # every title's, in one reading
    for title, m in merged.items():
        spans = sorted({(s, s + len(title)) for s in starts.get(title, [])} | m.spans)
        for recipient in representatives(r, spans):
            if recipient not in m.recipients:
                m.recipients.append(recipient)
    share_joined(r, merged)
    ordered = sorted(merged.items(), key=lambda kv: kv[1].first)
    return [Award(title=t, kind=m.kind, recipients=_fullest(m.recipients), rule=m.rule,
                  mentions=all_mentions(t, starts.get(t, []), r.body, m.spans)) for t, m in ordered]


def _fullest(recipients: list[str]) -> list[str]:
    """The recipients less one another names more fully (哈尔滨 in a subheading, 黑龙江哈尔滨 in the
    conferral: one city, named as its conferral writes it)."""
    return [x for x in recipients if not any(len(y) > len(x) and y.endswith(x) for y in recipients)]


def _add_listed_holders(r: Reading, merged: dict[str, Merged]) -> None:
    """全市先进基层党组织名单（30个） then a holder a line: the rows of the list under an honour's
    heading (kinds/list_rows.py) are its recipients, as written, less a bracketed note (（女）)."""
    for row in list_rows(r.folded, r.body.start, r.body.end):
        holder = r.text[row.holder[0]:row.holder[1]]
        award = merged.get(row.heading) or _ending_in(merged, row.heading)  # (一、先进集体: …安全生产先进集体)
        if award is not None and holder not in award.recipients:
            award.recipients.append(holder)


def _shared_tails(merged: dict[str, Merged], headline_end: int) -> None:
    """对全省脱贫攻坚先进集体和先进个人进行表彰，我县扶贫办被评为先进集体: an honour named again later by
    its tail (four characters or more, the same kind) is the one named whole, where one alone ends so; so
    is one a headline names by its tail first (表彰防汛抗旱先进集体, then …“全县防汛抗旱先进集体”称号)."""
    ending: dict[str, list[str]] = {}  # each proper tail of four characters or more → the titles ending so
    for title in merged:
        for k in range(1, len(title) - 3):
            ending.setdefault(title[k:], []).append(title)
    for short in sorted(merged, key=len):
        m = merged[short]
        whole = [t for t in ending.get(short, ()) if t in merged and merged[t].kind == m.kind
                 and (merged[t].first < m.first or m.first < headline_end)]
        if len(whole) == 1:
            into = merged[whole[0]]
            into.spans |= m.spans
            into.recipients.extend(x for x in m.recipients if x not in into.recipients)
            del merged[short]


def _ending_in(merged: dict[str, Merged], heading: str) -> Merged | None:
    """The one award whose title ends with a list section's name (先进集体 → 全市安全生产先进集体)."""
    ending = [m for title, m in merged.items() if heading and title.endswith(heading)]
    return ending[0] if len(ending) == 1 else None


def _not_part_of_another(found: Iterable[Found], awards: dict[str, Merged]) -> Iterator[Found]:
    """The findings that are no part of an award already found (the same span is the same award)."""
    spans = {span for m in awards.values() for span in m.spans}
    taken = SpanSet(list(spans))
    for f in found:
        if (f.start, f.end) in spans or not taken.overlaps(f.start, f.end):
            yield f
