"""URL state: round trips, and every kind of hostile query string falls back with a notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.data import ATTRIBUTED_TYPES, Filters
from dashboard.urlstate import (
    MAX_LIST,
    MAX_QUERY_LENGTH,
    clicked_region,
    filters_from_controls,
    parse_query,
    to_query,
)
from etl.metrics import Vocabulary

VOCAB = Vocabulary.from_reference()
METRICS = sorted(VOCAB.metrics)
REGIONS = [f"UA-{n:02d}" for n in (5, 7, 9, 12, 14, 18, 21, 23, 26, 30, 32, 35, 40, 43, 46, 48, 51, 53, 56, 59,
                                    61, 63, 65, 68, 71, 74, 77)]
PLACES = frozenset([*REGIONS, "UA"])
DEFAULTS = Filters(metric="consumers_without_power", date_from=date(2022, 2, 24), date_to=date(2025, 6, 30))


def parse(query):
    return parse_query(query, VOCAB, PLACES, DEFAULTS)


def test_empty_query_gives_the_defaults_without_notice():
    for query in (None, "", "?"):
        assert parse(query) == (DEFAULTS, [])


def test_round_trip_of_a_full_view():
    view = Filters(metric="missiles_launched", date_from=date(2023, 1, 1), date_to=date(2023, 3, 31),
                   regions=("UA", "UA-32", "UA-63"), claimant_types=("government", "military"),
                   include_unattributed=True, selected_region="UA-63", show_alerts=True)
    query = to_query(view)
    assert query == ("metric=missiles_launched&from=2023-01-01&to=2023-03-31&regions=UA,UA-32,UA-63"
                     "&types=government,military&unattributed=1&alerts=1&region=UA-63")
    assert parse(query) == (view, [])
    assert parse("?" + query) == (view, [])


def test_default_types_are_left_out_of_the_link_and_no_types_is_kept():
    assert "types" not in to_query(DEFAULTS)
    none = replace(DEFAULTS, claimant_types=())
    assert "types=" in to_query(none)
    assert parse(to_query(none)) == (none, [])


@st.composite
def views(draw):
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
    end = start + timedelta(days=draw(st.integers(0, 4000)))
    return Filters(
        metric=draw(st.sampled_from(METRICS)),
        date_from=start, date_to=end,
        regions=tuple(sorted(draw(st.sets(st.sampled_from(sorted(PLACES)), max_size=MAX_LIST)))),
        claimant_types=tuple(t for t in ATTRIBUTED_TYPES if t in draw(st.sets(st.sampled_from(ATTRIBUTED_TYPES)))),
        include_unattributed=draw(st.booleans()),
        selected_region=draw(st.none() | st.sampled_from(REGIONS)),
        show_alerts=draw(st.booleans()),
    )


@settings(max_examples=200, deadline=None)
@given(views())
def test_any_valid_view_survives_the_round_trip(view):
    assert parse(to_query(view)) == (view, [])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    filters, notices = parse(text)
    assert isinstance(filters, Filters)
    assert filters.metric in VOCAB
    assert filters.date_from <= filters.date_to
    assert all(isinstance(n, str) and len(n) < 400 for n in notices)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["metric", "from", "to", "regions", "types", "unattributed", "alerts",
                                        "region", "x"]), st.text(max_size=60), max_size=8))
def test_arbitrary_parameter_values_never_raise(params):
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    filters, _ = parse(query)
    assert filters.metric in VOCAB
    assert set(filters.regions) <= PLACES
    assert set(filters.claimant_types) <= set(ATTRIBUTED_TYPES)
    assert filters.selected_region in (None, *PLACES)


def assert_fallback(query, notice_word, **expected):
    filters, notices = parse(query)
    assert notices, f"no notice for {query!r}"
    assert any(notice_word.lower() in n.lower() for n in notices), notices
    for attr, value in expected.items():
        assert getattr(filters, attr) == value
    return filters, notices


def test_unknown_metric_falls_back():
    assert_fallback("metric=nonsense&from=2023-01-01", "unknown metric", metric=DEFAULTS.metric,
                    date_from=date(2023, 1, 1))


def test_script_tag_falls_back_and_the_notice_quotes_it_shortened():
    hostile = "<script>alert('x')</script>" * 10
    _, notices = assert_fallback("metric=" + quote(hostile), "unknown metric", metric=DEFAULTS.metric)
    assert all(len(n) < 200 for n in notices)


def test_reversed_dates_fall_back_to_the_whole_span():
    assert_fallback("from=2024-05-01&to=2023-01-01", "reversed", date_from=DEFAULTS.date_from,
                    date_to=DEFAULTS.date_to)


@pytest.mark.parametrize("bad", ["2024-13-45", "yesterday", "20240101", "2024-1-1", "0001-01-01", "9999-12-31",
                                 "2024-02-30", "", "<img src=x onerror=alert(1)>"])
def test_garbage_dates_fall_back(bad):
    assert_fallback("from=" + quote(bad), "not a date", date_from=DEFAULTS.date_from)


def test_a_huge_region_list_falls_back():
    codes = ",".join(["UA-63"] * (MAX_LIST + 1))
    assert_fallback("regions=" + codes, "at most", regions=())


def test_unknown_region_codes_fall_back():
    assert_fallback("regions=UA-63,XX-99", "unknown regions", regions=())
    assert_fallback("region=UA-99", "unknown region", selected_region=None)


def test_unknown_claimant_type_falls_back():
    assert_fallback("types=government,aliens", "unknown types", claimant_types=ATTRIBUTED_TYPES)


def test_a_very_long_query_string_gives_the_default_view():
    filters, notices = parse("metric=missiles_launched&x=" + "a" * (MAX_QUERY_LENGTH + 10))
    assert filters == DEFAULTS
    assert "too long" in notices[0]


def test_too_many_parameters_give_the_default_view():
    filters, notices = parse("&".join(f"k{i}=1" for i in range(100)))
    assert filters == DEFAULTS
    assert "too many" in notices[0]


def test_a_repeated_parameter_falls_back():
    assert_fallback("metric=missiles_launched&metric=drones_launched", "2 times", metric=DEFAULTS.metric)


def test_unknown_parameters_are_ignored_with_a_notice_and_the_rest_kept():
    filters, _ = assert_fallback("metric=missiles_launched&utm_source=x", "unknown parameter")
    assert filters.metric == "missiles_launched"


def test_bad_flags_fall_back():
    assert_fallback("unattributed=maybe", "1 or 0", include_unattributed=False)
    assert parse("unattributed=true&alerts=1")[0].include_unattributed is True


def test_lists_are_canonical():
    filters, notices = parse("regions=UA-63,UA-05,UA-63&types=military,government")
    assert notices == []
    assert filters.regions == ("UA-05", "UA-63")
    assert filters.claimant_types == ("government", "military")


def test_percent_encoding_and_markup_in_keys_do_not_break_parsing():
    filters, notices = parse("%3Cscript%3E=1&metric=missiles_launched&regions=UA-63%2CUA-32")
    assert filters.metric == "missiles_launched" and filters.regions == ("UA-32", "UA-63")
    assert any("unknown parameter" in n.lower() for n in notices)


def test_clicked_region_reads_locations_and_city_points():
    known = frozenset(REGIONS)
    assert clicked_region({"points": [{"location": "UA-63"}]}, known) == "UA-63"
    assert clicked_region({"points": [{"customdata": ["hover", "UA-51"], "lat": 46.4}]}, known) == "UA-51"
    for junk in (None, {}, {"points": []}, {"points": ["x"]}, {"points": [{"location": "XX"}]}, "text"):
        assert clicked_region(junk, known) is None


def test_filters_from_controls_use_the_same_checks():
    controls = {"metric": "missiles_launched", "regions": ["UA-63"], "date_from": "2023-01-01T00:00:00",
                "date_to": "2023-02-01", "types": ["military"], "unattributed": True, "alerts": False}
    filters, notices = filters_from_controls(controls, VOCAB, PLACES, DEFAULTS, selected_region="UA-63")
    assert notices == []
    assert filters == Filters(metric="missiles_launched", date_from=date(2023, 1, 1), date_to=date(2023, 2, 1),
                              regions=("UA-63",), claimant_types=("military",), include_unattributed=True,
                              selected_region="UA-63")
    reversed_ = {**controls, "date_from": "2024-01-01"}
    filters, notices = filters_from_controls(reversed_, VOCAB, PLACES, DEFAULTS)
    assert notices and filters.date_from == DEFAULTS.date_from
