"""Property tests for the download CSV writer (dashboard.csv_safety)."""

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from dashboard.csv_safety import csv_chunks, neutralise
from etl.text import looks_like_formula

TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "|"]


def _read_back(header, rows):
    text = "".join(csv_chunks(header, rows))
    return list(csv.reader(io.StringIO(text, newline="")))


@given(st.text())
def test_formula_like_text_is_always_prefixed_and_other_text_kept(text):
    ((cell,),) = _read_back(["h"], [[text]])[1:]
    # Either untouched because no spreadsheet would evaluate it, or behind an apostrophe.
    assert cell == ("'" + text if looks_like_formula(text) else text)
    assert not looks_like_formula(cell) or cell.startswith("'")


@given(prefix=st.text(alphabet=" \"'", max_size=3), trigger=st.sampled_from(TRIGGERS), rest=st.text(max_size=20))
def test_trigger_characters_are_neutralised_even_after_spaces_and_quotes(prefix, trigger, rest):
    value = prefix + trigger + rest
    if not looks_like_formula(value):  # e.g. "-5": a plain number stays a number
        return
    assert neutralise(value) == "'" + value


@given(st.one_of(st.integers(min_value=-10**12, max_value=10**12),
                 st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)))
def test_numbers_stay_numbers(number):
    ((cell,),) = _read_back(["n"], [[number]])[1:]
    assert float(cell) == float(number)
    assert not cell.startswith("'")


@given(st.lists(st.lists(st.text(max_size=10), min_size=3, max_size=3), max_size=50))
def test_rows_round_trip_in_order_with_only_formulas_changed(rows):
    back = _read_back(["a", "b", "c"], rows)
    assert back[0] == ["a", "b", "c"]
    assert back[1:] == [[neutralise(v) for v in row] for row in rows]


def test_real_negative_numbers_as_text_stay_numbers():
    assert neutralise("-5") == "-5" and neutralise("-4.5") == "-4.5"
    assert neutralise("=HYPERLINK(\"http://evil\")") == "'=HYPERLINK(\"http://evil\")"
    assert neutralise(" @SUM(A1)") == "' @SUM(A1)"
    assert neutralise(-5) == -5
