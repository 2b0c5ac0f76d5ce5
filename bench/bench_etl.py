"""Benchmark: normalize N generated report rows; print rows/second and peak memory.

    python bench/bench_etl.py [--rows 100000]

Rows are generated from varied real-world wordings (figures, places, periods, claimants,
with a share of bad rows) and written as a reports CSV; the timed part is the whole
`etl.pipeline.run` on one core (reading, normalizing, validating, writing).
Target (issue 2): at least 20,000 rows/s on one core.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from etl.pipeline import run
from etl.reports import OPTIONAL_COLUMNS, REQUIRED_COLUMNS

FIGURES = [("40%", "energy_facilities_damaged_share"), ("about 30 per cent", "energy_facilities_damaged_share"),
           ("9.2 GW", "generation_capacity_lost"), ("more than 4.5 million", "people_without_power"),
           ("1 500 000", "consumers_without_power"), ("up to 18 hours a day", "outage_hours_per_day"),
           ("over $10 billion", "damage_cost"), ("two-thirds", "generation_capacity_lost_share"),
           ("30-40%", "energy_facilities_damaged_share"), ("dozens", "drones_launched"), ("84", "missiles_launched"),
           ("140%", "energy_facilities_damaged_share")]  # the last one is rejected (share above 100%)
PLACES = ["Ukraine", "Kyiv", "Kiev", "Kyiv region", "Kharkiv oblast", "Odessa", "Львівська область",
          "Zaporizhzhya", "Dnipropetrovs'k", "the Kyiv Oblast", "Mykolaiv", "Kharkvi"]
CLAIMANTS = ["Ukrenergo", "DTEK", "Volodymyr Zelenskyy", "Denys Shmyhal", "Russian Defence Ministry", "", "UN OHCHR"]
PERIODS = ["", "October 2022", "2024", "since 24 February 2022", "2022-10-10/2022-10-18", "yesterday", "in October"]


def generate(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
        for i in range(n):
            figure, metric = rng.choice(FIGURES)
            day = date(2022, 10, 1) + timedelta(days=rng.randrange(1000))
            writer.writerow([day.isoformat(), "Bench Wire", f"https://bench.invalid/{i}", rng.choice(CLAIMANTS),
                             rng.choice(PLACES), rng.choice(PERIODS), "", figure,
                             f"Officials said {figure} in statement {i}.", metric, "", ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        (raw / "reports").mkdir(parents=True)
        generate(raw / "reports" / "generated.csv", args.rows)
        start = time.perf_counter()
        result = run(raw, Path(tmp) / "out", today=date(2026, 11, 28))
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows: {result.rows_in}  accepted: {result.figures}  rejected: {result.rejects}")
    print(f"time: {seconds:.2f} s  rate: {result.rows_in / seconds:,.0f} rows/s (one process, one core)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
