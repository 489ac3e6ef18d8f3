#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb, driving it with xdotool as a person would, and the
# export example with the command line.
#   usage: src/docs/take-screenshots.sh     (from the project root; needs xvfb imagemagick xdotool libgtk-3-0)
set -euo pipefail
out=assets/screenshots
mkdir -p "$out"
mvn -B -q -DskipTests package >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="target/classes:$(cat target/runtime-classpath.txt)"
home=$(mktemp -d)   # a fresh preference store: no remembered filters, language or theme
run=(java -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" -Duser.language=en -cp "$cp" org.aitimeline.app.Launcher)

Xvfb :88 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; kill $app 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=:88
"${run[@]}" >/tmp/screenshots-app.log 2>&1 & app=$!
until xdotool search --onlyvisible --name "Open-Source AI Timeline" >/dev/null 2>&1; do sleep 0.3; done
win=$(xdotool search --onlyvisible --name "Open-Source AI Timeline" | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1600 1000
sleep 3
import -window root "$out/explorer.png"

# A corrected event: search for it, select it with the keyboard, read the correction, then open its article.
xdotool key ctrl+f; sleep 0.3; xdotool type --delay 40 "Llama 3.1"; sleep 1
xdotool mousemove 900 700 click 3; sleep 0.3; xdotool key ctrl+Right; sleep 1.5
import -window root "$out/correction.png"
xdotool key Return; sleep 2
import -window root "$out/event-and-article.png"

# Dark, grouped by openness, with the commentary shown, the details pane hidden.
xdotool key ctrl+f ctrl+a BackSpace; sleep 0.5
xdotool key ctrl+2; sleep 0.5
# Empty space below the lanes: focuses the timeline, so the shortcuts below do not go to the search field.
xdotool mousemove 800 860 click 1; sleep 0.3
xdotool key ctrl+shift+d; sleep 0.5
xdotool key ctrl+alt+4; sleep 0.5
xdotool key ctrl+shift+c; sleep 0.5
sleep 1.5
import -window root "$out/openness-dark.png"
kill $app; wait $app 2>/dev/null || true

# The export example, from the command line (no display needed).
env -u DISPLAY "${run[@]}" --export assets/export-example.png --group-by country --width 1600
echo "screenshots in $out, export example in assets/export-example.png"
