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
     * the next animation frame): what depends on it, the environment charts, is placed only
     * then, so drawing them never holds the table up. On the page's first render it also
     * waits for the first chart, sent with the page, to be drawn (Plotly draws it only once
     * its script is loaded, after the table): placed earlier, the other three were drawn in
     * the same task and the first chart appeared with them, measured. It waits at most
     * FIRST_CHART_WAIT_MS, so a chart that fails to draw holds nothing up. The value is a
     * time, new on every call. */
    afterPaint: function () {
        const started = performance.now();
        return new Promise((resolve) => {
            const next = () =>
                requestAnimationFrame(() => {
                    if (firstChartDrawn() || performance.now() - started > FIRST_CHART_WAIT_MS) {
                        setTimeout(() => resolve(performance.now()), 0);
                    } else {
                        next();
                    }
                });
            next();
        });
    },

    /* Resolves once the overview's headline chart is drawn (or after FIRST_CHART_WAIT_MS,
     * so a chart that fails to draw holds nothing up): the charts below it are asked of the
     * server then, so their response is not parsed and rendered before the headline's first
     * draw. The value is a time. */
    afterHeadline: function () {
        const started = performance.now();
        return new Promise((resolve) => {
            const next = () =>
                requestAnimationFrame(() => {
                    const chart = document.querySelector("#overview-headline .main-svg");
                    if (chart || performance.now() - started > FIRST_CHART_WAIT_MS) {
                        setTimeout(() => resolve(performance.now()), 0);
                    } else {
                        next();
                    }
                });
            next();
        });
    },

    /* The environments whose chart cards a filtered table needs but the browser does not hold
     * (neither in the store of cards nor already in their slot): asked of the server, which
     * adds them to the store; placeCharts then places them. */
    missingCards: function (_painted, table, store, cards, shown) {
        const wanted = chartEnvironments(table, store.charts);
        const early = fetchedCards(store);
        const missing = wanted.filter(
            (env, slot) => env !== shown[slot] && !(env in cards) && !(env in early)
        );
        return missing.length ? missing : window.dash_clientside.no_update;
    },

    /* The chart cards of the first environments of the filtered table (``store.charts`` of
     * them, as dashboard.pages.environments.chart_envs picks on the server), each in its slot
     * of the grid. A slot whose environment did not change is left alone (its chart is not
     * redrawn). A slot that has a card has it updated in place: class, head, subtitle and
     * figure (the ALL outputs, one entry per card there is, in slot order), so dcc.Graph
     * redraws the chart already there with Plotly.react; a slot with no environment hides its
     * card and keeps it for later. Only a slot that never had a card gets a new one. Nothing
     * is placed until every card needed is held, so the charts on screen always belong to one
     * set of filters, named by the hidden key. */
    placeCharts: function (_painted, cards, table, store, shown, ...filters) {
        const noUpdate = window.dash_clientside.no_update;
        const outputs = window.dash_clientside.callback_context.outputs_list;
        const count = store.charts;
        // The slots that have a card: the ids of the first ALL output (the cards' classes).
        const held = outputs[count].map((output) => output.id.slot);
        const wanted = chartEnvironments(table, count);
        const early = fetchedCards(store);
        prefetchCards(store);
        const now = Array.from({length: count}, (_, slot) =>
            slot < wanted.length ? wanted[slot] : null
        );
        const card = (env) => cards[env] || early[env];
        if (now.some((env, slot) => env !== null && env !== shown[slot] && !card(env))) {
            // A card is still on its way from the server (missingCards asked for it).
            return Array(count + 6).fill(noUpdate);
        }
        const slots = Array(count).fill(noUpdate);
        const parts = held.map(() => [noUpdate, noUpdate, noUpdate, noUpdate]);
        for (let slot = 0; slot < count; slot++) {
            const env = now[slot];
            const at = held.indexOf(slot);
            if (env === shown[slot]) {
                continue;
            }
            unpark(slot);
            if (env === null) {
                if (at >= 0) {
                    parts[at][0] = CARD_HIDDEN;
                }
                continue;
            }
            // A copy: the renderer keeps what it is given as the component's props.
            const placed = structuredClone(card(env));
            if (at < 0) {
                slots[slot] = withSlotIds(placed, slot);
                continue;
            }
            const [head, subtitle, chart] = placed.props.children;
            const element = cardElement(slot);
            if (element && belowOrAbove(element)) {
                // Off screen: the card shows its new title now and its chart is drawn when it
                // comes into view (its old chart hidden meanwhile, CARD_PENDING).
                parts[at] = [CARD_PENDING, head.props.children, subtitle.props.children, noUpdate];
                park(slot, element, chart.props.figure);
            } else {
                parts[at] = [
                    placed.props.className,
                    head.props.children,
                    subtitle.props.children,
                    chart.props.figure,
                ];
            }
        }
        // The same text as dashboard.pages.environments.charts_key (undefined: null).
        const key = JSON.stringify(filters.map((chosen) => (chosen === undefined ? null : chosen)));
        const column = (index) => parts.map((part) => part[index]);
        return [...slots, column(0), column(1), column(2), column(3), key, now];
    },
};

const FIRST_CHART_WAIT_MS = 10000;

/* As dashboard.pages.environments.CARD_HIDDEN and CARD_PARTS. */
const CARD_HIDDEN = "card chart-card-hidden";
const CARD = "environments-card";
const CARD_PARTS = ["", "-head", "-subtitle", "-graph"];

/* A card whose slot has a new environment while the card is off screen: its chart is drawn
 * only when it comes into view, so a filter draws the charts a reader sees, not four (drawing
 * is most of a filter's time: about 30 ms a chart on an idle core, in one task, measured).
 * As dashboard.pages.environments.CARD_PENDING. */
const CARD_PENDING = "card chart-card chart-pending";
const CARD_SHOWN = "card chart-card";

/* The figures waiting for their card to come into view, by slot. */
const pending = new Map();
let watcher = null;

function cardElement(slot) {
    const slotElement = document.getElementById(`environments-slot-${slot}`);
    return slotElement ? slotElement.firstElementChild : null;
}

/* Whether ``element`` is laid out (not hidden) and wholly outside the window. */
function belowOrAbove(element) {
    const box = element.getBoundingClientRect();
    return box.height > 0 && (box.top >= window.innerHeight || box.bottom <= 0);
}

function park(slot, element, figure) {
    if (watcher === null) {
        watcher = new IntersectionObserver(drawInView);
    }
    pending.set(slot, {element, figure});
    watcher.observe(element);
}

function unpark(slot) {
    const waiting = pending.get(slot);
    if (waiting) {
        watcher.unobserve(waiting.element);
        pending.delete(slot);
    }
}

/* Draws the waiting chart of every card that came into view. */
function drawInView(entries) {
    const setProps = window.dash_clientside.set_props;
    for (const entry of entries) {
        if (!entry.isIntersecting) {
            continue;
        }
        for (const [slot, waiting] of pending) {
            if (waiting.element === entry.target && document.contains(entry.target)) {
                unpark(slot);
                setProps({type: CARD + "-graph", slot: slot}, {figure: waiting.figure});
                setProps({type: CARD, slot: slot}, {className: CARD_SHOWN});
            }
        }
    }
}

/* The cards a first choice in any one filter places, fetched once per visit of the page (by
 * its store of rows, new on every visit, so a visit after a link decision fetches them anew)
 * when the browser is idle after the first charts, outside Dash's callbacks (see
 * dashboard.pages.environments.PREFETCH_ROUTE): a filter that finds its cards here draws
 * with no request. */
const PREFETCH_ROUTE = "/_specdrift/environment-cards";
const fetched = new WeakMap();

function fetchedCards(store) {
    return fetched.get(store) || {};
}

function prefetchCards(store) {
    if (fetched.has(store)) {
        return;
    }
    fetched.set(store, {});
    const idle = window.requestIdleCallback || ((run) => setTimeout(run, 200));
    idle(
        () =>
            fetch(PREFETCH_ROUTE, {credentials: "same-origin"})
                .then((response) => (response.ok ? response.json() : {}))
                .then((cards) => fetched.set(store, cards))
                // Only a head start: without it, a card is asked for when a filter needs it.
                .catch(() => undefined),
        {timeout: 2000}
    );
}

/* ``card`` (a card of the store: no ids) with the ids of slot ``slot``, as
 * dashboard.pages.environments.slotted gives them on the server. */
function withSlotIds(card, slot) {
    const [head, subtitle, chart] = card.props.children;
    [card, head, subtitle, chart].forEach((component, index) => {
        component.props.id = {type: CARD + CARD_PARTS[index], slot: slot};
    });
    return card;
}

/* Whether the first slot of the environments grid is empty or its chart is drawn. */
function firstChartDrawn() {
    const slot = document.getElementById("environments-slot-0");
    return !slot || !slot.firstChild || slot.querySelector(".main-svg") !== null;
}

/* The first ``count`` distinct environments of the table's rows, in their order (flagged first,
 * then by environment id). */
function chartEnvironments(table, count) {
    const envs = [];
    for (const row of table) {
        if (envs.length === count) {
            break;
        }
        if (!envs.includes(row.env_id)) {
            envs.push(row.env_id);
        }
    }
    return envs;
}