#!/usr/bin/env bash
# Proves a TimelineJS story written by `--format timelinejs --export story.json` renders in TimelineJS itself:
# loads it with Knight Lab's own npm package (@knight-lab/timelinejs, MPL-2.0) in headless Chromium, offline
# (only the package's dist/ files from disk; every other request is blocked and counted as a failure), and checks
# one slide per event plus the title, no "Loading Timeline…" or error message left, no console or page errors, each
# event's unique_id on a slide and each display_date shown. Not part of the Maven suite (it needs Chromium);
# see src/docs/formats-timelinejs.md.
#   usage: check-timelinejs.sh STORY.json [WORK_DIR]
#   needs: node and npm (the two packages are installed into WORK_DIR, default target/timelinejs-check),
#          Chromium at $CHROMIUM (default /usr/bin/chromium; Debian: apt-get install -y chromium)
set -euo pipefail
story="${1:?usage: check-timelinejs.sh STORY.json [WORK_DIR]}"
here=$(cd "$(dirname "$0")" && pwd)
work="${2:-$here/../../target/timelinejs-check}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -f "$story" ] || { echo "check-timelinejs: no such file: $story" >&2; exit 2; }
[ -x "$chromium" ] || { echo "check-timelinejs: Chromium not found at $chromium (apt-get install -y chromium, or set CHROMIUM)" >&2; exit 2; }
mkdir -p "$work"
if [ ! -f "$work/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ] || [ ! -d "$work/node_modules/playwright-core" ]; then
  [ -f "$work/package.json" ] || echo '{"name":"timelinejs-check","private":true}' > "$work/package.json"
  # Exact versions: the check is against what TimelineJS 3.9.11 does (see JAVAFX-NOTES, "Facts checked").
  npm install --prefix "$work" --no-audit --no-fund --loglevel=error \
    @knight-lab/timelinejs@3.9.11 playwright-core@1.65.2 >&2
fi
NODE_PATH="$work/node_modules" CHROMIUM="$chromium" node "$here/check-timelinejs.cjs" "$(cd "$(dirname "$story")" && pwd)/$(basename "$story")" "$work"
