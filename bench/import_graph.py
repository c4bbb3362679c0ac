"""Print the package's import graph, folder by folder, and any cycle in it.

    python bench/import_graph.py [--modules]

Read from the source with `ast` (imports inside functions count too). By
default one line per folder of extractor/ with the folders it imports; with
--modules one line per module. Exit status 1 when there is a cycle.
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "extractor"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["extractor", *parts])


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            # `from . import body` imports the module body, not the package around it
            out.update(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target
                       for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    return {name: {t for t in _imports(path, name, set(modules)) if t in modules and t != name}
            for name, path in modules.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                found.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def _folder(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 else module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", action="store_true", help="one line per module")
    args = parser.parse_args(argv)
    edges = graph()
    # a package's __init__ importing its own modules is not an edge between folders
    shown = edges if args.modules else {}
    if not args.modules:
        for name, targets in edges.items():
            shown.setdefault(_folder(name), set()).update(
                _folder(t) for t in targets if _folder(t) != _folder(name))
    for name in sorted(shown):
        print(f"{name:<28} -> {', '.join(sorted(shown[name])) or '-'}")
    loops = cycles(edges)
    print(f"\n{len(edges)} modules, {sum(map(len, edges.values()))} imports; "
          + ("no cycle" if not loops else f"{len(loops)} cycle(s):"))
    for loop in loops:
        print("  " + " -> ".join(loop))
    return 1 if loops else 0


if __name__ == "__main__":
    sys.exit(main())
