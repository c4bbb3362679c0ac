"""The README's analysis recipes, run as written on real output of `extract`.

Each recipe is read from README.md (the code block after its `<!-- recipe: NAME -->`
marker), with `facts.jsonl` / `facts.csv` pointed at output made here from the seed
sample, pool items (when the shared corpus is present), a file of records and a
missing file; its rows must be that output's money facts.
"""
from __future__ import annotations

import io
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import CORPUS

from extractor import extract
from extractor.batch import walk
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COLUMNS = ("path", "text", "start", "end", "amount", "amount_max", "qualifier", "currency", "label", "period", "rule")

# A file of records (source.record) whose money facts share one path; written for this test.
RECORDS = ('{"title": "甲", "content": "前三季度，全区完成固定资产投资12.5亿元，同比增长8%。"}\n'
           '{"title": "乙", "content": "今年以来，全市发放消费券3.5元至5元不等，带动消费2000万元。"}\n'
           '{"title": "丙", "content": "该项目总投资约20亿元，占地面积6万平方米。"}\n')  # a label with no period


def recipe(name: str, **files: Path) -> str:
    """The code block after `<!-- recipe: name -->` in README.md, with each file it names
    (`facts_jsonl=` for facts.jsonl) replaced by the given path."""
    found = re.search(rf"<!-- recipe: {re.escape(name)} -->\n```\w+\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert found, f"README.md has no recipe {name!r}"
    code = found.group(1)
    for key, path in files.items():
        file_name = key.replace("_", ".")
        assert file_name in code, f"recipe {name!r} does not read {file_name}"
        code = code.replace(file_name, str(path))
    return code


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> dict[str, Path]:
    """facts.jsonl and facts.csv from `extract` over real inputs, with an error record and a file of records."""
    work = tmp_path_factory.mktemp("analysis")
    (work / "records.jsonl").write_text(RECORDS, encoding="utf-8")
    inputs = [str(ROOT / "samples"), str(work / "records.jsonl"), str(work / "missing.txt")]
    if (CORPUS / "pool").is_dir():
        inputs[1:1] = random.Random(5).sample(walk(str(CORPUS / "pool")), 40)
    made = {}
    for fmt in ("jsonl", "csv"):
        made[fmt] = work / f"facts.{fmt}"
        status = main([*inputs, "--workers", "1", "--quiet", "--format", fmt, "-o", str(made[fmt])],
                      stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.BytesIO(b""))
        assert status == 1  # the missing file
    return made


def money_facts(jsonl: Path) -> list[tuple]:
    """Every money fact of the output, as the recipes' rows, in (path, start) order."""
    rows = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for fact in doc.get("money", []):
            rows.append(tuple(doc["source"]["path"] if c == "path" else fact[c] for c in COLUMNS))
    return sorted(rows, key=lambda row: (row[0], row[2]))


def totals(rows: list[tuple]) -> dict[tuple, tuple]:
    """(label, period, currency) → (facts, total amount), over facts with a label."""
    groups: dict[tuple, list] = defaultdict(list)
    for row in rows:
        named = dict(zip(COLUMNS, row, strict=True))
        if named["label"] is not None:
            groups[(named["label"], named["period"], named["currency"])].append(named["amount"])
    return {key: (len(amounts), sum(amounts)) for key, amounts in groups.items()}


def same_rows(got: list[tuple], expected: list[tuple]) -> None:
    assert len(got) == len(expected)
    for have, want in zip(got, expected, strict=True):
        assert _plain(have) == _plain(want)


def same_totals(got: dict[tuple, tuple], expected: dict[tuple, tuple]) -> None:
    """Same groups, same counts, totals equal up to float summation order."""
    assert got.keys() == expected.keys()
    for key, (facts, total) in expected.items():
        assert got[key][0] == facts and got[key][1] == pytest.approx(total, rel=1e-12), key


def _plain(row: tuple) -> tuple:
    """NaN / None alike, whole floats as ints: what the libraries do to JSON nulls and numbers."""
    return tuple(None if value != value or value is None else
                 int(value) if isinstance(value, float) and value.is_integer() else value for value in row)


def test_the_output_has_what_the_recipes_must_handle(output):
    rows = money_facts(output["jsonl"])
    text = output["jsonl"].read_text(encoding="utf-8")
    # the sample and the records alone give 9 money facts (a fresh clone has no shared corpus)
    assert len(rows) >= 5 and any(r[4] != int(r[4]) for r in rows)  # a money fact with a fractional amount
    assert any(r[8] is not None and r[9] is None for r in rows)  # a label without a period: a null group key
    assert '"error":' in text and '"record":2' in text


def test_duckdb_recipe_gives_one_row_per_money_fact(output):
    duckdb = pytest.importorskip("duckdb", reason="the recipe needs duckdb: pip install -e '.[test]'")
    con = duckdb.connect()
    summary = con.sql(recipe("duckdb", facts_jsonl=output["jsonl"])).fetchall()
    expected = money_facts(output["jsonl"])
    columns = ", ".join('"end"' if c == "end" else c for c in COLUMNS)
    got = con.sql(f"SELECT {columns} FROM money ORDER BY path, start").fetchall()
    same_rows(got, expected)
    same_totals({(label, period, currency): (facts, total) for label, period, currency, facts, total in summary},
                totals(expected))


def test_pandas_recipe_gives_the_same_rows(output):
    pytest.importorskip("pandas", reason="the recipe needs pandas: pip install -e '.[test]'")
    scope: dict = {}
    exec(recipe("pandas", facts_jsonl=output["jsonl"]), scope)
    money = scope["money"].rename(columns={"source.path": "path"}).sort_values(["path", "start"], kind="stable")
    got = [tuple(row) for row in money[list(COLUMNS)].itertuples(index=False)]
    expected = money_facts(output["jsonl"])
    same_rows(got, expected)
    summary = {_plain(key): (row["facts"], row["total"]) for key, row in scope["totals"].iterrows()}
    same_totals(summary, totals(expected))


def test_duckdb_csv_recipe_sums_every_numeric_fact(output):
    duckdb = pytest.importorskip("duckdb", reason="the recipe needs duckdb: pip install -e '.[test]'")
    got = duckdb.connect().sql(recipe("duckdb-csv", facts_csv=output["csv"])).fetchall()
    expected: dict[tuple, list] = defaultdict(lambda: [0, 0])
    names = {"counts": ("count", "unit", "value"), "percentages": ("percentage", "unit", "value"),
             "measures": ("measure", "unit", "value"), "money": ("money", "currency", "amount")}
    for line in output["jsonl"].read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for field, (kind, unit, value) in names.items():
            for fact in doc.get(field, []):
                expected[(kind, fact[unit])][0] += 1
                expected[(kind, fact[unit])][1] += fact[value]
    same_totals({(kind, unit): (facts, total) for kind, unit, facts, total in got},
                {key: tuple(value) for key, value in expected.items()})


def test_duckdb_recipe_keeps_a_fraction_after_many_whole_amounts(tmp_path):
    # DuckDB types a column from a sample of records; a fractional amount after it must not lose its fraction.
    duckdb = pytest.importorskip("duckdb", reason="the recipe needs duckdb: pip install -e '.[test]'")
    whole = extract("全年完成投资5亿元。").model_dump(mode="json")
    late = extract("每张消费券面值3.5元。").model_dump(mode="json")
    jsonl = tmp_path / "facts.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for i in range(21000):
            whole["source"]["path"] = f"doc{i:05d}.txt"
            out.write(json.dumps(whole, ensure_ascii=False) + "\n")
        late["source"]["path"] = "z-late.txt"
        out.write(json.dumps(late, ensure_ascii=False) + "\n")
    con = duckdb.connect()
    con.sql(recipe("duckdb", facts_jsonl=jsonl))
    assert con.sql("SELECT amount FROM money WHERE path = 'z-late.txt'").fetchall() == [(3.5,)]
    assert con.sql("SELECT count(*) FROM money").fetchall() == [(21001,)]
