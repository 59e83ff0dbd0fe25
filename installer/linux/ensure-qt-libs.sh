#!/bin/sh
# Qt's xcb platform plugin needs a few X11 libraries that a minimal Debian/Ubuntu lacks.
# Install them when they are missing and we may (root, or sudo without a password).
# Elsewhere (Windows, macOS, a desktop Linux) this does nothing.
set -u
command -v dpkg-query >/dev/null 2>&1 || exit 0
PKGS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libegl1 libfontconfig1"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
# Without a screen the app starts under xvfb-run; tests (offscreen) need no X server.
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "Lernpartner needs these system packages:$missing" >&2
  echo "Install them with: sudo apt-get install$missing" >&2
  exit 0
fi
echo "Installing system packages for Qt:$missing"
$SUDO apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
