"""Use the mypyc-compiled build of the extractor's modules when it matches the sources, else the sources.

The article extractor and the ETL helpers it calls for every candidate are plain Python. mypyc
(part of mypy) compiles them, as they are, into C extension modules that do the same work with
about a fifth fewer CPU instructions (`bench/bench_extract.py`). `scripts/compile_extractor.py`
builds them into `build/compiled/` (never next to the sources, so a compiled module can never hide
an edited `.py` file) and writes a manifest with the SHA-256 of every source it compiled.

`etl/__init__.py` and `etl/extract/__init__.py` call `search_path`, which puts the compiled
folders first on the packages' module search path only when the manifest matches: the same
interpreter and every listed source byte-identical to the file on disk. Otherwise, or with
`ETL_PURE_PYTHON=1` in the environment, every module is read from its source as usual. The output
is the same either way (`tests/test_compiled.py` compares the two on the whole article corpus).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from etl import paths

# The modules compiled: the extractor's and the ETL helpers it calls for every candidate. Modules
# that run once per command (evaluate, review, cli) or that use pandas gain nothing from it.
MODULES = (
    "etl/extract/attribution.py",
    "etl/extract/candidates.py",
    "etl/extract/counted.py",
    "etl/extract/dates.py",
    "etl/extract/numbers.py",
    "etl/extract/placenames.py",
    "etl/extract/sentences.py",
    "etl/extract/text.py",
    "etl/extract/topics.py",
    "etl/claimants.py",
    "etl/metrics.py",
    "etl/periods.py",
    "etl/places.py",
    "etl/quantities.py",
    "etl/reports.py",
    "etl/text.py",
)
MANIFEST = "manifest.json"
PURE_PYTHON_ENV = "ETL_PURE_PYTHON"


def interpreter() -> str:
    """What a compiled module is bound to: the interpreter's version and ABI tag."""
    return f"{sys.implementation.cache_tag} {sys.version.split()[0]} {importlib.machinery.EXTENSION_SUFFIXES[0]}"


def source_digests(root: Path = paths.ROOT) -> dict[str, str]:
    return {module: hashlib.sha256((root / module).read_bytes()).hexdigest() for module in MODULES}


def write_manifest(build_dir: Path, library: str, root: Path = paths.ROOT) -> None:
    """Record what was compiled, from which sources, for which interpreter (after a build)."""
    manifest = {"interpreter": interpreter(), "library": library, "sources": source_digests(root)}
    temporary = build_dir / (MANIFEST + ".tmp")
    temporary.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    temporary.replace(build_dir / MANIFEST)


def status(build_dir: Path = paths.COMPILED, root: Path = paths.ROOT) -> tuple[bool, str]:
    """Whether the compiled build can be used, and why (or why not), in words."""
    return _verdict(_read_manifest(build_dir), build_dir, root)


def _read_manifest(build_dir: Path) -> dict | None:
    try:
        return json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _verdict(manifest: dict | None, build_dir: Path, root: Path) -> tuple[bool, str]:
    if os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0"):
        return False, f"pure Python ({PURE_PYTHON_ENV} is set)"
    if manifest is None:
        return False, "pure Python (no compiled build: scripts/compile_extractor.py makes one)"
    if manifest.get("interpreter") != interpreter():
        return False, f"pure Python (the compiled build is for {manifest.get('interpreter')}, not {interpreter()})"
    stale = sorted(m for m, digest in source_digests(root).items() if manifest.get("sources", {}).get(m) != digest)
    if stale:
        return False, f"pure Python (sources changed since the compiled build: {', '.join(stale)})"
    if not (build_dir / manifest.get("library", "")).is_file():
        return False, "pure Python (the compiled build is incomplete)"
    return True, f"compiled with mypyc ({len(MODULES)} modules, {build_dir})"


@lru_cache(maxsize=1)
def _usable_build() -> Path | None:
    """The compiled build's folder when it matches the sources, after loading its shared library."""
    manifest = _read_manifest(paths.COMPILED)
    usable, _ = _verdict(manifest, paths.COMPILED, paths.ROOT)
    if not usable or manifest is None:
        return None
    library = manifest["library"]
    name = library.split(".", 1)[0]  # "<hash>__mypyc", the name every compiled module imports it by
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, paths.COMPILED / library)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return paths.COMPILED


def search_path(package: str, package_path: list[str]) -> list[str]:
    """`package_path` with the package's compiled folder first when the compiled build is usable."""
    build = _usable_build()
    if build is None:
        return package_path
    compiled = build.joinpath(*package.split("."))
    return [str(compiled), *package_path] if compiled.is_dir() else package_path
