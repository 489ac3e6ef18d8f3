#!/usr/bin/env bash
# Takes the README screenshots of the real window under Xvfb, driving it with xdotool as a person would.
#   usage: src/docs/take-screenshots.sh     (from the project root; needs xvfb imagemagick xdotool libgtk-3-0)
set -euo pipefail
out=assets/screenshots
mkdir -p "$out"
mvn -B -q -DskipTests package >/dev/null
Xvfb :88 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; kill $app 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=:88
HOME=$home mvn -q javafx:run >/tmp/screenshots-app.log 2>&1 & app=$!
until xdotool search --onlyvisible --name "Open-Source AI Timeline" >/dev/null 2>&1; do sleep 0.5; done
win=$(xdotool search --onlyvisible --name "Open-Source AI Timeline" | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1600 1000
sleep 3
import -window root "$out/explorer.png"

# An event opened with its article: focus the timeline, step to an event, open it (Enter).
xdotool mousemove 900 930 click 1
sleep 0.5
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23; do xdotool key ctrl+Right; sleep 0.05; done
xdotool key Return
sleep 1.5
import -window root "$out/event-and-article.png"

# A filter in dark mode: search for a company and group by country.
xdotool key ctrl+shift+d
sleep 0.5
xdotool key ctrl+f
xdotool type --delay 40 "alibaba"
sleep 0.5
xdotool mousemove 900 930 click 1
xdotool key ctrl+alt+2
sleep 1.5
import -window root "$out/filtered-dark.png"
echo "screenshots in $out"
