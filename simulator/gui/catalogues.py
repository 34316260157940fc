"""The translation catalogues: which sources feed which .ts file, and lupdate/lrelease to refresh and compile them.

Run ``python -m simulator.gui.catalogues update`` after changing visible text (it adds
new strings to the ``.ts`` files as unfinished, for a translator to fill in with Qt
Linguist or an editor), then ``python -m simulator.gui.catalogues release`` to compile
the ``.qm`` files the app loads; ``check`` lists what is missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import PySide6

from simulator.registry import MODELS

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
#: Languages with catalogues (English is the source language).
TARGETS = ("zh_CN",)
#: A format field of a template: {name}, {name:.2f}, {0}.
FIELD = re.compile(r"\{([A-Za-z_0-9]*)(?:![rsa])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Catalogue:
    """One .ts file: an area of the program (a model's panel and engine, or the rest of the app)."""

    area: str
    language: str

    @property
    def ts(self) -> Path:
        return TRANSLATIONS / f"{self.area}_{self.language}.ts"

    @property
    def qm(self) -> Path:
        return self.ts.with_suffix(".qm")

    def sources(self) -> list[Path]:
        return sources_of(self.area)


def areas() -> list[str]:
    """One area per registered model, "core" for the engines' shared sentences, "app" for the window and the rest."""
    return [spec.key for spec in MODELS] + ["core", "app"]


def sources_of(area: str) -> list[Path]:
    """The Python files whose text goes into ``area``'s catalogue.

    A model's area is its panel modules (``gui/panels/<key>.py``, ``<key>_*.py``) and its
    engine package (``models/<key>/``); "core" is ``simulator/core/``; the app's area is
    every other module.
    """
    keys = [spec.key for spec in MODELS]
    owned: dict[Path, str] = {}
    for key in keys:
        panels = PACKAGE / "gui" / "panels"
        for path in [*panels.glob(f"{key}.py"), *panels.glob(f"{key}_*.py"), *(PACKAGE / "models" / key).rglob("*.py")]:
            owned[path] = key
    core = set((PACKAGE / "core").rglob("*.py"))
    if area == "core":
        return sorted(core)
    if area != "app":
        return sorted(p for p, a in owned.items() if a == area)
    return sorted(p for p in PACKAGE.rglob("*.py") if p not in owned and p not in core)


def catalogues() -> list[Catalogue]:
    return [Catalogue(area, language) for language in TARGETS for area in areas()]


def _tool(name: str) -> str:
    """Path of a Qt tool shipped in the PySide6 wheel (lupdate, lrelease)."""
    path = Path(PySide6.__file__).resolve().parent / name
    if path.exists():
        return str(path)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise RuntimeError(f"Qt's {name} was not found (it ships with PySide6-Essentials).")
    return found


def lupdate(catalogue: Catalogue, ts: Path | None = None) -> None:
    """Refresh ``ts`` (the catalogue's own file by default) from the sources: new strings come in unfinished."""
    target = ts or catalogue.ts
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [_tool("lupdate"), *map(str, catalogue.sources()), "-ts", str(target),
           "-target-language", catalogue.language, "-no-obsolete", "-locations", "none", "-silent"]
    subprocess.run(cmd, check=True, capture_output=True)


def lrelease(catalogue: Catalogue, qm: Path | None = None) -> None:
    """Compile the catalogue's .ts into ``qm`` (its own .qm by default)."""
    subprocess.run([_tool("lrelease"), "-silent", str(catalogue.ts), "-qm", str(qm or catalogue.qm)],
                   check=True, capture_output=True)


@dataclass(frozen=True)
class Problem:
    area: str
    source: str
    why: str

    def __str__(self) -> str:
        return f"{self.area}: {self.why}: {self.source!r}"


def problems(catalogue: Catalogue) -> list[Problem]:
    """What the catalogue lacks for the current sources: untranslated strings, and translations whose fields differ."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / catalogue.ts.name
        if catalogue.ts.exists():
            shutil.copyfile(catalogue.ts, fresh)
        lupdate(catalogue, fresh)
        root = ET.parse(fresh).getroot()
    found: list[Problem] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        if node is None or node.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            found.append(Problem(catalogue.area, source, "not translated"))
        elif sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            found.append(Problem(catalogue.area, source, f"the translation's fields differ ({text!r})"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulator.gui.catalogues", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("areas", nargs="*", help="areas to work on (default: all): " + ", ".join(areas()))
    args = parser.parse_args(argv)
    chosen = [c for c in catalogues() if not args.areas or c.area in args.areas]
    status = 0
    for catalogue in chosen:
        if args.command == "update":
            lupdate(catalogue)
            print(f"updated {catalogue.ts.relative_to(PACKAGE.parent)}")
        elif args.command == "release":
            lrelease(catalogue)
            print(f"compiled {catalogue.qm.relative_to(PACKAGE.parent)}")
        else:
            found = problems(catalogue)
            for problem in found:
                print(problem)
            print(f"{catalogue.area}: {len(found)} missing")
            status = status or int(bool(found))
    return status


if __name__ == "__main__":
    sys.exit(main())
