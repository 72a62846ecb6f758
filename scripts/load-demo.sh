#!/usr/bin/env bash
# Loads the demo data (demo-data/api, and illustrative monitoring values 2021-2023) into a suite that
# is already running, e.g. one started with docker-compose, through its gateway's public API:
#   scripts/load-demo.sh [--url http://localhost:8080] [--no-demo-values] [--force] [--token TOKEN]
# Writes use --token, else $HEALTHPLAN_TOKEN, else an admin token signed with the development key
# config/dev-keys/privateKey.pem (the suite must trust config/dev-keys/publicKey.pem, as
# docker-compose.yml does). Needs the launcher jar suite-runner/target/suite-runner.jar: it is built
# (that module alone) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
launcher=suite-runner/target/suite-runner.jar
java_bin=java
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"

for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  esac
done

if [ ! -f "$launcher" ] || [ -n "$(find suite-runner/src/main -newer "$launcher" -type f -print -quit 2>/dev/null)" ]; then
  echo "Building the loader: ./mvnw -B -q -pl suite-runner -Dsuite.standalone package -DskipTests"
  echo "(the first Maven build downloads its dependencies and takes a few minutes)"
  ./mvnw -B -q -pl suite-runner -Dsuite.standalone package -DskipTests
fi
exec "$java_bin" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -jar "$launcher" load-demo --root "$root" "$@"
