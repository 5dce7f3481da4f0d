export const id = 115;
export const ids = [115];
export const modules = {

/***/ 3115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   datadogProvider: () => (/* binding */ datadogProvider),
/* harmony export */   datadogRequest: () => (/* binding */ datadogRequest),
/* harmony export */   interpretDatadog: () => (/* binding */ interpretDatadog)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _provider_kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6933);
/* harmony import */ var _config_template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9030);
/* harmony import */ var _hosted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1626);




function datadogProvider(name, cfg, now = Date.now) {
    return (0,_provider_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .neverThrows */ .U)(name, true, 'datadog', ({ context, signal }) => (0,_hosted_js__WEBPACK_IMPORTED_MODULE_2__/* .measureHosted */ .E7)('datadog', cfg.timeout, (ctx) => datadogRequest(cfg, ctx, now()), interpretDatadog, context, signal));
}
function datadogRequest(cfg, ctx, nowMs) {
    const to = Math.floor(nowMs / 1000);
    const from = to - Math.max(1, Math.round(cfg.window / 1000));
    const query = (0,_config_template_js__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)(cfg.query, ctx, 'none');
    return {
        method: 'GET',
        url: (0,_hosted_js__WEBPACK_IMPORTED_MODULE_2__/* .endpoint */ .sR)(cfg.site, ctx, '/api/v1/query', { from: String(from), to: String(to), query }),
        headers: {
            'DD-API-KEY': (0,_hosted_js__WEBPACK_IMPORTED_MODULE_2__/* .credential */ .eE)(cfg['api-key'], ctx, 'api-key'),
            'DD-APPLICATION-KEY': (0,_hosted_js__WEBPACK_IMPORTED_MODULE_2__/* .credential */ .eE)(cfg['app-key'], ctx, 'app-key'),
            accept: 'application/json'
        }
    };
}
function interpretDatadog(body, status) {
    const b = body;
    const errors = Array.isArray(b?.errors) ? b.errors.join('; ') : typeof b?.error === 'string' ? b.error : undefined;
    if (errors || b?.status === 'error')
        return { kind: 'error', detail: `${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(String(errors ?? 'query failed'), 300)}${status >= 300 ? ` (HTTP ${status})` : ''}` };
    if (status < 200 || status > 299)
        return { kind: 'error', detail: `HTTP ${status}` };
    if (!Array.isArray(b?.series))
        return { kind: 'error', detail: 'the answer is not a metrics query response' };
    if (b.series.length === 0)
        return { kind: 'no-data', detail: 'query returned no series' };
    if (b.series.length > 1)
        return { kind: 'error', detail: `query returned ${b.series.length} series; aggregate it to one (e.g. sum:… without "by")` };
    return (0,_hosted_js__WEBPACK_IMPORTED_MODULE_2__/* .lastValue */ .ku)(b.series[0].pointlist, 1);
}


/***/ }),

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ measureHosted),
/* harmony export */   Hd: () => (/* binding */ renderQuoted),
/* harmony export */   Yl: () => (/* binding */ headersOf),
/* harmony export */   eE: () => (/* binding */ credential),
/* harmony export */   ku: () => (/* binding */ lastValue),
/* harmony export */   sR: () => (/* binding */ endpoint)
/* harmony export */ });
/* harmony import */ var _config_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9030);
/* harmony import */ var _net_http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
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

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/* unused harmony exports plural, lastLine */
/** Small text helpers shared by logs, gate details and the report. */
/** Collapses whitespace (newlines included) to single spaces; with `max`, cuts longer text with `…`. */
function oneLine(s, max = Infinity) {
    const line = s.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
/** `1 check`, `2 checks` (or `many` for irregular plurals). */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** The last non-blank line of `text`, trimmed; cut at `max` characters with `…`. */
function lastLine(text, max = 200) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const line = lines[lines.length - 1] ?? '';
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}


/***/ })

};
