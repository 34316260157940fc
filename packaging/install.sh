#!/usr/bin/env bash
# Install the unpacked bundle for the current user: a launcher in ~/.local/bin, the menu
# entry, the icon and the AppStream metadata under ~/.local/share. Run from the bundle.
set -euo pipefail
bundle="$(cd "$(dirname "$0")/.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications" "$data/metainfo" \
         "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
ln -sf "$bundle/nn-simulator" "$HOME/.local/bin/nn-simulator"
sed "s|^Exec=.*|Exec=$bundle/nn-simulator|" "$bundle/share/nn-simulator.desktop" > "$data/applications/nn-simulator.desktop"
cp "$bundle/share/io.github.nn_simulator.metainfo.xml" "$data/metainfo/"
cp "$bundle/share/nn-simulator.svg" "$data/icons/hicolor/scalable/apps/"
cp "$bundle/share/nn-simulator.png" "$data/icons/hicolor/256x256/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "installed: $HOME/.local/bin/nn-simulator -> $bundle/nn-simulator"
