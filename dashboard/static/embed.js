/* Draws the embedded chart from its JSON data block (no inline script: the page's policy forbids them). */
(function () {
    var block = document.getElementById('figure-data');
    var target = document.getElementById('chart');
    if (!block || !target || !window.Plotly) {
        return;
    }
    var figure = JSON.parse(block.textContent);
    var layout = figure.layout || {};
    if (layout.map) {
        /* fit Ukraine into the frame (the rule of assets/app.js fitMap) */
        var domain = (layout.map.domain && layout.map.domain.x) || [0, 1];
        var width = (target.clientWidth || 600) * (domain[1] - domain[0]);
        var height = (target.clientHeight || 450) - 40;
        var zoom = Math.log2(Math.min(width * 360 / (512 * 19.5), height * 360 / (512 * 13.5)));
        layout.map.zoom = Math.max(2, Math.min(8, Math.round(zoom * 20) / 20));
    }
    window.Plotly.newPlot(target, figure.data || [], layout, {displaylogo: false, responsive: true})
        .then(function () { target.setAttribute('data-rendered', 'true'); });
})();
