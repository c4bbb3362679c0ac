"""Awkward inputs at growing sizes: does any path grow faster than the text?

    python bench/pathological.py [--sizes 25000,50000,100000,200000] [--timeout 60] [--only NAME,...]

Each case is one document built by repeating a short piece (a run of 荣获, 亿元 over
and over, one character, a long clause without marks, deep brackets, …) to each
size in characters. Each (case, size) runs `extractor.extract` once in a fresh
process (after a warm-up extract of a short text, so rule loading is not counted)
and is killed after --timeout seconds; a case stops growing once a size times out.

Prints per case: seconds at each size, the growth ratio from one size to the next
(time ratio / size ratio: ~1 is linear, ~2 per doubling is quadratic), and the time
per character against ordinary release text (`prose`: the dev releases, each
extracted as its own document, as many as make up the size) at the largest size
both reached. A benchmark: it prints and exits 0.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import DEFAULT_CORPUS, REPO  # noqa: E402

# Separates documents in what a child process reads: `prose` is many releases, each
# extracted on its own (one long document would mostly be cut off as boilerplate).
DOCUMENTS_APART = "\x1e"


def _prose() -> str:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEFAULT_CORPUS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"pathological: no *.txt in {DEFAULT_CORPUS} (set EXTRACT_DEV_CORPUS)")
    return DOCUMENTS_APART.join(t.replace(DOCUMENTS_APART, "") for t in texts)


def _no_marks(prose: str) -> str:
    return "".join(c for c in prose if c not in "，。、；：！？,.;:!?\n“”（）《》")


# name → the piece repeated to size (a callable gets the prose for the corpus-based cases).
CASES: dict[str, object] = {
    "prose": lambda prose: prose,  # the dev releases, one after another, each its own document
    "long clause, no marks": lambda prose: _no_marks(prose.replace(DOCUMENTS_APART, "")),
    "荣获 run": "荣获",
    "荣获 title, repeated": "荣获“全国先进集体”称号，",
    "titles listed with 、": "全国文明单位、",
    "授予 and 被评为": "授予张三同志被评为",
    "lists published, then 入选, one sentence": "农业部公布了全国示范名单，共有12个村入选，",
    "亿元 run": "亿元",
    "5亿元、 list": "5亿元、",
    "增长 percentages, 分别": "增长5%、",
    "counts with a time word, one sentence": "共有37条雪道，目前开放了12条，",
    "counts with a time word, one clause": "目前开放了12条",
    "分别 pairs, one sentence": "分别增长5%和6%，",
    "quoted honours, repeated": "“全国文明城市”，",
    "prizes won by whom, one sentence": "民族唱法金奖由周晓雯获得，",
    "receipts referring to the honour before them, one paragraph": "本届金鸡奖揭晓，《远山》等影片获奖，",
    "honours in relative clauses, one sentence": "列入世界遗产名录的北京中轴线，包括张三在内的5个项目入选示范名单，",
    "profile lines": "王晓红，女，汉族，现任县委常委、组织部部长。\n",
    "a list under its heading, rows repeated": "全市优秀共产党员名单（50名）\n王建国　市交通运输局局长\n",
    "名单 headings with no rows": "名单\n",
    "prize rows under 名单如下": "获奖名单如下：\n一等奖：王建国、李红\n",
    "prize labels in one sentence": "一等奖：孙红梅、周建华；",
    "list sections under a heading": "先进集体和先进个人名单\n一、先进集体（2个）\n县水利局\n",
    "honours joined to a conferral, one sentence": "授予张三“优秀党员”称号，并追记一等功，",
    "words glued to ·-names": "总理李强致电安迪·伯纳姆，",
    "hyphenated name parts": "让-保罗·萨特-",
    "places listed and counted, one sentence": "北京、上海等38个城市入选示范名单，",
    "lists of honours published, one sentence": "财政部公布了2025年第二批试点县名单，第三批山水工程典型案例公布，",
    "batch designations after 作为 and copulas, one clause": "作为首批国家历史文化名城和全国首批试点城市是首批示范区",
    "pilots in named places, one sentence": "在北京、上海等8个省市开展知识产权试点工作，",
    "pilots launched by places as subjects, one clause": "北京市、上海市等4地正式启动跨境服务试点工作",
    "designations counted after their holders, one sentence": "北京、上海等9个国家级服务型制造示范城市、",
    "counted things put onto lists by 将, one clause": "将8155个传统村落列入保护名录",
    "selections by 将, batches and commendation events, one sentence":
        "六部门将北京、天津等18个地区定为试点地区，暨全省先进集体表彰大会，新一批23个灯塔工厂公布，",
    "one character 一": "一",
    "one character 。": "。",
    "one character 1": "1",
    "one character 、": "、",
    "digits with commas": "1,234,",
    "Chinese numerals": "一百二十三万四千",
    "deep brackets": None,  # built below: （ … 5亿元 … ）
    "quotes": "“全国”",
    "quote mark before blanks": "“" + " " * 5000,
    "a name before blanks (table row)": "  王建国" + " " * 5000 + "区" * 100 + "\n",
    "·  run": "·",
    "names listed with 、 (officials)": "张三、李四、",
    "names listed with 、, then 摄": "张三、李四、" * 2000 + "王五 摄。",  # a photo credit in reach
    "posts and names (officials)": "区长王建国、副区长李红梅，",
    "bylines": "记者 张三 通讯员 李四 摄 ",
    "markup": "<p>5亿元</p>&nbsp;",
}


def build(name: str, size: int, prose: str) -> str:
    if name == "deep brackets":
        half = (size - 4) // 2
        return "（" * half + "5亿元" + "）" * (size - half - 4)
    piece = CASES[name]
    if callable(piece):
        piece = piece(prose)
    text = (piece * (size // len(piece) + 1))[:size]
    return text if name == "prose" else text.replace(DOCUMENTS_APART, "")


_CHILD = """
import sys, time
from extractor import extract
extract("前三季度实际利用外资4.75亿美元，同比增长39.43%。区长王建国荣获“全国先进个人”称号。")
texts = sys.stdin.read().split("\x1e")
t0 = time.perf_counter()
for text in texts:
    extract(text)
print(time.perf_counter() - t0)
"""


def measure(text: str, timeout: float) -> float | str | None:
    """Seconds for one extract of `text` in a fresh process, None if it timed out, the error's last line
    if it failed."""
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD], input=text, capture_output=True, text=True,
                              encoding="utf-8", timeout=timeout, cwd=REPO, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        return done.stderr.strip().splitlines()[-1][:120]
    return float(done.stdout.strip())


def run_case(name: str, sizes: list[int], prose: str, timeout: float) -> tuple[list[float | None], str]:
    """Seconds per size (None once one timed out or failed) and the first error, if any."""
    seconds: list[float | None] = []
    for size in sizes:
        took = measure(build(name, size, prose), timeout) if all(seconds) else None
        if isinstance(took, str):
            return seconds + [None] * (len(sizes) - len(seconds)), f"fails at {size}: {took}"
        seconds.append(took)
    return seconds, ""


def report(name: str, sizes: list[int], seconds: list[float | None], prose_rate: dict[int, float]) -> str:
    cells = [f"{s:8.3f}" if s is not None else "       -" for s in seconds]
    growth = []
    for i in range(1, len(sizes)):
        a, b = seconds[i - 1], seconds[i]
        growth.append(f"{(b / a) / (sizes[i] / sizes[i - 1]):5.2f}" if a and b else "    -")
    reached = [i for i, s in enumerate(seconds) if s is not None]
    ratio = "-"
    if reached:
        i = reached[-1]
        ratio = f"{(seconds[i] / sizes[i]) / prose_rate[sizes[i]]:6.1f}x"
    return f"{name:34s} {' '.join(cells)}   growth {' '.join(growth)}   vs prose {ratio}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="25000,50000,100000,200000", help="sizes in characters, comma-separated")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before one extract is stopped")
    ap.add_argument("--only", default="", help="case names (substrings), comma-separated")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    prose = _prose()
    wanted = [w for w in args.only.split(",") if w]
    names = [n for n in CASES if n == "prose" or not wanted or any(w in n for w in wanted)]
    print(f"sizes (characters): {sizes}; seconds per size; growth = time ratio / size ratio (1 = linear)")
    prose_seconds, _ = run_case("prose", sizes, prose, args.timeout)
    prose_rate = {size: s / size for size, s in zip(sizes, prose_seconds, strict=True) if s}
    for name in names:
        seconds, error = (prose_seconds, "") if name == "prose" else run_case(name, sizes, prose, args.timeout)
        if not error and not all(seconds):
            error = f"over {args.timeout:g} s at {sizes[seconds.index(None)]}"
        print(report(name, sizes, seconds, prose_rate) + (f"   {error}" if error else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
