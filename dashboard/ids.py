"""Component ids, in one place: layout and callbacks refer to these names only."""

URL = "url"
NOTICE = "url-notice"
FILTERS = "filters-store"  # the canonical query string of the current view

METRIC = "metric"
REGIONS = "regions"
DATES = "dates"
CLAIMANT_TYPES = "claimant-types"
UNATTRIBUTED = "include-unattributed"
ALERTS = "show-alerts"
CLEAR_REGION = "clear-region"
SELECTED_REGION = "selected-region"
PERMALINK = "permalink"  # the share box's permalink text field
EMBED_SNIPPET = "embed-snippet"
EMBED_CHART = "embed-chart"  # which chart the snippet embeds
DOWNLOAD_CSV = "download-csv"
DOWNLOAD_ZIP = "download-zip"
EXPORT_LINKS = "export-links"

MAP = "map"
MAP_FIGURE = "map-figure"  # the server-built figure, before the browser fits it to the box
MAP_CAPTION = "map-caption"
MAP_TEXT = "map-text"
TIMESERIES = "timeseries"
TIMESERIES_CAPTION = "timeseries-caption"
TABLE = "sources-table"
TABLE_CAPTION = "sources-caption"
DETAIL = "source-detail"
TABLE_REFRESH = "sources-table-refresh"
