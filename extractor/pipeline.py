"""One document in, one `Facts` out: the library entry points and the registry of kinds.

The pipeline builds the document's `Doc` once, reads its headline and bylines,
runs the numeric kinds' shared scan, collects every numeric kind's candidates
and keeps one fact per stretch of text (priorities are data: patterns/rules.toml),
then runs the kinds that read people and honours, in the order of the registry
(awards read the officials found before them). The CLI is a thin layer over
these functions.
"""
from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .doc import Doc
from .doc.warnings import capped_title, reading_warnings
from .kinds import awards, counts, document, measures, money, numeric, officials, percentages
from .kinds.base import Kind
from .kinds.labels import attach_labels
from .kinds.periods import PeriodIndex, attach_periods
from .output.models import Facts, Source
from .reading.decoding import decode_damaged
from .reading.markdown import front_matter
from .reading.pagemeta import page_meta
from .reading.records import Record, read_records
from .rules import packs

# The registry. Numeric kinds compete for the same text and are resolved together;
# the kinds after them each read the facts of those before.
NUMERIC_KINDS: tuple[numeric.NumericKind, ...] = (percentages, money, measures, counts)
PEOPLE_KINDS: tuple[Kind, ...] = (officials, awards)



def extract(text: str, *, path: str | None = None, encoding: str | None = None,
            sha256: str | None = None, record: Record | None = None, patterns: packs.Packs = None) -> Facts:
    """Extract every fact from a decoded document text (or from one record of it).

    `patterns`: pattern pack folders (or an opened `PatternPacks`) added to the
    shipped rules for this call (extractor/rules/packs.py); None: the default packs
    (none, unless the CLI's --patterns set them)."""
    _use_patterns(patterns)
    if sha256 is None:
        # surrogatepass: a str may hold a lone surrogate; its hash must not fail
        sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    with _cyclic_gc_paused():
        return _extract(text, path, encoding, sha256, record)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document is read. Reading makes
    many small containers that live until the document is done and form no cycles;
    the collector would walk them again and again, more often the longer the
    document (5 MB of pool text: 13.8 s with it, 12.5 s without, the same peak
    memory). Whatever state the caller left it in is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(text: str, path: str | None, encoding: str | None, sha256: str, record: Record | None) -> Facts:
    facts = Facts(source=Source(path=path, sha256=sha256, encoding=encoding, chars=len(text)))
    if not text.strip():
        facts.warnings.append("empty document: no text to extract from")
        return facts
    doc = Doc.of(text, record.view if record else None)
    facts.document = document.extract_document(doc.written or doc.view, doc.body, doc.folded)
    _own_fields(facts, doc, record)
    facts.document.title, capped = capped_title(facts.document.title)
    facts.warnings += [capped] if capped else []
    facts.warnings += reading_warnings(doc)
    doc.facts["document"] = facts.document
    for kind, found in _numeric_facts(doc).items():
        setattr(facts, kind, found)
    for kind in PEOPLE_KINDS:
        doc.facts[kind.NAME] = [c.fact for c in kind.candidates(doc)]
        setattr(facts, kind.NAME, doc.facts[kind.NAME])
    # people the award rules vouch for as recipients (林海荣获…) are people named too
    facts.officials += officials.honoured(doc, facts.officials, facts.awards, {b.name for b in facts.document.bylines})
    if doc.traditional:
        _as_written(doc, facts)
    return facts


def open_patterns(folders) -> packs.PatternPacks | None:
    """Pattern pack folders (extractor/rules/packs.py) read, validated, and the rules built
    with them once, so a bad pack fails here and not in a document; None for no folders."""
    return packs.open_packs(folders, extract)


def _use_patterns(patterns: packs.Packs) -> None:
    if patterns is not None and not isinstance(patterns, packs.PatternPacks):
        patterns = open_patterns(patterns)
    packs.use_for_call(patterns)


def _as_written(doc: Doc, facts: Facts) -> None:
    """Names, titles and phrases are read in the simplified fold of a traditional text: report them as written."""
    for kind in NUMERIC_KINDS:
        for fact in getattr(facts, kind.NAME):
            for phrase in ("item", "label", "period"):
                span = getattr(fact, f"{phrase}_span", None)
                if span:
                    setattr(fact, phrase, doc.written[span[0]:span[1]])
    for official in facts.officials:
        # a table pads a name (陳　剛): its first mention, less the padding, is the name as written
        start, end = official.mentions[0] if official.mentions else (0, 0)
        written = "".join(doc.written[start:end].split())
        official.name = written if len(written) == len(official.name) else doc.as_written(official.name)
        official.title, official.organization = doc.as_written(official.title), doc.as_written(official.organization)
    for award in facts.awards:
        award.title, award.recipients = doc.as_written(award.title), [doc.as_written(r) for r in award.recipients]
    for byline in facts.document.bylines:
        byline.name = doc.as_written(byline.name)


def _own_fields(facts: Facts, doc: Doc, record: Record | None) -> None:
    """A page's, a Markdown file's or a record's own headline and date outrank what its text suggests."""
    if record is not None:
        title, published = record.title, record.published
    elif doc.is_markup:
        meta = page_meta(doc.text)
        title, published = meta.title, meta.published
    elif doc.format == "markdown":
        fields = front_matter(doc.text)
        title, published = fields.get("title"), fields.get("date") or fields.get("published")
    else:
        return
    facts.document.title = title or facts.document.title
    published = (document.date_in(published) or _mail_date(published)) if published else None
    facts.document.published_at = published or facts.document.published_at


def _mail_date(value: str) -> str | None:
    """RSS dates are RFC 822 (Sat, 26 Oct 2024 09:52:29 +0000)."""
    from email.utils import parsedate_to_datetime  # (a feed's dates only: ~6 ms of imports)

    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError, IndexError):
        return None


def _numeric_facts(doc: Doc) -> dict[str, list]:
    """Each numeric kind's facts, one per stretch of text, grounded in the input."""
    doc.quantities = numeric.scan(doc, NUMERIC_KINDS)
    proposed = [c for kind in NUMERIC_KINDS for c in kind.candidates(doc)]
    found: dict[str, list] = {kind.NAME: [] for kind in NUMERIC_KINDS}
    for c in numeric.resolve(proposed):
        # A span across an inline tag (4000.5</span>亿元) is reported as the input has it.
        c.fact.text = doc.text[c.start:c.end]
        found[c.kind].append(c.fact)
    in_order = sorted((f for facts in found.values() for f in facts), key=lambda f: f.start)
    periods = PeriodIndex(doc)
    attach_periods(doc, periods, in_order)
    attach_labels(doc, in_order, periods)
    return found


def extract_bytes(data: bytes, *, path: str | None = None, patterns: packs.Packs = None) -> Facts:
    """Decode raw bytes (UTF-8/16, GB18030, Big5 …) and extract. Raises DecodeError."""
    _use_patterns(patterns)  # decoding reads patterns/decoding_charsets.toml
    text, encoding, damage = decode_damaged(data)
    facts = extract(text, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), patterns=patterns)
    facts.warnings[:0] = [damage] if damage else []
    return facts


def extract_documents(data: bytes, *, path: str | None = None, patterns: packs.Packs = None) -> list[Facts]:
    """`extract_bytes`, but one `Facts` per record of a JSON / JSON Lines / JS file or
    entry of a feed; a file of several numbers each in `source.record`. Raises DecodeError."""
    _use_patterns(patterns)
    text, encoding, damage = decode_damaged(data)
    sha256 = hashlib.sha256(data).hexdigest()
    records = read_records(text) or [None]
    found = [extract(text, path=path, encoding=encoding, sha256=sha256, record=r, patterns=patterns)
             for r in records]
    for facts, record in zip(found, records, strict=True):
        facts.warnings[:0] = [damage] if damage else []
        if len(found) > 1:
            facts.source.record = record.index
    return found


def extract_path(path: str | Path, *, patterns: packs.Packs = None) -> Facts:
    path = Path(path)
    return extract_bytes(path.read_bytes(), path=str(path), patterns=patterns)
