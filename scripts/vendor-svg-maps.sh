#!/usr/bin/env bash
# Refreshes the vendored maps of France (regions and departments) from the npm registry, the way
# scripts/refresh-dsfr.sh refreshes the DSFR. The practices' map is drawn on the server from these
# SVGs (fr.cohorte.knowledge.internal.FranceMaps reads each area's id, name and path).
# Usage: scripts/vendor-svg-maps.sh [version]   (default: the version in SVG_MAPS_VERSION below)
# Licences: regions CC BY-NC 4.0, departments CC BY 4.0 (LICENSE.<map>.md, copied next to them).
set -euo pipefail
SVG_MAPS_VERSION="${1:-2.0.0}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/main/resources/static/vendor/svg-maps"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

rm -rf "$target"
mkdir -p "$target"
for map in regions departments; do
  (cd "$work" && npm pack --silent "@svg-maps/france.$map@$SVG_MAPS_VERSION" >/dev/null && mkdir "$map" && tar xzf svg-maps-france.$map-*.tgz -C "$map")
  cp "$work/$map/package/france.$map.svg" "$target/"
  # The two packages have different licences: keep each one's.
  cp "$work/$map/package/LICENSE.md" "$target/LICENSE.$map.md"
done
echo "$SVG_MAPS_VERSION" > "$target/VERSION"
echo "@svg-maps/france.regions and france.departments $SVG_MAPS_VERSION vendored in $target ($(du -sh "$target" | cut -f1))"
