#!/usr/bin/env bash
# Two motcua nodes on one PostgreSQL, as production runs them (issue 12): concurrent intakes and
# actions over both nodes, every request sent several times at once with its Idempotency-Key, and one
# node killed with SIGKILL mid-run and started again. Then the database must show: 0 duplicate codes,
# 0 ghost dossiers, the code counter advanced once per dossier, 0 lost updates (every dossier RETURNED
# with exactly its five history events and version 4), and every receipt (Mẫu 01) issued exactly once
# through the outbox, with nothing left undelivered.
# Usage: bench/twonode/run.sh [--keys 40] [--copies 8] [--kill-after 8]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); SKIP_BUILD=1 reuses target/motcua-*.jar.
# Uses only the database motcua_twonode (dropped and created) and the ports 18081, 18082 on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
keys=40 copies=8 kill_after=8
while [ $# -gt 0 ]; do
  case "$1" in
    --keys) keys=$2; shift 2 ;;
    --copies) copies=$2; shift 2 ;;
    --kill-after) kill_after=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
db=motcua_twonode
admin_password="Bench-QuanTri-Hai-Nut-2026"
mkdir -p bench/results
stamp=$(date -u +%Y%m%d-%H%M%S)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the application..."
  ./mvnw -q -B -DskipTests package
fi
jar=$(ls target/motcua-*.jar | grep -v original | head -1)
psql -d postgres -qc "drop database if exists $db with (force)"
psql -d postgres -qc "create database $db encoding 'UTF8' template template0"

pids=()
start_node() { # $1 = name, $2 = port
  MOTCUA_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" MOTCUA_DB_USER="$PGUSER" MOTCUA_DB_PASSWORD=unused \
    MOTCUA_ADMIN_PASSWORD="$admin_password" MOTCUA_DEMO=false \
    java -Xms256m -Xmx768m -jar "$jar" --server.port="$2" --server.address=127.0.0.1 \
    >"bench/results/twonode-$stamp-$1.log" 2>&1 &
  echo $!
}
wait_up() { # $1 = port
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node on port $1 did not start" >&2
  return 1
}
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

a=$(start_node a 18081); pids+=("$a"); wait_up 18081   # node A migrates the schema first
b=$(start_node b 18082); pids+=("$b"); wait_up 18082
echo "nodes up: A pid $a on 18081, B pid $b on 18082"

client_log=bench/results/twonode-$stamp-client.log
java bench/twonode/TwoNodeClient.java --node-a http://127.0.0.1:18081 --node-b http://127.0.0.1:18082 \
  --admin-password "$admin_password" --keys "$keys" --copies "$copies" --run "$stamp" >"$client_log" 2>&1 &
client=$!
sleep "$kill_after"
kill -9 "$b" && echo "killed node B (SIGKILL) after ${kill_after} s"
sleep 3
b=$(start_node b2 18082); pids+=("$b"); wait_up 18082 && echo "node B started again (pid $b)"
if ! wait "$client"; then
  tail -30 "$client_log"
  echo "TWO-NODE CHECK FAILED: the client did not finish"
  exit 1
fi
cat "$client_log"
agency=$(sed -n 's/^agency: //p' "$client_log")

q() { psql -d "$db" -Atc "$1"; }
# The outbox delivers after commit; give it time (a claimed event of the killed node waits for its lease).
for _ in $(seq 1 90); do
  forms=$(q "select count(*) from generated_form f join dossier d on d.code = f.dossier_code
             join agency a on a.id = d.receiving_agency_id where a.code = '$agency' and f.form_number = '01'")
  [ "$forms" -ge "$keys" ] && break
  sleep 1
done
dossiers=$(q "select count(*) from dossier d join agency a on a.id = d.resolving_agency_id where a.code = '$agency'")
duplicates=$(q "select count(*) - count(distinct code) from dossier")
ghosts=$(q "select count(*) from dossier d join agency a on a.id = d.resolving_agency_id
            where a.code = '$agency' and d.status <> 'RETURNED'")
counter=$(q "select coalesce(sum(last_number), 0) from dossier_code_sequence where agency_code = '$agency'")
lost=$(q "select count(*) from (select d.id from dossier d join agency a on a.id = d.resolving_agency_id
          left join dossier_event e on e.dossier_id = d.id where a.code = '$agency'
          group by d.id, d.version having count(e.id) <> 5 or d.version <> 4) x")
receipts_twice=$(q "select count(*) from (select f.dossier_code from generated_form f join dossier d on d.code = f.dossier_code
          join agency a on a.id = d.receiving_agency_id where a.code = '$agency' and f.form_number = '01'
          group by f.dossier_code having count(*) > 1) x")
# Delivered outbox rows are deleted: what is left is undelivered (or failed).
undelivered=$(q "select count(*) from outbox")
echo
echo "== two nodes, one database ($keys dossiers, each request $copies times at once, node B killed and restarted)"
printf '%-44s %s (expected %s)\n' "dossiers of the run" "$dossiers" "$keys"
printf '%-44s %s (expected 0)\n' "duplicate codes" "$duplicates"
printf '%-44s %s (expected 0)\n' "ghost dossiers (not RETURNED)" "$ghosts"
printf '%-44s %s (expected %s)\n' "code numbers used" "$counter" "$keys"
printf '%-44s %s (expected 0)\n' "dossiers with lost or extra updates" "$lost"
printf '%-44s %s (expected %s)\n' "receipts (Mẫu 01) issued" "$forms" "$keys"
printf '%-44s %s (expected 0)\n' "receipts issued twice" "$receipts_twice"
printf '%-44s %s (expected 0)\n' "outbox events undelivered" "$undelivered"
if [ "$dossiers" = "$keys" ] && [ "$duplicates" = 0 ] && [ "$ghosts" = 0 ] && [ "$counter" = "$keys" ] \
   && [ "$lost" = 0 ] && [ "$forms" = "$keys" ] && [ "$receipts_twice" = 0 ] && [ "$undelivered" = 0 ]; then
  echo "TWO-NODE CHECK PASSED"
else
  echo "TWO-NODE CHECK FAILED"
  exit 1
fi
