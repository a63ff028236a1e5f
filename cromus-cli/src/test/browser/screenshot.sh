#!/usr/bin/env bash
# Renders every example's HTML report (cromus compile FILE --format html) in headless Chromium and
# takes a screenshot at a desktop and a phone width, to look at with your own eyes. Not part of the
# build: it needs Debian's chromium package (apt-get install -y chromium) and the CLI jar
# (./mvnw -pl cromus-cli -am package -DskipTests).
#
#   cromus-cli/src/test/browser/screenshot.sh [OUT_DIR]     (default: cromus-cli/target/screenshots)
#
# Chromium runs with every network feature it has switched off; the page itself forbids every load
# with its Content-Security-Policy, so a screenshot shows exactly what a reader without network
# access sees.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
out="${1:-$root/cromus-cli/target/screenshots}"
jar="$root/cromus-cli/target/cromus.jar"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "screenshot.sh: no chromium on the PATH (apt-get install -y chromium)" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "screenshot.sh: $jar is missing (./mvnw -pl cromus-cli -am package -DskipTests)" >&2
  exit 2
fi
mkdir -p "$out"
shoot() { # html png width height
  local profile
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --screenshot="$2" --window-size="$3,$4" \
    "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
}
cd "$root"
for file in examples/sops/*.md examples/workflows/*; do
  name="$(basename "$file")"
  name="${name//./-}" # refund-triage.json and refund-triage.yaml are two reports
  html="$out/$name.html"
  # exit code 1 is a FAIL verdict: the report is still written
  java -jar "$jar" compile "$file" --format html >"$html" || [[ $? -eq 1 ]]
  shoot "$html" "$out/$name-desktop.png" 1280 2400
  shoot "$html" "$out/$name-phone.png" 390 2400
  echo "$name: $out/$name-desktop.png $out/$name-phone.png"
done
# one with a scope file: budgets from two places, a scope name in the header
html="$out/refund-triage-acme-scope.html"
java -jar "$jar" compile examples/sops/refund-triage.md --scope examples/scopes/acme-support.yaml \
  --format html >"$html" || [[ $? -eq 1 ]]
shoot "$html" "$out/refund-triage-acme-scope-desktop.png" 1280 2400
echo "refund-triage-acme-scope: $out/refund-triage-acme-scope-desktop.png"
