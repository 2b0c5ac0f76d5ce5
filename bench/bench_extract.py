"""Benchmark: extract candidates from N articles of about 3 KB; print articles/second and peak memory.

    python bench/bench_extract.py [--articles 1000] [--size 3000]

Articles are built from the real excerpts of the evaluation corpus
(`tests/fixtures/articles/*.txt`): each one joins excerpts, starting at a different one
each time, until it reaches `--size` characters. The timed part is the whole
`etl.extract.candidates.extract_article` per article (sentences, numbers, places,
claimants, periods, metric matching and the ETL check of every row) in one process on
one core, after a warm-up that loads the reference data once. Because the articles reuse
the corpus' sentences, the main ("cold") pass forgets every cached phrase (sentence,
figure, measure, claimant, place, period) before each article, as a stream of new
articles would; the "warm" pass keeps them. A third, "stream" pass reads real text the
extractor has not seen in the run: every held-out excerpt (`tests/fixtures/articles_heldout*/`)
once, joined in file order into articles of `--size` characters, with the caches cleared
once before the stream (not before each article: names, places and figures that really recur
across distinct articles stay cached, as they would for a newsroom's feed). Target (issue 6):
at least 200 articles of ~3 KB per second on one core.

Each pass prints wall-clock articles per second (the target's measure) and articles per CPU
second of this process: on a shared host the two part when other work holds the cores (the
wall clock then counts time this process waited), so the load average is printed too.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import compiled  # noqa: E402
from etl.extract.candidates import Resources, extract_article, settle_reference_data  # noqa: E402
from etl.extract.text import Article, split_header  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "articles"
HELD_OUT = ROOT / "tests" / "fixtures"
TARGET = 200.0


def build_articles(count: int, size: int) -> list[Article]:
    bodies = [split_header(p.read_text(encoding="utf-8"))[1].strip() for p in sorted(CORPUS.glob("*.txt"))]
    articles = []
    for i in range(count):
        parts: list[str] = []
        k = i
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(bodies[k % len(bodies)])
            k += 1
        text = "\n\n".join(parts)[:size]
        articles.append(Article(text, f"bench-{i}.txt", f"https://bench.invalid/{i}", "Bench Wire", "2024-05-06"))
    return articles


def build_stream(size: int) -> list[Article]:
    """Every held-out excerpt once, in file order, joined into articles of about `size` characters."""
    bodies = [split_header(p.read_text(encoding="utf-8"))[1].strip()
              for p in sorted(HELD_OUT.glob("articles_heldout*/*.txt"))]
    articles, parts = [], []
    for body in bodies:
        parts.append(body)
        if sum(len(p) + 2 for p in parts) >= size:
            i = len(articles)
            articles.append(Article("\n\n".join(parts)[:size], f"stream-{i}.txt", f"https://bench.invalid/s{i}",
                                    "Bench Wire", "2024-05-06"))
            parts = []
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=3000, help="characters per article")
    args = parser.parse_args()
    articles = build_articles(args.articles, args.size)
    resources = Resources.load()
    extract_article(articles[0], resources)  # warm-up: reference data and regular expressions
    settle_reference_data()  # as `python -m etl extract` does after loading them
    kilobytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1024
    print(f"extractor: {compiled.status()[1]}")
    print(f"articles: {len(articles)} of ~{args.size} characters ({kilobytes / len(articles):.1f} KB each)")
    rates = {}
    for mode in ("cold", "warm"):
        candidates, seconds, cpu = timed(extract_all, articles, resources, cold=mode == "cold")
        rates[mode] = len(articles) / seconds
        print(f"{mode}: {seconds:.2f} s  {rates[mode]:,.0f} articles/s, {kilobytes / seconds:,.0f} KB/s  "
              f"({len(articles) / cpu:,.0f} per CPU second)  candidates: {candidates}  (one process, one core)")
    stream = build_stream(args.size)
    clear_phrase_caches(resources)
    candidates, seconds, cpu = timed(extract_all, stream, resources, cold=False)
    print(f"stream: {seconds:.2f} s  {len(stream) / seconds:,.0f} articles/s  ({len(stream) / cpu:,.0f} per CPU second)  "
          f"candidates: {candidates}  ({len(stream)} articles of distinct held-out excerpts, each read once)")
    print(f"host load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    print(f"target {TARGET:.0f} articles/s (cold): {'met' if rates['cold'] >= TARGET else 'NOT met'}")
    return 0


def extract_all(articles: list[Article], resources: Resources, cold: bool) -> int:
    """Candidates in all `articles`; `cold` forgets the cached phrases before each one."""
    candidates = 0
    for article in articles:
        if cold:
            clear_phrase_caches(resources)
        candidates += len(extract_article(article, resources))
    return candidates


def timed(run: Callable[..., int], *args, **kwargs) -> tuple[int, float, float]:
    """`run(*args, **kwargs)`'s result, and the wall-clock and CPU seconds of this process it took."""
    start, cpu_start = time.perf_counter(), time.process_time()
    result = run(*args, **kwargs)
    return result, time.perf_counter() - start, time.process_time() - cpu_start


def clear_phrase_caches(resources: Resources) -> None:
    """Forget every cached whole phrase (sentences, figures, measures, claimants, places,
    periods), keeping only per-word caches: what a stream of new articles would see."""
    from etl import periods, quantities
    from etl.extract import candidates, numbers, topics

    for cached in (topics.sentence_words, numbers._qualifier, candidates._folded, quantities.parse_figure,
                   resources.vocabulary.match_measure, resources.gazetteer.resolve,
                   resources.context.claimants.resolve):
        cached.cache_clear()
    for name in dir(periods):
        function = getattr(periods, name)
        if hasattr(function, "cache_clear"):
            function.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
