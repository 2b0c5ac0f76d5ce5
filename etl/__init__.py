"""ETL for reported infrastructure-damage figures: normalize, validate, write cited series."""

__version__ = "0.1.0"

from etl.compiled import search_path as _search_path  # noqa: E402

__path__ = _search_path(__name__, __path__)  # the compiled build's modules first, when it matches the sources
