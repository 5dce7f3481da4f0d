export const id = 851;
export const ids = [851];
export const modules = {

/***/ 11626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ measureHosted),
/* harmony export */   Hd: () => (/* binding */ renderQuoted),
/* harmony export */   Yl: () => (/* binding */ headersOf),
/* harmony export */   eE: () => (/* binding */ credential),
/* harmony export */   ku: () => (/* binding */ lastValue),
/* harmony export */   sR: () => (/* binding */ endpoint)
/* harmony export */ });
/* harmony import */ var _config_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69030);
/* harmony import */ var _net_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75555);
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9270);
/**
 * What the influxdb, graphite, datadog and newrelic providers share: render the request, send it
 * under the provider's timeout and the caller's signal, parse the JSON answer, and turn every
 * failure into one line that names the backend (never a credential or a query string).
 */



async function measureHosted(what, timeoutMs, build, interpret, ctx, signal) {
    if (signal?.aborted)
        return { kind: 'error', detail: _net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CANCELLED */ .gD };
    let req;
    try {
        req = build(ctx);
    }
    catch (e) {
        return { kind: 'error', detail: `${what}: ${(0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e)}` };
    }
    const where = `${what} at ${(0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(req.url).replace(/\/+$/, '')}`;
    const headers = new Headers(req.headers);
    if (req.body !== undefined && !headers.has('content-type'))
        headers.set('content-type', 'application/json');
    const res = await (0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .exchange */ .cv)({ method: req.method, url: req.url, headers, body: req.body, timeoutMs, signal });
    if (!res.ok)
        return { kind: 'error', detail: res.detail === _net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CANCELLED */ .gD ? _net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CANCELLED */ .gD : `${where}: ${res.detail}` };
    let body;
    try {
        body = JSON.parse(res.value.text);
    }
    catch {
        const status = res.value.status >= 200 && res.value.status <= 299 ? '' : `HTTP ${res.value.status}: `;
        return { kind: 'error', detail: `${where}: ${status}the answer is not JSON (${res.value.contentType || 'no content-type'})` };
    }
    const m = interpret(body, res.value.status);
    return m.kind === 'value' ? m : { kind: m.kind, detail: `${where}: ${m.detail}` };
}
/** A URL template rendered and checked, with `path` appended to its path (query string kept). */
function endpoint(template, ctx, path, params) {
    const base = (0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .renderUrl */ .KD)(template, ctx);
    if (!base.ok)
        throw new Error(base.detail);
    const u = new URL(base.value);
    if (path)
        u.pathname = `${u.pathname.replace(/\/+$/, '')}${path}`;
    for (const [k, v] of Object.entries(params))
        u.searchParams.set(k, v);
    return u.toString();
}
function headersOf(headers, ctx) {
    const h = (0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHeaders */ .PF)(headers, ctx);
    if (!h.ok)
        throw new Error(h.detail);
    return Object.fromEntries(h.value.entries());
}
/** A secret-bearing template rendered verbatim (errors name the field, never the value). */
function credential(template, ctx, field) {
    try {
        return (0,_config_template_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(template, ctx, 'none');
    }
    catch (e) {
        throw new Error(`${field}: ${(0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(e)}`);
    }
}
/**
 * A query template with every placeholder value escaped for a single-quoted string literal
 * (InfluxQL, NRQL): backslash and quote are escaped, so a value cannot end the literal.
 */
function renderQuoted(template, ctx) {
    const q = (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const env = new Proxy(ctx.env, { get: (t, k) => (typeof t[k] === 'string' ? q(t[k]) : t[k]) });
    return (0,_config_template_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(template, { ...ctx, env, version: q(ctx.version), environment: q(ctx.environment), service: q(ctx.service), sha: q(ctx.sha) }, 'none');
}
/** The last non-null number of `points` (pairs whose number sits at `at`). */
function lastValue(points, at) {
    if (!Array.isArray(points))
        return { kind: 'error', detail: 'malformed series' };
    for (let i = points.length - 1; i >= 0; i--) {
        const p = points[i];
        const v = Array.isArray(p) ? p[at] : undefined;
        if (v === null || v === undefined)
            continue;
        const n = (0,_number_js__WEBPACK_IMPORTED_MODULE_2__/* .toNumber */ .Ro)(v);
        return n === undefined ? { kind: 'error', detail: `the last point is ${JSON.stringify(v)}, not a number` } : { kind: 'value', value: n };
    }
    return { kind: 'no-data', detail: 'the series has no non-null point in the window' };
}


/***/ }),

/***/ 1851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   influxRequest: () => (/* binding */ influxRequest),
/* harmony export */   influxdbProvider: () => (/* binding */ influxdbProvider),
/* harmony export */   interpretInflux: () => (/* binding */ interpretInflux)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48992);
/* harmony import */ var _provider_kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96933);
/* harmony import */ var _hosted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11626);



function influxdbProvider(name, cfg) {
    return (0,_provider_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .neverThrows */ .U)(name, true, 'influxdb', ({ context, signal }) => (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .measureHosted */ .E7)('influxdb', cfg.timeout, (ctx) => influxRequest(cfg, ctx), interpretInflux, context, signal));
}
function influxRequest(cfg, ctx) {
    const q = (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .renderQuoted */ .Hd)(cfg.query, ctx);
    const db = (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .renderQuoted */ .Hd)(cfg.database, ctx);
    return { method: 'GET', url: (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .endpoint */ .sR)(cfg.address, ctx, '/query', { db, q, epoch: 'ms' }), headers: (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .headersOf */ .Yl)(cfg.headers, ctx) };
}
function interpretInflux(body, status) {
    const b = body;
    const error = b?.error ?? b?.results?.[0]?.error;
    if (typeof error === 'string')
        return { kind: 'error', detail: `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(error, 300)}${status >= 300 ? ` (HTTP ${status})` : ''}` };
    if (status < 200 || status > 299)
        return { kind: 'error', detail: `HTTP ${status}` };
    if (!Array.isArray(b?.results))
        return { kind: 'error', detail: 'the answer is not an InfluxDB query response (is the address the InfluxDB server?)' };
    const series = b.results[0]?.series;
    if (!series || series.length === 0)
        return { kind: 'no-data', detail: 'query returned no series' };
    if (series.length > 1)
        return { kind: 'error', detail: `query returned ${series.length} series; aggregate them to one (drop GROUP BY tags)` };
    const cols = series[0].columns ?? [];
    if (cols.length !== 2)
        return { kind: 'error', detail: `query returned ${cols.length - 1} value columns; select exactly one` };
    return (0,_hosted_js__WEBPACK_IMPORTED_MODULE_1__/* .lastValue */ .ku)(series[0].values, 1);
}


/***/ })

};
