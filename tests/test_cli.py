"""The `extract` command as a user runs it: a subprocess, real files, bad input."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "shinan-2022-11-28.txt"
SENTENCE = "前三季度，市南区新注册亿元以上内资项目85个；实际利用外资4.75亿美元，同比增长39.43%。"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def test_one_file_prints_one_json_object():
    proc = run(str(SEED))
    assert proc.returncode == 0, proc.stderr
    facts = json.loads(proc.stdout)
    assert facts["document"]["outlet"] == "中国山东网"
    assert {m["amount"] for m in facts["money"]} >= {475000000, 80000000000}
    assert proc.stderr == b""


def test_stdin_dash():
    proc = run("-", stdin=SENTENCE.encode("utf-8"))
    assert proc.returncode == 0
    facts = json.loads(proc.stdout)
    assert facts["source"]["path"] is None
    assert [c["value"] for c in facts["counts"]] == [85]


def test_several_files_give_ndjson_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("新建5个项目。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("投资3亿元。", encoding="utf-8")
    proc = run(str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(tmp_path / "b.txt"), str(tmp_path / "a.txt")]
    proc = run(str(tmp_path))
    paths = [json.loads(line)["source"]["path"] for line in proc.stdout.decode().splitlines()]
    assert paths == sorted(paths) and len(paths) == 2


def test_schema_is_generated_from_the_models():
    proc = run("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert set(schema["properties"]) >= {"source", "document", "counts", "percentages", "money",
                                         "measures", "officials", "awards", "warnings"}


def test_gbk_file_is_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SENTENCE.encode("gbk"))
    proc = run(str(path))
    facts = json.loads(proc.stdout)
    assert facts["source"]["encoding"] in ("gb18030", "gbk")
    assert facts["money"][1]["text"] == "4.75亿美元"


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: _write(d / "blob.txt", bytes(range(256)) * 8), "binary"),
])
def test_bad_input_is_one_line_on_stderr_and_status_1(tmp_path, make, reason):
    path = make(tmp_path)
    proc = run(str(path))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1
    assert err.count("\n") == 1 and str(path) in err and reason in err.lower()
    assert "Traceback" not in err


def test_directory_without_text_files(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    proc = run(str(tmp_path))
    assert proc.returncode == 1
    assert "no text files" in proc.stderr.decode()


def test_empty_file_gives_valid_object_and_warning(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    proc = run(str(path))
    assert proc.returncode == 0
    facts = json.loads(proc.stdout)
    assert facts["counts"] == [] and facts["warnings"]
    assert "warning" in proc.stderr.decode()


def test_usage_error_is_status_2():
    proc = run("--no-such-option")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode()


def test_main_takes_its_streams():
    out, err = io.StringIO(), io.StringIO()
    status = main(["-"], stdout=out, stderr=err, stdin=io.BytesIO(SENTENCE.encode("utf-8")))
    assert status == 0
    assert json.loads(out.getvalue())["percentages"][0]["value"] == 39.43


def test_evaluate_json(dev_dir):
    proc = run("evaluate", str(dev_dir), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["documents"] >= 30
    assert report["kinds"]["money"]["f1"] >= 0.97


def test_evaluate_needs_a_gold_dir(tmp_path):
    proc = run("evaluate", str(tmp_path))
    assert proc.returncode == 1
    assert "gold" in proc.stderr.decode()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
