"""Rebuild the desk's translations: lupdate over every translatable module, fill, lrelease.

    .venv/bin/python scripts/build_translations.py          # update .ts, fill, build .qm
    .venv/bin/python scripts/build_translations.py --check  # exit 1 if a string has no translation

The .ts and .qm files live in ``commune_desk/resources/translations/`` and ship inside the
package (``importlib.resources``; the wheel's package data and the PyInstaller bundle's
``commune_desk/resources`` tree). Reproducible: the file list is sorted and lupdate runs
with ``-no-obsolete -locations none`` so the .ts does not change with line numbers.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "commune_desk"
TS_DIR = PKG / "resources" / "translations"
TS_FILES = [TS_DIR / "commune_desk_vi.ts", TS_DIR / "commune_desk_en.ts"]
_MARK = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP)\(")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[Path]:
    """Every module of the package that marks a string for translation (sorted)."""
    found = []
    for path in sorted(PKG.rglob("*.py")):
        if _MARK.search(path.read_text(encoding="utf-8")):
            found.append(path)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report untranslated strings (exit 1 if any); no file written")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import fill_translations

    if args.check:
        missing = fill_translations.missing_entries()
        for m in missing:
            print("missing:", m)
        return 1 if missing else 0
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-ts", *[str(t.relative_to(ROOT)) for t in TS_FILES]],
                   cwd=ROOT, check=True)
    status = fill_translations.main()
    subprocess.run([tool("pyside6-lrelease"), *[str(t) for t in TS_FILES]], cwd=ROOT, check=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
