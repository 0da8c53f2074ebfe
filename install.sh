#!/usr/bin/env bash
# Installs what Accord needs on Debian/Ubuntu, builds it in release mode and installs
# `accord` and `accord-serve` (the HTTP service that `accord serve` runs) into $PREFIX/bin,
# with the bundled rules in $PREFIX/share/accord/Rules.
set -euo pipefail
cd "$(dirname "$0")"
PREFIX="${PREFIX:-/usr/local}"

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
# Free-text screening: MeCab with the IPA dictionary (Japanese), the Snowball stemmer (English).
[ -f /usr/include/mecab.h ] || missing+=(libmecab-dev)
[ -d /var/lib/mecab/dic/ipadic-utf8 ] || missing+=(mecab-ipadic-utf8)
[ -f /usr/include/libstemmer.h ] || missing+=(libstemmer-dev)
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    $sudo apt-get install -y "${missing[@]}"
fi

# The Swift runtime and Foundation linked in: a check starts in about half the time.
ACCORD_STATIC_EXECUTABLE=1 swift build -c release --static-swift-stdlib --product accord
ACCORD_STATIC_EXECUTABLE=1 swift build -c release --static-swift-stdlib --product accord-serve
bin="$(ACCORD_STATIC_EXECUTABLE=1 swift build -c release --static-swift-stdlib --show-bin-path)"
install -d "$PREFIX/bin" "$PREFIX/share/accord"
install -m 0755 "$bin/accord" "$PREFIX/bin/accord"
install -m 0755 "$bin/accord-serve" "$PREFIX/bin/accord-serve"
rm -rf "$PREFIX/share/accord/Rules" "$PREFIX/share/accord/schemas"
cp -R Rules "$PREFIX/share/accord/Rules"
[ -d schemas ] && cp -R schemas "$PREFIX/share/accord/schemas"
echo "installed $PREFIX/bin/accord and $PREFIX/bin/accord-serve (rules: $PREFIX/share/accord/Rules)"
