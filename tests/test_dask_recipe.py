"""The streaming API (`extract_paths`) and the Dask recipe: the same documents, the same
records, the same order as the `extract` command writes them."""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, needs

import extractor
from extractor import extract_paths
from extractor.batch import format_record, walk
from extractor.batch.dask_recipe import extract_partition, extract_to_jsonl, extraction_bag
from extractor.cli import main
from extractor.output.models import ErrorRecord, Facts

ROOT = Path(__file__).resolve().parents[1]
POOL = CORPUS / "pool"

# Written for these tests, in the style of the releases.
SENTENCES = {
    "a/one.txt": "前三季度，全区实际利用外资3.2亿美元，同比增长12.5%。",
    "a/b/two.txt": "今年以来，全市新建充电桩1800个，完成投资2.6亿元。",
    "a/three.md": "# 通报\n\n1至9月，全县新增就业岗位4200个。",
    "a/skipped.csv": "不读：扩展名不在默认之列，投资9亿元",
    "a/.hidden.txt": "不读：隐藏文件，投资9亿元",
}
RECORDS = '{"title": "甲", "content": "新增企业35家。"}\n{"title": "乙", "content": "投资5000万元。"}\n'


def make_inputs(root: Path) -> Path:
    for name, text in SENTENCES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "records.jsonl").write_text(RECORDS, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return root


def command_lines(*args: str) -> list[str]:
    out = io.StringIO()
    main([*args, "--workers", "1", "--quiet"], stdout=out, stderr=io.StringIO(), stdin=io.BytesIO(b""))
    return out.getvalue().splitlines()


# ------------------------------------------------------------------ extract_paths

def test_exported_from_the_package():
    assert "extract_paths" in extractor.__all__
    assert extractor.extract_paths is extract_paths


def test_results_are_the_lines_the_command_writes_in_its_order(tmp_path, monkeypatch):
    make_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    args = ["records.jsonl", "a", "missing.txt", "binary.txt"]
    results = list(extract_paths(args))
    assert [format_record(r, "jsonl") for r in results] == command_lines(*args)
    # folder walked and sorted, hidden and other suffixes skipped; one result per record
    assert [(r.source.path, r.source.record) for r in results] == [
        ("records.jsonl", 1), ("records.jsonl", 2), ("a/b/two.txt", None), ("a/one.txt", None),
        ("a/three.md", None), ("missing.txt", None), ("binary.txt", None)]
    assert [r.error.type for r in results if isinstance(r, ErrorRecord)] == ["FileNotFound", "DecodeError"]
    assert results[3].money[0].amount == 320000000 and results[3].money[0].currency == "USD"


def test_globs_and_max_bytes_as_the_command_takes_them(tmp_path):
    make_inputs(tmp_path)
    big = tmp_path / "a" / "big.txt"
    big.write_text("投资1亿元。" * 400, encoding="utf-8")
    results = list(extract_paths(tmp_path / "a", globs="*.txt", max_bytes="2KB"))
    assert [Path(r.source.path).name for r in results] == ["two.txt", "big.txt", "one.txt"]
    assert results[1].error.type == "TooLarge" and isinstance(results[2], Facts)
    assert [format_record(r, "jsonl") for r in results] == command_lines(
        str(tmp_path / "a"), "--glob", "*.txt", "--max-bytes", "2KB")


def test_lazy_each_file_read_when_its_result_is_asked_for(tmp_path):
    first, later = tmp_path / "first.txt", tmp_path / "later"
    first.write_text("全年完成投资8亿元。", encoding="utf-8")
    stream = extract_paths([first, later])
    assert next(stream).money[0].amount == 800000000
    later.mkdir()  # neither the folder nor its file existed when the stream started
    (later / "x.txt").write_text("新增就业岗位650个。", encoding="utf-8")
    result = next(stream)
    assert isinstance(result, Facts) and result.counts[0].value == 650
    assert next(stream, None) is None


def test_bad_arguments_raise_at_the_call_bad_files_never_raise(tmp_path):
    with pytest.raises(ValueError, match="max-bytes"):
        extract_paths(tmp_path, max_bytes="lots")
    with pytest.raises(ValueError, match="positive"):
        extract_paths(tmp_path, max_bytes=0)
    (tmp_path / "good.txt").write_text("投资3亿元。", encoding="utf-8")
    results = list(extract_paths([tmp_path / "nope.txt", tmp_path / "good.txt", tmp_path / "nope2.txt"]))
    assert [type(r).__name__ for r in results] == ["ErrorRecord", "Facts", "ErrorRecord"]
    assert results[0].error.type == results[2].error.type == "FileNotFound"


def test_an_empty_folder_is_told_as_the_command_tells_it(tmp_path):
    (tmp_path / "empty").mkdir()
    err = io.StringIO()
    assert list(extract_paths([tmp_path / "empty"], stderr=err)) == []
    assert err.getvalue() == f"extract: {tmp_path / 'empty'}: no text files in this directory\n"


def test_standard_input_read_once(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("本月新增企业12家。".encode())))
    results = list(extract_paths(["-", "-"]))
    assert [r.source.path for r in results] == [None, None]
    assert results[0] == results[1] and results[0].counts[0].value == 12


def test_partition_function_needs_no_dask(tmp_path, monkeypatch):
    # What Spark's mapPartitions is given: an iterator of paths in, JSON lines out.
    make_inputs(tmp_path)
    monkeypatch.setitem(sys.modules, "dask", None)
    paths = [str(tmp_path / "a" / "one.txt"), str(tmp_path / "binary.txt")]
    lines = list(extract_partition(iter(paths)))
    assert lines == command_lines(*paths)
    assert json.loads(lines[1])["error"]["type"] == "DecodeError"


# ------------------------------------------------------------------ the Dask recipe

def test_without_dask_a_clear_error(tmp_path, monkeypatch):
    make_inputs(tmp_path)
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install '\.\[dask\]'"):
        extraction_bag(tmp_path)


def test_refuses_a_folder_that_holds_files_and_standard_input(tmp_path):
    pytest.importorskip("dask.bag", reason="the Dask recipe needs dask: pip install -e '.[test]'")
    make_inputs(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "part-00000.jsonl").write_text("{}\n")
    with pytest.raises(FileExistsError, match="new or empty folder"):
        extract_to_jsonl(tmp_path / "a", str(tmp_path / "out"))
    with pytest.raises(ValueError, match="standard input"):
        extraction_bag(["-"])
    with pytest.raises(ValueError, match="no files to read"):
        extraction_bag(tmp_path / "out", globs=["*.none"])
    with pytest.raises(ValueError, match="max-bytes"):
        extraction_bag(tmp_path / "a", max_bytes="20XB")
    with pytest.raises(ValueError, match="partition_size"):
        extraction_bag(tmp_path / "a", partition_size=0)


def pool_sample(target: Path, count: int) -> Path:
    """`count` pool items drawn with a fixed seed, copied under their own names."""
    chosen = random.Random(11).sample(walk(str(POOL)), count)
    for path in chosen:
        shutil.copyfile(path, target / Path(path).name)
    return target


@needs(POOL)
def test_two_worker_cluster_writes_the_command_output(tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="the Dask recipe needs dask[distributed]")
    inputs = tmp_path / "in"
    inputs.mkdir()
    pool_sample(inputs, 500)
    (inputs / "zz-binary.txt").write_bytes(b"\x00\xff" * 64)  # an error record travels the same way
    started = time.monotonic()
    cli_out = tmp_path / "cli.jsonl"
    subprocess.run([sys.executable, "-m", "extractor.cli", str(inputs), "-o", str(cli_out), "--quiet"],
                   cwd=ROOT, check=False, timeout=300)
    cli_seconds = time.monotonic() - started
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) \
            as cluster, distributed.Client(cluster) as client:
        started = time.monotonic()
        with distributed.get_task_stream(client) as tasks:
            parts = extract_to_jsonl([inputs], str(tmp_path / "facts"), partition_size=50)
        dask_seconds = time.monotonic() - started
    print(f"\n501 documents: CLI {cli_seconds:.1f} s, Dask on 2 workers {dask_seconds:.1f} s (cluster up)")
    assert [Path(p).name for p in parts] == [f"part-{i:05d}.jsonl" for i in range(11)]
    assert len({task["worker"] for task in tasks.data}) == 2  # both workers did some of it
    dask_lines = [line for part in parts for line in Path(part).read_text(encoding="utf-8").splitlines()]
    cli_lines = cli_out.read_text(encoding="utf-8").splitlines()
    assert len(cli_lines) == 501

    def by_path(lines):
        return sorted((json.loads(line) for line in lines), key=lambda d: (d["source"]["path"], d["source"].get("record") or 0))

    assert by_path(dask_lines) == by_path(cli_lines)  # fact for fact
    assert dask_lines == cli_lines  # and in the same order: the parts, concatenated, are the command's file
    assert json.loads(dask_lines[-1])["error"]["type"] == "DecodeError"
