#!/usr/bin/env bash
# Refreshes the committed snapshot contract/openapi.json of the gateway's merged OpenAPI document:
# builds this checkout, starts the whole suite on free ports (OpenApiContractIT) and writes the
# document it serves, normalized (sorted keys, no run-specific URLs or times), over the snapshot.
# Review the diff and commit it with the change of the API that caused it.
#
#   contract/refresh.sh            build everything, then refresh
#   contract/refresh.sh --no-build use the services' jars as they are
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q package -DskipTests -Dcontract.skip
fi
# -Dcontract.skip: no gate may stop the refresh (the old snapshot may be what they fail on)
./mvnw -B -pl suite-runner -Dsuite.standalone verify -Dit.test=OpenApiContractIT -Dtest=SuiteOptionsTest \
  -Dcontract.skip -Dcontract.snapshot.write=true
echo "contract/openapi.json refreshed:"
git --no-pager diff --stat -- contract/openapi.json || true
