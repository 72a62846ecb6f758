#!/usr/bin/env bash
# Lints OpenAPI documents with the pinned Spectral (.spectral.yaml) and Redocly (redocly.yaml).
# Any error OR warning of either linter fails (exit 1). Installs the pinned tools (npm ci) when
# node_modules is missing or older than package-lock.json.
#
#   contract/lint.sh FILE...
#
# LINT_REPORT_DIR (default contract/target/lint) receives <name>.spectral.json and
# <name>.redocly.json per document, for counting.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE..." >&2
  exit 2
fi

"$here/install.sh"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
bin="$here/node_modules/.bin"
reports="${LINT_REPORT_DIR:-$here/target/lint}"
mkdir -p "$reports"

failed=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "lint: $file: no such file" >&2
    failed=1
    continue
  fi
  abs="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
  # a readable name for the reports: <module>-<file> for a module's target/openapi/openapi.json
  name="$(echo "${abs#"$(cd "$here/.." && pwd)/"}" | sed -e 's#/target/openapi/#-#' -e 's#/#-#g' -e 's#\.[a-z]*$##')"

  echo "== Spectral: $file"
  if ! "$bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity=warn --display-only-failures \
      --format=stylish --format=json --output.json="$reports/$name.spectral.json" "$abs"; then
    failed=1
  fi

  echo "== Redocly: $file"
  set +e
  "$bin/redocly" lint --config "$here/redocly.yaml" --format=json --max-problems=100000 "$abs" \
    > "$reports/$name.redocly.json" 2> "$reports/$name.redocly.err"
  set -e
  # Redocly exits non-zero on errors only: count errors and warnings from its JSON report instead.
  set +e
  node "$here/redocly-report.mjs" "$reports/$name.redocly.json" "$abs"
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    failed=1
    # no readable report: show what Redocly said instead
    [ "$status" -eq 2 ] && { grep -v '[║╔╚]' "$reports/$name.redocly.err" >&2 || true; }
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "Contract lint FAILED (errors and warnings both fail; reports in $reports)" >&2
  exit 1
fi
echo "Contract lint passed: $# document(s), no errors, no warnings"
