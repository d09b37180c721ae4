"""Split the blind corpus (/work/corpus/w*/queries.yaml) into a development and a held-out half.

Per writer, items at even positions (0, 2, 4, ...) go to ``queries_dev.yaml`` and odd ones to
``queries_heldout.yaml``.  Run from the project's root: ``python3 tests/data/build_queries.py [CORPUS_DIR]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KEEP = ("text", "topic", "kind", "also", "language")


def main(corpus: Path) -> int:
    """Write the two halves beside this script; return 0, or 2 when there is no corpus."""
    halves: dict[str, list[dict[str, object]]] = {"dev": [], "heldout": []}
    writers = sorted(p for p in corpus.glob("w*/queries.yaml") if p.is_file())
    if not writers:
        print(f"no w*/queries.yaml under {corpus}; pass the corpus folder", file=sys.stderr)
        return 2
    for path in writers:
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for n, item in enumerate(items):
            row = {k: item[k] for k in KEEP if k in item}
            row["writer"] = path.parent.name
            halves["dev" if n % 2 == 0 else "heldout"].append(row)
    for name, rows in halves.items():
        out = HERE / f"queries_{name}.yaml"
        header = (f"# The {'development' if name == 'dev' else 'held-out'} half of the blind corpus "
                  "(built by tests/data/build_queries.py; do not edit by hand).\n")
        out.write_text(header + yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=1000),
                       encoding="utf-8")
        print(f"{out.name}: {len(rows)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/corpus")))
