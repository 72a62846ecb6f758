#!/usr/bin/env bash
# Starts the whole suite on this machine: an embedded PostgreSQL (data kept in .data/postgres), the
# indicator, project and facility services, the gateway and the demo data; prints the URLs and stays
# in the foreground until Ctrl-C or SIGTERM, which stop everything it started.
#   ./run-suite.sh            build if needed, start, load the demo data on a fresh database
#   ./run-suite.sh --reset    wipe the data first
#   ./run-suite.sh --help     all options (ports, data directory, external PostgreSQL via PG_JDBC_URL)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd -P)

modules=(indicator-service project-service facility-service gateway)
jars=()
for m in "${modules[@]}"; do jars+=("$m/target/quarkus-app/quarkus-run.jar"); done
launcher=suite-runner/target/suite-runner.jar

needs_build() {
  for jar in "${jars[@]}" "$launcher"; do
    [ -f "$jar" ] || { echo "Build needed: $jar is missing"; return 0; }
  done
  local oldest
  oldest=$(ls -1tr "${jars[@]}" "$launcher" | head -n 1)
  local newer
  newer=$(find pom.xml "${modules[@]/%//pom.xml}" suite-runner/pom.xml "${modules[@]/%//src/main}" suite-runner/src/main \
            -newer "$oldest" -type f -print -quit 2>/dev/null || true)
  if [ -n "$newer" ]; then
    echo "Build needed: $newer is newer than $oldest"
    return 0
  fi
  return 1
}

if [ "${SUITE_SKIP_BUILD:-}" != "true" ] && needs_build; then
  echo "Building: ./mvnw -q -B package -DskipTests"
  ./mvnw -q -B package -DskipTests
fi

java_cmd=(java)
[ -n "${JAVA_HOME:-}" ] && java_cmd=("$JAVA_HOME/bin/java")
# A shell that starts this script in the background ignores SIGINT for it, and the JVM keeps an
# ignored SIGINT ignored: restore the default so that Ctrl-C / kill -INT always stop the suite.
if env --default-signal=INT true >/dev/null 2>&1; then
  java_cmd=(env --default-signal=INT "${java_cmd[@]}")
fi
java_cmd+=(-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "$launcher" --root "$root")

# PostgreSQL refuses to run as root: as root, run the launcher (and so PostgreSQL and the services it
# starts) in a new user namespace where it is an unprivileged user. exec keeps this process's id, so
# Ctrl-C and SIGTERM reach the launcher, which stops everything it started.
if [ "$(id -u)" = "0" ] && [ -z "${PG_JDBC_URL:-}" ]; then
  if ! command -v unshare >/dev/null 2>&1; then
    echo "Running as root needs 'unshare' (util-linux) to start PostgreSQL as an unprivileged user" >&2
    exit 1
  fi
  exec unshare -U "${java_cmd[@]}" "$@"
fi
exec "${java_cmd[@]}" "$@"
