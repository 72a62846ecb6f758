#!/usr/bin/env bash
# Starts the whole suite on this machine: an embedded PostgreSQL (data kept in .data/postgres), the
# indicator, project and facility services, the gateway and the demo data; prints the URLs and stays
# in the foreground until Ctrl-C or SIGTERM, which stop everything it started.
#   ./run-suite.sh                 build if needed, start, load the demo data on a fresh database
#   ./run-suite.sh --reset         wipe the data first
#   ./run-suite.sh --help          all options (ports, data directory, external PostgreSQL via PG_JDBC_URL)
#   ./run-suite.sh token --admin   print a development token (no build, nothing started)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd -P)

usage_file=suite-runner/src/main/resources/org/healthplanning/suite/usage.txt
launcher=suite-runner/target/suite-runner.jar
java_bin=java
[ -n "${JAVA_HOME:-}" ] && java_bin="$JAVA_HOME/bin/java"

usage() { cat "$usage_file"; }

# --- token: signs a development token and exits; needs the JDK only (the launcher jar when built) ---
if [ "${1:-}" = "token" ]; then
  shift
  dev_token_source=suite-runner/src/main/java/org/healthplanning/suite/DevToken.java
  if [ -f "$launcher" ] && [ ! "$dev_token_source" -nt "$launcher" ]; then
    exec "$java_bin" -jar "$launcher" token --root "$root" "$@"
  fi
  # not built (or older than the source): run the single source file
  exec "$java_bin" "$dev_token_source" --root "$root" "$@"
fi

# --- options: help and mistakes are answered here, before any build ---
data_dir=.data
declare -A ports=([--gateway-port]=8080 [--indicator-port]=8081 [--project-port]=8082 [--facility-port]=8083 [--pg-port]=15432)
declare -A port_service=([--gateway-port]=gateway [--indicator-port]=indicator-service [--project-port]=project-service
                         [--facility-port]=facility-service [--pg-port]="embedded PostgreSQL")
args=("$@")
i=0
while [ "$i" -lt "${#args[@]}" ]; do
  arg=${args[$i]}
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --reset|--no-demo|--no-demo-values) ;;
    --data-dir|--root|--db-suffix|--health-timeout|--gateway-port|--indicator-port|--project-port|--facility-port|--pg-port)
      if [ $((i + 1)) -ge "${#args[@]}" ]; then
        echo "$arg needs a value (./run-suite.sh --help lists the options)" >&2
        exit 2
      fi
      value=${args[$((i + 1))]}
      case "$arg" in
        --data-dir) data_dir=$value ;;
        --*-port)
          if ! [[ "$value" =~ ^[0-9]{1,5}$ ]] || [ "$value" -lt 1 ] || [ "$value" -gt 65535 ]; then
            echo "$arg must be a port number 1-65535, not '$value'" >&2
            exit 2
          fi
          ports[$arg]=$value ;;
        --health-timeout)
          if ! [[ "$value" =~ ^[0-9]+$ ]]; then
            echo "$arg must be a number of seconds, not '$value'" >&2
            exit 2
          fi ;;
      esac
      i=$((i + 1)) ;;
    *)
      echo "Unknown option '$arg'" >&2
      echo >&2
      usage >&2
      exit 2 ;;
  esac
  i=$((i + 1))
done

modules=(indicator-service project-service facility-service gateway)
jars=()
for m in "${modules[@]}"; do jars+=("$m/target/quarkus-app/quarkus-run.jar"); done

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

# A taken port is reported before minutes of building (the launcher checks again before it starts anything).
check_ports() {
  local option taken=0
  for option in --gateway-port --indicator-port --project-port --facility-port --pg-port; do
    [ "$option" = --pg-port ] && [ -n "${PG_JDBC_URL:-}" ] && continue
    if (exec 3<>"/dev/tcp/127.0.0.1/${ports[$option]}") 2>/dev/null; then
      echo "Port ${ports[$option]} (${port_service[$option]}) is already in use by another process:" \
           "stop that process or choose another port with $option N" >&2
      taken=1
    fi
  done
  return "$taken"
}

build() {
  local log_dir="$data_dir/logs"
  mkdir -p "$log_dir"
  local log="$log_dir/build.log"
  echo "Building with ./mvnw -B package -Dmaven.test.skip=true (full output in $log)."
  echo "The first build downloads the dependencies (a few hundred MB) and takes several minutes; later builds about a minute."
  local started state ticker status
  started=$(date +%s)
  state=$(mktemp)
  echo "$started starting Maven" > "$state"
  # While one step takes long, a line every 30 s so that the build never looks stuck.
  (
    last=$started
    while sleep 5; do
      now=$(date +%s)
      read -r since what < "$state" 2>/dev/null || continue
      if [ $((now - since)) -ge 30 ] && [ $((now - last)) -ge 30 ]; then
        printf '  [%4d s] still %s\n' $((now - started)) "$what"
        last=$now
      fi
    done
  ) &
  ticker=$!
  set +e
  ./mvnw -B package -Dmaven.test.skip=true 2>&1 | tee "$log" | {
    downloads=0
    while IFS= read -r line; do
      now=$(( $(date +%s) - started ))
      case "$line" in
        "[INFO] Building "*"["*/*"]"*)
          # [INFO] Building indicator-service 1.0.0-SNAPSHOT     [3/7]
          module=$(echo "$line" | sed -E 's/^\[INFO\] Building (.+) [^ ]+ +\[([0-9]+\/[0-9]+)\] *$/\1 (\2)/')
          echo "$(date +%s) building $module" > "$state"
          printf '  [%4d s] building %s\n' "$now" "$module" ;;
        "Downloaded from "*|"[INFO] Downloaded from "*)
          downloads=$((downloads + 1))
          if [ $((downloads % 250)) -eq 0 ]; then
            printf '  [%4d s] %d files downloaded so far\n' "$now" "$downloads"
          fi ;;
        "[INFO] BUILD SUCCESS"*) printf '  [%4d s] build finished\n' "$now" ;;
        "[INFO] BUILD FAILURE"*) printf '  [%4d s] BUILD FAILURE\n' "$now" ;;
      esac
    done
  }
  status=${PIPESTATUS[0]}
  set -e
  kill "$ticker" 2>/dev/null || true
  wait "$ticker" 2>/dev/null || true
  rm -f "$state"
  if [ "$status" -ne 0 ]; then
    echo "The build failed (exit $status) after $(( $(date +%s) - started )) s; its errors (all of it in $log):" >&2
    grep -E '^\[(ERROR|FATAL)\]' "$log" | grep -vE '^\[ERROR\] *$|Re-run Maven|full stack trace|For more information|\[Help [0-9]+\]$|http://cwiki' | head -n 30 >&2
    exit "$status"
  fi
}

if [ "${SUITE_SKIP_BUILD:-}" != "true" ] && needs_build; then
  check_ports || exit 1
  build
fi

java_cmd=("$java_bin")
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
