/* Clientside callbacks of the specdrift dashboard (issue 18).
 *
 * Served as a file from assets/ (script-src 'self'), so the Content-Security-Policy needs no
 * inline script for them. They work only on data the page already holds: no server round trip.
 */
window.dash_clientside = window.dash_clientside || {};
window.dash_clientside.specdrift = {
    /* The environments table for the chosen filters. ``store`` holds every row, already sorted
     * (flagged first, then environment and model line) and already escaped by the server;
     * a filter keeps the rows whose column is one of its choices (no choice keeps all), as
     * dashboard.derive.filter_table does on the server. */
    filterEnvironments: function (models, categories, splits, verdicts, store) {
        const choices = [
            ["model", models],
            ["category", categories],
            ["split", splits],
            ["verdict", verdicts],
        ].filter(([, chosen]) => chosen && chosen.length);
        const rows = store.rows.filter((row) =>
            choices.every(([column, chosen]) => chosen.includes(row[column]))
        );
        const envs = new Set(rows.map((row) => row.env_id)).size;
        const summary = `${rows.length} rows: ${envs} environment(s) of ${store.environments}`;
        return [rows, summary];
    },

    /* Resolves once the browser has painted the frame with the new table (the frame after
     * the next animation frame): what depends on it, the environment charts, is asked for only
     * then, so drawing them never holds the table up. The value is a time, new on every call. */
    afterPaint: function () {
        return new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
        );
    },
};
