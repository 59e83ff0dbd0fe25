#!/bin/sh
# The system tools `make installer` needs, installed with apt (Debian/Ubuntu). Building the
# installer needs root anyway (a chroot with /proc mounted), so without root this stops at once.
set -eu
if [ "$(id -u)" != 0 ]; then
    echo "make installer: STOP: it needs root (apt-get for its tools, a chroot for wine);" \
         "run it as root or with sudo" >&2
    exit 1
fi
# tool:Debian package
need="makensis:nsis mmdebstrap:mmdebstrap osslsigncode:osslsigncode 7z:p7zip-full
unshare:util-linux chroot:coreutils"
missing=""
for pair in $need; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"
done
if [ -n "$missing" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "make installer: STOP: missing tools (Debian packages:$missing) and no apt-get" >&2
        exit 1
    fi
    echo "make installer: installing$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
