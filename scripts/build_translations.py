"""Rebuild the desk's translations: lupdate over every translatable module, fill, lrelease.

    .venv/bin/python scripts/build_translations.py          # update .ts, fill, build .qm
    .venv/bin/python scripts/build_translations.py --check  # exit 1 if a string has no translation
    .venv/bin/python scripts/build_translations.py --verify # exit 1 if the committed files are stale

The .ts and .qm files live in ``commune_desk/resources/translations/`` and ship inside the
package (``importlib.resources``; the wheel's package data and the PyInstaller bundle's
``commune_desk/resources`` tree). Reproducible: the file list is sorted and lupdate runs
with ``-no-obsolete -locations none`` so the .ts does not change with line numbers.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    parser.add_argument("--verify", action="store_true",
                        help="rebuild into a temporary folder and compare with the committed "
                             ".ts/.qm (exit 1 if they differ); no file written")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "scripts"))
    import fill_translations

    if args.check:
        missing = fill_translations.missing_entries()
        for m in missing:
            print("missing:", m)
        return 1 if missing else 0
    if args.verify:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            for ts in TS_FILES:
                shutil.copy(ts, out / ts.name)
            status = build(out, fill_translations)
            stale = [p.name for p in sorted(out.iterdir())
                     if (TS_DIR / p.name).read_bytes() != p.read_bytes()]
        for name in stale:
            print("stale:", name, "(run scripts/build_translations.py)")
        return 1 if (stale or status) else 0
    return build(TS_DIR, fill_translations)


def build(folder: Path, fill_translations: Any) -> int:
    """lupdate the .ts files in ``folder`` from the sources, fill them, lrelease them there."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    targets = [str(folder / t.name) for t in TS_FILES]
    subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                    "-silent", "-ts", *targets], cwd=ROOT, check=True)
    status = int(fill_translations.main(folder))
    subprocess.run([tool("pyside6-lrelease"), "-silent", *targets], cwd=ROOT, check=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
