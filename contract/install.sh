#!/usr/bin/env bash
# Installs the pinned contract tools (package-lock.json) into contract/node_modules with npm ci,
# unless they are there already for this very lock file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.installed-lock.sha256"
want="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
    || [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -x "$here/node_modules/.bin/redocly" ] || [ ! -x "$here/node_modules/.bin/tsc" ]; then
  echo "contract: npm ci (pinned linters and TypeScript)" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$want" > "$stamp"
fi
