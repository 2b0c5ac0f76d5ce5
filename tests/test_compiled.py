"""The mypyc-compiled build of the extractor (etl/compiled.py): used only when it matches the
sources, and giving exactly the sources' output on every labelled article."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl import compiled, paths

ROOT = paths.ROOT

# Every labelled article (development and held-out corpora) through `explain_article`: candidate
# rows and dropped numbers, hashed. Run in a fresh interpreter so the environment picks the build.
_OUTPUT_HASH = """
import hashlib, json, sys
from pathlib import Path
import etl.extract.numbers
from etl.extract.candidates import Resources, explain_article
from etl.extract.text import load_article
resources = Resources.load()
digest = hashlib.sha256()
articles = sorted(Path("tests/fixtures").glob("articles*/*.txt"))
for path in articles:
    rows, dropped = explain_article(load_article(path), resources)
    digest.update(json.dumps([rows, [list(d) for d in dropped]], sort_keys=True).encode())
print(json.dumps({"module": etl.extract.numbers.__file__, "articles": len(articles), "hash": digest.hexdigest()}))
"""


def _output(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_ENV}
    if pure:
        env[compiled.PURE_PYTHON_ENV] = "1"
    result = subprocess.run([sys.executable, "-c", _OUTPUT_HASH], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600, check=True)
    return json.loads(result.stdout)


def test_the_compiled_build_is_current():
    """`scripts/test.sh` builds it (through `scripts/bootstrap.sh`); after an edit to a compiled
    module, `.venv/bin/python scripts/compile_extractor.py` rebuilds it."""
    usable, why = compiled.status()
    assert usable, why


@pytest.mark.slow
def test_compiled_and_pure_python_give_the_same_output_on_every_labelled_article():
    usable, why = compiled.status()
    if not usable:
        pytest.fail(why)
    native, pure = _output(pure=False), _output(pure=True)
    assert native["module"].endswith(".so") and str(paths.COMPILED) in native["module"]
    assert pure["module"].endswith("numbers.py")
    assert native["articles"] == pure["articles"] > 3000
    assert native["hash"] == pure["hash"]


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the compiled modules' sources and a manifest that matches them."""
    root, build = tmp_path / "root", tmp_path / "build"
    for module in compiled.MODULES:
        (root / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / module, root / module)
    build.mkdir()
    (build / "x__mypyc.so").write_bytes(b"")
    compiled.write_manifest(build, "x__mypyc.so", root)
    return root, build


def test_a_matching_manifest_makes_the_build_usable(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    root, build = _fake_build(tmp_path)
    assert compiled.status(build, root)[0]


def test_an_edited_source_makes_the_build_stale(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    root, build = _fake_build(tmp_path)
    edited = root / "etl/extract/numbers.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    usable, why = compiled.status(build, root)
    assert not usable
    assert "sources changed" in why and "etl/extract/numbers.py" in why


def test_a_build_for_another_interpreter_is_not_used(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    root, build = _fake_build(tmp_path)
    manifest = json.loads((build / compiled.MANIFEST).read_text(encoding="utf-8"))
    manifest["interpreter"] = "cpython-310 3.10.0 .cpython-310-x86_64-linux-gnu.so"
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    usable, why = compiled.status(build, root)
    assert not usable and "cpython-310" in why


def test_no_build_or_a_missing_library_means_the_sources(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    root, build = _fake_build(tmp_path)
    (build / "x__mypyc.so").unlink()
    assert compiled.status(build, root) == (False, "pure Python (the compiled build is incomplete)")
    (build / compiled.MANIFEST).unlink()
    assert not compiled.status(build, root)[0]


def test_the_environment_variable_forces_the_sources(tmp_path, monkeypatch):
    root, build = _fake_build(tmp_path)
    monkeypatch.setenv(compiled.PURE_PYTHON_ENV, "1")
    assert not compiled.status(build, root)[0]
