"""`extract report PATH... -o report.html`: the page is read back, by Python's own
HTML parser and by a real browser (headless Chromium), and every highlight must be
exactly one fact: `data-start`/`data-end` a fact's span, its text `text[start:end]`.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CORPUS, REPO, need
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.cli import main
from extractor.output.html_marks import Mark, marked_html
from extractor.pipeline import extract_documents
from extractor.reading.decoding import decode_damaged

SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"
ARTIFACTS = REPO / "build" / "test-artifacts"
POOL_ITEMS = 20


class PageReader(HTMLParser):
    """Each document section's text and marks, as a browser would read them: a mark's
    text is what lies inside it, then inside its continuations (`data-of`), in order."""

    def __init__(self) -> None:
        super().__init__()  # convert_charrefs: &#13; and &amp; come back as the characters
        self.documents: list[dict] = []
        self.in_text = False
        self.open: list[str | None] = []  # the mark id each open <mark> adds its text to
        self.check: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and "data-path" in a:
            self.documents.append({"path": a["data-path"], "text": [], "marks": {}, "texts": {}})
        elif tag == "div" and a.get("class") == "text":
            self.in_text = True
        elif tag == "mark" and self.in_text:
            marks = self.documents[-1]["marks"]
            if "data-kind" in a:
                marks[a["id"]] = (a["data-kind"], int(a["data-start"]), int(a["data-end"]))
            self.open.append(a.get("id") if "data-kind" in a else a.get("data-of"))
        elif tag == "output" and a.get("id") == "self-check":
            self.check = {k: v or "" for k, v in attrs}

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.in_text:
            self.open.pop()
        elif tag == "div" and self.in_text:
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if not self.in_text:
            return
        document = self.documents[-1]
        document["text"].append(data)
        for mark_id in self.open:
            document["texts"][mark_id] = document["texts"].get(mark_id, "") + data


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def expected_marks(records) -> Counter:
    """(kind, start, end) of every numeric fact and every official or award mention."""
    found: Counter = Counter()
    for facts in records:
        for kind in ("money", "percentages", "counts", "measures"):
            found.update((kind, f.start, f.end) for f in getattr(facts, kind))
        for kind in ("officials", "awards"):
            found.update((kind, s, e) for f in getattr(facts, kind) for s, e in f.mentions)
    return found


def write_inputs(folder: Path) -> list[Path]:
    """New documents: Windows line ends (a browser reads a raw CR as LF), and JSON Lines of two records."""
    crlf = folder / "crlf.txt"
    crlf.write_bytes("前三季度，全区实际利用外资4.75亿美元，\r\n同比增长39.43%。\r\n区长王明华表示，新签约项目32个。\r\n"
                     .encode())
    records = folder / "records.jsonl"
    records.write_text('{"title": "甲", "content": "全市投资3亿元。\\n区长王明华表示。"}\n'
                       '{"title": "乙", "content": "全区投资5亿元，增长5%。"}\n', encoding="utf-8")
    return [crlf, records]


def report(*args: str, stdin: bytes = b"") -> tuple[int, str]:
    err = io.StringIO()
    code = main(["report", *args], io.StringIO(), err, io.BytesIO(stdin))
    return code, err.getvalue()


def assert_marks_are_the_facts(page: PageReader, paths: list[Path]) -> None:
    assert [d["path"] for d in page.documents] == [str(p) for p in paths]
    for document, path in zip(page.documents, paths, strict=True):
        data = path.read_bytes()
        text = decode_damaged(data)[0]
        assert "".join(document["text"]) == text, f"{path}: the page's text is not the document's"
        marks = document["marks"]
        assert Counter(marks.values()) == expected_marks(extract_documents(data, path=str(path))), path
        for mark_id, (kind, start, end) in marks.items():
            assert document["texts"].get(mark_id, "") == text[start:end], (path, kind, start, end)


# --------------------------------------------------------------------------- the page, read by Python

def test_the_sample_reads_back_to_exactly_its_facts(tmp_path):
    out = tmp_path / "report.html"
    code, err = report(str(SAMPLE), "-o", str(out))
    assert code == 0 and err.count("\n") == 1 and "wrote" in err
    page = read_page(out.read_text(encoding="utf-8"))
    assert_marks_are_the_facts(page, [SAMPLE])
    facts = extract(SAMPLE.read_text(encoding="utf-8"))
    assert len(page.documents[0]["marks"]) == sum(expected_marks([facts]).values()) > 20
    assert '<section id="index">' not in out.read_text(encoding="utf-8")  # one document: no index


def test_twenty_pool_items_read_back_to_exactly_their_facts(tmp_path):
    pool = sorted(need(CORPUS / "pool").glob("*.txt"))
    step = max(1, len(pool) // POOL_ITEMS)
    chosen = pool[::step][:POOL_ITEMS]
    out = tmp_path / "pool.html"
    code, _ = report(*map(str, chosen), "-o", str(out))
    assert code == 0
    page = read_page(out.read_text(encoding="utf-8"))
    assert_marks_are_the_facts(page, chosen)
    assert sum(len(d["marks"]) for d in page.documents) == int(page.check["data-expected"])


def test_tooltips_and_tables_say_what_each_fact_is(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("前三季度，全区实际利用外资4.75亿美元，同比增长39.43%。区长王明华表示，全年目标有望完成。\n",
                      encoding="utf-8")
    out = tmp_path / "a.html"
    assert report(str(source), "-o", str(out))[0] == 0
    html = out.read_text(encoding="utf-8")
    money = re.search(r'<mark [^>]*data-kind="money"[^>]*title="([^"]*)"', html).group(1)
    for line in ("money · 4.75亿美元", "amount: 475000000", "currency: USD", "label: 实际利用外资",
                 "period: 前三季度", "rule: money."):
        assert line in money.replace("&#10;", "\n")
    assert "<summary>money (1)</summary>" in html and "<summary>officials (1)</summary>" in html
    assert not re.search(r"https?://", html)  # self-contained: nothing to fetch


def test_several_documents_get_an_index_with_totals(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("全市固定资产投资3亿元。区长王明华表示，要抓好落实。\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("全市固定资产投资2.5亿元。王明华指出，要抓好落实。全区获评全国文明城市称号。\n",
                                           encoding="utf-8")
    out = tmp_path / "in" / "report.html"
    assert report(str(tmp_path / "in"), "-o", str(out))[0] == 0
    html = out.read_text(encoding="utf-8")
    index = html.split('<section id="index">')[1].split("</section>")[0]
    assert re.search(r"<td>CNY</td><td>固定资产投资</td><td class=\"n\">550,000,000</td>"
                     r"<td class=\"n\">2</td><td class=\"n\">2</td>", index)
    assert re.search(r"<td>王明华</td><td class=\"n\">2</td><td class=\"n\">2</td><td>区长</td>", index)
    assert "全国文明城市" in index
    # run again: the report now in the folder is not read as one of its documents
    assert report(str(tmp_path / "in"), "-o", str(out))[0] == 0
    assert len(read_page(out.read_text(encoding="utf-8")).documents) == 2


def test_a_file_of_records_is_one_text_with_every_record_marked(tmp_path):
    source = write_inputs(tmp_path)[1]
    out = tmp_path / "r.html"
    assert report(str(source), "-o", str(out))[0] == 0
    html = out.read_text(encoding="utf-8")
    page = read_page(html)
    assert_marks_are_the_facts(page, [source])
    assert {"1", "2"} <= set(re.findall(r'data-kind="money"[^>]*data-record="(\d+)"', html))


def test_bad_paths_are_one_line_and_an_exit_status(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("投资3亿元。\n", encoding="utf-8")
    code, err = report(str(tmp_path / "absent.txt"), "-o", str(tmp_path / "r.html"))
    assert code == 1 and "absent.txt: no such file" in err and not (tmp_path / "r.html").exists()
    code, err = report(str(good), "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert code == 2 and err.count("\n") == 1 and "no such folder" in err
    code, err = report(str(good), "-o", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "is a folder" in err
    # one document unreadable: the others are still reported, and the status says so
    code, err = report(str(good), str(tmp_path / "absent.txt"), "-o", str(tmp_path / "r.html"))
    assert code == 1 and "absent.txt" in err and (tmp_path / "r.html").exists()
    assert "Traceback" not in err


def test_without_an_output_file_it_is_a_usage_error(capsys):
    code, err = report(str(SAMPLE))
    assert code == 2 and "Traceback" not in err
    assert "--output" in err + capsys.readouterr().err  # click writes usage errors to the real stderr


def test_standard_input_is_a_document(tmp_path):
    out = tmp_path / "r.html"
    assert report("-", "-o", str(out), stdin="投资3亿元。\n".encode())[0] == 0
    assert 'data-kind="money"' in out.read_text(encoding="utf-8")


def test_a_plain_extract_does_not_load_the_report():
    probe = ("import io, sys; from extractor.cli import main; main([sys.argv[1]], io.StringIO(), io.StringIO());"
             "print(sorted(m for m in sys.modules if m.startswith('extractor.output.html')))")
    done = subprocess.run([sys.executable, "-c", probe, str(SAMPLE)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- the marks layer

def test_nested_and_crossing_marks_are_each_one_element():
    text = "甲乙丙丁戊己庚辛\r\n<&>"
    marks = [Mark(0, 5, "officials", "a"), Mark(3, 8, "counts", "b"), Mark(4, 6, "money", "c"),
             Mark(3, 8, "awards", "d"), Mark(1, 2, "measures", "e"), Mark(8, 13, "money", "f")]
    page = read_page(f'<section data-path="x"><div class="text">{marked_html(text, marks, "m")}</div></section>')
    document = page.documents[0]
    assert "".join(document["text"]) == text
    assert "&#13;" in marked_html(text, [], "m")  # a raw CR would read as LF in a browser
    assert sorted(document["marks"].values()) == sorted((m.kind, m.start, m.end) for m in marks)
    for mark_id, (_, start, end) in document["marks"].items():
        assert document["texts"][mark_id] == text[start:end]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="甲乙\r\n<&>a", min_size=1, max_size=30).flatmap(
    lambda text: st.tuples(st.just(text), st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))),
                                                   max_size=8))))
def test_any_spans_read_back_exactly(case):
    text, pairs = case
    marks = [Mark(min(a, b), max(a, b), "counts", "t") for a, b in pairs]
    page = read_page(f'<section data-path="x"><div class="text">{marked_html(text, marks, "m")}</div></section>')
    document = page.documents[0]
    assert "".join(document["text"]) == text
    assert Counter(document["marks"].values()) == Counter((m.kind, m.start, m.end) for m in marks)
    for mark_id, (_, start, end) in document["marks"].items():
        assert document["texts"].get(mark_id, "") == text[start:end]


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside"):
        marked_html("甲乙", [Mark(1, 3, "counts", "")], "m")


# --------------------------------------------------------------------------- in a real browser

def chromium() -> str:
    """The browser binary, or skip (fail when EXTRACT_REQUIRE_CHROMIUM is set, as .ci/run does)."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    reason = "no chromium binary on PATH (Debian: apt-get install chromium)"
    if os.environ.get("EXTRACT_REQUIRE_CHROMIUM"):
        pytest.fail(reason)
    pytest.skip(reason)


def browse(browser: str, page: Path, profile: Path, *args: str) -> str:
    done = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                           *args, page.as_uri()], capture_output=True, text=True, timeout=120)
    return done.stdout


def self_check(dom: str) -> dict:
    reader = read_page(dom)
    assert reader.check, "no self-check in the page the browser returned"
    return {k: reader.check.get(k) for k in ("data-marks", "data-wrong", "data-errors", "class")}


@pytest.fixture(scope="module")
def browser_pages(tmp_path_factory):
    browser = chromium()
    folder = tmp_path_factory.mktemp("browser")
    paths = [SAMPLE, *write_inputs(folder), *sorted(CORPUS.glob("pool/*.txt"))[:2]]  # the pool is optional here
    out = folder / "report.html"
    assert report(*map(str, paths), "-o", str(out))[0] == 0
    expected = sum(sum(expected_marks(extract_documents(p.read_bytes(), path=str(p))).values()) for p in paths)
    return browser, folder, out, expected


def test_in_chromium_every_fact_is_one_element_and_no_error(browser_pages):
    browser, folder, page, expected = browser_pages
    dom = browse(browser, page, folder / "profile", "--dump-dom")
    assert self_check(dom) == {"data-marks": str(expected), "data-wrong": "0", "data-errors": "0", "class": "ok"}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    browse(browser, page, folder / "profile", "--window-size=1200,900", "--hide-scrollbars",
           f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 30_000  # a blank page compresses to a few kB


def test_in_chromium_the_self_check_sees_a_broken_page_and_a_toggle_hides_a_kind(browser_pages):
    browser, folder, page, expected = browser_pages
    html = page.read_text(encoding="utf-8")
    broken = folder / "broken.html"
    untick = ("<script>var box=document.querySelector('#toggles input[value=money]');box.checked=false;"
              "box.dispatchEvent(new Event('change'));</script></body>")
    broken.write_text(html.replace('data-kind="', 'data-gone="', 1)
                      .replace("<main>", "<main><script>notDefinedAnywhere();</script>", 1)
                      .replace("</body>", untick), encoding="utf-8")
    dom = browse(browser, broken, folder / "profile", "--dump-dom")
    found = self_check(dom)
    assert found["data-marks"] == str(expected - 1) and found["class"] == "bad"
    assert int(found["data-errors"]) >= 1
    assert re.search(r'<body class="hide-money">', dom)
