"""`extract show`: the document with every fact marked in place, and a table per kind."""
from __future__ import annotations

import io
import re

from extractor import extract
from extractor.cli import main
from extractor.output.show import spans

TEXT = ("前三季度，全区实现地区生产总值286亿元，同比增长6.5%；新签约项目32个，"
        "完成造林面积1.2万亩。区长王明华表示，全年目标有望完成。\n")
MARK = re.compile(r"⟦(\w+):([^⟧]*)⟧")


def _show(*args: str, data: str = TEXT) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["show", "-", *args], out, err, io.BytesIO(data.encode("utf-8")))
    return code, out.getvalue(), err.getvalue()


def test_every_fact_is_marked_once_in_place(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = _show("--no-pager")
    assert code == 0
    facts = extract(TEXT)
    document = out.split("\n", 1)[1]  # after the legend line
    marked = MARK.findall(document)
    expected = [(kind, TEXT[s:e]) for s, e, kind in spans(facts, ["money", "percentages", "counts",
                                                               "measures", "officials", "awards"])]
    assert marked == expected
    assert ("money", "286亿元") in marked and ("officials", "王明华") in marked
    # removing the marks gives the document back, character for character
    assert MARK.sub(lambda m: m.group(2), document).startswith(TEXT.rstrip("\n"))


def test_tables_carry_label_period_and_rule(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = _show("--kind", "money", "--no-pager")
    assert "money (1)" in out and "地区生产总值" in out and "前三季度" in out and "money." in out
    assert "⟦percentages:" not in out  # --kind keeps the others out


def test_an_unknown_kind_or_a_missing_file_is_one_line_and_an_exit_status():
    code, _, err = _show("--kind", "prices")
    assert code == 2 and err.count("\n") == 1 and "unknown kind" in err
    out, err = io.StringIO(), io.StringIO()
    assert main(["show", "/no/such/file.txt"], out, err, io.BytesIO()) == 1
    assert err.getvalue().count("\n") == 1
