"""Run the benchmarks: ``python -m bench`` for all of them, or name some (``python -m bench search``)."""

from __future__ import annotations

import argparse
import importlib
import platform
import time

from bench.table import done, progress

BENCHMARKS = ("search", "ready", "replies", "sessions", "startup", "workers")


def main() -> None:
    """Run the chosen benchmarks in order and print their tables."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default all): {', '.join(BENCHMARKS)}")
    names = parser.parse_args().names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    print(f"BackCare benchmarks on Python {platform.python_version()}, {platform.system()} {platform.machine()}")
    start = time.monotonic()
    for name in names:
        progress(f"{name}: starting")
        importlib.import_module(f"bench.{name}").run()
    done()
    print(f"\nAll benchmarks took {time.monotonic() - start:.0f} s.")


if __name__ == "__main__":
    main()
