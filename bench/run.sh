#!/usr/bin/env bash
# Benchmark of the dashboard, the task list, the API and the exports at 1,000 and 100,000 tasks on
# PostgreSQL. One command from the repository root:
#
#   bench/run.sh
#
# It builds the jar (skip with SKIP_BUILD=1), and for each size creates the database
# planner_bench_<n> (role planner on 127.0.0.1), starts the jar with the postgres, demo and bench
# profiles under -Xmx256m (Flyway creates the schema, the demo profile the congress, departments and
# users), loads the tasks with bench/generate.sql, logs in as the demo leader and measures with wrk.
# It prints one table and keeps it, with the logs, in bench/out/.
#
# Settings (environment): SIZES ("1000 100000"), DURATION (20s per page), WARMUP (10s per page),
# WINDOW (30), WARMUP_MIN (180), WARMUP_MAX (900), STABLE (0.10) for the steady-state warm-up,
# CONNECTIONS (32), THREADS (2), PORT (8085), DASHBOARD_CACHE_TTL (30s; 0 turns the cache off),
# PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/planner/planner), KEEP_DB=1 keeps the databases.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java psql wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/congress-planner-*.jar >/dev/null 2>&1; then
  echo "bench: building the jar (./mvnw -B -o -q -DskipTests package)"
  ./mvnw -B -o -q -DskipTests package
fi

exec python3 bench/bench.py "$@"
