"""Entry point of the desktop bundle: the same as ``python -m simulator``, and ``-m simulator.X`` like Python."""

import runpy
import sys


def _run_module(argv: list[str]) -> bool:
    """Run ``-m simulator[.sub] ARGS`` as Python would; False when ``argv`` asks for something else.

    The app starts helpers as ``sys.executable -m simulator.gui.bench ...`` (the GUI
    benchmark); in a bundle ``sys.executable`` is this launcher, not Python, so it
    must understand ``-m`` for the app's own modules.
    """
    if len(argv) < 3 or argv[1] != "-m":
        return False
    module = argv[2]
    if module != "simulator" and not module.startswith("simulator."):
        raise SystemExit(f"nn-simulator: can only run the app's own modules with -m, not {module!r}")
    from simulator import frozen

    frozen.configure()  # as simulator.cli.main does, before the module imports numba
    sys.argv = [module, *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True


if __name__ == "__main__":
    if not _run_module(sys.argv):
        from simulator.cli import main

        sys.exit(main())
