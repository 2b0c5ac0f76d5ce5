"""Compile the article extractor's modules with mypyc into build/compiled/ (see etl/compiled.py).

    .venv/bin/python scripts/compile_extractor.py [--force]

Does nothing when the build there matches the sources and this interpreter. Needs mypy (the
`compile` extra), a C compiler and the interpreter's headers (Debian: gcc, python3-dev), which
`scripts/bootstrap.sh` installs. Takes about two minutes on two cores. Exits 1, with mypy's or the
compiler's last lines, when the build fails; the project then runs from its sources, slower.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import compiled, paths  # noqa: E402

# The project's other modules are read by the type checker but not compiled. Installed packages are not
# read at all (--no-site-packages; their names are typed Any): following pandas' own types made one build
# take over ten minutes instead of two.
MYPY_OPTIONS = ["--follow-imports=silent", "--ignore-missing-imports", "--no-site-packages"]


def build(target: Path) -> str:
    """Compile every module of `compiled.MODULES` into `target`; the shared library's file name."""
    from mypyc.build import mypycify  # imported here: only this script needs mypy
    from setuptools import setup

    work = target.parent / (target.name + "-work")
    shutil.rmtree(work, ignore_errors=True)
    extensions = mypycify(MYPY_OPTIONS + list(compiled.MODULES), opt_level="3", target_dir=str(work / "c"))
    setup(name="infra-etl-compiled", ext_modules=extensions, script_name="compile_extractor.py",
          script_args=["build_ext", "--build-lib", str(target), "--build-temp", str(work / "objects"), "--quiet"])
    shutil.rmtree(work, ignore_errors=True)
    libraries = [p.name for p in target.glob("*__mypyc*") if p.is_file()]
    if len(libraries) != 1:
        raise RuntimeError(f"expected one mypyc shared library in {target}, found {libraries}")
    return libraries[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when the build is current")
    args = parser.parse_args()
    usable, why = compiled.status()
    if usable and not args.force:
        print(f"extractor: {why}")
        return 0
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("extractor: mypy is not installed (pip install -e '.[compile]'); running from the sources",
              file=sys.stderr)
        return 1
    os.chdir(ROOT)  # mypyc names each module after its path relative to here
    target = paths.COMPILED.parent / (paths.COMPILED.name + "-new")
    shutil.rmtree(target, ignore_errors=True)
    started = time.monotonic()
    log = io.StringIO()
    try:
        with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
            library = build(target)
    except (Exception, SystemExit) as error:  # setup() exits on a compiler error, mypyc on a type error
        print(log.getvalue()[-4000:], file=sys.stderr)
        print(f"extractor: the mypyc build failed ({error}); running from the sources", file=sys.stderr)
        shutil.rmtree(target, ignore_errors=True)
        return 1
    compiled.write_manifest(target, library)
    shutil.rmtree(paths.COMPILED, ignore_errors=True)
    target.replace(paths.COMPILED)
    print(f"extractor: compiled {len(compiled.MODULES)} modules with mypyc in {time.monotonic() - started:.0f} s "
          f"into {paths.COMPILED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
