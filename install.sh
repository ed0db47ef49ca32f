#!/usr/bin/env bash
# Puts `figsite` on the PATH: copies the figsite distribution (bin/figsite and lib/figsite.jar) to
# PREFIX/lib/figsite and links PREFIX/bin/figsite to its launcher. PREFIX is ~/.local unless given:
#
#   ./install.sh [PREFIX]
#
# Run from a figsite checkout, it first makes the distribution archive with
# `mvn -B -q -DskipTests package` (target/figsite-VERSION.tar.gz); run from an unpacked archive, it
# installs that archive's files. Running it again replaces the installed figsite.
set -euo pipefail
prefix="${1:-$HOME/.local}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp=""
trap '[ -z "$tmp" ] || rm -rf "$tmp"' EXIT
if [ -f "$here/lib/figsite.jar" ] && [ -f "$here/bin/figsite" ]; then
  src="$here"
elif [ -f "$here/pom.xml" ]; then
  echo "install.sh: making the distribution (mvn -B -q -DskipTests package)" >&2
  (cd "$here" && mvn -B -q -DskipTests package) >&2
  version="$(sed -n 's:^ *<revision>\(.*\)</revision>.*:\1:p' "$here/pom.xml" | head -1)"
  archive="$here/target/figsite-$version.tar.gz"
  [ -f "$archive" ] || { echo "install.sh: $archive was not made" >&2; exit 1; }
  tmp="$(mktemp -d)"
  tar -xzf "$archive" -C "$tmp"
  src="$tmp/figsite-$version"
else
  echo "install.sh: run me from a figsite checkout or an unpacked figsite archive" >&2
  exit 2
fi
dest="$prefix/lib/figsite"
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$dest.new"
mkdir "$dest.new"
cp -Rp "$src/bin" "$src/lib" "$dest.new/"
rm -f "$dest.new"/lib/*.jsa # a class-data archive belongs to the jar it was made from: the next run makes one
rm -rf "$dest"
mv "$dest.new" "$dest"
ln -sfn "$dest/bin/figsite" "$prefix/bin/figsite"
echo "installed $prefix/bin/figsite -> $dest/bin/figsite"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "$prefix/bin is not on your PATH; add it, e.g.: echo 'export PATH=\"$prefix/bin:\$PATH\"' >> ~/.bashrc" ;;
esac
