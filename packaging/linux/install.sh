#!/usr/bin/env bash
# Install the built bundle system-wide on a Linux PC (UOS, Kylin, Debian, Ubuntu):
#   sudo bash packaging/linux/install.sh            (after python packaging/build.py)
# Data stays in each user's ~/.local/share/VillageDesk; uninstalling never touches it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf /opt/villagedesk /usr/share/applications/villagedesk.desktop /usr/share/icons/hicolor/256x256/apps/villagedesk.png
    echo "VillageDesk removed (users' data folders are kept)"
    exit 0
fi
test -x "$root/dist/villagedesk/villagedesk" || { echo "build first: python packaging/build.py" >&2; exit 1; }
rm -rf /opt/villagedesk
cp -a "$root/dist/villagedesk" /opt/villagedesk
install -Dm644 "$here/villagedesk.desktop" /usr/share/applications/villagedesk.desktop
install -Dm644 "$root/resources/icons/villagedesk-256.png" /usr/share/icons/hicolor/256x256/apps/villagedesk.png
ln -sf /opt/villagedesk/villagedesk /usr/local/bin/villagedesk
echo "VillageDesk installed in /opt/villagedesk (menu: Office → 村务台账)"
