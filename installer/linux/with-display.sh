#!/bin/sh
# Start the app on the screen; on a machine without one (a server, CI) start it on a
# virtual X screen so that `make run` still starts the real app.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" != "Linux" ]; then
  exec "$@"
fi
if command -v xvfb-run >/dev/null 2>&1; then
  echo "No screen found: starting Lernpartner on a virtual screen (xvfb-run). Ctrl+C ends it."
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$@"
fi
echo "No screen found and xvfb-run is not installed; starting without a window (offscreen)."
QT_QPA_PLATFORM=offscreen exec "$@"
