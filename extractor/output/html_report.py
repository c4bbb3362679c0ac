"""`extract report PATH... -o report.html`: one self-contained HTML page to review facts.

Per document (html_document.py): its text with every fact highlighted by kind (one
element per numeric fact and per mention of an official or award, overlaps
included: html_marks.py), a tooltip per fact (its fields and rule), and a table per
kind; for several documents, an index with counts per document and totals
(html_totals.py). Kinds toggle on and off. No network: the CSS and script are
inline, and the script writes a self-check (marks counted, page errors seen) into
the page's header, which a reviewer sees and a test reads back through a headless
browser.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from .html_document import ReportDocument, mark_count, section
from .html_totals import index
from .show import KINDS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# (background, line) per kind: the hues `extract show` uses on a terminal.
COLOURS = {"money": ("#d8f3dc", "#2d6a4f"), "percentages": ("#d7f1f7", "#0e7490"),
           "counts": ("#fdf0c4", "#a16207"), "measures": ("#dbe7fb", "#1d4ed8"),
           "officials": ("#f6dcf3", "#a21caf"), "awards": ("#fde0dc", "#b91c1c")}

STYLE = """
body{margin:0;color:#222;background:#f6f6f4;font:15px/1.8 system-ui,"Noto Sans CJK SC","Noto Sans SC",
"WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ccc;padding:.4em 1em;
display:flex;flex-wrap:wrap;align-items:baseline;gap:0 1.2em}
#toggles label{margin-right:.8em;cursor:pointer;white-space:nowrap}
main{padding:0 1em 3em;max-width:75em}
.doc{margin-top:2em}.doc,mark{scroll-margin-top:6em}td a{white-space:nowrap}
h2{font-size:1.15em;margin:.2em 0}.meta{color:#666;margin:0 0 .4em;font-size:.9em}
.warning{color:#92400e;margin:.2em 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e2e2e2;padding:.8em 1em}
mark{background:var(--bg);border-bottom:2px solid var(--line);color:inherit;border-radius:2px}
mark mark{border-bottom-style:double;border-bottom-width:4px}
mark.lit{outline:2px solid var(--line)}
details{margin:.5em 0}summary{cursor:pointer;font-weight:600}
table{border-collapse:collapse;font-size:13px;background:#fff;margin:.3em 0}
th,td{border:1px solid #ddd;padding:1px 6px;text-align:left;vertical-align:top}td.n{text-align:right}
#self-check{font-size:.9em;white-space:nowrap}#self-check.ok{color:#15803d}#self-check.bad{color:#b91c1c;font-weight:700}
""" + "".join(f".k-{kind}{{--bg:{bg};--line:{line}}}body.hide-{kind} .text .k-{kind}"
              "{background:none;border-bottom-color:transparent}"
              f"body.hide-{kind} .facts.k-{kind}{{display:none}}" for kind, (bg, line) in COLOURS.items())

# Runs first: every script error and every resource that fails to load (there should
# be none: nothing is fetched) is counted for the self-check.
HEAD_SCRIPT = """window.reportErrors=[];
window.onerror=function(message){window.reportErrors.push(String(message));};
window.addEventListener('error',function(e){if(e.target!==window){
window.reportErrors.push('failed to load '+(e.target.src||e.target.href||e.target.tagName));}},true);"""

# Toggles; a split mark lights up whole; the self-check: marks counted against the
# number the page was written with, each mark's place and length in its text (in
# code points, as the offsets are) against its span, and the errors seen, written
# into #self-check.
SCRIPT = """(function(){
var body=document.body;
document.querySelectorAll('#toggles input').forEach(function(box){
box.addEventListener('change',function(){body.classList.toggle('hide-'+box.value,!box.checked);});});
function pieces(mark){var id=mark.dataset.of||mark.id;
return [document.getElementById(id)].concat(Array.from(document.querySelectorAll('[data-of="'+id+'"]')));}
function light(on){return function(e){var mark=e.target.closest('mark[data-pieces],mark[data-of]');
if(mark){pieces(mark).forEach(function(p){p.classList.toggle('lit',on);});}};}
document.addEventListener('mouseover',light(true));document.addEventListener('mouseout',light(false));
function misplaced(){var wrong=0;document.querySelectorAll('.text').forEach(function(div){
var walk=document.createTreeWalker(div,NodeFilter.SHOW_ELEMENT|NodeFilter.SHOW_TEXT),at=0,node;
while((node=walk.nextNode())){if(node.nodeType===3){at+=Array.from(node.data).length;}
else if(node.dataset.kind&&Number(node.dataset.start)!==at){wrong++;}}});return wrong;}
function selfCheck(){
var marks=document.querySelectorAll('[data-kind]'),wrong=misplaced();
marks.forEach(function(mark){var text=mark.dataset.pieces?pieces(mark).map(function(p){return p.textContent;}).join(''):
mark.textContent;if(Array.from(text).length!==mark.dataset.end-mark.dataset.start){wrong++;}});
var out=document.getElementById('self-check'),errors=window.reportErrors;
out.dataset.marks=marks.length;out.dataset.wrong=wrong;out.dataset.errors=errors.length;
var ok=String(marks.length)===out.dataset.expected&&!wrong&&!errors.length;
out.className=ok?'ok':'bad';
out.textContent=ok?'self-check: '+marks.length+' marks, no error':'self-check failed: '+marks.length+' marks of '+
out.dataset.expected+', '+wrong+' misplaced, '+errors.length+' error(s) '+errors.slice(0,3).join('; ');}
selfCheck();window.addEventListener('load',selfCheck);
})();"""


def render_report(documents: Sequence[ReportDocument]) -> str:
    """The whole page: header with toggles and self-check, the index (several documents), the documents."""
    marks = sum(mark_count(d) for d in documents)
    totals = {kind: sum(len(d.facts(kind)) for d in documents) for kind in KINDS}
    toggles = "".join(f'<label class="k-{kind}"><input type="checkbox" value="{kind}" checked>'
                      f"<mark class=\"k-{kind}\">{kind}</mark> {totals[kind]}</label>" for kind in KINDS)
    header = (f'<header><span><strong>extract report</strong> · {len(documents)} document(s) · {marks} marks</span>'
              f'<span id="toggles">{toggles}</span>'
              f'<output id="self-check" data-expected="{marks}">self-check did not run</output></header>')
    body = (index(documents) if len(documents) > 1 else "") + "".join(
        section(number, document) for number, document in enumerate(documents, 1))
    return ("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>extract report</title>"
            f"<script>{HEAD_SCRIPT}</script><style>{STYLE}</style></head>"
            f"<body>{header}<main>{body}</main><script>{SCRIPT}</script></body></html>\n")


# --------------------------------------------------------------------------- the command

def output_problem(output: str) -> str | None:
    """Why the report cannot be written at `output`, checked before any work; None if it can."""
    if os.path.isdir(output):
        return "is a folder (give a file name, e.g. report.html)"
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        return f"no such folder: {os.path.dirname(output) or folder}"
    return None


def read_document(path: str, stdin: IO[bytes]) -> ReportDocument | str:
    """The document at `path` ("-": standard input), or why it cannot be read."""
    from ..batch.inputs import DEFAULT_MAX_BYTES, STDIN, DocumentError, read_file, read_stdin
    from ..batch.record import extract_record
    from ..reading.decoding import decode_damaged
    from .models import ErrorRecord

    try:
        data = read_stdin(stdin, DEFAULT_MAX_BYTES) if path == STDIN else read_file(path, DEFAULT_MAX_BYTES, False)
    except DocumentError as failure:
        return failure.message
    found = extract_record(path, DEFAULT_MAX_BYTES, data, hash_too_large=False)
    if isinstance(found, ErrorRecord):
        return found.error.message
    return ReportDocument(path, decode_damaged(data)[0], found)  # decodes as extraction did


def write_atomically(path: str, content: str) -> None:
    """Write beside the target and rename, so a failed run never leaves half a page."""
    partial = f"{path}.partial-{os.getpid()}"
    try:
        with open(partial, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def run_report(paths: Sequence[str], output: str, stderr: IO[str], stdin: IO[bytes]) -> int:
    """Read every path (folders walked), write the page; 0, or 1 if a document failed, 2 for a bad -o."""
    from ..batch.inputs import collect_inputs

    problem = output_problem(output)
    if problem:
        print(f"extract report: {output}: {problem}", file=stderr)
        return EXIT_USAGE
    inputs, failed = collect_inputs(paths, (), stderr)
    target = os.path.realpath(output)
    documents = []
    for path in inputs:
        if path != "-" and os.path.realpath(path) == target:
            continue  # a report written into a folder it reads is not one of its inputs
        found = read_document(path, stdin)
        if isinstance(found, str):
            print(f"extract report: {path}: {found}", file=stderr)
            failed = True
        else:
            documents.append(found)
    if not documents:
        print("extract report: no document could be read; nothing written", file=stderr)
        return EXIT_FAILED
    try:
        write_atomically(output, render_report(documents))
    except OSError as exc:
        print(f"extract report: {output}: {exc.strerror or exc}", file=stderr)
        return EXIT_FAILED
    marks = sum(mark_count(d) for d in documents)
    print(f"extract report: wrote {output} ({len(documents)} document(s), {marks} marks)", file=stderr)
    return EXIT_FAILED if failed else EXIT_OK
