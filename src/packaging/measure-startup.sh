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
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  DISPLAY=:77 HOME=$(mktemp -d) "$launcher" >/dev/null 2>&1 & app=$!
  until DISPLAY=:77 xdotool search --onlyvisible --name "Open-Source AI Timeline" >/dev/null 2>&1; do
    sleep 0.02
    if (( ($(date +%s%N) - start) > 30000000000 )); then echo "no window after 30 s" >&2; break; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "startup_ms=$ms"; times+=("$ms")
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "startup_median_ms=" a[int((NR+1)/2)]}'
