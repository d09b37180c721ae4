"""Rebuild safety_dev.yaml and safety_heldout.yaml from the writers' files (even positions dev, odd held-out).

    python tests/data/split_safety_corpus.py /work/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HEADER = ("# Safety corpus, {part} part: messages by writers who never saw bot/safety or the knowledge base,\n"
          "# each given only the health rules and the kinds to cover. Built by split_safety_corpus.py from\n"
          "# each writer's file: items at even positions are the development part, odd positions held out.\n"
          "# Messages are dated 1 December 2026 (tests pass that date as `today`).\n")


def main(corpus: Path) -> int:
    """Split every writer's safety.yaml under ``corpus`` into the two parts."""
    parts: dict[str, list[dict[str, str]]] = {"dev": [], "heldout": []}
    for writer_dir in sorted(p for p in corpus.glob("w*") if (p / "safety.yaml").is_file()):
        items = yaml.safe_load((writer_dir / "safety.yaml").read_text(encoding="utf-8"))
        for i, item in enumerate(items):
            row = {"text": str(item["text"]), "level": str(item["level"]), "kind": str(item.get("kind", "")),
                   "writer": writer_dir.name}
            parts["dev" if i % 2 == 0 else "heldout"].append(row)
    for part, rows in parts.items():
        body = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120)
        (HERE / f"safety_{part}.yaml").write_text(HEADER.format(part=part) + body, encoding="utf-8")
        print(f"safety_{part}.yaml: {len(rows)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/corpus")))
