"""Command line: start the app, run the benchmarks, or print the version (imports Qt and numba only when needed)."""

from __future__ import annotations

import argparse
import os
import sys
import time

# Taken at import, which is the first thing ``python -m simulator`` and the console
# script do, so start-up times include every import that follows.
_IMPORTED_AT = time.perf_counter()


def _process_age() -> float | None:
    """Seconds since this process started, from /proc (Linux); None where unavailable."""
    try:
        with open("/proc/self/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        # The command name (field 2) may contain spaces and parentheses: split after the last ')'.
        fields = stat[stat.rindex(")") + 2 :].split()
        start_ticks = int(fields[19])  # field 22 of the whole line
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return age if age >= 0 else None


_AGE_AT_IMPORT = _process_age()


def seconds_since_start() -> float:
    """Seconds since the interpreter started (or, where the OS cannot say, since this module was imported)."""
    return (time.perf_counter() - _IMPORTED_AT) + (_AGE_AT_IMPORT or 0.0)


def _parser() -> argparse.ArgumentParser:
    from simulator import __version__

    parser = argparse.ArgumentParser(
        prog="nn-simulator",
        description="Watch classic neural-network models work, live. "
        "Without arguments, opens the app.",
        epilog="Benchmarks: nn-simulator bench [MODEL ...] [--quick] [--json FILE] "
        "(see nn-simulator bench --help).",
    )
    parser.add_argument("--version", action="version", version=f"nn-simulator {__version__}")
    # Diagnostic: measures how long a start takes until the window is drawn and usable.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : list of str, optional
        Arguments without the program name; ``sys.argv[1:]`` when None. ``bench ...``
        runs the benchmark harness; anything Qt understands (e.g. ``-platform``) is
        passed on to Qt.

    Returns
    -------
    int
        The process exit status.
    """
    from simulator import frozen

    frozen.configure()  # before numba is imported: a bundle's numba cache goes to a per-user directory
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "bench":
        from simulator.core import bench

        return int(bench.main(argv[1:]) or 0)
    args, rest = _parser().parse_known_args(argv)
    from simulator.gui.app import run_gui

    return run_gui([sys.argv[0] if sys.argv and sys.argv[0] else "nn-simulator", *rest],
                   exit_when_ready=args.exit_when_ready)
