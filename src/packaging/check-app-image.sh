#!/usr/bin/env bash
# Proves the trimmed runtime has every module the app needs: runs the packaged launcher's headless export
# (no display) and checks that it wrote a real PNG.   usage: check-app-image.sh BUILD_DIR
set -euo pipefail
out="${1:?build dir}/installer"
launcher=$(find "$out/image" -mindepth 3 -maxdepth 3 -path '*/bin/*' -type f -perm -u+x | head -n 1)
[ -x "$launcher" ] || { echo "check-app-image: no launcher under $out/image" >&2; exit 1; }
png=$(mktemp -d)/check.png
env -u DISPLAY HOME="$(mktemp -d)" "$launcher" --export "$png" --group-by country --width 1200
magic=$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')
[ "$magic" = "89504e470d0a1a0a" ] || { echo "check-app-image: $png is not a PNG" >&2; exit 1; }
echo "check-app-image: OK, the packaged launcher wrote $(stat -c %s "$png") bytes of PNG"
