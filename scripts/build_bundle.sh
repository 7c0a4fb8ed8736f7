#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/commune-desk/ with PyInstaller (build_installer.spec).
#   scripts/build_bundle.sh [--clean]     --clean drops PyInstaller's cache first (slower)
# Uses the project's virtualenv (.venv or $COMMUNE_DESK_VENV); installs the `build` extra
# (PyInstaller) into it when missing. Prints the build time and the bundle's size.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${COMMUNE_DESK_VENV:-$ROOT/.venv}
PY="$VENV/bin/python"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
BUNDLE="$DIST/commune-desk"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31mBUILD FAILED: %s\033[0m\n' "$*" >&2; exit 1; }

clean=()
for arg in "$@"; do
  case "$arg" in
    --clean) clean=(--clean) ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) die "unknown option $arg" ;;
  esac
done

[ -x "$PY" ] || die "no virtualenv at $VENV (run ./dev setup first)"
if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1 ||
   ! "$PY" -c "import importlib.metadata as m; m.version('commune-desk')" >/dev/null 2>&1; then
  say "Installing the package with its build extra (PyInstaller) into $VENV"
  "$PY" -m pip install -q -e ".[build]"
fi
if [ ! -f commune_desk/resources/icons/commune_desk.ico ] || [ ! -f commune_desk/resources/icons/commune_desk.png ]; then
  say "Drawing the application icon"
  QT_QPA_PLATFORM=offscreen "$PY" scripts/make_icon.py
fi

version=$("$PY" -c "import commune_desk; print(commune_desk.__version__)")
say "Building Commune Desk $version -> $BUNDLE"
start=$(date +%s%N)
"$PY" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" build_installer.spec \
  || die "PyInstaller failed (see the messages above)"
end=$(date +%s%N)

exe="$BUNDLE/commune-desk"
[ -x "$exe" ] || [ -f "$exe.exe" ] || die "$exe was not produced"
secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
size=$(du -sh "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
say "Built in ${secs} s: $BUNDLE ($size, $files files)"
echo "build_seconds=$secs bundle_size=$size files=$files"
