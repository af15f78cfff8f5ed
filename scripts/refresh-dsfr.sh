#!/usr/bin/env bash
# Refreshes the vendored DSFR (Système de design de l'État) from the npm registry.
# Usage: scripts/refresh-dsfr.sh [version]   (default: the version in DSFR_VERSION below)
# Only the parts the pages use are kept: the minified CSS and JS, fonts, favicons,
# the icon utility classes with their SVGs, and the artwork (pictograms).
set -euo pipefail
DSFR_VERSION="${1:-1.15.3}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/main/resources/static/dsfr"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@gouvfr/dsfr@$DSFR_VERSION" >/dev/null && tar xzf gouvfr-dsfr-*.tgz)
dist="$work/package/dist"

rm -rf "$target"
mkdir -p "$target/utility"
cp "$dist"/dsfr.min.css "$dist"/dsfr.print.min.css "$dist"/dsfr.module.min.js "$dist"/dsfr.nomodule.min.js "$target/"
cp -r "$dist/fonts" "$dist/favicon" "$dist/icons" "$dist/artwork" "$target/"
mkdir -p "$target/utility/icons"
cp "$dist/utility/icons/icons.min.css" "$target/utility/icons/"
cp "$work/package/LICENSE.md" "$target/" 2>/dev/null || true
echo "$DSFR_VERSION" > "$target/VERSION"
echo "DSFR $DSFR_VERSION vendored in $target ($(du -sh "$target" | cut -f1))"
