#!/usr/bin/env bash
# Complete dossier lifecycles on PostgreSQL, side by side with pgbench TPC-B on the same server.
# Usage: bench/lifecycle/run.sh [driver options]   (default: --threads 4 --seconds 30 --vacuum-full)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres); MOTCUA_DB_URL
#   (jdbc:postgresql://127.0.0.1:5432/motcua_bench); SKIP_BUILD=1 reuses the last build;
#   RESET_DB=1 drops and recreates the bench database first; PGBENCH=0 skips pgbench (PGBENCH_TPS=<tps> gives
#   the figure of a pgbench run made elsewhere, as bench/compare/run.sh does); JAVA_OPTS adds JVM options;
#   JFR=1 records a flight recording (profile settings) of the driver.
# Creates (if missing) and uses only the databases motcua_bench and motcua_pgbench.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export MOTCUA_DB_URL=${MOTCUA_DB_URL:-jdbc:postgresql://$PGHOST:$PGPORT/motcua_bench}
bench_db=${MOTCUA_DB_URL##*/}; bench_db=${bench_db%%\?*}
pgbench_db=motcua_pgbench
pgbench_bin=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(--threads 4 --seconds 30 --vacuum-full)

create_db() {
  if [ "$(psql -d postgres -Atc "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    psql -d postgres -qc "create database \"$1\""
    echo "created database $1"
  fi
}
if [ "${RESET_DB:-0}" = 1 ]; then
  psql -d postgres -qc "drop database if exists \"$bench_db\"" && echo "dropped database $bench_db"
fi
create_db "$bench_db"

driver=bench/lifecycle/target/lifecycle-driver.jar
app_dir=bench/lifecycle/target/app
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the application and the driver..."
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -f bench/lifecycle/pom.xml package
  rm -rf "$app_dir"
  # The application's own jar and lib/ (Spring Boot jar tools): its exact runtime classpath.
  java -Djarmode=tools -jar "$(ls target/motcua-*.jar | grep -v original | head -1)" extract --destination "$app_dir" >/dev/null
fi
app_jar=$(ls "$app_dir"/motcua-*.jar | head -1)

tps=${PGBENCH_TPS:-0}
if [ "${PGBENCH:-1}" != 0 ] && [ -z "${PGBENCH_TPS:-}" ]; then
  create_db "$pgbench_db"
  echo "pgbench TPC-B: scale 10, 4 clients, 30 s on $pgbench_db..."
  "$pgbench_bin" -i -s 10 -q "$pgbench_db" >/dev/null 2>&1
  pgbench_out=$("$pgbench_bin" -c 4 -j 2 -T 30 "$pgbench_db" 2>&1)
  tps=$(echo "$pgbench_out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
  echo "$pgbench_out" | grep -E "^(number of transactions actually processed|latency average|tps)"
fi

mkdir -p bench/results
stamp=$(date -u +%Y%m%d-%H%M%S)
jvm=(-Xms1g -Xmx1g)
# JAVA_OPTS: more JVM options, e.g. -Dmotcua.outbox.retention=PT1H (system properties
# override the application's configuration).
read -r -a extra <<<"${JAVA_OPTS:-}"
jvm+=("${extra[@]}")
if [ "${JFR:-0}" = 1 ]; then
  jvm+=("-XX:StartFlightRecording=filename=bench/results/lifecycle-$stamp.jfr,settings=profile,dumponexit=true")
fi
log=bench/results/lifecycle-$stamp.log
echo "lifecycle driver: ${args[*]} (log: $log)"
java "${jvm[@]}" -cp "$driver:$app_jar" vn.motcua.bench.lifecycle.LifecycleDriver --pgbench-tps "$tps" "${args[@]}" \
  >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
sed -n '/^lifecycle driver:/,$p' "$log" | grep -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T'
