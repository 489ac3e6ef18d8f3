#!/usr/bin/env bash
# Time from launch to the first shown window of an installed or packaged launcher, under Xvfb.
#   usage: measure-startup.sh LAUNCHER [RUNS]     prints startup_ms=<x> per run and the median
set -euo pipefail
launcher=${1:?launcher}; runs=${2:-5}
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install -y xdotool)" >&2; exit 2; }
Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
times=()
# One home for all runs: the first launch also unpacks JavaFX's native libraries into ~/.openjfx/cache,
# later launches (what a user sees every day) do not. The first is reported apart and left out of the median.
home=$(mktemp -d)
for i in $(seq 0 "$runs"); do
  start=$(date +%s%N)
  DISPLAY=:77 HOME=$home "$launcher" >/dev/null 2>&1 & app=$!
  until DISPLAY=:77 xdotool search --onlyvisible --name "Open-Source AI Timeline" >/dev/null 2>&1; do
    sleep 0.02
    if (( ($(date +%s%N) - start) > 30000000000 )); then echo "no window after 30 s" >&2; break; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ "$i" = 0 ]; then echo "first_launch_ms=$ms"; else echo "startup_ms=$ms"; times+=("$ms"); fi
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "startup_median_ms=" a[int((NR+1)/2)]}'
