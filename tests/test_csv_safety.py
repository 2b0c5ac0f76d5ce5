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


# ---------------------------------------------------------------- the Arrow writer (streamed extracts)

import pyarrow as pa  # noqa: E402

from dashboard.csv_safety import csv_batch_chunks  # noqa: E402


def _read_batches(header, batches):
    text = b"".join(csv_batch_chunks(header, batches)).decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


@given(st.lists(st.one_of(st.none(), st.text()), min_size=1, max_size=30))
def test_arrow_writer_neutralises_exactly_like_the_row_writer(texts):
    batch = pa.RecordBatch.from_arrays([pa.array(texts, pa.string()), pa.array(range(len(texts)))], names=["t", "i"])
    got = _read_batches(["t", "i"], [batch])[1:]
    want = _read_back(["t", "i"], [[t, i] for i, t in enumerate(texts)])[1:]
    assert got == want


@given(st.lists(st.one_of(st.none(), st.just(float("nan")), st.floats(min_value=-1e14, max_value=1e14)),
                min_size=1, max_size=30))
def test_arrow_writer_keeps_numbers_numbers(values):
    batch = pa.RecordBatch.from_arrays([pa.array(values, pa.float64()), pa.array(range(len(values)))],
                                       names=["v", "i"])
    cells = [row[0] for row in _read_batches(["v", "i"], [batch])[1:]]
    for value, cell in zip(values, cells, strict=True):
        if value is None or value != value:
            assert cell == ""
        else:
            assert float(cell) == value and not cell.startswith("'")


def test_arrow_writer_streams_one_chunk_per_batch_and_reads_dictionaries():
    batches = [pa.RecordBatch.from_arrays([pa.array(["=1", "x"]).dictionary_encode(), pa.array([1, -2])],
                                          names=["a", "b"]) for _ in range(3)]
    chunks = list(csv_batch_chunks(["a", "=b"], batches))
    assert len(chunks) == 4 and chunks[0] == b"a,'=b\r\n"
    rows = list(csv.reader(io.StringIO(chunks[1].decode(), newline="")))
    assert rows == [["'=1", "1"], ["x", "-2"]]
