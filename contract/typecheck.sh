#!/usr/bin/env bash
# Type-checks a generated TypeScript client with the pinned compiler: tsc --strict --noEmit over
# every .ts file under DIR. A compile error fails (exit 1).
#
#   contract/typecheck.sh DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:?usage: $0 DIR}"
[ -d "$dir" ] || { echo "typecheck: no directory $dir (was the client generated?)" >&2; exit 1; }
"$here/install.sh"
# a tsconfig of our own: no ambient @types from anywhere, the DOM's fetch, ES modules as generated
cat > "$dir/tsconfig.contract.json" <<JSON
{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "ES2020",
    "lib": ["ES2020", "DOM"],
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "types": []
  },
  "include": ["**/*.ts"],
  "exclude": ["node_modules"]
}
JSON
count="$(find "$dir" -name '*.ts' -not -path '*/node_modules/*' | wc -l)"
echo "tsc --strict --noEmit: $count file(s) in $dir"
"$here/node_modules/.bin/tsc" --project "$dir/tsconfig.contract.json" --strict --noEmit --pretty false
echo "TypeScript client compiles"
