#!/usr/bin/env bash
# The comparison of issue 13, back to back on the same PostgreSQL: pgbench TPC-B (the server's own
# figure), Flowable 7.1 embedded (bench/flowable) and motcua in process (bench/lifecycle), each with the
# same threads and time, then the ratios: motcua ÷ Flowable lifecycles/s, motcua state changes/s ÷
# pgbench tps, and bytes on disk per lifecycle of both.
# Usage: bench/compare/run.sh [--threads 4] [--seconds 30]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); SKIP_BUILD=1 reuses the last builds.
# Creates (if missing) and uses only the databases motcua_pgbench, motcua_flowable and motcua_bench.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
threads=4 seconds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
pgbench_bin=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
create_db() {
  if [ "$(psql -d postgres -Atc "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    psql -d postgres -qc "create database \"$1\""
  fi
}
mkdir -p bench/results
stamp=$(date -u +%Y%m%d-%H%M%S)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building Flowable's driver..."
  ./mvnw -q -B -f bench/flowable/pom.xml package
fi

echo "== pgbench TPC-B: scale 10, $threads clients, $seconds s"
create_db motcua_pgbench
"$pgbench_bin" -i -s 10 -q motcua_pgbench >/dev/null 2>&1
pgbench_out=$("$pgbench_bin" -c "$threads" -j 2 -T "$seconds" motcua_pgbench 2>&1)
tps=$(echo "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
echo "tps = $tps"

echo "== Flowable 7.1 embedded: $threads threads, $seconds s"
psql -d postgres -qc "drop database if exists motcua_flowable" && create_db motcua_flowable
flow_log=bench/results/flowable-$stamp.log
java -Xms1g -Xmx1g -jar bench/flowable/target/flowable-bench.jar --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/motcua_flowable" \
  --user "$PGUSER" --threads "$threads" --seconds "$seconds" --warmup 5 >"$flow_log" 2>&1 || { tail -30 "$flow_log"; exit 1; }
grep -E "^(flowable driver|complete lifecycles|lifecycles/s|state changes/s|bytes on disk)" "$flow_log"
flow_rate=$(sed -n 's/^lifecycles\/s *\([0-9.]*\).*/\1/p' "$flow_log")
flow_bytes=$(sed -n 's/^bytes on disk\/lifecycle *\([0-9.]*\).*/\1/p' "$flow_log")

echo "== motcua in process: $threads threads, $seconds s"
mc_out=$(PGBENCH_TPS="$tps" bench/lifecycle/run.sh --threads "$threads" --seconds "$seconds")
echo "$mc_out" | grep -E "^(lifecycles/s|state changes/s|bytes on disk|CPU)"
mc_rate=$(echo "$mc_out" | sed -n 's/^lifecycles\/s *\([0-9.]*\).*/\1/p')
mc_changes=$(echo "$mc_out" | sed -n 's/^state changes\/s *\([0-9.]*\).*/\1/p')
mc_bytes=$(echo "$mc_out" | sed -n 's/^bytes on disk\/lifecycle *\([0-9.]*\).*/\1/p')

echo
echo "== side by side ($stamp, load average $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v tps="$tps" -v fr="$flow_rate" -v fb="$flow_bytes" -v mr="$mc_rate" -v mc="$mc_changes" -v mb="$mc_bytes" 'BEGIN {
  printf "%-34s %12s\n", "pgbench TPC-B tps", tps
  printf "%-34s %12s  (%s B/lifecycle)\n", "Flowable 7.1 lifecycles/s", fr, fb
  printf "%-34s %12s  (%s B/lifecycle)\n", "motcua lifecycles/s", mr, mb
  printf "%-34s %12.2f  (target >= 5)\n", "motcua / Flowable", (fr > 0 ? mr / fr : 0)
  printf "%-34s %12.2f  (target >= 0.80)\n", "motcua state changes/s / tps", (tps > 0 ? mc / tps : 0)
  printf "%-34s %12.2f  (target <= 3 KB for motcua)\n", "bytes/lifecycle motcua / Flowable", (fb > 0 ? mb / fb : 0)
}'
