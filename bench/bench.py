#!/usr/bin/env python3
"""Benchmark driver for bench/run.sh (standard library only; see run.sh for the settings).

For each size: fresh database, the packaged application under -Xmx256m with the postgres, demo
and bench profiles, bench/generate.sql, then per page: the SQL statements of one request (counted
by the bench profile at the JDBC level, Spring Session's included), and wrk's requests/s, p50 and
p99 with 32 connections. Then the time and heap of a CSV and an XLSX export of every task. Prints
one table.
"""

import glob
import html
import http.cookiejar
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SIZES = [int(s) for s in os.environ.get("SIZES", "1000 100000").split()]
DURATION = os.environ.get("DURATION", "20s")
WARMUP = os.environ.get("WARMUP", "10s")  # per page, after the steady-state warm-up
# Steady state (issue 12): the JIT needs minutes on 2 shared cores. The warm-up cycles through the
# pages in windows of WINDOW seconds until two consecutive windows' JVM CPU per request are within
# STABLE (10%) and at least WARMUP_MIN seconds have passed (at most WARMUP_MAX).
WINDOW = int(os.environ.get("WINDOW", "30"))
WARMUP_MIN = int(os.environ.get("WARMUP_MIN", "180"))
WARMUP_MAX = int(os.environ.get("WARMUP_MAX", "900"))
STABLE = float(os.environ.get("STABLE", "0.10"))
CLOCK_TICK = os.sysconf("SC_CLK_TCK")
CONNECTIONS = int(os.environ.get("CONNECTIONS", "32"))
THREADS = int(os.environ.get("THREADS", "2"))
PORT = int(os.environ.get("PORT", "8085"))
TTL = os.environ.get("DASHBOARD_CACHE_TTL", "30s")
SESSIONS = 4
USER, PASSWORD = "lanhdao", "Lanhdao@2020"  # demo LEADER, clearance SECRET
PG = {
    "PGHOST": os.environ.get("PGHOST", "127.0.0.1"),
    "PGPORT": os.environ.get("PGPORT", "5432"),
    "PGUSER": os.environ.get("PGUSER", "planner"),
    "PGPASSWORD": os.environ.get("PGPASSWORD", "planner"),
}

PAGES = [
    ("/dashboard", "/dashboard"),
    ("/tasks (first page)", "/tasks"),
    ("/tasks (filtered)", "/tasks?workstream=SERVICE&deadlineStatus=OVERDUE"),
    ("/tasks (search)", "/tasks?q=tuyen+truyen"),
    ("/api/v1/dashboard", "/api/v1/dashboard"),
    ("/api/v1/tasks (first page)", "/api/v1/tasks"),
]
BASE = f"http://localhost:{PORT}"


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def psql(database, *args, stdin=None):
    env = dict(os.environ, **PG)
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, *args]
    return subprocess.run(cmd, env=env, input=stdin, text=True, check=True,
                          capture_output=True).stdout


# ---------------------------------------------------------------- application process

class App:
    def __init__(self, size):
        self.size = size
        self.database = f"planner_bench_{size}"
        self.log_path = os.path.join(OUT, f"app-{size}.log")
        self.gc_path = os.path.join(OUT, f"gc-{size}.log")
        self.process = None

    def start(self):
        jar = sorted(glob.glob(os.path.join(ROOT, "target", "congress-planner-*.jar")))[-1]
        env = dict(os.environ, PLANNER_DB_HOST=PG["PGHOST"], PLANNER_DB_PORT=PG["PGPORT"],
                   PLANNER_DB_NAME=self.database, PLANNER_DB_USER=PG["PGUSER"],
                   PLANNER_DB_PASSWORD=PG["PGPASSWORD"])
        cmd = ["java", "-Xmx256m", f"-Xlog:gc:file={self.gc_path}:uptime", "-jar", jar,
               "--spring.profiles.active=postgres,demo,bench", f"--server.port={PORT}",
               f"--planner.dashboard.cache-ttl={TTL}", "--spring.datasource.hikari.maximum-pool-size=20"]
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(cmd, env=env, stdout=self.log_file, stderr=subprocess.STDOUT,
                                        cwd=ROOT, start_new_session=True)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: the application stopped; see {self.log_path}")
            try:
                with urllib.request.urlopen(BASE + "/actuator/health", timeout=2) as r:
                    if json.load(r).get("status") == "UP":
                        return
            except (urllib.error.URLError, OSError, ValueError):
                pass
            time.sleep(1)
        raise SystemExit(f"bench: the application did not start; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()  # only the process this script started
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.process:
            self.log_file.close()

    def log_lines(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.readlines()


# ---------------------------------------------------------------- HTTP helpers

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def login():
    """A fresh session of the demo leader; returns its cookie header value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login", timeout=30).read().decode()
    token = html.unescape(re.search(r'name="_csrf" value="([^"]+)"', page).group(1))
    data = urllib.parse.urlencode({"username": USER, "password": PASSWORD, "_csrf": token}).encode()
    # Following the redirect loads /dashboard once, which also stores the session's CSRF token:
    # 32 concurrent first requests of a new session would each try to insert it.
    response = opener.open(BASE + "/login", data=data, timeout=60)
    if "/dashboard" not in response.geturl():
        raise SystemExit("bench: login failed")
    session = [c for c in jar if c.name == "SESSION"]
    return "SESSION=" + session[0].value


def get(path, cookie, headers=None):
    request = urllib.request.Request(BASE + path, headers={"Cookie": cookie, **(headers or {})})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=120) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def statements(app, path, cookie):
    """SQL statements of one request to path, read from the bench profile's log line."""
    before = len(app.log_lines())
    status, _ = get(path, cookie, {"X-Count-Statements": "1"})
    deadline = time.time() + 5
    while time.time() < deadline:
        for line in app.log_lines()[before:]:
            m = re.search(r"bench-statements GET (\S+) (\d+) statements=(\d+)", line)
            if m and m.group(1) == path:
                return int(m.group(3))
        time.sleep(0.1)
    return None


def wrk(path, cookies, duration):
    env = dict(os.environ, BENCH_COOKIES=",".join(cookies))
    cmd = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}", "--timeout", "10s",
           "-s", os.path.join(ROOT, "bench", "wrk.lua"), BASE + path]
    out = subprocess.run(cmd, env=env, text=True, capture_output=True, check=True).stdout
    m = re.search(r"BENCH rps=([\d.]+) p50=([\d.]+) p99=([\d.]+) requests=(\d+) errors=(\d+) "
                  r"status_errors=(\d+)", out)
    return {"rps": float(m.group(1)), "p50": float(m.group(2)), "p99": float(m.group(3)),
            "requests": int(m.group(4)), "errors": int(m.group(5)) + int(m.group(6))}


# ---------------------------------------------------------------- CPU and allocation per request
def cpu_ms(pids):
    """utime + stime of the processes, in milliseconds (from /proc/PID/stat)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        except (OSError, IndexError, ValueError):
            pass  # a backend that ended
    return total * 1000.0 / CLOCK_TICK
def pg_backends(database):
    """The PostgreSQL backends serving the benchmark's database (not other users of the server)."""
    out = psql("postgres", "-tAc", f"select pid from pg_stat_activity where datname = '{database}'")
    return [int(p) for p in out.split()]
def allocated(cookie):
    status, body = get("/bench/jvm", cookie)
    return json.loads(body)["allocatedBytes"] if status == 200 else None
def measured_window(app, path, cookies, duration):
    """wrk on path for duration, with the JVM's and PostgreSQL's CPU and the bytes allocated."""
    backends = pg_backends(app.database)
    jvm0, pg0, alloc0 = cpu_ms([app.process.pid]), cpu_ms(backends), allocated(cookies[0])
    result = wrk(path, cookies, duration)
    jvm1, pg1, alloc1 = cpu_ms([app.process.pid]), cpu_ms(backends), allocated(cookies[0])
    n = max(1, result["requests"])
    result["jvm_cpu_ms"] = (jvm1 - jvm0) / n
    result["pg_cpu_ms"] = (pg1 - pg0) / n
    result["alloc_kb"] = (alloc1 - alloc0) / n / 1024 if alloc0 is not None and alloc1 else None
    return result
def warm_up(app, cookies):
    """Cycles through the pages until the JVM's CPU per request is stable; returns the history."""
    started, history = time.time(), []
    per_page = max(5, WINDOW // len(PAGES))
    while True:
        jvm0, requests = cpu_ms([app.process.pid]), 0
        for _, path in PAGES:
            requests += wrk(path, cookies, f"{per_page}s")["requests"]
        history.append((cpu_ms([app.process.pid]) - jvm0) / max(1, requests))
        elapsed = time.time() - started
        log(f"warm-up {elapsed:.0f}s: JVM {history[-1]:.2f} ms CPU per request")
        stable = len(history) >= 2 and abs(history[-1] - history[-2]) <= STABLE * history[-2]
        if (stable and elapsed >= WARMUP_MIN) or elapsed >= WARMUP_MAX:
            return {"seconds": elapsed, "windows": history, "stable": stable}
def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])
# ---------------------------------------------------------------- heap of an export

GC_LINE = re.compile(r"\[([\d.]+)s\].*Pause.*?(\d+)M->(\d+)M\((\d+)M\)")


def heap_used_mb(pid):
    out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], text=True, capture_output=True).stdout
    m = re.search(r"total (\d+)K, used (\d+)K", out)
    return int(m.group(2)) // 1024 if m else None


def export(app, fmt, cookie):
    pid = app.process.pid
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    baseline = heap_used_mb(pid)
    with open(app.gc_path) as f:
        gc_before = len(f.readlines())
    target = os.path.join(OUT, f"export-{app.size}.{fmt}")
    start = time.time()
    request = urllib.request.Request(f"{BASE}/tasks/export?format={fmt}", headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=600) as r, open(target, "wb") as f:
        excluded = r.headers.get("X-Excluded-Count")
        while chunk := r.read(1 << 16):
            f.write(chunk)
        status = r.status
    seconds = time.time() - start
    end_used = heap_used_mb(pid)
    with open(app.gc_path) as f:
        pauses = [GC_LINE.search(line) for line in f.readlines()[gc_before:]]
    before_gc = [int(m.group(2)) for m in pauses if m]
    after_gc = [int(m.group(3)) for m in pauses if m]
    peak = max(before_gc + [end_used or 0])
    if fmt == "csv":
        with open(target, encoding="utf-8-sig") as f:
            rows = sum(1 for _ in f) - 1  # header
    else:
        import zipfile
        with zipfile.ZipFile(target) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        rows = sheet.count("<row ") - 1
    if excluded and int(excluded) > 0:
        rows -= 1  # the closing note on the classified tasks left out
    return {"status": status, "seconds": seconds, "peak": peak, "baseline": baseline,
            "live_after_gc": max(after_gc) if after_gc else None, "gcs": len(before_gc),
            "rows": rows, "excluded": int(excluded or 0), "bytes": os.path.getsize(target)}


# ---------------------------------------------------------------- one size

def run_size(size):
    app = App(size)
    psql("postgres", "-c", f"drop database if exists {app.database} with (force)")
    psql("postgres", "-c", f"create database {app.database} encoding 'UTF8' template template0")
    result = {"size": size, "pages": {}}
    try:
        log(f"{size} tasks: starting the application (database {app.database})")
        app.start()
        log(f"{size} tasks: loading the plan")
        started = time.time()
        with open(os.path.join(ROOT, "bench", "generate.sql")) as f:
            psql(app.database, "-v", f"n={size}", stdin=f.read())
        psql(app.database, "-c", "vacuum analyze task, task_cooperating_department, department")
        result["load_seconds"] = time.time() - started
        # The current congress's plan (the demo's previous term, XVIII, is not part of it).
        current = " congress_id = (select id from congress where is_current)"
        result["tasks"] = int(psql(app.database, "-tAc",
                                   "select count(*) from task where" + current).strip())
        result["visible"] = int(psql(app.database, "-tAc",
                                     "select count(*) from task where confidentiality <> 'TOP_SECRET'"
                                     " and" + current).strip())
        cookies = [login() for _ in range(SESSIONS)]
        for _, path in PAGES:
            get(path, cookies[0])  # fills the caches before the warm-up's first window
        log(f"{size} tasks: warming up (at least {WARMUP_MIN}s, until stable)")
        result["warmup"] = warm_up(app, cookies)
        result["load_before"] = load_average()
        for name, path in PAGES:
            status, _ = get(path, cookies[0])
            page = {"status": status}
            result["pages"][name] = page
            if status != 200:
                log(f"{size} tasks: {path} answers {status}: not measured")
                continue
            statements(app, path, cookies[0])  # warm (fills the dashboard cache)
            page["statements"] = statements(app, path, cookies[0])
            log(f"{size} tasks: {path}: {page['statements']} statements; wrk {WARMUP} + {DURATION}")
            page["bytes"] = len(get(path, cookies[0])[1])
            wrk(path, cookies, WARMUP)
            page.update(measured_window(app, path, cookies, DURATION))
        result["load_after"] = load_average()
        # The dashboard when its cache misses: another "as of" day each time.
        cold, cold_statements = [], None
        for i in range(5):
            path = f"/dashboard?asOf=2019-08-{10 + i:02d}"
            if cold_statements is None:
                cold_statements = statements(app, path, cookies[0])
                continue
            t = time.time()
            get(path, cookies[0])
            cold.append((time.time() - t) * 1000)
        result["dashboard_cold_ms"] = statistics.median(cold)
        result["dashboard_cold_statements"] = cold_statements
        for fmt in ("csv", "xlsx"):
            log(f"{size} tasks: exporting {fmt}")
            result[fmt] = export(app, fmt, cookies[0])
    finally:
        app.stop()
        if os.environ.get("KEEP_DB") != "1":
            psql("postgres", "-c", f"drop database if exists {app.database} with (force)")
    return result


# ---------------------------------------------------------------- the table

def fmt_page(page, key):
    if page is None or page.get("status") != 200:
        return f"n/a (HTTP {page.get('status')})" if page else "n/a"
    value = page.get(key)
    if value is None:
        return "?"
    if key == "rps":
        suffix = f" ({page['errors']} errors)" if page.get("errors") else ""
        return f"{value:.0f}{suffix}"
    return f"{value:.0f}" if isinstance(value, float) else str(value)


def fmt_num(page, key, digits=2):
    if page is None or page.get("status") != 200 or page.get(key) is None:
        return "n/a"
    return f"{page[key]:.{digits}f}"


def table(results):
    small, large = results[0], results[-1]
    rows = []

    def row(metric, f, target="", check=None):
        values = [f(r) for r in results]
        verdict = ""
        if check is not None:
            ok = check()
            verdict = "n/a" if ok is None else ("yes" if ok else "NO")
        rows.append([metric] + values + [target, verdict])

    def page(r, name):
        return r["pages"].get(name)

    def measured(name):
        return all(page(r, name) and page(r, name).get("status") == 200 for r in results)

    for name, _ in PAGES:
        is_list = name.startswith("/tasks")
        row(f"{name} req/s", lambda r, n=name: fmt_page(page(r, n), "rps"),
            ">= 300 at 100k" if name == "/tasks (first page)" else "",
            (lambda n=name: (page(large, n)["rps"] >= 300) if measured(n) else None)
            if name == "/tasks (first page)" else None)
        row(f"{name} p50 ms", lambda r, n=name: fmt_page(page(r, n), "p50"))
        row(f"{name} p99 ms", lambda r, n=name: fmt_page(page(r, n), "p99"),
            "100k <= 3 x 1k" if name == "/dashboard" else "",
            (lambda n=name: page(large, n)["p99"] <= 3 * page(small, n)["p99"] if measured(n) else None)
            if name == "/dashboard" else None)
        targeted = name != "/api/v1/dashboard"
        row(f"{name} SQL statements", lambda r, n=name: fmt_page(page(r, n), "statements"),
            "same at 1k and 100k, <= 8" if targeted else "",
            (lambda n=name: (len({page(r, n)["statements"] for r in results}) == 1
                             and page(large, n)["statements"] <= 8) if measured(n) else None)
            if targeted else None)
        row(f"{name} JVM CPU ms/request", lambda r, n=name: fmt_num(page(r, n), "jvm_cpu_ms"),
            "<= 3 at 100k" if targeted else "",
            (lambda n=name: page(large, n)["jvm_cpu_ms"] <= 3 if measured(n) else None)
            if targeted else None)
        row(f"{name} PostgreSQL CPU ms/request", lambda r, n=name: fmt_num(page(r, n), "pg_cpu_ms"),
            "<= 1 at 100k" if targeted else "",
            (lambda n=name: page(large, n)["pg_cpu_ms"] <= 1 if measured(n) else None)
            if targeted else None)
        row(f"{name} allocated KB/request", lambda r, n=name: fmt_num(page(r, n), "alloc_kb", 0),
            "<= 1024 at 100k" if targeted else "",
            (lambda n=name: (page(large, n)["alloc_kb"] or 1e9) <= 1024 if measured(n) else None)
            if targeted else None)
        row(f"{name} response bytes", lambda r, n=name: fmt_page(page(r, n), "bytes"))
    row("/dashboard cache miss: time ms", lambda r: f"{r['dashboard_cold_ms']:.0f}")
    row("/dashboard cache miss: SQL statements", lambda r: str(r["dashboard_cold_statements"]), "<= 12",
        lambda: all(r["dashboard_cold_statements"] <= 12 for r in results))
    for fmt in ("csv", "xlsx"):
        row(f"{fmt.upper()} export: rows (classified left out)",
            lambda r, f=fmt: f"{r[f]['rows']} ({r[f]['excluded']})")
        row(f"{fmt.upper()} export: time s", lambda r, f=fmt: f"{r[f]['seconds']:.1f}")
        row(f"{fmt.upper()} export: peak heap used MB (-Xmx256m)",
            lambda r, f=fmt: f"{r[f]['peak']} (live {r[f]['live_after_gc'] or '-'})",
            "completes under -Xmx256m",
            lambda f=fmt: all(r[f]["status"] == 200 and r[f]["rows"] > 0 for r in results))

    header = ["metric"] + [f"{r['tasks']:,} tasks" for r in results] + ["target", "met"]
    widths = [max(len(str(x[i])) for x in rows + [header]) for i in range(len(header))]
    lines = ["| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
    return "\n".join(lines)


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    pg = psql("postgres", "-tAc", "show server_version").strip()
    return (f"{os.cpu_count()} CPUs ({cpu}), {mem:.0f} GiB, {platform.system()} {platform.release()}, "
            f"{java}, PostgreSQL {pg}")


def main():
    os.makedirs(OUT, exist_ok=True)
    load_before = os.getloadavg()[0]
    results = []
    for size in SIZES:
        results.append(run_size(size))
    load_after = os.getloadavg()[0]
    text = "\n".join([
        table(results),
        "",
        f"Machine: {machine()}.",
        "Steady state: " + "; ".join(
            f"{r['tasks']:,} tasks warmed up {r['warmup']['seconds']:.0f}s "
            f"({'stable' if r['warmup']['stable'] else 'NOT stable'}: JVM ms/request per window "
            + ", ".join(f"{w:.2f}" for w in r['warmup']['windows']) + ")"
            f", load average {r['load_before']} before and {r['load_after']} after the measured pages"
            for r in results) + ".",
        f"wrk: {THREADS} threads, {CONNECTIONS} connections, {DURATION} per page after {WARMUP} warm-up, "
        f"{SESSIONS} sessions of the demo LEADER (clearance SECRET); app -Xmx256m, dashboard cache TTL {TTL}.",
        f"Load average (1 min) before/after: {load_before:.2f}/{load_after:.2f}. "
        f"Run at {time.strftime('%Y-%m-%d %H:%M:%S')}.",
    ])
    print(text)
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=2)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(1))
    main()
