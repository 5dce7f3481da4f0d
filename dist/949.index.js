export const id = 949;
export const ids = [949];
export const modules = {

/***/ 37949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONTENT_TYPE: () => (/* binding */ CONTENT_TYPE),
/* harmony export */   TARGET: () => (/* binding */ TARGET),
/* harmony export */   cloudwatchProvider: () => (/* binding */ cloudwatchProvider),
/* harmony export */   cloudwatchRequest: () => (/* binding */ cloudwatchRequest),
/* harmony export */   interpretCloudwatch: () => (/* binding */ interpretCloudwatch)
/* harmony export */ });
/* harmony import */ var _aws_crypto_sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23156);
/* harmony import */ var _aws_crypto_sha256_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_aws_crypto_sha256_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75118);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48992);
/* harmony import */ var _provider_kit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96933);
/* harmony import */ var _net_http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75555);
/* harmony import */ var _hosted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11626);
/* harmony import */ var _config_template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69030);
/**
 * `cloudwatch`: GetMetricData (AWS JSON 1.0 protocol) over the last `window` for one expression
 * (Metrics Insights or metric math); the newest value. Requests are signed with Signature V4 by
 * @smithy/signature-v4 + @aws-crypto/sha256-js (the AWS SDK's own signer), never our own crypto.
 * Credentials: `access-key-id` / `secret-access-key` (default the AWS_* variables) and
 * AWS_SESSION_TOKEN when set.
 */







const TARGET = 'GraniteServiceVersion20100801.GetMetricData';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
function cloudwatchProvider(name, cfg, now = Date.now) {
    return (0,_provider_kit_js__WEBPACK_IMPORTED_MODULE_1__/* .neverThrows */ .U)(name, true, 'cloudwatch', async ({ context, signal }) => {
        let req;
        try {
            req = await cloudwatchRequest(cfg, context, now());
        }
        catch (e) {
            return { kind: 'error', detail: `cloudwatch: ${e.message}` };
        }
        return (0,_hosted_js__WEBPACK_IMPORTED_MODULE_3__/* .measureHosted */ .E7)('cloudwatch', cfg.timeout, () => req, interpretCloudwatch, context, signal);
    });
}
async function cloudwatchRequest(cfg, ctx, nowMs) {
    const region = (0,_config_template_js__WEBPACK_IMPORTED_MODULE_4__/* .render */ .XX)(cfg.region, ctx, 'none');
    const base = (0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .renderUrl */ .KD)(cfg.endpoint ?? `https://monitoring.${encodeURIComponent(region)}.amazonaws.com`, ctx);
    if (!base.ok)
        throw new Error(base.detail);
    const url = new URL(base.value);
    const end = Math.floor(nowMs / 1000);
    const body = JSON.stringify({
        MetricDataQueries: [{ Id: 'stagegate', Expression: (0,_config_template_js__WEBPACK_IMPORTED_MODULE_4__/* .render */ .XX)(cfg.expression, ctx, 'none'), Period: cfg.period, ReturnData: true }],
        StartTime: end - Math.max(cfg.period, Math.round(cfg.window / 1000)),
        EndTime: end,
        ScanBy: 'TimestampDescending'
    });
    const sessionToken = ctx.env.AWS_SESSION_TOKEN || undefined;
    const signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_5__/* .SignatureV4 */ .BB({
        service: 'monitoring',
        region,
        sha256: _aws_crypto_sha256_js__WEBPACK_IMPORTED_MODULE_0__.Sha256,
        credentials: {
            accessKeyId: (0,_hosted_js__WEBPACK_IMPORTED_MODULE_3__/* .credential */ .eE)(cfg['access-key-id'], ctx, 'access-key-id'),
            secretAccessKey: (0,_hosted_js__WEBPACK_IMPORTED_MODULE_3__/* .credential */ .eE)(cfg['secret-access-key'], ctx, 'secret-access-key'),
            sessionToken
        }
    });
    const signed = await signer.sign({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname || '/',
        query: {},
        headers: { host: url.host, 'content-type': CONTENT_TYPE, 'x-amz-target': TARGET },
        body
    }, { signingDate: new Date(nowMs) });
    return { method: 'POST', url: url.toString(), headers: signed.headers, body };
}
function interpretCloudwatch(body, status) {
    const b = body;
    if (typeof b?.__type === 'string') {
        const type = b.__type.split('#').pop();
        return { kind: 'error', detail: `${type}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(String(b.message ?? b.Message ?? ''), 300)}` };
    }
    if (status < 200 || status > 299)
        return { kind: 'error', detail: `HTTP ${status}` };
    const results = b?.MetricDataResults;
    if (!Array.isArray(results))
        return { kind: 'error', detail: 'the answer is not a GetMetricData response' };
    if (results.length === 0 || !results[0].Values?.length)
        return { kind: 'no-data', detail: 'no datapoints in the window' };
    if (results.length > 1)
        return { kind: 'error', detail: `the expression returned ${results.length} series; aggregate it to one` };
    // ScanBy TimestampDescending: the newest value first
    return (0,_hosted_js__WEBPACK_IMPORTED_MODULE_3__/* .lastValue */ .ku)([[results[0].Values[0]]], 0);
}


/***/ }),

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


/***/ })

};
