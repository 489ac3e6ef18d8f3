#!/usr/bin/env bash
# Proves the trimmed runtime has every module the app needs: runs the packaged launcher's headless export
# (no display) and checks that it wrote a real PNG. When the image has an AOT cache (JDK 25 build), also checks
# that the launcher maps it (-Xlog:aot), the same check package.sh makes right after the training run.
# Then an Italian export must name its countries in Italian: the runtime carries jdk.localedata's Italian.
#   usage: check-app-image.sh BUILD_DIR
set -euo pipefail
out="${1:?build dir}/installer"
launcher=$(find "$out/image" -mindepth 3 -maxdepth 3 -path '*/bin/*' -type f -perm -u+x | head -n 1)
[ -x "$launcher" ] || { echo "check-app-image: no launcher under $out/image" >&2; exit 1; }
app=$(dirname "$(dirname "$launcher")")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
png=$tmp/check.png
opts="-Duser.home=$tmp/home"
[ -f "$app/lib/app/app.aot" ] && opts="$opts -Xlog:aot=info:file=$tmp/aot.log"
env -u DISPLAY HOME="$tmp/home" JAVA_TOOL_OPTIONS="$opts" "$launcher" --export "$png" --group-by country --width 1200 \
  2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS'
magic=$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')
[ "$magic" = "89504e470d0a1a0a" ] || { echo "check-app-image: $png is not a PNG" >&2; exit 1; }
echo "check-app-image: OK, the packaged launcher wrote $(stat -c %s "$png") bytes of PNG"
if [ -f "$tmp/aot.log" ]; then
  if grep -q 'Using AOT-linked classes: true' "$tmp/aot.log" && ! grep -qE '\[error *\]\[aot' "$tmp/aot.log"; then
    echo "check-app-image: OK, the launcher uses its AOT cache ($(grep -o 'Opened AOT cache .*' "$tmp/aot.log"))"
  else
    grep -E '\[(error|warning) *\]\[aot' "$tmp/aot.log" >&2 || true
    echo "check-app-image: the launcher does not use its AOT cache $app/lib/app/app.aot" >&2
    exit 1
  fi
fi
# The filter's description in the PNG's Description chunk names the countries as the lanes and legend do.
it_png=$tmp/check-it.png
env -u DISPLAY HOME="$tmp/home" JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home" "$launcher" --export "$it_png" --lang it \
  --group-by country --country CN --country GB --country US 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS'
countries=$(LC_ALL=C grep -a -o 'Paesi (eventi): [A-Za-z ,]*[A-Za-z]' "$it_png" | head -n 1 || true)
if [ "$countries" != "Paesi (eventi): Cina, Regno Unito, Stati Uniti" ]; then
  echo "check-app-image: the Italian export names its countries as '${countries:-nothing}', not 'Paesi (eventi): Cina, Regno Unito, Stati Uniti' (is jdk.localedata with the it locale in the runtime?)" >&2
  exit 1
fi
echo "check-app-image: OK, the Italian export says '$countries'"
