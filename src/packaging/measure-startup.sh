#!/usr/bin/env bash
# Start-up of the packaged app against a bare JavaFX window on the SAME runtime, under Xvfb.
#
#   usage: measure-startup.sh <app launcher | app image dir | install dir> [pairs]      (pairs: default 7)
#   e.g.   measure-startup.sh target/installer/image
#          measure-startup.sh /usr/bin/open-source-ai-timeline 9
#
# The bare window (src/packaging/BareWindow.java: a Stage with one Label) is compiled here for Java 17 and run
# with the app's own lib/runtime/bin/java, so both start on the same JVM, modules and JavaFX. One warm-up pair,
# then <pairs> pairs, bare and app interleaved. Measured: launch -> first visible window, polling
# `xdotool search --onlyvisible --name` every ~20 ms. Each run gets a fresh -Duser.home (so the app restores no
# window state, filters or last dataset), seeded with the JavaFX native-library cache (~/.openjfx) of the warm-up
# when the runtime needs one, as a user's everyday launch has it.
#
# The baseline ("bare") starts as a JavaFX hello-world does on a stock JDK of the runtime's version: with the
# JDK's default CDS archive and nothing else (-Xshare:on). The JDK 17 installer runtime has that archive; the
# JDK 25 one does not (its launcher maps the app's AOT cache instead), so it is dumped here from the runtime's
# own classlist. When the app maps an AOT cache, each pair also runs the bare window with an AOT cache of its
# own (trained here: "bare_aot"), which shows what the app costs beyond a window at the same level of caching;
# the app then runs with -XX:AOTMode=on, so a rejected cache fails the run instead of being measured.
#
# The app's first visible window may show a loading message: app_ready_ms is when its menu bar is drawn, polled
# every 10 ms by menu-drawn.py (one XGetImage through libX11, ~1 ms of CPU a poll; needs python3; READY=0 skips it),
# summed up in a "startup-ready" line. Until 3 Dec 2026 the poll ran ImageMagick's import (~140 ms of CPU and ~200 ms
# a poll): on 2 cores it slowed the app it watched and saw the menu bar up to a poll late, ~0.5 s in all.
#
# Prints one line per pair (with the 1-minute load average: other work on the machine skews a pair) and, last,
# exactly one summary line:
#   startup bare_ms=<median> app_ms=<median> ratio=<app/bare, 2 decimals>
# Needs Xvfb, xdotool and a javac (any JDK >= the runtime's version; JAVAC=... to choose).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: measure-startup.sh <app launcher | app image dir> [pairs]}
pairs=${2:-7}
app_title=${APP_WINDOW_TITLE:-Open-Source AI Timeline}
bare_title="AITL bare window"
timeout_ms=60000
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup: needs $tool (apt-get install -y xvfb xdotool)" >&2; exit 2; }
done

# --- the app: a launcher (or a symlink to one, e.g. /usr/bin/open-source-ai-timeline) or an app image folder
target=$(readlink -f "$target")
if [ -d "$target" ]; then
  launcher=$(find "$target" -maxdepth 3 -path '*/bin/*' -type f -perm -u+x ! -path '*/runtime/*' | head -n 1)
else
  launcher=$target
fi
[ -x "${launcher:-}" ] || { echo "measure-startup: no app launcher found at $1" >&2; exit 2; }
appdir=$(dirname "$(dirname "$launcher")")
runtime=$appdir/lib/runtime
java=$runtime/bin/java
[ -x "$java" ] || { echo "measure-startup: no runtime at $runtime" >&2; exit 2; }
runtime_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime/release")

work=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# --- compile the bare window for Java 17 against the runtime's own JavaFX modules (javac --system <runtime>);
#     the javac must read that runtime's class files, so take one at least as new.
javac_for() {
  local j v
  for j in ${JAVAC:-} "$(command -v javac || true)" /usr/lib/jvm/*/bin/javac; do
    [ -x "$j" ] || continue
    v=$("$j" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
    if [ -n "$v" ] && [ "$v" -ge "$1" ]; then echo "$j"; return; fi
  done
  return 1
}
javac=$(javac_for "$runtime_version") || { echo "measure-startup: needs a javac >= $runtime_version (set JAVAC=...)" >&2; exit 2; }
"$javac" --system "$runtime" -source 17 -target 17 -nowarn -Xlint:-options --add-modules javafx.controls \
  -d "$work/bare" "$here/BareWindow.java"
"$(dirname "$javac")/jar" --create --file "$work/bare.jar" -C "$work/bare" .  # CDS/AOT caches take jars, not folders

# --- a private X server; -displayfd picks a free display number
exec 5> "$work/display"
Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
exec 5>&-
for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "measure-startup: Xvfb did not start" >&2; exit 1; }
display=:$(head -n 1 "$work/display")
echo "measure-startup: app $launcher"
echo "measure-startup: runtime $java ($("$java" -version 2>&1 | head -n 1)), display $display, $pairs pairs + 1 warm-up"

# --- the caches
bare_opts=(-Xshare:on)
if [ -f "$runtime/lib/server/classes.jsa" ]; then
  cds_note="the runtime's default CDS archive"
else
  "$java" -Xshare:dump -XX:SharedArchiveFile="$work/default-cds.jsa" >"$work/dump.log" 2>&1 \
    || { cat "$work/dump.log" >&2; echo "measure-startup: could not dump a default CDS archive" >&2; exit 1; }
  bare_opts+=(-XX:SharedArchiveFile="$work/default-cds.jsa")
  cds_note="a default CDS archive dumped from the runtime's classlist (a stock JDK $runtime_version has one)"
fi
kinds=(bare app)
app_opts=
if grep -qs '^java-options=-XX:AOTCache=' "$appdir"/lib/app/*.cfg; then
  app_opts="-XX:AOTMode=on"
  DISPLAY=$display "$java" -XX:AOTCacheOutput="$work/bare.aot" -Duser.home="$work/train-home" -cp "$work/bare.jar" \
    --add-modules javafx.controls BareWindow --exit-when-shown >"$work/bare-training.log" 2>&1 \
    || { cat "$work/bare-training.log" >&2; echo "measure-startup: the bare window's AOT training failed" >&2; exit 1; }
  kinds=(bare bare_aot app)
  echo "measure-startup: app with its AOT cache (-XX:AOTMode=on); bare with $cds_note;" \
       "bare_aot with its own AOT cache ($(( $(stat -c %s "$work/bare.aot") / 1048576 )) MB, trained now)"
else
  app_opts="-Xshare:on"
  echo "measure-startup: app and bare with $cds_note (-Xshare:on)"
fi

seed=$work/seed-home
mkdir -p "$seed"
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# run_once KIND -> prints the milliseconds from launch to the first visible window titled accordingly
run_once() {
  local kind=$1 home title=$bare_title pid start t
  home=$(mktemp -d "$work/home.XXXX")
  [ -d "$seed/.openjfx" ] && cp -a "$seed/.openjfx" "$home/"
  start=$(now_ms)
  # -Duser.home through JAVA_TOOL_OPTIONS for all kinds: the launcher takes no JVM options, the JVM reads that.
  case $kind in
    bare) DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home" "$java" "${bare_opts[@]}" -cp "$work/bare.jar" \
            --add-modules javafx.controls BareWindow >"$home/out.log" 2>&1 & pid=$! ;;
    bare_aot) DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home" "$java" -XX:AOTMode=on -XX:AOTCache="$work/bare.aot" \
            -cp "$work/bare.jar" --add-modules javafx.controls BareWindow >"$home/out.log" 2>&1 & pid=$! ;;
    app) title=$app_title
         DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home $app_opts" "$launcher" >"$home/out.log" 2>&1 & pid=$! ;;
  esac
  while ! DISPLAY=$display xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    t=$(now_ms)
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "measure-startup: $kind exited before showing a window:" >&2; cat "$home/out.log" >&2; return 1
    fi
    if (( t - start > timeout_ms )); then echo "measure-startup: no $kind window after $timeout_ms ms" >&2; kill "$pid"; return 1; fi
    sleep 0.02
  done
  t=$(now_ms)
  local ms=$(( t - start ))
  # The app's first frame may be a loading message: "ready" is when its menu bar is drawn (the window's top-left
  # 300x40 px hold more than 8 colours; the loading message's background there is plain).
  if [ "$kind" = app ] && [ -n "$ready_probe" ]; then
    local w ready
    w=$(DISPLAY=$display xdotool search --onlyvisible --name "$title" 2>/dev/null | head -n 1)
    if ! ready=$(DISPLAY=$display python3 "$here/menu-drawn.py" "$w" "$start" "$timeout_ms"); then
      echo "measure-startup: app not ready after $timeout_ms ms" >&2; kill "$pid"; return 1
    fi
    ms="$ms $ready"
  fi
  echo "$ms"
  # The seed keeps JavaFX's unpacked natives (only runtimes without them in lib/ unpack any) for later runs.
  [ -d "$seed/.openjfx" ] || { [ -d "$home/.openjfx" ] && cp -a "$home/.openjfx" "$seed/"; }
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
}

# READY=0 skips it; it needs python3 (with ctypes, as Debian's has) and libX11.
ready_probe=
if [ "${READY:-1}" != 0 ]; then
  if command -v python3 >/dev/null; then ready_probe=python3
  else echo "measure-startup: no python3, so no app_ready figure (the menu bar's first frame)" >&2; fi
fi

declare -A all
for i in $(seq 0 "$pairs"); do
  line=
  for k in "${kinds[@]}"; do
    out=$(run_once "$k")  # waits for the run to end (its window closed) before the next starts
    read -r ms ready <<< "$out"
    line="$line ${k}_ms=$ms"
    [ "$i" = 0 ] || all[$k]="${all[$k]:-} $ms"
    if [ -n "${ready:-}" ]; then
      line="$line app_ready_ms=$ready"
      [ "$i" = 0 ] || all[ready]="${all[ready]:-} $ready"
    fi
  done
  line="$line load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)"  # other work on the machine skews a pair
  if [ "$i" = 0 ]; then echo "warm-up$line"; else echo "pair=$i$line"; fi
done
median() { printf '%s\n' $1 | sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2+0.5)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
mb=$(median "${all[bare]}"); ma=$(median "${all[app]}")
if [ -n "${all[bare_aot]:-}" ]; then
  mc=$(median "${all[bare_aot]}")
  echo "startup-vs-aot-bare bare_aot_ms=$mc app_ms=$ma ratio=$(ratio "$ma" "$mc") (app beyond a window at the same caching: $(( ma - mc )) ms)"
fi
if [ -n "${all[ready]:-}" ]; then
  mr=$(median "${all[ready]}")
  echo "startup-ready bare_ms=$mb app_ready_ms=$mr ratio=$(ratio "$mr" "$mb") (app_ready: its menu bar drawn, after any loading message)"
fi
echo "startup bare_ms=$mb app_ms=$ma ratio=$(ratio "$ma" "$mb")"
