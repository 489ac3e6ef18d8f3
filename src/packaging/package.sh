#!/usr/bin/env bash
# Builds the trimmed runtime (jlink), the app image and the native installer for this OS with JDK 17's jpackage.
# Run by `mvn -B -Pinstaller -DskipTests package` after the app jar and its dependencies are copied to
# target/installer/mods (modules) and target/installer/input (Monocle, which is not a module).
#   usage: package.sh BUILD_DIR VERSION
set -euo pipefail
build=${1:?build dir}
version=${2:?version}
top=$(cd "$(dirname "$0")/../.." && pwd)
out="$build/installer"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
rm -rf "$out/runtime" "$out/image" "$out"/*.deb "$out"/*.msi "$out"/*.dmg

# Only the modules the app needs: jlink follows module-info's requires from org.aitimeline.
# --generate-cds-archive adds the JDK classes' shared archive, which a jlinked runtime otherwise lacks.
jlink --module-path "$java_home/jmods:$out/mods" --add-modules org.aitimeline \
      --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime"

common=(@"$top/jpackage.cfg" --app-version "$version" --runtime-image "$out/runtime" --input "$out/input" --dest "$out")
case "$(uname -s)" in
  Linux)
    jpackage --type app-image "${common[@]}" --icon "$top/assets/icon-512.png" --dest "$out/image"
    mkdir -p /etc/xdg/menus /usr/share/desktop-directories 2>/dev/null || true
    jpackage --type deb "${common[@]}" --icon "$top/assets/icon-512.png" \
      --linux-package-name open-source-ai-timeline --linux-menu-group "Education;Office" --linux-shortcut \
      --linux-app-category education --linux-package-deps libgtk-3-0
    ;;
  MINGW*|MSYS*|CYGWIN*)
    jpackage --type app-image "${common[@]}" --icon "$top/assets/icon.ico" --dest "$out/image"
    jpackage --type msi "${common[@]}" --icon "$top/assets/icon.ico" \
      --win-menu --win-menu-group "Open-Source AI Timeline" --win-shortcut --win-per-user-install --win-dir-chooser
    ;;
  Darwin)
    jpackage --type app-image "${common[@]}" --icon "$top/assets/icon.icns" --dest "$out/image"
    jpackage --type dmg "${common[@]}" --icon "$top/assets/icon.icns"
    ;;
esac
ls -la "$out"
