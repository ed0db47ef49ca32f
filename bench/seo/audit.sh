#!/usr/bin/env bash
# Audits the site built from the shipped records (content/) with the default configuration:
# Lighthouse (SEO, accessibility, best practices) in headless Chromium and the Nu Html Checker,
# on a figure page, a gene page, the home page and the search page. See bench/seo/README.md.
#
# Usage: bench/seo/audit.sh [WORK_DIR]     (default: target/seo-audit)
# Needs: JDK 17, Node 20 + npm, Debian's chromium. Installs the pinned tools of
# bench/seo/package.json into bench/seo/node_modules on first use.
# Exit status: 0 when every page scores 100 in the three categories (see the console-error
# exception below) and vnu reports no errors; 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$repo/target/seo-audit}"
port="${FIGSITE_AUDIT_PORT:-4177}"
chrome="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser)}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

if [ ! -x "$here/node_modules/.bin/lighthouse" ] || [ ! -e "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi
[ -f "$repo/target/figsite.jar" ] || (cd "$repo" && mvn -B -q -DskipTests package)

# Built for the address it is served at, so canonical links, robots.txt and the sitemap are the
# ones a crawler would see on the real host.
rm -rf "$work/site"
(cd "$repo" && java -jar target/figsite.jar build --no-cache --content content --config figsite.yml \
  --output "$work/site" --base-url "http://127.0.0.1:$port" >/dev/null)

figure="$(cd "$work/site/figures" && ls ./*.html | grep -v '/index.html' | head -1)"
figure="figures/${figure#./}"
# A figure page, not a redirect stub: stubs carry a meta refresh.
for f in "$work"/site/figures/*.html; do
  if ! grep -q 'http-equiv="refresh"' "$f" && [ "$(basename "$f")" != index.html ]; then figure="figures/$(basename "$f")"; break; fi
done
gene="genes/$(cd "$work/site/genes" && ls -- *.html | grep -v '^index.html$' | head -1)"
# Each page by the address a crawler uses (the home page is "/", not "/index.html").
pages=("$figure" "$gene" "" "search.html")

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done

status=0
echo "page | SEO | accessibility | best practices | vnu errors"
for page in "${pages[@]}"; do
  file="${page:-index.html}"
  name="$(echo "$file" | tr '/.' '__')"
  CHROME_PATH="$chrome" "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
    --quiet --output=json --output-path="$work/$name.lighthouse.json" \
    --only-categories=seo,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$work/$name.lighthouse.log" || true
  vnu_errors="$(java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format json \
    "$work/site/$file" 2>&1 | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["messages"]))')"
  line="$(python3 "$here/scores.py" "$work/$name.lighthouse.json")" || status=1
  echo "/$page | $line | $vnu_errors"
  [ "$vnu_errors" = 0 ] || { status=1; java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only "$work/site/$file" || true; }
done
exit $status
