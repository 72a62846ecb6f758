#!/usr/bin/env bash
# Refreshes the committed OpenAPI documents: contract/backends/<service>.json, each backend's document
# as its build stores it (the gateway's build merges them into the suite's document), then the snapshot
# contract/openapi.json of the gateway's document: builds this checkout, rebuilds the gateway with the
# backends' documents, starts the whole suite on free ports (OpenApiContractIT) and writes the document
# it serves, normalized (sorted keys, no run-specific URLs), over the snapshot.
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
for service in indicator-service project-service facility-service; do
  cp "$service/target/openapi/openapi.json" "contract/backends/$service.json"
done
./mvnw -B -q -pl gateway -am package -DskipTests -Dcontract.skip
# -Dcontract.skip: no gate may stop the refresh (the old snapshot may be what they fail on)
./mvnw -B -pl suite-runner -Dsuite.standalone verify -Dit.test=OpenApiContractIT -Dtest=SuiteOptionsTest \
  -Dcontract.skip -Dcontract.snapshot.write=true
echo "contract/openapi.json and contract/backends refreshed:"
git --no-pager diff --stat -- contract/openapi.json contract/backends || true
