-- wrk script for bench/run.sh: sends the session cookies given in BENCH_COOKIES (comma-separated
-- "SESSION=..." values, one per logged-in session, used in turn) and prints one machine-readable
-- line: BENCH rps=... p50=... p99=... (milliseconds). wrk counts HTTP >= 400 as status errors;
-- bench.py checks beforehand that each page answers 200 to these sessions.
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^,]+") do
  table.insert(cookies, c)
end
local counter = 0

function request()
  counter = counter + 1
  local headers = {}
  if #cookies > 0 then
    headers["Cookie"] = cookies[(counter % #cookies) + 1]
  end
  return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("BENCH rps=%.1f p50=%.1f p99=%.1f requests=%d errors=%d status_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors, summary.errors.status))
end
