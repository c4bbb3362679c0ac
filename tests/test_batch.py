"""Batch runs: folders, parallel order, error records, exit codes, resume after a kill, formats, progress."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch import CSV_COLUMNS, STDIN, extract_record, prepare_resume, walk
from extractor.cli import main

ROOT = Path(__file__).resolve().parents[1]

# Short sentences in the style of the releases in corpus/ (figures, money, rates).
SENTENCES = [
    "前三季度，市南区新注册亿元以上内资项目85个；实际利用外资4.75亿美元，同比增长39.43%。",
    "全市共开工建设保障性住房1.2万套，完成投资36.5亿元。",
    "今年以来，全省新增城镇就业42.6万人，城镇调查失业率为5.1%。",
    "该项目总投资约20亿元，占地面积6万平方米，预计年产值50亿元。",
    "1至10月，全区规模以上工业增加值同比增长8.7%，高于全市平均水平2.3个百分点。",
    "截至目前，全县已建成高标准农田12.5万亩，培育家庭农场1470余家。",
]


def make_folder(root: Path, n: int, repeat: int = 1) -> Path:
    """n documents in nested sub-folders; the first one is much longer than the rest."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        folder = root / f"part{i % 3}"
        folder.mkdir(exist_ok=True)
        text = "\n".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(repeat))
        if i == 0:
            text = "\n".join([text] * 40)  # slow first document: finishes last in a pool
        (folder / f"doc{i:04d}.txt").write_text(f"第{i}号通报\n{text}\n", encoding="utf-8")
    return root


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_main(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(b""))
    return status, out.getvalue(), err.getvalue()


def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def paths_of(jsonl: str) -> list[str]:
    return [json.loads(line)["source"]["path"] for line in jsonl.splitlines()]


# ---------------------------------------------------------------- walking and order

def test_walk_skips_hidden_follows_symlinks_once_and_filters_extensions(tmp_path):
    make_folder(tmp_path / "d", 4)
    (tmp_path / "d" / ".hidden.txt").write_text(SENTENCES[0], encoding="utf-8")
    (tmp_path / "d" / ".git").mkdir()
    (tmp_path / "d" / ".git" / "x.txt").write_text(SENTENCES[0], encoding="utf-8")
    (tmp_path / "d" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "d" / "page.HTML").write_text(f"<p>{SENTENCES[1]}</p>", encoding="utf-8")
    os.symlink("..", tmp_path / "d" / "part0" / "loop")  # a loop back to d
    found = walk(str(tmp_path / "d"))
    rel = [os.path.relpath(p, tmp_path / "d") for p in found]
    assert rel == sorted(rel)
    assert rel == ["page.HTML", "part0/doc0000.txt", "part0/doc0003.txt", "part1/doc0001.txt", "part2/doc0002.txt"]
    assert [os.path.basename(p) for p in walk(str(tmp_path / "d"), ["*.png"])] == ["image.png"]
    assert len(walk(str(tmp_path / "d"), ["part1/*"])) == 1


def test_order_is_the_same_whatever_the_workers(tmp_path):
    folder = make_folder(tmp_path / "d", 24)
    status1, out1, _ = run_main(str(folder), "--workers", "1")
    status3, out3, _ = run_main(str(folder), "--workers", "3")
    assert status1 == status3 == 0
    assert out1 == out3
    paths = paths_of(out3)
    assert paths == sorted(paths) and len(paths) == 24
    assert paths[0].endswith("part0/doc0000.txt")  # the slow one is still first


def test_explicit_files_keep_the_order_given(tmp_path):
    folder = make_folder(tmp_path / "d", 3)
    files = sorted(str(p) for p in folder.rglob("*.txt"))[::-1]
    status, out, _ = run_main(*files, "-j", "2")
    assert status == 0 and paths_of(out) == files


# ---------------------------------------------------------------- errors and exit codes

def test_failing_files_give_error_records_and_status_1(tmp_path):
    folder = make_folder(tmp_path / "d", 3)
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "big.txt").write_text(SENTENCES[0] * 400, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\xfd\x80\x81" * 5 + b"\x00" * 3)
    status, out, err = run_main(str(folder), "-j", "2", "--max-bytes", "20KB")
    assert status == 1
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.splitlines())}
    assert len(records) == 6
    assert records["blob.txt"]["error"]["type"] == "DecodeError"
    assert records["big.txt"]["error"]["type"] == "TooLarge"
    assert records["bad.txt"]["error"]["type"] == "DecodeError"
    assert set(records["blob.txt"]) == {"source", "error"} and set(records["blob.txt"]["error"]) == {"type", "message"}
    assert records["blob.txt"]["source"]["sha256"]  # so --resume can match it
    assert all("error" not in records[f"doc000{i}.txt"] for i in range(3))
    lines = err.splitlines()
    assert sum(1 for line in lines if "blob.txt" in line or "big.txt" in line or "bad.txt" in line) == 3
    assert "Traceback" not in err


def test_all_fine_is_status_0_and_missing_file_is_a_record(tmp_path):
    folder = make_folder(tmp_path / "d", 2)
    assert run_main(str(folder))[0] == 0
    status, out, err = run_main(str(folder), str(tmp_path / "missing.txt"))
    assert status == 1
    assert json.loads(out.splitlines()[-1])["error"]["type"] == "FileNotFound"


def test_stdin_in_a_batch_is_read_up_to_the_limit(tmp_path):
    small = tmp_path / "small.txt"
    small.write_text("投资3亿元。", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    status = main([str(small), "-", "--max-bytes", "100", "-q"], stdout=out, stderr=err,
                  stdin=io.BytesIO(SENTENCES[0].encode("utf-8") * 10))
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 1 and "error" not in records[0]
    assert records[1] == {"source": {"path": None, "sha256": None, "encoding": None, "chars": 0},
                          "error": {"type": "TooLarge", "message": "over --max-bytes 100"}}
    assert err.getvalue() == "extract: -: over --max-bytes 100\n"


def test_extract_record_names_every_failure(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCES[1], encoding="utf-8")
    (facts,) = extract_record(str(path), 1000)
    assert facts.source.path == str(path) and facts.money
    assert extract_record(STDIN, 1000, SENTENCES[1].encode("utf-8"))[0].source.path is None
    assert extract_record(str(tmp_path), 1000).error.type == "IsADirectory"
    too_large = extract_record(str(path), 10)
    assert too_large.error.type == "TooLarge" and too_large.source.sha256 == facts.source.sha256
    assert extract_record(str(path), 10, hash_too_large=False).source.sha256 is None
    assert extract_record(str(tmp_path / "no.txt"), 1000).error.type == "FileNotFound"


@pytest.mark.parametrize("args", [
    ["--resume"],
    ["--format", "xml"],
    ["--workers", "0"],
    ["--max-bytes", "lots"],
    ["--format", "csv", "--output", "x.csv", "--resume"],
])
def test_usage_errors_are_status_2(tmp_path, args):
    folder = make_folder(tmp_path / "d", 1)
    status, out, err = run_main(str(folder), *args)
    assert status == 2 and out == ""
    assert err.startswith("extract: ") and err.count("\n") == 1


def test_ctrl_c_is_status_130_with_a_resume_hint(tmp_path):
    # enough documents that the run is still going when the signal comes, however fast the
    # machine (400 finished in 1.3 s on a quiet one, before the first lines were seen)
    folder = make_folder(tmp_path / "d", 4000, repeat=6)
    output = tmp_path / "out.jsonl"
    proc = cli(str(folder), "-j", "2", "--output", str(output))
    _wait_for_lines(output, 3, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    err = err.decode()
    assert proc.returncode == 130, err
    assert err.count("\n") == 1 and "--resume" in err and str(output) in err
    assert "Traceback" not in err
    assert output.read_bytes().endswith(b"\n")


# ---------------------------------------------------------------- resume

def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"run ended before {n} lines: {proc.stderr.read().decode()}")
        time.sleep(0.02)
    pytest.fail("no output")


def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path):
    folder = make_folder(tmp_path / "d", 200, repeat=6)
    (folder / "part1" / "blob.txt").write_bytes(bytes(range(256)) * 8)  # an error record in the middle
    full, killed = tmp_path / "full.jsonl", tmp_path / "killed.jsonl"
    proc = cli(str(folder), "-j", "2", "-o", str(full), "-q")
    proc.communicate(timeout=300)
    assert proc.returncode == 1  # the blob
    expected = full.read_bytes()
    assert expected.count(b"\n") == 201

    proc = cli(str(folder), "-j", "2", "-o", str(killed), "-q")
    _wait_for_lines(killed, 40, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = killed.read_bytes()
    assert 40 <= partial.count(b"\n") < 201, "the run finished before the kill"
    with open(killed, "ab") as handle:  # as if killed in the middle of a write
        handle.write(b'{"source":{"path":"half')

    proc = cli(str(folder), "-j", "2", "-o", str(killed), "--resume")
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err  # the blob's record still counts as a failure
    assert b"already in" in err
    assert killed.read_bytes() == expected


def test_resume_redoes_changed_files_without_duplicates(tmp_path):
    folder = make_folder(tmp_path / "d", 5)
    output = tmp_path / "out.jsonl"
    assert run_main(str(folder), "-o", str(output), "-q")[0] == 0
    changed = folder / "part1" / "doc0001.txt"
    changed.write_text(SENTENCES[2], encoding="utf-8")
    status, _, err = run_main(str(folder), "-o", str(output), "--resume")
    assert status == 0
    assert "1 extracted" in err and "4 already in" in err
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"]["path"] for r in records) == sorted(str(p) for p in folder.rglob("*.txt"))
    redone = [r for r in records if r["source"]["path"] == str(changed)]
    assert len(redone) == 1 and redone[0]["percentages"][0]["value"] == 5.1


def test_prepare_resume_cuts_a_partial_line(tmp_path):
    folder = make_folder(tmp_path / "d", 2)
    output = tmp_path / "out.jsonl"
    run_main(str(folder), "-o", str(output), "-q")
    whole = output.read_bytes()
    output.write_bytes(whole + b'{"source": {"pa')
    done, failed = prepare_resume(str(output), [str(p) for p in sorted(folder.rglob("*.txt"))])
    assert len(done) == 2 and failed == 0
    assert output.read_bytes() == whole


# ---------------------------------------------------------------- formats

def test_csv_has_one_row_per_fact_and_error_rows(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 8)
    status, out, _ = run_main(str(folder), "--format", "csv")
    assert status == 1
    rows = list(csv.DictReader(io.StringIO(out)))
    assert out.splitlines()[0].split(",") == list(CSV_COLUMNS)
    assert list(rows[0]) == list(CSV_COLUMNS)
    by_kind = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row)
    assert {r["value"] for r in by_kind["count"]} >= {"85"}
    money = {r["value"]: r for r in by_kind["money"]}
    assert money["475000000"]["unit"] == "USD" and money["475000000"]["text"] == "4.75亿美元"
    percent = by_kind["percentage"][0]
    assert (percent["value"], percent["unit"], percent["direction"], percent["basis"]) == ("39.43", "percent", "up", "yoy")
    assert CSV_COLUMNS[-1] == "rule"
    assert money["475000000"]["rule"] == "money.suffix_currency"
    text = SENTENCES[0]
    for row in rows:
        if row["kind"] != "error":
            assert text[int(row["start"]):int(row["end"])] == row["text"]
            assert row["rule"].startswith(("counts.", "percentages.", "money.", "measures."))
    (error,) = by_kind["error"]
    assert error["path"].endswith("b.txt") and error["error"].startswith("DecodeError:") and error["text"] == ""
    assert error["rule"] == ""


def test_json_format_is_one_array(tmp_path):
    folder = make_folder(tmp_path / "d", 3)
    status, out, _ = run_main(str(folder), "--format", "json", "-j", "2")
    assert status == 0
    data = json.loads(out)
    assert isinstance(data, list) and [d["source"]["path"] for d in data] == paths_of(run_main(str(folder))[1])


def test_single_file_stays_one_object(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCES[0], encoding="utf-8")
    status, out, err = run_main(str(path))
    assert status == 0 and isinstance(json.loads(out), dict) and "\n" not in out.rstrip("\n")
    assert err == ""


# ---------------------------------------------------------------- progress

def test_no_progress_when_stderr_is_not_a_terminal(tmp_path):
    folder = make_folder(tmp_path / "d", 5)
    status, _, err = run_main(str(folder), "-j", "2")
    assert status == 0
    assert err.count("\n") == 1 and err.startswith("extract: 5 documents, 5 extracted, 0 failed")
    assert "\x1b" not in err and "\r" not in err
    assert run_main(str(folder), "--quiet")[2] == ""


def test_progress_bar_when_stderr_is_a_terminal(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    folder = make_folder(tmp_path / "d", 5)
    status, out, err = run_main(str(folder), stderr=Tty())
    assert status == 0 and len(out.splitlines()) == 5
    assert "docs/s" in err and "errors" in err and "5/5" in err
    assert "\x1b" in err  # drawn with terminal control codes, not printed lines
    assert "5 extracted" in err
    assert run_main(str(folder), "--quiet", stderr=Tty())[2] == ""
