#!/usr/bin/env bash
# Timed XLSX export of facilities (GET /api/v1/facilities/export, Accept: XLSX): seconds, bytes and the
# facility-service's resident memory (VmRSS) before and after, beside the CSV export of the same lines.
# The workbook is written through a window of rows (SXSSF), so memory should not grow with the facilities.
#   bench/xlsx-export.sh                     start the suite (no demo, throwaway data directory, free ports),
#                                            import 10 000 SYNTHETIC facilities x 6 years, time, stop
#   bench/xlsx-export.sh --facilities N      another number of facilities
#   bench/xlsx-export.sh --facility-url URL --pid PID
#                                            time a running facility-service (the facilities it holds); PID for its RSS
# Needs the suite built (./mvnw -B package -DskipTests) when it starts the suite; curl.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)

facilities=10000
years=6
facility_url=""
pid=""
while [ $# -gt 0 ]; do
  case "$1" in
    --facilities) facilities=$2; shift 2 ;;
    --facility-url) facility_url=${2%/}; shift 2 ;;
    --pid) pid=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option $1 (bench/xlsx-export.sh --help)" >&2; exit 2 ;;
  esac
done
if ! [[ "$facilities" =~ ^[0-9]+$ ]] || [ "$facilities" -lt 1 ] || [ "$facilities" -gt 26000 ]; then
  echo "--facilities must be 1-26000 (one import of at most 20 MB)" >&2
  exit 2
fi
xlsx_type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
work=$(mktemp -d "${TMPDIR:-/tmp}/healthplan-xlsx-bench-XXXXXX")
suite_pid=""

cleanup() {
  if [ -n "$suite_pid" ] && kill -0 "$suite_pid" 2>/dev/null; then
    kill -INT "$suite_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$suite_pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

rss_kb() {
  [ -n "$pid" ] && awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0
}

token=$(./run-suite.sh token --admin)

if [ -z "$facility_url" ]; then
  jar=suite-runner/target/suite-runner.jar
  if [ ! -f "$jar" ]; then
    echo "The suite is not built: ./mvnw -B package -DskipTests" >&2
    exit 1
  fi
  fport=$(free_port)
  echo "Starting the suite (no demo data, facility-service on port $fport) ..."
  # PostgreSQL refuses to run as root: the launcher runs in a user namespace then, as bench/run.sh does
  starter=()
  [ "$(id -u)" = "0" ] && starter=(unshare -U)
  "${starter[@]}" java -jar "$jar" --root "$root" --no-demo --reset --data-dir "$work/data" \
      --gateway-port "$(free_port)" --indicator-port "$(free_port)" --project-port "$(free_port)" \
      --facility-port "$fport" --pg-port "$(free_port)" > "$work/suite.log" 2>&1 &
  suite_pid=$!
  for _ in $(seq 1 240); do
    grep -q "Suite ready" "$work/suite.log" 2>/dev/null && break
    kill -0 "$suite_pid" 2>/dev/null || { cat "$work/suite.log" >&2; exit 1; }
    sleep 1
  done
  grep -q "Suite ready" "$work/suite.log" || { echo "The suite did not start within 240 s" >&2; tail -20 "$work/suite.log" >&2; exit 1; }
  facility_url="http://127.0.0.1:$fport"
  pid=$(sed -n 's/^Started facility-service on port [0-9]* (pid \([0-9]*\),.*/\1/p' "$work/suite.log" | head -1)

  auth=(-H "Authorization: Bearer $token")
  curl -fsS -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -X PUT \
      -d '{"name": "SYNTHETIC xlsx province", "level": "PROVINCE"}' "$facility_url/api/v1/regions/SYNXLSX"
  # one CSV line per facility and year, as the export writes them
  awk -v n="$facilities" -v years="$years" 'BEGIN {
      srand(7)
      print "code,name,regionCode,type,grade,ownership,openedYear,closedYear,source,resources.year,resources.beds,resources.licensedDoctors,resources.tcmDoctors,resources.registeredNurses,resources.pharmacists,resources.generalPractitioners,resources.healthTechnicians,resources.publicHealthStaff,resources.ambulances,resources.childcareSlots"
      split("GENERAL_HOSPITAL TCM_HOSPITAL COMMUNITY_HEALTH_CENTER TOWNSHIP_HEALTH_CENTER VILLAGE_CLINIC CLINIC", types, " ")
      for (i = 0; i < n; i++) {
        beds = 5 + int(rand() * 300)
        for (y = 0; y < years; y++) {
          d = 1 + int(beds / 3)
          printf "SYN-X%06d,SYNTHETIC facility %d,SYNXLSX,%s,,%s,%d,,SYNTHETIC,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,\n", \
            i, i, types[i % 6 + 1], (i % 4 == 0 ? "PRIVATE" : "PUBLIC"), 2000 + i % 20, 2018 + y, beds + y, d, int(d / 5), d + int(d / 4), \
            int(d / 8), int(d / 6), d * 3, int(d / 10), int(beds / 100)
        }
      }
    }' > "$work/facilities.csv"
  echo "Importing $facilities facilities x $years years ($(wc -c < "$work/facilities.csv") bytes of CSV) ..."
  curl -fsS -o /dev/null --max-time 300 "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$work/facilities.csv" \
      "$facility_url/api/v1/facilities/import"
fi

export_url="$facility_url/api/v1/facilities/export"
printf '\n%-34s %10s %12s %14s %14s\n' "export" "seconds" "bytes" "RSS before" "RSS after"
for form in csv xlsx xlsx; do
  accept=text/csv
  [ "$form" = xlsx ] && accept=$xlsx_type
  before=$(rss_kb)
  result=$(curl -sS -o "$work/export.$form" -w '%{http_code} %{time_total} %{size_download}' --max-time 600 -H "Accept: $accept" "$export_url")
  after=$(rss_kb)
  read -r status seconds bytes <<< "$result"
  if [ "$status" != 200 ]; then
    echo "GET $export_url ($accept) answered $status" >&2
    exit 1
  fi
  printf '%-34s %10s %12s %11s MB %11s MB\n' "$form ($facilities facilities x $years years)" "$seconds" "$bytes" \
      "$((before / 1024))" "$((after / 1024))"
done
[ -n "$pid" ] || echo "(no --pid: RSS not measured)"
