"""Benchmark the streamed CSV extract: 1,000,000 rows from a real server over HTTP (not a test).

    .venv/bin/python bench/bench_extract_csv.py [--rows 1000000] [--json FILE]

1. Generates ROWS figures of ONE metric (so a single view holds all of them) in the ETL's
   schema: 27 regions, 10 years of daily periods, 40 claimants, quotes of about 150
   characters, one text cell in 50 starting like a formula (so the neutralisation runs).
2. Starts `python -m dashboard --data DIR` (Flask/werkzeug, one process) on a free
   localhost port and waits until it answers; records its idle RSS.
3. Downloads `/download/figures.csv?metric=...` (the page's "Download CSV" link) reading
   1 MB at a time, while a thread samples the server's RSS every 10 ms from /proc.
4. Prints rows/s, MB/s, time to first byte, and the server's peak RSS above idle.

Targets (issue 5): at least 200,000 rows/s; peak under 200 MB above the server's idle RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import paths  # noqa: E402
from etl.refdata import read_csv_rows  # noqa: E402
from etl.schema import columns  # noqa: E402

METRIC = "consumers_without_power"


def generate(folder: Path, rows: int, seed: int = 5) -> None:
    rng = np.random.default_rng(seed)
    regions = read_csv_rows(paths.REGIONS_CSV)
    codes = np.array([r["geo_code"] for r in regions])
    names = np.array([r["name"] for r in regions])
    claimants = np.array([f"Claimant {i:02d}" for i in range(40)])
    types = np.array(["government", "grid_operator", "energy_company", "media", "military"])
    ri = rng.integers(0, len(codes), rows)
    ci = rng.integers(0, len(claimants), rows)
    start = np.datetime64("2015-01-01") + rng.integers(0, 3650, rows).astype("timedelta64[D]")
    value = np.round(rng.lognormal(10, 1.5, rows))
    idx = np.arange(rows)
    quote = np.char.add(np.char.add("Officials said that ", value.astype(np.int64).astype(str)),
                        " consumers in the region remained without electricity after the overnight strikes "
                        "on substations and lines, repair crews working through the day.")
    formula = idx % 50 == 0
    quote = np.where(formula, np.char.add("=HYPERLINK(\"http://x\",\"click\") ", quote), quote)
    table = {
        "figure_id": np.char.zfill(np.char.mod("%x", idx), 16),
        "metric": np.full(rows, METRIC), "value": value, "value_low": np.where(idx % 3 == 0, value, np.nan),
        "value_high": np.where(idx % 4 == 0, value * 1.2, np.nan), "unit": np.full(rows, "count"),
        "qualifier": np.full(rows, "exact"), "geo_code": codes[ri], "geo_level": np.full(rows, "oblast"),
        "geo_name": names[ri], "lat": np.full(rows, np.nan), "lon": np.full(rows, np.nan),
        "period_start": start.astype("datetime64[ms]"), "period_end": start.astype("datetime64[ms]"),
        "period_precision": np.full(rows, "day"), "period_relative": np.zeros(rows, dtype=bool),
        "reported_on": np.datetime_as_string(start + 1, unit="D"), "claimant": claimants[ci],
        "claimant_written": claimants[ci], "claimant_type": types[ci % len(types)],
        "claimant_country": np.full(rows, "UA"), "status": np.where(idx % 100 == 0, "retracted", "reported"),
        "publisher": np.where(formula, "@publisher", "Example News"),
        "url": np.char.add("https://example.org/news/", idx.astype(str)), "quote": quote,
        "figure_text": value.astype(np.int64).astype(str), "measure": np.full(rows, "consumers without power"),
        "place_written": names[ri], "period_written": np.full(rows, None), "notes": np.full(rows, None),
        "source_file": np.full(rows, "reports/generated.csv"), "source_row": idx + 2,
        "place_match": np.full(rows, "exact"), "metric_match": np.full(rows, "given"),
    }
    pq.write_table(pa.table({c: table[c] for c in columns("figures")}), folder / paths.FIGURES_PARQUET,
                   row_group_size=100_000)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="utf-8") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0.0, True

    def run(self):
        while self.running:
            self.peak = max(self.peak, rss_mb(self.pid))
            time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        folder = Path(tmp)
        began = time.perf_counter()
        generate(folder, args.rows)
        print(f"generated {args.rows:,} figures of one metric in {time.perf_counter() - began:.1f} s")
        port = free_port()
        env = {**os.environ, "DASH_DISABLE_VERSION_CHECK": "true"}
        server = subprocess.Popen([sys.executable, "-m", "dashboard", "--data", str(folder), "--port", str(port)],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 300
            while True:
                try:
                    urllib.request.urlopen(base + "/api/v1/metrics.json", timeout=5).read()
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the server did not start") from None
                    time.sleep(0.5)
            time.sleep(2)
            idle = rss_mb(server.pid)
            sampler = Sampler(server.pid)
            sampler.start()
            url = f"{base}/download/figures.csv?metric={METRIC}&from=2015-01-01&to=2025-12-31"
            began = time.perf_counter()
            lines, size, first = 0, 0, None
            with urllib.request.urlopen(url, timeout=600) as response:
                while chunk := response.read(1 << 20):
                    first = first or time.perf_counter() - began
                    lines += chunk.count(b"\n")
                    size += len(chunk)
            elapsed = time.perf_counter() - began
            sampler.running = False
            sampler.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    rows = lines - 1  # the header (no quoted line breaks in the generated text)
    result = {
        "date": date.today().isoformat(), "nproc": os.cpu_count(), "python": platform.python_version(),
        "rows": rows, "seconds": round(elapsed, 2), "rows_per_s": round(rows / elapsed),
        "mb": round(size / 1e6, 1), "mb_per_s": round(size / 1e6 / elapsed, 1),
        "first_byte_ms": round((first or 0) * 1000, 1), "server_idle_rss_mb": round(idle),
        "server_peak_rss_mb": round(sampler.peak), "peak_above_idle_mb": round(sampler.peak - idle),
    }
    print(json.dumps(result, indent=1))
    ok = rows == args.rows and result["rows_per_s"] >= 200_000 and result["peak_above_idle_mb"] < 200
    print("targets (>= 200,000 rows/s, < 200 MB above idle):", "met" if ok else "NOT met")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
