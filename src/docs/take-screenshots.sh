#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb at 1280×720 (a common laptop screen), driving it with
# xdotool as a person would, and the export example with the command line.
#   usage: src/docs/take-screenshots.sh     (from the project root; needs xvfb imagemagick xdotool libgtk-3-0)
set -euo pipefail
out=assets/screenshots
mkdir -p "$out"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/runtime-classpath.txt)"
W=1280
H=720

# Xvfb picks a free display itself and writes its number to descriptor 3 (other X servers may be running).
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 ${W}x${H}x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 & xvfb=$!
app=
trap 'kill $xvfb 2>/dev/null || true; [ -n "$app" ] && kill $app 2>/dev/null || true; rm -f "$displayfile"' EXIT
until [ -s "$displayfile" ]; do sleep 0.1; done
export DISPLAY=:$(head -1 "$displayfile")

# Starts the window with a fresh preference store (or the one given) in a language, and waits until it is drawn.
start() {
  local lang=$1 home=${2:-$(mktemp -d)}
  java -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" -Daitimeline.state.dir="$home/state" \
       -Duser.language="$lang" -cp "$cp" org.aitimeline.app.Launcher >/tmp/screenshots-app.log 2>&1 & app=$!
  until xdotool search --onlyvisible --name "Open-Source AI Timeline" >/dev/null 2>&1; do sleep 0.3; done
  local win
  win=$(xdotool search --onlyvisible --name "Open-Source AI Timeline" | head -1)
  xdotool windowmove "$win" 0 0 windowsize "$win" $W $H
  sleep 6
}
stop() { kill $app; wait $app 2>/dev/null || true; app=; }
# Saves the screen; on a busy machine the window may not be painted yet (a blank, few-coloured image): try again.
shot() {
  for _ in $(seq 20); do
    import -window root "$1"
    [ "$(identify -format %k "$1")" -gt 200 ] && return
    sleep 1
  done
  echo "the window was still blank after 20 s: $1" >&2; exit 1
}

# 1. The explorer as it opens on a laptop screen.
start en
shot "$out/explorer.png"

# 2. The corrections: close the Organizations, Countries, Categories and Openness sections by their headers, so the
#    "Corrected by the record" facet shows, and tick Misleading. (The positions are those of the window as it opens
#    at this size; each header moves up as the one above it closes.)
for y in 232 274 316 358; do xdotool mousemove 95 $y click 1; sleep 1; done
xdotool mousemove 25 507 click 1; sleep 1
#    Select a corrected event with the keyboard (search for it, Ctrl+→ in the timeline), clear the search so the
#    timeline shows every misleading claim again, and scroll the details down to the correction card with the wheel.
xdotool key ctrl+f; sleep 0.3; xdotool type --delay 40 "Llama 3.1"; sleep 1
xdotool key Return; sleep 1
xdotool mousemove 700 600 click 1; sleep 0.3; xdotool key ctrl+Right; sleep 1
xdotool key ctrl+f ctrl+a BackSpace; sleep 1.5
xdotool mousemove 700 550 click 1; sleep 0.5   # focus back on the timeline (a click on no event keeps the selection)
xdotool mousemove 1100 400 click --repeat 11 --delay 100 5; sleep 1
shot "$out/correction.png"
stop

# 3. The Italian window (the language follows the system's until chosen in View › Language).
start it
shot "$out/italian.png"
stop

# 4. The record with the articles as a layer over it, as the command line exports it (the window shows the same layers
#    through File › Bundled datasets and File › Add bundled layer).
env -u DISPLAY java -Daitimeline.state.dir="$(mktemp -d)" -cp "$cp" org.aitimeline.app.Launcher \
    --dataset notable-models --layer timeline --from 2024-07 --to 2025-03 --export "$out/layers.png" --width 1600

# The export example, from the command line (no display needed).
env -u DISPLAY java -Daitimeline.state.dir="$(mktemp -d)" -cp "$cp" org.aitimeline.app.Launcher \
    --export assets/export-example.png --group-by country --width 1600
echo "screenshots in $out, export example in assets/export-example.png"
