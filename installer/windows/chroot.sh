#!/bin/sh
# The wine 10 chroot (Debian trixie) that runs the Windows bundle during `make installer`.
#
#   chroot.sh ensure ROOT          create ROOT once (mmdebstrap); a stamp marks it complete
#   chroot.sh run ROOT WORK CMD... run CMD inside ROOT, WORK bind-mounted at /work
#
# Mounts are made in a private mount namespace (unshare): they disappear with the command,
# even when it is killed, so deleting the cache folder can never reach the host's /dev.
# Debian 12's wine 8 cannot run the app (shared/windows-build-notes.md); trixie's wine 10 can.
set -eu

cmd=${1:?usage: chroot.sh ensure ROOT | run ROOT WORK CMD...}
root=${2:?chroot folder missing}
stamp="$root/.lernpartner-chroot-complete"
# Bump when the package list changes: an older chroot is then rebuilt.
recipe="trixie wine wine64 xvfb xauth fonts-dejavu-core 1"

mirror() {
    # The host's own Debian mirror (deb822 or one-line sources), else the default one.
    m=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n1)
    [ -n "$m" ] || m=$(grep -hsE '^deb ' /etc/apt/sources.list 2>/dev/null \
        | awk '{print $2}' | grep -v security | head -n1)
    echo "${m:-http://deb.debian.org/debian}"
}

case "$cmd" in
ensure)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
        exit 0
    fi
    if [ -e "$root" ]; then
        echo "chroot: $root is incomplete or from an older recipe; building it again"
        rm -rf --one-file-system "$root"
    fi
    mkdir -p "$(dirname "$root")"
    free_kb=$(df -Pk "$(dirname "$root")" | awk 'NR==2 {print $4}')
    if [ "$free_kb" -lt 3000000 ]; then
        echo "chroot: STOP: the wine chroot needs about 2 GB, only $((free_kb / 1024)) MB free" \
             "under $(dirname "$root")" >&2
        exit 1
    fi
    tmp="$root.partial"
    rm -rf --one-file-system "$tmp"
    echo "chroot: creating Debian trixie with wine 10 in $root (about 1.8 GB, a few minutes)"
    mmdebstrap --variant=apt --quiet \
        --include=wine,wine64,xvfb,xauth,fonts-dejavu-core \
        trixie "$tmp" "$(mirror)"
    echo "$recipe" > "$tmp/.lernpartner-chroot-complete"
    mv "$tmp" "$root"
    ;;
run)
    work=${3:?work folder missing}
    shift 3
    [ -f "$stamp" ] || { echo "chroot: STOP: $root is not complete (run ensure)" >&2; exit 1; }
    mkdir -p "$root/work"
    exec unshare --mount --propagation private sh -euc '
        root=$1; work=$2; shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs tmpfs "$root/tmp"
        mount --bind "$work" "$root/work"
        exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
    ' chroot-run "$root" "$work" "$@"
    ;;
*)
    echo "usage: chroot.sh ensure ROOT | run ROOT WORK CMD..." >&2
    exit 2
    ;;
esac
