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

Xvfb :88 -screen 0 ${W}x${H}x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
app=
trap 'kill $xvfb 2>/dev/null || true; [ -n "$app" ] && kill $app 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=:88

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

# 1. The explorer as it opens on a laptop screen.
start en
import -window root "$out/explorer.png"

# 2. A corrected event: search for it, select it with the keyboard, read the correction in the details.
xdotool key ctrl+f; sleep 0.3; xdotool type --delay 40 "Llama 3.1"; sleep 1
xdotool key Return; sleep 1
xdotool mousemove 700 600 click 1; sleep 0.3; xdotool key ctrl+Right; sleep 1.5
import -window root "$out/correction.png"
stop

# 3. The Italian window (the language follows the system's until chosen in View › Language).
start it
import -window root "$out/italian.png"
stop

# 4. The record with the articles as a layer over it, as the command line exports it (the window shows the same layers
#    through File › Bundled datasets and File › Add bundled layer).
env -u DISPLAY java -Daitimeline.state.dir="$(mktemp -d)" -cp "$cp" org.aitimeline.app.Launcher \
    --dataset notable-models --layer timeline --from 2024-07 --to 2025-03 --export "$out/layers.png" --width 1600

# The export example, from the command line (no display needed).
env -u DISPLAY java -Daitimeline.state.dir="$(mktemp -d)" -cp "$cp" org.aitimeline.app.Launcher \
    --export assets/export-example.png --group-by country --width 1600
echo "screenshots in $out, export example in assets/export-example.png"
