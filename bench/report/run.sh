#!/usr/bin/env bash
# The resolution report at 10 million dossiers on PostgreSQL: from the day counts and by the direct query.
# Usage: bench/report/run.sh [bench options: --runs N (15) --direct-runs N (3) --rebuild --check --dashboard]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); MOTCUA_DB_URL
#   (jdbc:postgresql://127.0.0.1:5432/motcua_bench10m); DOSSIERS (10000000) generated once, skipped when
#   the database already holds them; SKIP_BUILD=1 reuses the last build; RESET_DB=1 drops the database first.
# Creates (if missing) and uses only the database named in MOTCUA_DB_URL (about 4 GB at 10 M dossiers).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export MOTCUA_DB_URL=${MOTCUA_DB_URL:-jdbc:postgresql://$PGHOST:$PGPORT/motcua_bench10m}
db=${MOTCUA_DB_URL##*/}; db=${db%%\?*}
n=${DOSSIERS:-10000000}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the application and the bench..."
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -f bench/report/pom.xml package
  rm -rf bench/report/target/app
  java -Djarmode=tools -jar "$(ls target/motcua-*.jar | grep -v original | head -1)" extract \
    --destination bench/report/target/app >/dev/null
fi
app_jar=$(ls bench/report/target/app/motcua-*.jar | head -1)
# The bench database is kept across versions of the application: a migration merged in with an older
# version number than one already applied there is applied late instead of refused.
bench=(java -Xms1g -Xmx1g -Dspring.flyway.out-of-order=true -cp "bench/report/target/report-bench.jar:$app_jar" vn.motcua.bench.report.ReportBench)

if [ "${RESET_DB:-0}" = 1 ]; then
  psql -d postgres -qc "drop database if exists \"$db\"" && echo "dropped database $db"
fi
if [ "$(psql -d postgres -Atc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
  psql -d postgres -qc "create database \"$db\"" && echo "created database $db"
fi
have=$(psql -d "$db" -Atc "select count(*) from dossier where code like 'BR-%'" 2>/dev/null || echo none)
if [ "$have" = none ]; then
  # An empty database: the application's migrations create the schema (the bench exits after them).
  "${bench[@]}" --schema-only >/dev/null 2>&1 || true
  have=0
fi
if [ "$have" -lt "$n" ]; then
  [ "$have" -gt 0 ] && { echo "$db holds $have bench dossiers, not $n: RESET_DB=1 to start again"; exit 1; }
  echo "generating $n dossiers into $db (minutes)..."
  start=$(date +%s)
  psql -d "$db" -q -v n="$n" -f bench/report/generate.sql >/dev/null
  echo "generated in $(( $(date +%s) - start )) s"
fi

mkdir -p bench/results
log=bench/results/report-$(date -u +%Y%m%d-%H%M%S).log
"${bench[@]}" "$@" >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T|^\s*$' "$log" | sed -n '/^report bench:/,$p'
echo "(log: $log)"
