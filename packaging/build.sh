#!/usr/bin/env bash
# Build the Linux desktop bundle into packaging/dist/nn-simulator/ (run from anywhere).
# A fresh virtual environment holds only the app, its dependencies and PyInstaller, so
# nothing from a developer's environment (torch, scikit-learn, test tools) slips in.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
# Everything generated lies under build/ and dist/, which .gitignore already ignores.
venv="$here/build/venv"
python="${PYTHON:-python3}"

start=$(date +%s)
rm -rf "$here/build" "$here/dist"
"$python" -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
# threadpoolctl: the GAN panel keeps the BLAS on one thread with it (10x faster on a busy machine).
"$venv/bin/pip" install -q "$root" "pyinstaller>=6.10" threadpoolctl
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$here/dist" --workpath "$here/build/pyinstaller" "$here/nn-simulator.spec"

# Desktop integration files travel with the bundle; install.sh puts them in place.
bundle="$here/dist/nn-simulator"
mkdir -p "$bundle/share"
cp "$here/nn-simulator.desktop" "$here/io.github.nn_simulator.metainfo.xml" \
   "$here/icons/nn-simulator.svg" "$here/icons/nn-simulator.png" "$here/install.sh" "$bundle/share/"
cp "$root/LICENSE" "$bundle/LICENSE"
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), built in $(( $(date +%s) - start )) s"
