"""`extract evaluate` compares numbers exactly: a whole number must agree to the unit
(16.4亿 is 1640000000, never 1639999999); only two fractions, such as 三分之一
printed as 33.333333, may differ at a relative 1e-6."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from extractor import extract
from extractor.output.evaluate import evaluate_dir, load_json, score_numeric


def _money(amount) -> dict:
    return {"text": "16.4亿元", "start": 4, "end": 10, "amount": amount, "currency": "CNY",
            "qualifier": None, "currency_explicit": True}


def _percent(value) -> dict:
    return {"text": "三分之一", "start": 2, "end": 6, "value": value, "unit": "percent",
            "qualifier": None, "direction": None, "basis": None}


@pytest.mark.parametrize("gold, predicted, right", [
    (1640000000, 1639999999, False),              # off by one yuan in 1.64 billion
    (1640000000, Decimal("1639999999.9999"), False),  # a float's rounding residue is still wrong
    (1640000000, 1640000000, True),
    (1640000000, Decimal("1640000000.0"), True),
    (1640000000, 1640000000.0, True),
])
def test_whole_amounts_compare_exactly(gold, predicted, right):
    score = score_numeric("money", [_money(gold)], [_money(predicted)], "doc")
    assert score.correct == int(right), score.errors


@pytest.mark.parametrize("gold, predicted, right", [
    (Decimal("33.333333"), 33.333333333333336, True),   # 三分之一 as the gold writes it
    (33.333333, Decimal("33.3333333333"), True),
    (Decimal("33.333333"), Decimal("33.3334"), False),   # beyond a relative 1e-6
    (Decimal("33.333333"), 33, False),
])
def test_fractions_compare_within_a_relative_millionth(gold, predicted, right):
    score = score_numeric("percentages", [_percent(gold)], [_percent(predicted)], "doc")
    assert score.correct == int(right), score.errors


def test_evaluate_reads_gold_numbers_exactly(tmp_path):
    text = "合同金额16.4亿元"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = json.loads(extract(text).model_dump_json())
    assert gold["money"][0]["amount"] == 1640000000
    gold["money"][0]["amount"] = 1639999999
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate_dir(tmp_path)
    money = report.kinds["money"]
    assert (money.gold, money.predicted, money.correct) == (1, 1, 0)
    # the error list stays JSON-ready although the numbers were read as Decimal
    (error,) = [e for e in report.errors() if e["kind"] == "money"]
    assert error["error"] == "wrong value"
    assert json.loads(json.dumps(error))["predicted"]["amount"] == 1640000000


def test_load_json_keeps_every_digit():
    assert load_json('{"v": 33.333333333333333333}')["v"] == Decimal("33.333333333333333333")


def test_without_headline_leaves_the_first_line_out_of_both_sides(tmp_path):
    # gold annotated from below the headline: the headline's figure is no extra then
    text = "全市新开工项目23个\n\n今年以来，全市新开工项目23个，总投资56亿元。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    body = text.index("23个", 10)
    gold = {"counts": [{"text": "23个", "value": 23, "unit": "个", "item": "项目", "qualifier": None,
                        "start": body, "end": body + 3}],
            "money": [{"text": "56亿元", "amount": 5600000000, "currency": "CNY", "currency_explicit": True,
                       "qualifier": None, "start": text.index("56亿元"), "end": text.index("56亿元") + 5}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    whole = evaluate_dir(tmp_path).kinds["counts"]
    below = evaluate_dir(tmp_path, without_headline=True).kinds["counts"]
    assert (whole.predicted, whole.correct) == (2, 1)
    assert (below.predicted, below.correct) == (1, 1)
