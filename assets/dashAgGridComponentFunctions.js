/* Custom cells for the sources grid (dash-ag-grid looks them up by name).
 * Built with React.createElement, so every value is rendered as text: nothing from the
 * data is ever parsed as HTML. */
var dagcomponentfuncs = (window.dashAgGridComponentFunctions = window.dashAgGridComponentFunctions || {});

/* The source link: only http(s) addresses become links; they open in a new tab without
 * giving the new page a handle on this one (rel="noopener noreferrer"). */
dagcomponentfuncs.SourceLink = function (props) {
    var url = props.value;
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) {
        return React.createElement("span", null, url ? String(url) : "");
    }
    return React.createElement(
        "a",
        {href: url, target: "_blank", rel: "noopener noreferrer", title: url},
        "source \u2197"
    );
};
