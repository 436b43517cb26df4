#!/usr/bin/env bash
# Cold start of motcua on the embedded database vs an empty Spring Boot app with the same starters.
# Usage: bench/startup/run.sh [runs]   (default 5). Prints each start time and the medians.
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-5}
root=$(cd ../.. && pwd)
(cd "$root" && ./mvnw -q -B package -DskipTests)
(cd empty-app && "$root/mvnw" -q -B package)
motcua_jar=$(ls "$root"/target/motcua-*.jar | grep -v original | head -1)
empty_jar=$(ls empty-app/target/empty-app-1.jar)

start_time() { # jar, workdir, extra args...
  local jar=$1 dir=$2; shift 2
  mkdir -p "$dir"
  local log; log=$(mktemp)
  (cd "$dir" && java -Xmx512m -jar "$jar" --server.port=0 "$@" >"$log" 2>&1 &)
  for _ in $(seq 1 240); do
    if grep -q "Started .* in" "$log"; then break; fi
    sleep 0.25
  done
  grep -o "Started .* in [0-9.]* seconds" "$log" | grep -o "[0-9.]* seconds" | cut -d' ' -f1
  pkill -f "$jar" || true
  sleep 1
  rm -f "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

work=$(mktemp -d)
# First start of motcua creates the schema and demo data; later starts are the ones that matter.
MOTCUA_ADMIN_PASSWORD=Bench@Startup-2026 start_time "$motcua_jar" "$work/motcua" >/dev/null
empty=(); motcua=()
for i in $(seq 1 "$runs"); do
  empty+=("$(start_time "$root/bench/startup/$empty_jar" "$work/empty")")
  motcua+=("$(start_time "$motcua_jar" "$work/motcua")")
done
echo "empty app : ${empty[*]} s"
echo "motcua    : ${motcua[*]} s"
me=$(printf '%s\n' "${empty[@]}" | median); mm=$(printf '%s\n' "${motcua[@]}" | median)
echo "median empty ${me} s, motcua ${mm} s, ratio $(awk -v a="$mm" -v b="$me" 'BEGIN{printf "%.2f", a/b}') (target ≤ 1.5)"
rm -rf "$work"
