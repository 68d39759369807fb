#!/bin/sh
# install-deps.sh: the Debian 12 packages Claimline needs to build, run and
# be tested. Runs apt-get as root (through sudo when not root).
#
# Copyright 2026 The Claimline authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

packages="
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsoup-3.0-dev
  libsqlite3-dev libxml2-dev libjson-glib-dev libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 imagemagick
  python3
"

# Skip the slow apt round trip when everything is already there.
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
echo "Installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
