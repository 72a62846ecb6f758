#!/usr/bin/env bash
# Benchmark of the suite on this machine: starts it on free ports with a throwaway database, loads
# SYNTHETIC data (1 province, 40 districts, 400 towns, 10 000 facilities x 6 years, 40 plans x 40
# indicators x 6 values, 1 200 projects), drives the endpoints with wrk and prints a table of req/s,
# p50, p99, import speeds, time to ready and memory against the goals in the README.
#   bench/run.sh            full run (about 10 minutes)
#   bench/run.sh --smoke    small data, 2-second runs: checks the benchmark itself
#   bench/run.sh --scale national        country-sized SYNTHETIC data (1 000 000 facilities, 3 000 plans,
#                                        50 000 projects): load times, database sizes, reads, mixed load (hours)
#   bench/run.sh --scale national-smoke  the national steps on tiny data (about 5 minutes)
#   bench/run.sh --mixed [--smoke]       32 readers + 4 writers through the gateway for 60 s, read-your-write checked
#   bench/run.sh --help                  every option (--heap, --mixed-seconds, --no-mixed, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing wrk (Debian package)"
    (apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; })
  else
    echo "wrk is needed: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

jar=suite-runner/target/suite-runner.jar
if [ ! -f "$jar" ] || [ -n "$(find */src/main -newer "$jar" -type f -print -quit)" ]; then
  echo "Building: ./mvnw -q -B package -DskipTests"
  ./mvnw -q -B package -DskipTests
fi

java_cmd=(java -cp "$jar" org.healthplanning.suite.bench.Benchmark --root "$root")
# PostgreSQL refuses to run as root: as root, run it (and the services) in a new user namespace.
if [ "$(id -u)" = "0" ]; then
  exec unshare -U "${java_cmd[@]}" "$@"
fi
exec "${java_cmd[@]}" "$@"
