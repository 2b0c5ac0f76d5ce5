"""Article-text extractor: propose candidate figures from prose, with provenance to the character.

Pipeline: `text` (article file → plain text + metadata) → `sentences` (spans) →
`numbers` (figure mentions and rejected numbers) + `topics` (is it damage, outage, attack,
cost?) + `placenames` (gazetteer index) + `attribution` (claimants) + `dates` (periods)
+ `counted` (what a count counts, for its metric) → `candidates` (reports-CSV rows with
review columns) → `review` (a person or an explicit
threshold accepts them into a reports CSV). `evaluate` scores it on the labelled corpus;
`cli` registers `python -m etl extract` and `python -m etl review`.

Rule-based and offline: the same input always gives the same output.
"""

from etl.compiled import search_path as _search_path

__path__ = _search_path(__name__, __path__)  # the compiled build's modules first, when it matches the sources

from etl.extract.candidates import CANDIDATE_COLUMNS, Resources, explain_article, extract_article
from etl.extract.text import Article, load_article

__all__ = ["CANDIDATE_COLUMNS", "Article", "Resources", "explain_article", "extract_article", "load_article"]
