"""Entry point for ``python -m simulator``: the app, or ``bench`` for the benchmarks."""

import sys

from simulator.cli import main

if __name__ == "__main__":
    sys.exit(main())
