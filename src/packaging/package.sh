#!/usr/bin/env bash
# Builds the trimmed runtime (jlink), the app image and the native installer (jpackage) for this OS.
# Run by `mvn -B -Pinstaller -DskipTests package` after the app jar and its dependencies are copied to
# BUILD_DIR/installer/mods (modules) and BUILD_DIR/installer/input (Monocle, which is not a module).
#
#   usage: package.sh --build-dir=DIR --version=V --build-jdk=DIR [--installer-jdk=auto|none|DIR]
#                     [--maintainer='Name <mail>'] [--homepage=URL]
#
# Which JDK runs jlink and jpackage (-Dinstaller.jdk, printed as the first "installer:" line):
#   auto (default)  the newest JDK >= 25 with jlink and jpackage under /usr/lib/jvm (or, on macOS,
#                   /Library/Java/JavaVirtualMachines); the build JDK when there is none
#   none            the build JDK (17)
#   DIR             that JDK
# JDK >= 25 (Linux): the app image gets an AOT cache, lib/app/app.aot (JEP 483/514/515), from a training run of
#   org.aitimeline.app.AotTraining under Xvfb with exactly the launcher's JVM options, named in the launcher as
#   -XX:AOTCache=$APPDIR/app.aot; the build fails unless the packaged launcher accepts it (-Xlog:aot).
# Older JDK (17): the runtime carries the JDK's class-data-sharing archive (jlink --generate-cds-archive).
# The app jar is compiled for Java 17 either way.
set -euo pipefail

build= version= build_jdk= installer_jdk=auto maintainer= homepage=
for arg in "$@"; do
  case $arg in
    --build-dir=*) build=${arg#*=} ;;
    --version=*) version=${arg#*=} ;;
    --build-jdk=*) build_jdk=${arg#*=} ;;
    --installer-jdk=*) installer_jdk=${arg#*=} ;;
    --maintainer=*) maintainer=${arg#*=} ;;
    --homepage=*) homepage=${arg#*=} ;;
    *) echo "package.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done
[ -n "$build" ] && [ -n "$version" ] || { echo "usage: package.sh --build-dir=DIR --version=V [...]" >&2; exit 2; }
top=$(cd "$(dirname "$0")/../.." && pwd)
out="$build/installer"
name=Open-Source-AI-Timeline             # jpackage --name in jpackage.cfg: launcher and folder name
pkg=open-source-ai-timeline              # Linux package, /opt folder and command name
window_title="Open-Source AI Timeline"   # what the explorer window is titled (xdotool looks for it)
say() { echo "installer: $*"; }
fail() { echo "installer: ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------- choose the JDK
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
packaging_jdk() { [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jpackage" ] && [ -n "$(jdk_major "$1")" ]; }
newest_jdk() { # the newest JDK >= $1 with jlink and jpackage in the usual places
  local best= bestv=0 d v
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] || continue
    d=$(readlink -f "$d")
    packaging_jdk "$d" || continue
    v=$(jdk_major "$d")
    if [ "$v" -ge "$1" ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
[ -n "$build_jdk" ] || build_jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
case $installer_jdk in
  ""|auto)
    if jdk=$(newest_jdk 25); then why="newest JDK >= 25 found, -Dinstaller.jdk=auto"
    else jdk=$build_jdk; why="no JDK >= 25 with jlink and jpackage under /usr/lib/jvm, -Dinstaller.jdk=auto"; fi ;;
  none) jdk=$build_jdk; why="-Dinstaller.jdk=none" ;;
  *) [ -d "$installer_jdk" ] || fail "-Dinstaller.jdk=$installer_jdk: no such folder"
     jdk=$(readlink -f "$installer_jdk"); why="-Dinstaller.jdk=$installer_jdk" ;;
esac
packaging_jdk "$jdk" || fail "$jdk is not a JDK with jlink and jpackage"
major=$(jdk_major "$jdk")
[ "$major" -ge 17 ] || fail "$jdk is JDK $major; the app needs 17 or newer"
os=$(uname -s)
if [ "$major" -ge 25 ] && [ "$os" = Linux ]; then mode=aot; else mode=cds; fi
if [ $mode = aot ]; then
  say "using JDK $major for jlink and jpackage: $jdk ($why); start-up: AOT cache from a training run (JEP 483/514/515)"
else
  say "using JDK $major for jlink and jpackage: $jdk ($why); start-up: the JDK's CDS archive (jlink --generate-cds-archive)"
fi
rm -rf "$out/runtime" "$out/image" "$out/resources" "$out/deb-root" "$out/training" "$out"/*.deb "$out"/*.msi "$out"/*.dmg

# ------------------------------------------------------------------------------------- automatic modules
# jlink refuses automatic modules (a jar with only an Automatic-Module-Name): PDFBox, its io and fontbox jars get a
# module descriptor written by jdeps and compiled against the jar itself, in dependency order.
automatic_modules() {
  local pair m jar gen cls
  for pair in org.apache.pdfbox.io:pdfbox-io org.apache.fontbox:fontbox org.apache.pdfbox:pdfbox; do
    m=${pair%%:*}
    jar=$(ls "$out"/mods/"${pair#*:}"-[0-9]*.jar 2>/dev/null | head -n 1)
    [ -n "$jar" ] || continue
    "$jdk/bin/jar" tf "$jar" | grep -qx module-info.class && continue
    gen=$(mktemp -d); cls=$(mktemp -d)
    "$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --module-path "$out/mods" --generate-module-info "$gen" "$jar" >/dev/null \
      || fail "jdeps could not describe $jar"
    "$jdk/bin/javac" -nowarn --module-path "$out/mods" -d "$cls" --patch-module "$m=$jar" \
      "$(find "$gen" -name module-info.java | head -n 1)" || fail "module-info for $jar did not compile"
    "$jdk/bin/jar" uf "$jar" -C "$cls" module-info.class
    rm -rf "$gen" "$cls"
  done
}
automatic_modules

# ---------------------------------------------------------------------------------------------------- runtime
# Only the modules the app needs: jlink follows module-info's requires from org.aitimeline. JDK 25 has no jmods/
# folder and links from its own run-time image (JEP 493).
module_path="$out/mods"
[ -d "$jdk/jmods" ] && module_path="$jdk/jmods:$module_path"
# No --compress: the installer's own compression (xz in the .deb) packs the plain module image far better than
# jlink's zip (JDK 25: 33 MB instead of 52 MB .deb), and classes and resources are then read without inflating
# (first window ~50 ms sooner); it costs ~44 MB more on disk.
jlink_opts=(--strip-debug --no-header-files --no-man-pages)
# JDK 25 path: no default CDS archive (29 MB): the launcher maps app.aot instead and never reads it.
[ $mode = cds ] && jlink_opts+=(--generate-cds-archive)
fx_natives=
if [ "$os" = Linux ]; then
  # JavaFX's Maven jars carry their native libraries as resources, unpacked at every first start into
  # ~/.openjfx/cache. In the runtime's lib/ they are loaded in place: no unpacking, no writes to the home folder.
  fx_natives=$(ls "$out"/mods/javafx-graphics-*-linux.jar 2>/dev/null | head -n 1)
  [ -n "$fx_natives" ] && jlink_opts+=("--exclude-resources=glob:/javafx.graphics/*.so")
fi
# jdk.localedata, which no module requires, holds the Italian names of countries and months (without it
# Locale.getDisplayCountry falls back to English); only the languages the app speaks: +0.5 MB on disk.
jlink_opts+=(--include-locales=en,it)
"$jdk/bin/jlink" --module-path "$module_path" --add-modules org.aitimeline,jdk.localedata "${jlink_opts[@]}" --output "$out/runtime" \
  | grep -v '^$' || true
[ -x "$out/runtime/bin/java" ] || fail "jlink made no runtime"
if [ -n "$fx_natives" ]; then
  libs=$("$jdk/bin/jar" tf "$fx_natives" | grep -E '^lib[^/]*\.so$')
  (cd "$out/runtime/lib" && "$jdk/bin/jar" xf "$fx_natives" $libs && chmod 644 $libs)
fi
strip_elf() { # strips symbol tables (Debian policy, lintian unstripped-binary-or-object); skipped without strip
  command -v strip >/dev/null || return 0
  local f
  while IFS= read -r f; do
    if [ "$(head -c 4 "$f" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]; then
      strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
    fi
  done < <(find "$@" -type f)
  return 0
}
[ "$os" = Linux ] && strip_elf "$out/runtime/bin" "$out/runtime/lib"
say "runtime: $(du -sm "$out/runtime" | cut -f1) MB ($(ls "$out/runtime/lib/server" | tr '\n' ' '))"

# -------------------------------------------------------------------------------------------------- app image
java_opts=()
if [ $mode = aot ]; then
  # JDK 25 warns on stderr about JavaFX's System.load and sun.misc.Unsafe; these keep the launcher quiet.
  java_opts+=(--java-options "--enable-native-access=javafx.graphics"
              --java-options "--sun-misc-unsafe-memory-access=allow"
              --java-options '-XX:AOTCache=$APPDIR/app.aot')
fi
case "$os" in
  Linux) icon="$top/assets/icon-512.png" ;;
  Darwin) icon="$top/assets/icon.icns" ;;
  *) icon="$top/assets/icon.ico" ;;
esac
"$jdk/bin/jpackage" --type app-image @"$top/jpackage.cfg" --app-version "$version" --runtime-image "$out/runtime" \
  --input "$out/input" --icon "$icon" --dest "$out/image" "${java_opts[@]}"
app="$out/image/$name"
if [ "$os" = Linux ]; then
  # ----------------------------------------------------------------------------- Linux: a shell launcher
  # jpackage's Linux launcher asks the package managers which package owns it before every start (rpm -qf, then
  # dpkg -S, done twice, and dpkg -L once installed from the .deb): 0.3-0.4 s before the JVM starts here (measured
  # 3 Dec 2026; each dpkg query reads the file lists of every installed package, longer on a cold disk cache). The
  # same JVM, options, class path and main module, read from the launcher's own configuration (the one file jpackage
  # wrote them to), are started by a POSIX shell script instead; jpackage's launcher and its library go.
  cfg="$app/lib/app/$name.cfg"
  [ -f "$cfg" ] || fail "no launcher configuration at $cfg"
  grep -qE '[$](BINDIR|ROOTDIR)' "$cfg" && fail "$cfg names \$BINDIR or \$ROOTDIR, which the launcher script does not resolve"
  shell_word() { # one double-quoted sh word; $APPDIR stays for sh to expand at start-up, nothing else does
    local v=$1
    v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\`/\\\`}; v=${v//\$/\\\$}; v=${v//\\\$APPDIR/\$APPDIR}
    printf '"%s"' "$v"
  }
  words=
  while IFS= read -r o; do words="$words $(shell_word "$o")"; done < <(sed -n 's/^java-options=//p' "$cfg")
  cp_line=$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd:)
  [ -n "$cp_line" ] && words="$words -cp $(shell_word "$cp_line")"
  main=$(sed -n 's/^app.mainmodule=//p' "$cfg")
  [ -n "$main" ] || fail "no app.mainmodule in $cfg"
  rm -f "$app/bin/$name" "$app/lib/libapplauncher.so"
  {
    echo '#!/bin/sh'
    echo "# Starts $window_title. Written by src/packaging/package.sh from lib/app/$name.cfg (jpackage's launcher"
    echo "# configuration): the same JVM options, class path and main module, without jpackage's native launcher, which"
    echo "# queries rpm and dpkg before every start."
    echo 'bin=$(dirname "$(readlink -f "$0")")'
    echo 'APPDIR=${bin%/bin}/lib/app'
    echo "exec \"\${bin%/bin}/lib/runtime/bin/java\" \"-Djpackage.app-path=\$bin/$name\"$words -m $(shell_word "$main") \"\$@\""
  } > "$app/bin/$name"
  chmod 755 "$app/bin/$name"
  sh -n "$app/bin/$name" || fail "the launcher script $app/bin/$name does not parse"
  say "launcher: $app/bin/$name, a shell script from $name.cfg ($(wc -c < "$app/bin/$name") bytes)"
fi

# -------------------------------------------------------------------------------- X display for the app window
xvfb_pid=
display=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
open_display() { # a private Xvfb (it picks a free display number); else the user's DISPLAY; else none
  [ -n "$display" ] && return 0
  if command -v Xvfb >/dev/null; then
    local f="$out/training/display" fd
    mkdir -p "$out/training"; : > "$f"
    exec {fd}> "$f"
    Xvfb -displayfd "$fd" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
    exec {fd}>&-
    for _ in $(seq 200); do [ -s "$f" ] && break; sleep 0.05; done
    [ -s "$f" ] && display=:$(head -n 1 "$f") && return 0
    fail "Xvfb did not start"
  fi
  if [ -n "${DISPLAY:-}" ]; then display=$DISPLAY; return 0; fi
  return 1
}
# window_run LOG [ENV...]: starts the packaged launcher on $display, waits for its window, prints its WM_CLASS
# class part (empty when xprop is missing), ends it. JVM logging goes to LOG through JAVA_TOOL_OPTIONS.
window_run() {
  local log=$1 home pid w= t
  home=$(mktemp -d "$out/training/home.XXXX")
  DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home ${2:-}" "$app/bin/$name" >"$log.out" 2>&1 & pid=$!
  for t in $(seq 600); do
    w=$(DISPLAY=$display xdotool search --onlyvisible --name "$window_title" 2>/dev/null | head -n 1) || true
    [ -n "$w" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log.out" >&2; fail "the packaged launcher exited before its window showed"; }
    sleep 0.1
  done
  [ -n "$w" ] || { kill "$pid"; fail "no window titled '$window_title' after 60 s"; }
  sleep 1 # a few frames after the first
  if command -v xprop >/dev/null; then
    DISPLAY=$display xprop -id "$w" WM_CLASS | sed -n 's/.*= "[^"]*", "\([^"]*\)".*/\1/p'
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
}

# ---------------------------------------------------------------------------------------- AOT cache (JDK 25+)
if [ $mode = aot ]; then
  appdir="$app/lib/app"
  cfg="$appdir/$name.cfg"
  [ -f "$cfg" ] || fail "no launcher configuration at $cfg"
  # The training run takes the launcher's own configuration, so it cannot drift from what users run: same
  # module, class path, --add-exports, -Xmx...; only the main class and -XX:AOTCache -> AOTCacheOutput differ.
  expand() { local v=$1; v=${v//\$APPDIR/$appdir}; v=${v//\$BINDIR/$app/bin}; v=${v//\$ROOTDIR/$app}; printf '%s' "$v"; }
  main_module=$(sed -n 's/^app.mainmodule=//p' "$cfg"); main_module=${main_module%%/*}
  class_path=$(expand "$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd:)")
  train_opts=()
  while IFS= read -r o; do
    case $o in -XX:AOTCache=*) ;; *) train_opts+=("$(expand "$o")") ;; esac
  done < <(sed -n 's/^java-options=//p' "$cfg")
  mkdir -p "$out/training"
  home=$(mktemp -d "$out/training/home.XXXX")  # throwaway user.home and preference store
  train=("$app/lib/runtime/bin/java" "-XX:AOTCacheOutput=$appdir/app.aot" "-Djava.class.path=$class_path"
         "${train_opts[@]}" "-Djpackage.app-path=$app/bin/$name" "-Duser.home=$home" "-Djava.util.prefs.userRoot=$home/prefs")
  if open_display; then
    say "AOT training run on display $display: window on the bundled dataset, laid out, then a PNG export in-process"
    train_env=(DISPLAY="$display")
  else
    # No X server at all: train on Monocle's headless platform (the cache then lacks the GTK toolkit classes).
    say "WARNING: no Xvfb and no DISPLAY; AOT training headless (install xvfb for a cache that covers the window)"
    train_env=()
    train+=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw)
  fi
  train+=(-m "$main_module/org.aitimeline.app.AotTraining" "$home/training.png" --group-by country)
  printf '%q ' "${train[@]}" > "$out/training/command.txt"
  t0=$(date +%s%N)
  if ! env "${train_env[@]}" timeout 600 "${train[@]}" > "$out/training/training.log" 2>&1; then
    cat "$out/training/training.log" >&2
    fail "the AOT training run failed (command: $out/training/command.txt)"
  fi
  grep -E '^aot-training:|^wrote |AOTCache creation' "$out/training/training.log" | sed 's/^/installer:   /'
  [ -s "$appdir/app.aot" ] || fail "the training run wrote no $appdir/app.aot"
  say "AOT cache: $appdir/app.aot, $(( $(stat -c %s "$appdir/app.aot") / 1048576 )) MB, trained in $(( ($(date +%s%N) - t0) / 1000000000 )) s"
  rm -rf "$home"

  # The check that matters: does the packaged launcher, with its own options, accept the cache? A mismatch
  # (e.g. one more --add-exports) logs "[error][aot] Mismatched values ..." and runs without it, silently.
  aot_check() { # LOG: fails unless the JVM log shows the cache mapped with its module graph and linked classes
    local log=$1
    if grep -qE '\[error *\]\[aot|Unable to use AOT cache|Mismatched values|full module graph: disabled' "$log" \
       || ! grep -q 'Using AOT-linked classes: true' "$log"; then
      grep -E '\[(error|warning) *\]\[aot|Mismatch|disabled|Using AOT' "$log" >&2 || true
      fail "the packaged launcher does not use its AOT cache ($log)"
    fi
    local total cached
    total=$(grep -c 'source: ' "$log" || true); cached=$(grep -c 'source: shared objects file' "$log" || true)
    echo "$cached of $total classes from app.aot"
  }
  logs="$out/training"
  home=$(mktemp -d "$out/training/home.XXXX")
  env -u DISPLAY JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:aot=info,class+path=info,class+load=info:file=$logs/check-export.log" \
    "$app/bin/$name" --export "$home/check.png" --group-by country > "$logs/check-export.out" 2>&1 \
    || { cat "$logs/check-export.out" >&2; fail "the packaged launcher's headless export failed"; }
  say "AOT cache accepted by the packaged launcher, headless --export: $(aot_check "$logs/check-export.log")"
  rm -rf "$home"
fi

# --------------------------------------------------------------- the window's WM_CLASS (for StartupWMClass)
# Measured on the packaged launcher's real window (JavaFX names it after the Application subclass), so the
# desktop entry follows the app if that class is renamed. Without Xvfb/xdotool/xprop: the known value.
wm_class=org.aitimeline.app.TimelineApp
if [ "$os" = Linux ]; then
  if command -v xdotool >/dev/null && command -v xprop >/dev/null && open_display; then
    mkdir -p "$out/training"
    xlog=
    [ $mode = aot ] && xlog="-Xlog:aot=info,class+path=info,class+load=info:file=$out/training/check-window.log"
    measured=$(window_run "$out/training/check-window" "$xlog")
    [ -n "$measured" ] || fail "could not read the window's WM_CLASS"
    [ "$measured" = "$wm_class" ] || say "note: the window's WM_CLASS is $measured (was $wm_class)"
    wm_class=$measured
    say "window WM_CLASS: $wm_class (measured with xprop on the packaged launcher's window)"
    [ $mode = aot ] && say "AOT cache accepted by the packaged launcher, window: $(aot_check "$out/training/check-window.log")"
  else
    say "WARNING: no Xvfb/xdotool/xprop: StartupWMClass=$wm_class not measured, and the window's use of the AOT cache not checked"
  fi
fi

# ------------------------------------------------------------------------------------------ native installers
# jpackage's options for packaging an app image: jpackage.cfg without the launcher's (module, JVM options).
grep -vE '^--(module|java-options|add-modules|arguments)\b' "$top/jpackage.cfg" > "$out/package.cfg"
fill() { # FILE KEY VALUE: replaces @KEY@ in FILE by VALUE, verbatim
  KEY="@$2@" VALUE="$3" perl -0pi -e 's/\Q$ENV{KEY}\E/$ENV{VALUE}/g' "$1"
}
case "$os" in
  Linux)
    epoch=${SOURCE_DATE_EPOCH:-$(git -C "$top" log -1 --format=%ct 2>/dev/null || date +%s)}
    [ -n "$maintainer" ] || maintainer=$(git -C "$top" log -1 --format='%an <%ae>' 2>/dev/null || true)
    [ -n "$maintainer" ] || fail "set -Dinstaller.maintainer='Name <email>'"
    deb_version="$version-1"
    res="$out/resources"
    mkdir -p "$res"
    cp "$top"/src/packaging/linux/{control,copyright,preinst,postinst,prerm,postrm,$name.desktop} "$res/"
    for f in "$res"/*; do
      fill "$f" MAINTAINER "$maintainer"; fill "$f" DEB_VERSION "$deb_version"; fill "$f" LAUNCHER "$name"
      fill "$f" YEAR "$(date -u -d "@$epoch" +%Y)"; fill "$f" WM_CLASS "$wm_class"
      fill "$f" HOMEPAGE_LINE "${homepage:+Homepage: $homepage
}"
      fill "$f" SOURCE_LINE "${homepage:+Source: $homepage
}"
    done
    # jpackage writes the .deb uncompressed (it is rebuilt below), with the templates from $res.
    DPKG_DEB_COMPRESSOR_TYPE=none "$jdk/bin/jpackage" --type deb @"$out/package.cfg" --app-version "$version" \
      --app-image "$app" --icon "$icon" --resource-dir "$res" --dest "$out" \
      --linux-package-name "$pkg" --linux-app-release 1 --linux-shortcut --linux-app-category education \
      --linux-package-deps libgtk-3-0
    deb=$(ls "$out"/${pkg}_*.deb | head -n 1)
    [ -f "$deb" ] || fail "jpackage made no .deb"

    # Rebuild the .deb with what Debian policy puts outside /opt and jpackage cannot: the copyright file and
    # changelog in /usr/share/doc/$pkg, the menu entry in /usr/share/applications, the icon in the hicolor theme,
    # the /usr/bin command and its manual page. As package files dpkg installs and removes them itself (no
    # xdg-desktop-menu, no menu directories needed) and the desktop-file-utils, shared-mime-info and GTK icon
    # cache triggers refresh the menus.
    root="$out/deb-root"
    dpkg-deb -R "$deb" "$root"
    opt="$root/opt/$pkg"
    install -d -m 755 "$root/usr/share/doc/$pkg" "$root/usr/share/applications" "$root/usr/bin" "$root/usr/share/man/man1"
    mv "$opt/share/doc/copyright" "$root/usr/share/doc/$pkg/copyright"
    rmdir "$opt/share/doc" "$opt/share"
    { echo "$pkg ($deb_version) unstable; urgency=medium"
      echo
      echo "  * Open-Source AI Timeline $version (jpackage, JDK $major, $( [ $mode = aot ] && echo 'AOT cache' || echo 'CDS archive' ))."
      echo
      echo " -- $maintainer  $(LC_ALL=C date -u -R -d "@$epoch")"
    } | gzip -9n > "$root/usr/share/doc/$pkg/changelog.Debian.gz"
    desktop=$(ls "$opt"/lib/*.desktop | head -n 1)
    sed "s|^Icon=.*|Icon=$pkg|" "$desktop" > "$root/usr/share/applications/$pkg.desktop"
    rm "$desktop"
    for size in 16 32 64 128 256; do
      install -D -m 644 "$top/src/main/resources/org/aitimeline/app/icon-$size.png" \
        "$root/usr/share/icons/hicolor/${size}x${size}/apps/$pkg.png"
    done
    install -D -m 644 "$top/assets/icon-512.png" "$root/usr/share/icons/hicolor/512x512/apps/$pkg.png"
    install -D -m 644 "$top/assets/icon.svg" "$root/usr/share/icons/hicolor/scalable/apps/$pkg.svg"
    ln -s "/opt/$pkg/bin/$name" "$root/usr/bin/$pkg"
    sed "s/@VERSION@/$version/; s/@DATE@/$(date -u -d "@$epoch" +%Y-%m-%d)/" "$top/src/packaging/linux/$pkg.1" \
      | gzip -9n > "$root/usr/share/man/man1/$pkg.1.gz"
    rm -f "$root/DEBIAN/preinst" "$root/DEBIAN/prerm"  # no-ops: not shipped
    chmod 644 "$root/usr/share/doc/$pkg"/* "$root/usr/share/applications/$pkg.desktop" "$root/usr/share/man/man1/$pkg.1.gz"
    find "$root" -type d -exec chmod 755 {} +
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort \
      | xargs -d '\n' md5sum > DEBIAN/md5sums)
    chmod 644 "$root/DEBIAN/md5sums"
    size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    sed -i "s/^Installed-Size: .*/Installed-Size: $size_kb/" "$root/DEBIAN/control"
    rm -f "$deb"
    deb="$out/${pkg}_${deb_version}_$(dpkg --print-architecture).deb"
    dpkg-deb --root-owner-group -Zxz -b "$root" "$deb" >/dev/null
    rm -rf "$root"
    say "package: $deb, $(awk -v b="$(stat -c %s "$deb")" 'BEGIN {printf "%.1f", b/1e6}') MB"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    "$jdk/bin/jpackage" --type msi @"$out/package.cfg" --app-version "$version" --app-image "$app" --icon "$icon" \
      --dest "$out" --win-menu --win-menu-group "Open-Source AI Timeline" --win-shortcut --win-per-user-install \
      --win-dir-chooser
    ;;
  Darwin)
    "$jdk/bin/jpackage" --type dmg @"$out/package.cfg" --app-version "$version" --app-image "$out/image/$name.app" \
      --icon "$icon" --dest "$out"
    ;;
esac
say "done: JDK $major, $( [ $mode = aot ] && echo 'AOT cache lib/app/app.aot' || echo 'CDS archive' ); app image $app"
ls -la "$out"
