#!/usr/bin/env bash
# Import of N dossiers (default 100,000) from an earlier system into a fresh PostgreSQL database,
# through the application's own command line (--import-dossiers), as a province would migrate.
# Usage: bench/import/run.sh [N]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); BENCH_DB (motcua_bench_import, dropped
#   and recreated); JDBC_OPTIONS (?reWriteBatchedInserts=true; set it empty to compare without);
#   SKIP_BUILD=1 reuses the last jar; KEEP_FILE=1 reuses bench/results/import-N.ndjson; RERUN=0 skips the
#   second import of the same file (every line unchanged).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
lines=${1:-100000}
db=${BENCH_DB:-motcua_bench_import}
options=${JDBC_OPTIONS-?reWriteBatchedInserts=true}
export MOTCUA_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db$options" MOTCUA_DB_USER=$PGUSER
export MOTCUA_ADMIN_PASSWORD=${MOTCUA_ADMIN_PASSWORD:-Bench@Import-2026} MOTCUA_DEMO=true
export MOTCUA_DEMO_PASSWORD=${MOTCUA_DEMO_PASSWORD:-Bench-Demo-2026}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the application..."
  ./mvnw -q -B -DskipTests package
fi
jar=$(ls target/motcua-*.jar | grep -v original | head -1)
mkdir -p bench/results
psql -d postgres -qc "drop database if exists \"$db\"" && psql -d postgres -qc "create database \"$db\""

# 1. Schema, demo province and catalog (the empty import makes the application exit when ready).
empty=bench/results/import-empty.ndjson
: >"$empty"
java -jar "$jar" --import-dossiers="$empty" >bench/results/import-setup.log 2>&1 \
  || { tail -30 bench/results/import-setup.log; exit 1; }
psql -d "$db" -Atc "select code || '|' || level from agency where active" >bench/results/import-agencies.txt
psql -d "$db" -Atc "select code || '|' || coalesce(agency_code, '') || '|' || levels from procedure where active" \
  >bench/results/import-procedures.txt
echo "demo province: $(wc -l <bench/results/import-agencies.txt) agencies, $(wc -l <bench/results/import-procedures.txt) procedures"

# 2. The earlier system's export.
file=bench/results/import-$lines.ndjson
if [ "${KEEP_FILE:-0}" != 1 ] || [ ! -s "$file" ]; then
  python3 bench/import/generate.py "$lines" bench/results/import-agencies.txt bench/results/import-procedures.txt >"$file"
fi
echo "file: $file, $(wc -l <"$file") lines, $(du -h "$file" | cut -f1)"

# 3. The import, timed: the application's own figure (reading, checks, writes) and the whole process.
log=bench/results/import-$(date -u +%Y%m%d-%H%M%S).log
start=$(date +%s.%N)
java -jar "$jar" --import-dossiers="$file" >"$log" 2>&1 || [ $? -eq 2 ] || { tail -30 "$log"; exit 1; }
end=$(date +%s.%N)
summary=$(grep -E "imported, [0-9]+ unchanged" "$log" | tail -1 | sed 's/.*DossierImportCommand *: //')
echo "import: $summary"
millis=$(echo "$summary" | sed -n 's/.* in \([0-9]*\) ms$/\1/p')
imported=$(echo "$summary" | sed -n 's/.*: \([0-9]*\) imported.*/\1/p')
awk -v n="$lines" -v ms="$millis" -v total="$(echo "$end - $start" | bc)" 'BEGIN {
  printf "import alone: %.1f s, %.0f lines/s; whole process (JVM start, migrations check, import, exit): %.1f s\n",
    ms / 1000, n / (ms / 1000), total }'
echo "rows: $(psql -d "$db" -Atc "select count(*) from dossier where import_hash is not null") dossiers, \
$(psql -d "$db" -Atc "select count(*) from dossier_event where action = 'IMPORT'") events (imported: $imported)"
echo "log: $log"

if [ "${RERUN:-1}" = 1 ]; then
  java -jar "$jar" --import-dossiers="$file" >"$log.rerun" 2>&1 || { tail -30 "$log.rerun"; exit 1; }
  echo "same file again: $(grep -E "imported, [0-9]+ unchanged" "$log.rerun" | tail -1 | sed 's/.*DossierImportCommand *: //')"
fi
