/* Clientside callbacks (referenced by name from dashboard/callbacks.py; no inline scripts). */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    infra: {
        /* The sources grid loads its rows from the server block by block; when the view
         * changes, drop the loaded blocks so the grid asks again for the new view. */
        refreshTable: function (filters, gridId) {
            if (!filters || !window.dash_ag_grid) {
                return window.dash_clientside.no_update;
            }
            window.dash_ag_grid.getApiAsync(gridId).then(function (api) {
                api.purgeInfiniteCache();
            });
            return filters;
        },

        /* Fit Ukraine into the map's box (plotly's map subplot has no fit-to-bounds), then
         * hand the figure to the graph. Spans: about 18.5 deg of longitude and 12.5 "degrees"
         * of Mercator latitude, plus a margin; 512 px per world at zoom 0. */
        fitMap: function (figure, graphId) {
            if (!figure || !figure.layout || !figure.layout.map) {
                return window.dash_clientside.no_update;
            }
            var el = document.getElementById(graphId);
            var domain = (figure.layout.map.domain && figure.layout.map.domain.x) || [0, 1];
            var width = (el && el.clientWidth ? el.clientWidth : 600) * (domain[1] - domain[0]);
            var height = el && el.clientHeight ? el.clientHeight : 450;
            var zoom = Math.log2(Math.min(width * 360 / (512 * 19.5), height * 360 / (512 * 13.5)));
            var fitted = Object.assign({}, figure);
            fitted.layout = Object.assign({}, figure.layout);
            fitted.layout.map = Object.assign({}, figure.layout.map);
            fitted.layout.map.zoom = Math.max(2, Math.min(8, Math.round(zoom * 20) / 20));
            return fitted;
        }
    }
});
