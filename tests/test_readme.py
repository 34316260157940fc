"""The README's scripting example runs and prints what the README says it prints."""

import contextlib
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
#: A printed number: training results depend on the BLAS kernel's rounding (OpenBLAS picks
#: one per processor), so figures are compared by place, and the claims the examples
#: print in words (no digits) exactly.
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _blocks(language):
    """The fenced code blocks of the README tagged ``language`` ("" for untagged)."""
    blocks, current, tag = [], None, None
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if current is None:
                current, tag = [], line[3:].strip()
            else:
                if tag == language:
                    blocks.append("\n".join(current) + "\n")
                current = None
        elif current is not None:
            current.append(line)
    return blocks


@pytest.mark.parametrize("engine, printed_marker", [
    ("HopfieldNetwork", "Hopfield units are +1 or -1"),
    ("BoltzmannMachine", "E(1,1,0) ="),
    ("RBM", "bottom-half pixels wrong"),
    ("QLearningAgent", "every move's probabilities sum to 1"),
    ("GAN", "modes covered per seed"),
])
def test_the_scripting_examples_run_and_print_what_the_readme_shows(engine, printed_marker):
    (example,) = [b for b in _blocks("python") if f"{engine}(" in b]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example, "README.md", "exec"), {"__name__": "readme_example"})
    printed = out.getvalue()
    (shown,) = [b for b in _blocks("") if printed_marker in b]
    printed_shapes = [NUMBER.sub("#", line) for line in printed.splitlines()]
    for line in shown.strip().splitlines():
        assert NUMBER.sub("#", line) in printed_shapes, f"the README shows {line!r}, the example printed:\n{printed}"
        if not NUMBER.search(line):
            assert line in printed.splitlines(), f"the README claims {line!r}, the example printed:\n{printed}"
