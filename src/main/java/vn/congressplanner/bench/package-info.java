/**
 * Benchmark instrumentation, active only with the {@code bench} profile (see bench/run.sh): counts
 * the SQL statements each request runs, at the JDBC level so that Spring Session's count too.
 */
package vn.congressplanner.bench;
