"""The `extract` command as a user runs it: a subprocess, real files, bad input."""
from __future__ import annotations

import io
import json
import os
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


# ---------------------------------------------------------------- one file, in-process: the shared read → extract → record

class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_main(*argv: str, stdin: bytes = b"", stdout: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = stdout if stdout is not None else io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_pretty_on_a_terminal_compact_when_piped_and_as_asked(tmp_path):
    path = _write(tmp_path / "a.txt", SENTENCE.encode("utf-8"))
    piped, terminal = run_main(str(path))[1], run_main(str(path), stdout=Tty())[1]
    assert piped.count("\n") == 1 and terminal.startswith("{\n  \"source\"")
    assert json.loads(piped) == json.loads(terminal)
    assert run_main("--compact", str(path), stdout=Tty())[1] == piped
    assert run_main("--pretty", str(path))[1] == terminal


@pytest.mark.parametrize("argv, stdin, message", [
    (["--max-bytes", "10", "-"], SENTENCE.encode("utf-8"), "-: over --max-bytes 10"),
    (["--max-bytes", "1KB", "{big}"], b"", "{big}: 3000 bytes is over --max-bytes 1024"),
    (["{blob}"], b"", "{blob}: binary data (NUL bytes and no UTF-16 byte-order mark)"),
    (["{tmp}/missing.txt"], b"", "{tmp}/missing.txt: no such file"),
])
def test_a_file_that_fails_is_one_line_on_stderr(tmp_path, argv, stdin, message):
    names = {"big": _write(tmp_path / "big.txt", b"x" * 3000), "blob": _write(tmp_path / "blob.txt", bytes(range(256)) * 8),
             "tmp": tmp_path}
    status, out, err = run_main(*(a.format(**names) for a in argv), stdin=stdin)
    assert (status, out, err) == (1, "", f"extract: {message.format(**names)}\n")


def test_an_endless_device_is_refused_at_the_limit():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    assert run_main("--max-bytes", "1KB", "/dev/zero") == (1, "", "extract: /dev/zero: over --max-bytes 1024\n")


def test_permission_denied(tmp_path, monkeypatch):
    path = _write(tmp_path / "a.txt", SENTENCE.encode("utf-8"))

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("extractor.batch.inputs.open", refuse, raising=False)  # root reads a chmod 000 file
    assert run_main(str(path)) == (1, "", f"extract: {path}: permission denied\n")
    status, out, _ = run_main(str(path), "-f", "jsonl")
    assert status == 1 and json.loads(out)["error"] == {"type": "PermissionDenied", "message": "permission denied"}


@pytest.mark.parametrize("exc, message", [
    (ValueError("boom"), "internal error (ValueError: boom); set EXTRACT_DEBUG=1 for a traceback"),
    (RecursionError(), "input too deeply nested to process"),
])
def test_a_bug_is_an_internal_error_in_both_paths(tmp_path, monkeypatch, exc, message):
    path = _write(tmp_path / "a.txt", SENTENCE.encode("utf-8"))

    def broken(*args, **kwargs):
        raise exc

    monkeypatch.delenv("EXTRACT_DEBUG", raising=False)
    monkeypatch.setattr("extractor.pipeline.extract_documents", broken)
    assert run_main(str(path)) == (1, "", f"extract: {path}: {message}\n")
    status, out, err = run_main(str(path), "-f", "jsonl", "-q")
    record = json.loads(out)
    assert status == 1 and err == f"extract: {path}: {message}\n"
    assert record["error"] == {"type": "InternalError", "message": message}
    assert record["source"]["sha256"]


def test_extract_debug_lets_the_traceback_through(tmp_path, monkeypatch):
    path = _write(tmp_path / "a.txt", SENTENCE.encode("utf-8"))

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setenv("EXTRACT_DEBUG", "1")
    monkeypatch.setattr("extractor.pipeline.extract_documents", broken)
    with pytest.raises(ValueError, match="boom"):
        run_main(str(path))


def test_one_file_and_a_batch_say_the_same_of_the_same_file(tmp_path):
    """Both paths go through one read → extract → record: same facts, same error type and message."""
    good = _write(tmp_path / "good.txt", SENTENCE.encode("utf-8"))
    bad = _write(tmp_path / "bad.txt", b"\xff\xfe\xfd\x80\x81" * 5 + b"\x00" * 3)
    big = _write(tmp_path / "big.txt", b"x" * 3000)
    for path in (good, bad, big):
        one = run_main("--max-bytes", "1KB", str(path))
        batch = run_main("--max-bytes", "1KB", "-f", "jsonl", "-q", str(path))
        assert one[0] == batch[0] and one[2] == batch[2]
        if one[0] == 0:
            assert json.loads(one[1]) == json.loads(batch[1])
        else:
            error = json.loads(batch[1])["error"]
            assert one[2] == f"extract: {path}: {error['message']}\n" and error["type"] in ("DecodeError", "TooLarge")


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
