export const id = 197;
export const ids = [197];
export const modules = {

/***/ 50769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ describeAnalysis),
/* harmony export */   vW: () => (/* binding */ describeComparisonBound)
/* harmony export */ });
/* unused harmony export explainCheck */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58939);


/** The analysis of every pause, each check's bound resolved against `baseline` where it is relative. */
function describeAnalysis(a, baseline) {
    const plan = {
        intervalMs: a.interval,
        initialDelayMs: a['initial-delay'],
        failureLimit: a['failure-limit'],
        inconclusiveLimit: a['inconclusive-limit'],
        checks: a.checks.map((c) => ({
            metric: c.metric,
            track: c.track,
            bound: c.statistics ? describeComparisonBound(c.statistics) : (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .limits */ .Fy)(c, baseline[c.metric]).bound,
            onNoData: c['on-no-data'],
            explain: explainCheck(c, a, baseline[c.metric])
        }))
    };
    if (a['consecutive-failure-limit'] !== undefined)
        plan.consecutiveFailureLimit = a['consecutive-failure-limit'];
    return plan;
}
/** One check in words, for plan mode and the report. */
function explainCheck(c, a, baseline) {
    const parts = [c.statistics ? explainComparison(c, c.statistics, a.interval) : explainThreshold(c, baseline)];
    if (c['min-samples'] !== undefined && !c.statistics)
        parts.push(`A step needs at least ${c['min-samples']} measurements with data, or it is inconclusive and rolls back.`);
    parts.push(`No data: ${c['on-no-data']}.`);
    parts.push(c.severity === 'advisory' ? 'Advisory: reported, never rolls back.' : 'Critical: a failure counts towards the rollback.');
    return parts.join(' ');
}
function explainThreshold(c, baseline) {
    const lim = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .limits */ .Fy)(c, baseline);
    const lasting = c.for !== undefined ? `; a breach counts only once it has lasted ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(c.for)}` : '';
    return `${c.metric} on the ${c.track} track, measured every round, must stay ${lim.bound}${lasting}.`;
}
function explainComparison(c, s, intervalMs) {
    const bad = s.direction === 'increase' ? 'higher' : s.direction === 'decrease' ? 'lower' : 'higher or lower';
    const need = c['min-samples'] !== undefined
        ? `; with fewer than ${c['min-samples']} measurements with data on either track the step is inconclusive and rolls back`
        : '';
    return (`${c.metric} measured on both canary and stable every ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(intervalMs)}; at the end of each pause a Mann-Whitney U test ` +
        `(as Kayenta judges) rolls back when the canary is ${bad} than stable by more than ${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(s.tolerance)}% of stable's median with ` +
        `${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(100 * s.confidence)}% confidence, i.e. when the whole ${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(100 * s.confidence)}% confidence interval of the Hodges–Lehmann shift lies beyond it${need}.`);
}
/** The bound of a compared check, in words. */
function describeComparisonBound(s) {
    const way = s.direction === 'increase' ? 'rise' : s.direction === 'decrease' ? 'drop' : 'shift';
    return `canary vs stable (Mann-Whitney, ${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(100 * s.confidence)}%): no ${way} beyond ${(0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .fmt */ .Sc)(s.tolerance)}% of stable's median`;
}


/***/ }),

/***/ 58939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ assessStep),
/* harmony export */   Fy: () => (/* binding */ limits),
/* harmony export */   Rq: () => (/* binding */ NO_STREAK),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   Sg: () => (/* binding */ enoughSamples),
/* harmony export */   YI: () => (/* binding */ evaluateCheck),
/* harmony export */   aF: () => (/* binding */ applyFor)
/* harmony export */ });
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9270);

/** Absolute limits of a check after applying the baseline (relative bounds need one). */
function limits(check, baseline) {
    const uppers = [];
    const lowers = [];
    let missing;
    if (check.max !== undefined)
        uppers.push([check.max, `max ${fmt(check.max)}`]);
    if (check.min !== undefined)
        lowers.push([check.min, `min ${fmt(check.min)}`]);
    const inc = check['max-increase'];
    const dec = check['max-decrease'];
    const delta = check['max-delta'];
    if (inc !== undefined || dec !== undefined || delta !== undefined) {
        if (baseline === null || baseline === undefined)
            missing = 'no baseline to compare with';
        else {
            if (inc !== undefined)
                uppers.push([baseline * (1 + inc / 100), `+${fmt(inc)}% of baseline ${fmt(baseline)}`]);
            if (dec !== undefined)
                lowers.push([baseline * (1 - dec / 100), `−${fmt(dec)}% of baseline ${fmt(baseline)}`]);
            if (delta !== undefined)
                uppers.push([baseline + delta, `+${fmt(delta)} over baseline ${fmt(baseline)}`]);
        }
    }
    const upper = tightest(uppers, Math.min);
    const lower = tightest(lowers, Math.max);
    return { upper: upper?.[0], lower: lower?.[0], bound: boundText(upper, uppers.length, lower, lowers.length, check, missing), missing };
}
function tightest(list, pick) {
    if (!list.length)
        return undefined;
    const v = pick(...list.map((x) => x[0]));
    return list.find((x) => x[0] === v);
}
function boundText(upper, nu, lower, nl, check, missing) {
    const parts = [];
    const label = (x, n, absolute) => n > 1 || absolute === undefined || x[0] !== absolute ? ` (${x[1]})` : '';
    if (lower)
        parts.push(`≥ ${fmt(lower[0])}${label(lower, nl, check.min)}`);
    if (upper)
        parts.push(`≤ ${fmt(upper[0])}${label(upper, nu, check.max)}`);
    if (missing) {
        const rel = [
            check['max-increase'] !== undefined ? `≤ +${fmt(check['max-increase'])}%` : '',
            check['max-decrease'] !== undefined ? `≥ −${fmt(check['max-decrease'])}%` : '',
            check['max-delta'] !== undefined ? `≤ +${fmt(check['max-delta'])}` : ''
        ];
        parts.push(`${rel.filter(Boolean).join(', ')} of baseline (none)`);
    }
    return parts.join(', ');
}
/** One measurement of a check: pass, fail, inconclusive, or ignored (on-no-data: ignore). */
function evaluateCheck(check, m, baseline) {
    const lim = limits(check, baseline);
    const base = { bound: lim.bound, upper: lim.upper, lower: lim.lower };
    switch (m.kind) {
        case 'error':
            return { ...base, verdict: 'inconclusive', detail: `measurement failed: ${m.detail}` };
        case 'no-data':
            return { ...base, ...noData(check['on-no-data'], m.detail) };
        case 'value':
            return { ...base, ...judge(m.value, lim) };
        default: {
            const never = m;
            throw new Error(`unknown measurement ${JSON.stringify(never)}`);
        }
    }
}
function noData(policy, why) {
    switch (policy) {
        case 'inconclusive':
            return { verdict: 'inconclusive', detail: `no data (${why})` };
        case 'fail':
            return { verdict: 'fail', detail: `no data (${why}) and on-no-data is fail` };
        case 'ignore':
            return { verdict: 'ignored', detail: `no data (${why}), ignored` };
        default: {
            const never = policy;
            throw new Error(`unknown on-no-data ${String(never)}`);
        }
    }
}
function judge(value, lim) {
    if (!Number.isFinite(value))
        return { verdict: 'inconclusive', detail: `value ${value} is not a finite number` };
    if (lim.upper !== undefined && value > lim.upper)
        return { verdict: 'fail', detail: `${fmt(value)} > ${fmt(lim.upper)}` };
    if (lim.lower !== undefined && value < lim.lower)
        return { verdict: 'fail', detail: `${fmt(value)} < ${fmt(lim.lower)}` };
    if (lim.missing && lim.upper === undefined && lim.lower === undefined) {
        return { verdict: 'inconclusive', detail: `${fmt(value)}, but ${lim.missing}` };
    }
    const shown = lim.upper !== undefined ? `${fmt(value)} ≤ ${fmt(lim.upper)}` : `${fmt(value)} ≥ ${fmt(lim.lower)}`;
    return { verdict: 'pass', detail: shown };
}
/**
 * A step rolls back once its failures exceed failure-limit, once one check has failed
 * consecutive-failure-limit measurements in a row, or once its inconclusives exceed inconclusive-limit.
 */
function assessStep(tally, limits) {
    if (tally.failures > limits.failureLimit)
        return 'rollback-failures';
    if (limits.consecutiveLimit !== undefined && (tally.inARow ?? 0) >= limits.consecutiveLimit)
        return 'rollback-consecutive';
    if (tally.inconclusive > limits.inconclusiveLimit)
        return 'rollback-inconclusive';
    return 'continue';
}
const NO_STREAK = { inARow: 0 };
/**
 * Applies `for` to one measurement's verdict: a failure counts only once the check has been out of
 * bounds for `forMs`; until then it is `pending`. Returns the counted verdict and the new streak.
 */
function applyFor(streak, e, at, forMs) {
    switch (e.verdict) {
        case 'pass':
            return { ...e, streak: NO_STREAK };
        case 'fail': {
            const outSince = streak.outSince ?? at;
            const lasted = at - outSince;
            if (forMs !== undefined && lasted < forMs) {
                return {
                    verdict: 'pending',
                    detail: `${e.detail}, out of bounds for ${seconds(lasted)} of for ${seconds(forMs)}`,
                    streak: { ...streak, outSince }
                };
            }
            return { ...e, streak: { outSince, inARow: streak.inARow + 1 } };
        }
        case 'inconclusive':
        case 'ignored':
        case 'pending':
            return { ...e, streak };
        default: {
            const never = e.verdict;
            throw new Error(`unknown verdict ${String(never)}`);
        }
    }
}
/** `min-samples`: fewer measurements with data by the step's end is inconclusive. */
function enoughSamples(samples, minSamples) {
    return minSamples === undefined || samples >= minSamples;
}
function seconds(ms) {
    return `${fmt(ms / 1000)}s`;
}
/** Compact number for humans in sentences (src/number.ts, IN_TEXT: 6 significant digits, no float noise). */
function fmt(n) {
    return (0,_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(n, _number_js__WEBPACK_IMPORTED_MODULE_0__/* .IN_TEXT */ .e8);
}


/***/ }),

/***/ 32209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ nextRoundAt),
/* harmony export */   ar: () => (/* binding */ measurementCount)
/* harmony export */ });
/* unused harmony export measurementOffsets */
/**
 * How many measurement rounds a step takes when its set-weight and verify take no time: the
 * rounds at `initial-delay + k × interval` that fall inside the pause, plus the boundary round at
 * the pause's end (a step without a pause gets that one only when another step follows).
 */
function measurementCount(pauseMs, a, isLast = false) {
    if (a.checks.length === 0)
        return 0;
    if (pauseMs <= 0)
        return isLast ? 0 : 1;
    return measurementOffsets(pauseMs, a).length;
}
/** Offsets (ms from the step's start, actions taking no time) of a step's rounds; the last is the boundary round. */
function measurementOffsets(pauseMs, a) {
    if (a.checks.length === 0)
        return [];
    const offsets = [];
    for (let at = nextRoundAt(0, undefined, a); at < pauseMs; at = nextRoundAt(0, at, a))
        offsets.push(at);
    return [...offsets, pauseMs];
}
/**
 * The engine's schedule: a step's rounds fall at `start + initial-delay + k × interval` (k ≥ 1),
 * counted from the step's start (set-weight), whatever the actions take; this gives the first one
 * strictly after `last` (the step's previous round, if any).
 */
function nextRoundAt(start, last, a) {
    const first = start + a['initial-delay'] + a.interval;
    if (last === undefined || last < first)
        return first;
    return first + (Math.floor((last - first) / a.interval) + 1) * a.interval;
}


/***/ }),

/***/ 47978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AQ: () => (/* binding */ runGates)
});

// UNUSED EXPORTS: ABORT_GRACE_MS, CANCELLED, RETRY_BACKOFF_MS, SKIPPED_DETAIL

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/config/severity.ts
var severity = __webpack_require__(56591);
;// CONCATENATED MODULE: ./src/gates/github-support.ts


/**
 * Runs a GitHub-backed gate body: without GitHub access it fails clearly, and a 403/404
 * from GitHub fails with the permission the workflow needs.
 */
async function withGitHub(ctx, scope, body) {
    if (!ctx.github) {
        return { passed: false, detail: 'no GitHub access (github-token or GITHUB_REPOSITORY missing); this gate needs the GitHub API' };
    }
    try {
        return await body(ctx.github);
    }
    catch (e) {
        const status = (0,errors/* httpStatus */.n)(e);
        const which = e instanceof ScopedError ? e.scope : scope;
        if (status === 403 || status === 404)
            return { passed: false, detail: (0,errors/* permissionHint */.f)(status, which) };
        throw e;
    }
}
/** An API error tagged with the permission scope of the call that failed. */
class ScopedError extends Error {
    scope;
    status;
    constructor(scope, status, cause) {
        super(cause?.message ?? String(cause), { cause });
        this.scope = scope;
        this.status = status;
    }
}
/** Tags errors of one call with its scope, so a gate making calls of several scopes hints right. */
async function scoped(scope, call) {
    try {
        return await call;
    }
    catch (e) {
        throw new ScopedError(scope, (0,errors/* httpStatus */.n)(e), e);
    }
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/gates/approval.ts


const approvalGate = {
    type: 'approval',
    readOnly: () => true,
    check: (config, ctx) => withGitHub(ctx, 'actions', async (gh) => {
        if (!gh.run.runId)
            return { passed: false, detail: 'no GITHUB_RUN_ID: cannot read the environment reviews of this run' };
        const reviews = (await gh.environmentReviews(gh.run.runId))
            .filter((r) => r.state === 'approved' || r.state === 'rejected')
            .map((r) => ({ user: r.user, state: r.state, at: '', comment: r.comment, environments: r.environments }));
        return judgeApprovals(reviews, ctx.environment, config.min, config['distinct-from-actor'] ? gh.run.actor : undefined);
    })
};
/** Counts distinct approvers for `environment`, leaving out `excludeActor` when given. */
function judgeApprovals(reviews, environment, min, excludeActor) {
    const forEnv = reviews.filter((r) => r.environments.includes(environment));
    const rejected = forEnv.filter((r) => r.state === 'rejected');
    const approvers = new Set(forEnv.filter((r) => r.state === 'approved').map((r) => r.user));
    const self = excludeActor !== undefined && approvers.delete(excludeActor);
    const note = self ? ` (${excludeActor}'s own approval not counted)` : '';
    const approvals = forEnv;
    if (rejected.length) {
        return { passed: false, approvals, detail: `rejected for "${environment}" by ${rejected.map((r) => r.user).join(', ')}` };
    }
    if (approvers.size < min) {
        return { passed: false, approvals, detail: `${(0,src_text/* plural */.LS)(approvers.size, 'approval')} for "${environment}", ${min} needed${note}` };
    }
    return { passed: true, approvals, detail: `approved for "${environment}" by ${[...approvers].join(', ')}${note}` };
}

;// CONCATENATED MODULE: ./src/gates/code-scanning.ts


/** Alerts at or above `failOn`, in a one-line verdict. */
function judgeAlerts(kind, alerts, failOn) {
    const threshold = (0,severity/* severityRank */.q)(failOn);
    if (threshold < 0)
        throw new Error(`unknown severity "${failOn}"`);
    const bad = alerts.filter((a) => (0,severity/* severityRank */.q)(a.severity) >= threshold);
    if (bad.length === 0) {
        return { passed: true, detail: `no open ${kind} alert at or above ${failOn} (${(0,src_text/* plural */.LS)(alerts.length, 'open alert')} in total)` };
    }
    const list = bad
        .slice(0, 5)
        .map((a) => `#${a.number} ${a.severity} ${a.what}`)
        .join(', ');
    const more = bad.length > 5 ? `, and ${bad.length - 5} more` : '';
    return { passed: false, detail: `${(0,src_text/* plural */.LS)(bad.length, `open ${kind} alert`)} at or above ${failOn}: ${list}${more}` };
}
const codeScanningGate = {
    type: 'code-scanning',
    readOnly: () => true,
    check: (config, ctx) => withGitHub(ctx, 'security-events', async (gh) => {
        return judgeAlerts('code-scanning', await gh.codeScanningAlerts(), config['fail-on']);
    })
};
const dependabotGate = {
    type: 'dependabot',
    readOnly: () => true,
    check: (config, ctx) => withGitHub(ctx, 'security-events', async (gh) => {
        return judgeAlerts('Dependabot', await gh.dependabotAlerts(), config['fail-on']);
    })
};

;// CONCATENATED MODULE: ./src/gates/command.ts


const commandGate = {
    type: 'command',
    readOnly: () => false,
    check: async (config, ctx) => {
        const r = await ctx.runCommand({
            label: `gate ${config.name}`,
            run: config.run,
            timeoutMs: config.timeout,
            env: ctx.commandEnv,
            cwd: ctx.workspace,
            signal: ctx.signal
        });
        return judgeCommand(r, config.timeout);
    }
};
/** One line from a finished command: exit code and the last line it printed. */
function judgeCommand(r, timeoutMs) {
    const last = r.outcome === 'ok' ? (0,src_text/* lastLine */.fM)(r.stdout) || (0,src_text/* lastLine */.fM)(r.stderr) : (0,src_text/* lastLine */.fM)(r.stderr) || (0,src_text/* lastLine */.fM)(r.stdout);
    const said = last ? `: ${last}` : '';
    switch (r.outcome) {
        case 'ok':
            return { passed: true, detail: `exit 0${said}` };
        case 'failed':
            return { passed: false, detail: `${r.exitCode === null ? 'could not run' : `exit ${r.exitCode}`}${said}` };
        case 'timeout':
            return { passed: false, detail: `killed after ${(0,units/* formatDuration */.a3)(timeoutMs)} (timeout)${said}` };
        case 'aborted':
            return { passed: false, detail: `killed: cancelled${said}` };
        default: {
            const never = r.outcome;
            throw new Error(`unknown command outcome ${String(never)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/gates/coverage.ts
/** `coverage`: line coverage in `file` (istanbul json-summary, lcov or cobertura) is at least `min`. */


class CoverageError extends Error {
}
const FORMAT_NAMES = {
    istanbul: 'istanbul json-summary',
    lcov: 'lcov',
    cobertura: 'cobertura'
};
const coverageGate = {
    type: 'coverage',
    readOnly: () => true,
    check: async (config, ctx) => {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(ctx.workspace, config.file), 'utf8');
        }
        catch (e) {
            const code = e.code;
            const why = code === 'ENOENT' ? 'not found' : `unreadable (${e.message})`;
            return { passed: false, detail: `coverage file ${config.file} ${why} in the workspace` };
        }
        try {
            return judgeCoverage(parseCoverage(text, config.format), config.min, config.file);
        }
        catch (e) {
            if (e instanceof CoverageError)
                return { passed: false, detail: `${config.file}: ${e.message}` };
            throw e;
        }
    }
};
function judgeCoverage(c, min, file) {
    const pct = Math.round(c.pct * 100) / 100;
    const head = `line coverage ${pct}% (${c.basis}, ${FORMAT_NAMES[c.format]} ${file})`;
    return c.pct >= min ? { passed: true, detail: `${head}, at least ${min}%` } : { passed: false, detail: `${head}, below ${min}%` };
}
/** Parses a coverage report; `auto` picks the format from the content. Throws CoverageError. */
function parseCoverage(text, format) {
    const body = text.replace(/^\uFEFF/, '');
    const f = format === 'auto' ? detectFormat(body) : format;
    switch (f) {
        case 'istanbul':
            return parseIstanbul(body);
        case 'lcov':
            return parseLcov(body);
        case 'cobertura':
            return parseCobertura(body);
        default: {
            const never = f;
            throw new CoverageError(`unknown coverage format ${String(never)}`);
        }
    }
}
function detectFormat(text) {
    const t = text.trimStart();
    if (t.startsWith('{'))
        return 'istanbul';
    if (t.startsWith('<'))
        return 'cobertura';
    if (/^(TN|SF|LF|LH|DA):/m.test(t))
        return 'lcov';
    throw new CoverageError('not a coverage report this gate knows (istanbul json-summary, lcov, cobertura)');
}
function parseIstanbul(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new CoverageError(`not valid JSON (${e.message})`);
    }
    const lines = doc?.total?.lines;
    if (!lines)
        throw new CoverageError('no total.lines in the istanbul json-summary (is it coverage-summary.json?)');
    if (typeof lines.pct !== 'number')
        throw new CoverageError(`total.lines.pct is ${JSON.stringify(lines.pct)} (no lines were instrumented?)`);
    const basis = typeof lines.covered === 'number' && typeof lines.total === 'number' ? `${lines.covered}/${lines.total} lines` : 'total.lines.pct';
    return { pct: lines.pct, format: 'istanbul', basis };
}
function parseLcov(text) {
    let found = 0;
    let hit = 0;
    let records = 0;
    for (const m of text.matchAll(/^(LF|LH):\s*(\d+)\s*$/gm)) {
        if (m[1] === 'LF') {
            found += Number(m[2]);
            records++;
        }
        else
            hit += Number(m[2]);
    }
    if (records === 0)
        throw new CoverageError('no LF: lines in the lcov report');
    if (found === 0)
        throw new CoverageError('the lcov report counts 0 instrumented lines');
    return { pct: (100 * hit) / found, format: 'lcov', basis: `${hit}/${found} lines` };
}
function parseCobertura(text) {
    const tag = /<coverage\b[^>]*>/.exec(text);
    if (!tag)
        throw new CoverageError('no <coverage> element (is it a cobertura XML report?)');
    const rate = /\sline-rate\s*=\s*["']([^"']*)["']/.exec(tag[0]);
    if (!rate)
        throw new CoverageError('the <coverage> element has no line-rate attribute');
    const r = Number(rate[1]);
    if (rate[1].trim() === '' || !Number.isFinite(r) || r < 0 || r > 1)
        throw new CoverageError(`line-rate "${rate[1]}" is not a number between 0 and 1`);
    const covered = /\slines-covered\s*=\s*["'](\d+)["']/.exec(tag[0]);
    const valid = /\slines-valid\s*=\s*["'](\d+)["']/.exec(tag[0]);
    const basis = covered && valid ? `${covered[1]}/${valid[1]} lines` : `line-rate ${rate[1]}`;
    return { pct: 100 * r, format: 'cobertura', basis };
}

;// CONCATENATED MODULE: ./src/gates/github-checks.ts


const GOOD_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);
const FIRST_POLL_MS = 5_000;
const MAX_POLL_MS = 60_000;
const githubChecksGate = {
    type: 'github-checks',
    readOnly: () => true,
    check: (config, ctx) => withGitHub(ctx, 'checks', (gh) => evaluate(config, ctx, gh)),
    // `wait: 10m` must not be cut short by the default 2m timeout: polling gets a minute on top
    timeoutMs: (config) => Math.max(config.timeout, (config.wait ?? 0) + WAIT_MARGIN_MS)
};
/** Time for the last poll after `wait` ran out. */
const WAIT_MARGIN_MS = 60_000;
async function evaluate(config, ctx, gh) {
    const deadline = ctx.clock.now() + (config.wait ?? 0);
    let delay = FIRST_POLL_MS;
    for (;;) {
        const tally = await tallyChecks(gh, config.ignore);
        const remaining = deadline - ctx.clock.now();
        if (tally.pending.length === 0 || remaining <= 0)
            return verdict(tally, gh.run.sha, config.wait);
        await ctx.clock.sleep(Math.min(delay, remaining), ctx.signal);
        delay = Math.min(delay * 2, MAX_POLL_MS);
    }
}
function verdict(t, sha, wait) {
    const short = sha.slice(0, 7);
    if (t.failed.length)
        return { passed: false, detail: `${(0,src_text/* plural */.LS)(t.failed.length, 'check')} failed on ${short}: ${t.failed.join(', ')}` };
    if (t.pending.length) {
        const waited = wait ? ` after waiting ${Math.round(wait / 1000)}s` : ' (set `wait` to poll)';
        return { passed: false, detail: `${(0,src_text/* plural */.LS)(t.pending.length, 'check')} still running on ${short}${waited}: ${t.pending.join(', ')}` };
    }
    const own = t.ownRunning.length ? ` (not waiting on this run's own running jobs: ${t.ownRunning.join(', ')})` : '';
    if (t.total === 0)
        return { passed: true, detail: `no check runs or commit statuses on ${short}${own}` };
    return { passed: true, detail: `${(0,src_text/* plural */.LS)(t.total, 'check')} green on ${short}${own}` };
}
/** Reads check runs and the combined commit status of the run's SHA (all pages of both). */
async function tallyChecks(gh, ignore) {
    const runs = await scoped('checks', gh.checkRuns(gh.run.sha));
    const statuses = await scoped('statuses', gh.commitStatuses(gh.run.sha));
    const t = { total: 0, pending: [], failed: [], ownRunning: [] };
    const ownRun = `/actions/runs/${gh.run.runId}/`;
    for (const r of runs) {
        if (ignored(r.name, ignore))
            continue;
        if (r.status !== 'completed' && gh.run.runId && r.urls.includes(ownRun)) {
            t.ownRunning.push(r.name);
            continue;
        }
        t.total++;
        if (r.status !== 'completed')
            t.pending.push(`${r.name} (${r.status})`);
        else if (!GOOD_CONCLUSIONS.has(r.conclusion ?? ''))
            t.failed.push(`${r.name} (${r.conclusion ?? 'no conclusion'})`);
    }
    for (const s of statuses) {
        if (ignored(s.context, ignore))
            continue;
        t.total++;
        if (s.state === 'pending')
            t.pending.push(`${s.context} (pending)`);
        else if (s.state !== 'success')
            t.failed.push(`${s.context} (${s.state})`);
    }
    return t;
}
/** `ignore` entries match a name exactly, or as a glob with `*`. */
function ignored(name, ignore) {
    return ignore.some((p) => (p.includes('*') ? globRegex(p).test(name) : p === name));
}
function globRegex(p) {
    return new RegExp(`^${p
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
}

;// CONCATENATED MODULE: ./src/gates/github-deployment.ts

const githubDeploymentGate = {
    type: 'github-deployment',
    readOnly: () => true,
    check: (config, ctx) => withGitHub(ctx, 'deployments', async (gh) => {
        const { sha } = gh.run;
        const short = sha.slice(0, 7);
        const deps = await github_deployment_all(gh.deployments({ environment: config.environment, sha }, 100));
        if (deps.length === 0)
            return { passed: false, detail: `no deployment of ${short} to "${config.environment}"` };
        const seen = [];
        for (const d of deps) {
            const states = (await gh.deploymentStatuses(d.id)).map((s) => s.state);
            const latest = states[0] ?? 'no status';
            // inactive after success: a later deployment superseded it, the SHA was still validated there
            if (latest === 'success' || (latest === 'inactive' && states.includes('success'))) {
                return { passed: true, detail: `${short} deployed to "${config.environment}" (deployment ${d.id}, ${latest})` };
            }
            seen.push(`${d.id}: ${latest}`);
        }
        return { passed: false, detail: `${short} has no successful deployment to "${config.environment}" (${seen.join(', ')})` };
    })
};
async function github_deployment_all(items) {
    const out = [];
    for await (const x of items)
        out.push(x);
    return out;
}

// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/metrics/jsonpath.ts
var jsonpath = __webpack_require__(75032);
// EXTERNAL MODULE: ./src/net/http-client.ts
var http_client = __webpack_require__(75555);
// EXTERNAL MODULE: ./src/number.ts
var number = __webpack_require__(9270);
;// CONCATENATED MODULE: ./src/gates/http.ts






const httpGate = {
    type: 'http',
    readOnly: (config) => config.method === 'GET' || config.method === 'HEAD',
    check: async (config, ctx) => {
        // Header values may hold secrets: they are rendered for the request only, and scrubbed from details.
        const secrets = headerSecrets(config, ctx);
        const called = shownUrl(config.url, ctx);
        try {
            const facts = await request(config, ctx);
            const outcome = judgeResponse(renderExpect(config.expect, ctx), facts);
            return { ...outcome, detail: (0,template/* redact */.E$)(`${config.method} ${called} → ${outcome.detail}`, secrets) };
        }
        catch (e) {
            throw new Error((0,template/* redact */.E$)(`${config.method} ${called}: ${e.message}`, secrets), { cause: e });
        }
    }
};
/** The rendered header values and the credentials inside them (a header that fails to render adds nothing). */
function headerSecrets(config, ctx) {
    const rendered = (0,http_client/* renderHeaders */.PF)(config.headers, ctx.template);
    if (!rendered.ok)
        return [];
    // `Bearer x` keeps its scheme word in details (`Bearer ***`): the credential is x
    const scheme = /^(basic|bearer|token)\s/i;
    return [...rendered.value.values()]
        .flatMap((v) => (0,secrets/* credentialForms */.Lq)(v).filter((f) => f !== v || !scheme.test(v)))
        .filter((v) => v.length >= 3);
}
/**
 * The URL as called, for the report: placeholders filled (the template when they cannot be), user
 * and password removed, and the values of query parameters that look like credentials masked.
 */
function shownUrl(template, ctx) {
    const url = (0,http_client/* renderUrl */.KD)(template, ctx.template);
    if (!url.ok)
        return template;
    try {
        const u = new URL(url.value);
        if (u.username || u.password)
            [u.username, u.password] = ['', ''];
        for (const k of [...u.searchParams.keys()])
            if (/token|key|secret|pass|auth|sig|credential/i.test(k))
                u.searchParams.set(k, '***');
        return u.toString().replace(/%2A%2A%2A/g, '***');
    }
    catch {
        return template;
    }
}
/** The request through the same HTTP plumbing as the http metric (header checks, credentials, timeouts). */
async function request(config, ctx) {
    const url = (0,http_client/* renderUrl */.KD)(config.url, ctx.template);
    if (!url.ok)
        throw new Error(url.detail);
    const headers = (0,http_client/* renderHeaders */.PF)(config.headers, ctx.template);
    if (!headers.ok)
        throw new Error(headers.detail);
    const body = config.body === undefined ? undefined : (0,template/* render */.XX)(config.body, ctx.template, 'none');
    const started = ctx.clock.now();
    const res = await (0,http_client/* exchange */.cv)({
        method: config.method,
        url: url.value,
        headers: headers.value,
        body,
        timeoutMs: config.timeout,
        signal: ctx.signal
    });
    if (!res.ok)
        throw new Error(res.detail);
    return { status: res.value.status, body: res.value.text, latencyMs: ctx.clock.now() - started };
}
/** `expect.json.path` may hold placeholders too. */
function renderExpect(expect, ctx) {
    return expect.json ? { ...expect, json: { ...expect.json, path: (0,template/* render */.XX)(expect.json.path, ctx.template, 'none') } } : expect;
}
/** Pure verdict on a response: status first, then latency, then the JSON expectation. */
function judgeResponse(expect, r) {
    const took = `in ${(0,units/* formatDuration */.a3)(r.latencyMs)}`;
    if (!statusOk(expect.status, r.status)) {
        return { passed: false, detail: `${r.status} ${took}, expected ${statusText(expect.status)}${snippet(r.body)}` };
    }
    const maxLatency = expect['max-latency'];
    if (maxLatency !== undefined && r.latencyMs > maxLatency) {
        return { passed: false, detail: `${r.status} ${took}, slower than max-latency ${(0,units/* formatDuration */.a3)(maxLatency)}` };
    }
    if (!expect.json)
        return { passed: true, detail: `${r.status} ${took}` };
    const json = judgeJson(expect.json, r.body);
    return { passed: json.passed, detail: `${r.status} ${took}, ${json.detail}` };
}
function statusOk(expected, status) {
    if (expected === undefined)
        return status >= 200 && status < 300;
    return Array.isArray(expected) ? expected.includes(status) : expected === status;
}
function statusText(expected) {
    if (expected === undefined)
        return 'a 2xx status';
    return Array.isArray(expected) ? `one of ${expected.join(', ')}` : String(expected);
}
/** Checks the value at `path` against equals / in / min / max (all given ones must hold). */
function judgeJson(j, body) {
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch {
        return { passed: false, detail: `response is not JSON${snippet(body)}` };
    }
    const sel = (0,jsonpath/* select */.Lt)(doc, j.path);
    if (!sel.found)
        return { passed: false, detail: `${j.path} not found: ${sel.detail}` };
    const shown = `${j.path} is ${show(sel.value)}`;
    if (j.equals !== undefined && sel.value !== j.equals)
        return { passed: false, detail: `${shown}, expected ${show(j.equals)}` };
    if (j.in !== undefined && !j.in.some((v) => v === sel.value)) {
        return { passed: false, detail: `${shown}, expected one of ${j.in.map(show).join(', ')}` };
    }
    if (j.min !== undefined || j.max !== undefined) {
        const n = (0,number/* toNumber */.Ro)(sel.value); // a JSON number, or a decimal string (many APIs quote numbers)
        if (n === undefined)
            return { passed: false, detail: `${shown}, not a number` };
        if (j.min !== undefined && n < j.min)
            return { passed: false, detail: `${shown}, below min ${j.min}` };
        if (j.max !== undefined && n > j.max)
            return { passed: false, detail: `${shown}, above max ${j.max}` };
    }
    return { passed: true, detail: shown };
}
function show(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
function snippet(body) {
    const line = body.replace(/\s+/g, ' ').trim();
    if (!line)
        return '';
    return `: ${line.length > 120 ? `${line.slice(0, 119)}…` : line}`;
}

// EXTERNAL MODULE: ./src/analysis/evaluate.ts
var analysis_evaluate = __webpack_require__(58939);
;// CONCATENATED MODULE: ./src/gates/metric.ts

const metricGate = {
    type: 'metric',
    // a command metric runs the user's scripts: not in plan mode
    readOnly: (config, ctx) => ctx.metrics.get(config.metric)?.readOnly ?? true,
    check: async (config, ctx) => {
        const provider = ctx.metrics.get(config.metric);
        if (!provider) {
            const known = [...ctx.metrics.keys()];
            return { passed: false, detail: `unknown metric "${config.metric}" (defined: ${known.length ? known.join(', ') : 'none'})` };
        }
        const m = await provider.measure({ context: { ...ctx.template, track: config.track }, signal: ctx.signal });
        return judgeMeasurement(config, m);
    }
};
/** Pure verdict on one measurement against the gate's bounds. */
function judgeMeasurement(config, m) {
    const what = `${config.metric} (${config.track})`;
    switch (m.kind) {
        case 'no-data':
            return { passed: false, detail: `${what}: no data — ${m.detail}` };
        case 'error':
            return { passed: false, detail: `${what}: error — ${m.detail}` };
        case 'value': {
            const bound = boundText(config.min, config.max);
            const v = (0,analysis_evaluate/* fmt */.Sc)(m.value);
            if (!Number.isFinite(m.value))
                return { passed: false, detail: `${what} = ${v}, not a finite number (${bound})` };
            if (config.min !== undefined && m.value < config.min)
                return { passed: false, detail: `${what} = ${v}, below min ${config.min}` };
            if (config.max !== undefined && m.value > config.max)
                return { passed: false, detail: `${what} = ${v}, above max ${config.max}` };
            return { passed: true, detail: `${what} = ${v}, within ${bound}` };
        }
        default: {
            const never = m;
            throw new Error(`unknown measurement ${JSON.stringify(never)}`);
        }
    }
}
function boundText(min, max) {
    if (min !== undefined && max !== undefined)
        return `${min} … ${max}`;
    if (min !== undefined)
        return `≥ ${min}`;
    if (max !== undefined)
        return `≤ ${max}`;
    return 'no bound';
}

// EXTERNAL MODULE: ./src/config/window-spec.ts
var window_spec = __webpack_require__(67686);
;// CONCATENATED MODULE: ./src/gates/window.ts

const windowGate = {
    type: 'window',
    readOnly: () => true,
    check: async (config, ctx) => evaluateWindow(config, ctx.clock.now())
};
/** The verdict for `config` at instant `epochMs`. */
function evaluateWindow(config, epochMs) {
    const local = localTime(epochMs, config.timezone);
    const when = `${formatLocal(local)} ${config.timezone}`;
    const frozen = config.freeze.find((f) => inFreeze(local, f));
    if (frozen) {
        const why = frozen.reason ? ` (${frozen.reason})` : '';
        return { passed: false, detail: `${when} is inside freeze ${frozen.from.text} – ${frozen.to.text}${why}` };
    }
    if (config.allow === undefined)
        return { passed: true, detail: `${when}: no allow entries, outside every freeze` };
    const allowed = config.allow.find((a) => inAllow(local, a));
    if (allowed)
        return { passed: true, detail: `${when} is inside allow ${describeAllow(allowed)}` };
    const entries = config.allow.map(describeAllow).join('; ') || 'none (allow is empty)';
    return { passed: false, detail: `${when} is outside every allow entry: ${entries}` };
}
/** Wall-clock time of `epochMs` in the IANA zone `timeZone`. */
function localTime(epochMs, timeZone) {
    const fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    });
    const parts = {};
    for (const p of fmt.formatToParts(new Date(epochMs)))
        parts[p.type] = p.value;
    const weekday = window_spec/* DAY_NAMES */.yn.indexOf(parts.weekday.toLowerCase());
    if (weekday < 0)
        throw new Error(`unexpected weekday "${parts.weekday}" from Intl`);
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        hour: Number(parts.hour) % 24,
        minute: Number(parts.minute),
        second: Number(parts.second),
        weekday
    };
}
/**
 * Whether `t` is inside the entry. A range that crosses midnight (`22:00-02:00`) belongs to the
 * day it starts on: `fri 22:00-02:00` includes Saturday 01:00.
 */
function inAllow(t, entry) {
    const days = entry.days.weekdays;
    const { start, end } = entry.hours;
    const minute = t.hour * 60 + t.minute;
    if (start < end)
        return days.includes(t.weekday) && minute >= start && minute < end;
    const previousDay = (t.weekday + 6) % 7;
    return (days.includes(t.weekday) && minute >= start) || (days.includes(previousDay) && minute < end);
}
/**
 * Whether `t` is inside the freeze. Compared as wall-clock time in the gate's timezone:
 * `from` is inclusive; a date-only `to` covers that whole day, a `to` with a time is exclusive.
 */
function inFreeze(t, f) {
    const now = wallKey(t);
    if (now < f.from.key)
        return false;
    return f.to.dateOnly ? now.slice(0, 10) <= f.to.text : now < f.to.key;
}
function wallKey(t) {
    return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}
/** `Tue 2026-01-06 14:05`. */
function formatLocal(t) {
    const day = window_spec/* DAY_NAMES */.yn[t.weekday];
    return `${day[0].toUpperCase()}${day.slice(1)} ${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}
function describeAllow(a) {
    return `${a.days.text} ${a.hours.text}`;
}
function pad(n) {
    return String(n).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/gates/registry.ts









const gateRegistry = {
    command: commandGate,
    http: httpGate,
    window: windowGate,
    'github-checks': githubChecksGate,
    'github-deployment': githubDeploymentGate,
    'code-scanning': codeScanningGate,
    dependabot: dependabotGate,
    coverage: coverageGate,
    metric: metricGate,
    approval: approvalGate
};
/** The gate for a config; an unknown type is a programming error (the schema refuses it). */
function gateFor(config) {
    const gate = gateRegistry[config.type];
    if (!gate)
        throw new Error(`no gate of type "${String(config.type)}"`);
    return gate;
}

;// CONCATENATED MODULE: ./src/gates/runner.ts



/** Back-off before retry n (1-based): n seconds. */
const RETRY_BACKOFF_MS = 1000;
const CANCELLED = 'cancelled';
const SKIPPED_DETAIL = 'not evaluated in plan mode: it has side effects';
/** After a timeout or a cancellation, how long the runner waits for the aborted check to wind down. */
const ABORT_GRACE_MS = 10_000;
const TIMED_OUT = 'timed-out';
async function runGates(gates, opts) {
    const results = await Promise.all(gates.map((g) => runOne(g, opts)));
    const records = results.map((r) => r.record);
    const failedRequired = records.filter((r) => r.status === 'failed').map((r) => r.name);
    const approvals = results.flatMap((r) => r.approvals);
    return { records, failedRequired, approvals };
}
async function runOne(config, opts) {
    const { clock } = opts.ctx;
    const started = clock.now();
    const base = { name: config.name, type: config.type, required: config.required };
    const skipped = opts.skip?.(config) ?? (opts.readOnlyOnly && !gateFor(config).readOnly(config, opts.ctx) ? SKIPPED_DETAIL : undefined);
    if (skipped !== undefined) {
        const record = { ...base, status: 'skipped', detail: skipped, durationMs: 0, attempts: 0 };
        logRecord(record, opts.log);
        return { record, approvals: [] };
    }
    const ev = await runner_evaluate(config, opts);
    const { status, detail } = classify(config, ev, opts.overrides);
    const record = { ...base, status, detail, durationMs: clock.now() - started, attempts: ev.attempts };
    logRecord(record, opts.log);
    return { record, approvals: ev.outcome.approvals ?? [] };
}
/** Attempts the gate up to 1 + retries times, sleeping 1 s × attempt between failures. */
async function runner_evaluate(config, opts) {
    const cancelled = { outcome: { passed: false, detail: CANCELLED }, attempts: 0, cancelled: true };
    for (let attempt = 1;; attempt++) {
        if (opts.signal.aborted)
            return { ...cancelled, attempts: attempt - 1 };
        const outcome = await attemptOnce(config, opts);
        if (outcome === CANCELLED)
            return { ...cancelled, attempts: attempt };
        if (outcome.passed || attempt > config.retries)
            return { outcome, attempts: attempt, cancelled: false };
        opts.log.info(`gate ${config.name}: attempt ${attempt} failed (${outcome.detail}); retrying in ${attempt}s`);
        try {
            await opts.ctx.clock.sleep(RETRY_BACKOFF_MS * attempt, opts.signal);
        }
        catch {
            return { ...cancelled, attempts: attempt };
        }
    }
}
/**
 * One attempt: the check races the gate's timeout (a sleep on the injected clock) and the run's
 * cancellation. On timeout the gate's own signal aborts, so a command is killed and a request
 * dropped; the runner then gives the check ABORT_GRACE_MS to wind down (a killed command's
 * process group is gone before the rollout starts).
 */
async function attemptOnce(config, opts) {
    const { clock } = opts.ctx;
    const own = new AbortController();
    const timer = new AbortController();
    const limit = gateFor(config).timeoutMs?.(config) ?? config.timeout;
    const timeoutDetail = `timed out after ${(0,units/* formatDuration */.a3)(limit)}`;
    const checked = safeCheck(config, { ...opts.ctx, signal: AbortSignal.any([opts.signal, own.signal]) });
    const timedOut = clock.sleep(limit, AbortSignal.any([timer.signal, opts.signal])).then(() => TIMED_OUT, () => new Promise(() => { }) // the check finished first, or the run was cancelled
    );
    const cancel = whenAborted(opts.signal);
    let first;
    try {
        first = await Promise.race([checked, timedOut, cancel.promise]);
    }
    finally {
        timer.abort();
        cancel.dispose();
    }
    if (first !== TIMED_OUT && first !== CANCELLED)
        return first;
    if (first === TIMED_OUT)
        own.abort(timeoutError(timeoutDetail));
    await settleWithin(checked, opts.ctx, ABORT_GRACE_MS);
    return first === TIMED_OUT ? { passed: false, detail: timeoutDetail } : CANCELLED;
}
/** Waits for `p`, but no longer than `ms` on the clock. */
async function settleWithin(p, ctx, ms) {
    const grace = new AbortController();
    await Promise.race([p, ctx.clock.sleep(ms, grace.signal).catch(() => { })]);
    grace.abort();
}
/** The gate's check; a throw becomes a failed outcome with the error's message. */
async function safeCheck(config, ctx) {
    try {
        return await gateFor(config).check(config, ctx);
    }
    catch (e) {
        return { passed: false, detail: (0,src_text/* oneLine */.TN)(e instanceof Error ? e.message : String(e)) || 'the check threw without a message' };
    }
}
function whenAborted(signal) {
    let onAbort = () => { };
    const promise = new Promise((resolve) => {
        onAbort = () => resolve(CANCELLED);
        if (signal.aborted)
            resolve(CANCELLED);
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}
function classify(config, ev, overrides) {
    const detail = ev.outcome.detail;
    if (ev.outcome.passed)
        return { status: 'passed', detail };
    // A cancelled run is never deployed, whatever the overrides say.
    if (ev.cancelled)
        return { status: config.required ? 'failed' : 'advisory-failed', detail };
    if (overrides.names.includes(config.name)) {
        const why = overrides.reason ? `: ${overrides.reason}` : '';
        return { status: 'overridden', detail: `${detail} (overridden${why})` };
    }
    if (!config.required)
        return { status: 'advisory-failed', detail };
    return { status: 'failed', detail };
}
function logRecord(r, log) {
    switch (r.status) {
        case 'passed':
            log.info(`✓ ${r.name} — ${r.detail}`);
            return;
        case 'failed':
            log.info(`✗ ${r.name} — ${r.detail}`);
            return;
        case 'advisory-failed':
            log.info(`✗ ${r.name} — ${r.detail}`);
            log.warning(`advisory gate ${r.name} failed (not blocking): ${r.detail}`);
            return;
        case 'overridden':
            log.info(`✗ ${r.name} — ${r.detail}`);
            log.warning(`gate ${r.name} failed and was overridden: ${r.detail}`);
            return;
        case 'skipped':
            log.info(`– ${r.name} — ${r.detail}`);
            return;
        default: {
            const never = r.status;
            throw new Error(`unknown gate status ${String(never)}`);
        }
    }
}
function timeoutError(message) {
    const e = new Error(message);
    e.name = 'TimeoutError';
    return e;
}


/***/ }),

/***/ 74791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ phaseOrder),
/* harmony export */   Q3: () => (/* binding */ runBackup),
/* harmony export */   YC: () => (/* binding */ afterRollout),
/* harmony export */   fQ: () => (/* binding */ runMigrate)
/* harmony export */ });
/* unused harmony export BACKUP_OUTPUT_CHARS */
/* harmony import */ var _actions_action_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63945);
/* harmony import */ var _flow_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98037);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48992);



/** The backup output kept in the report: its last 4000 characters. */
const BACKUP_OUTPUT_CHARS = 4000;
const QUIET = { weight: 0, previousWeight: 0, track: 'stable' };
/** The phases of a deploy in order, as planned (configured actions only; the rollback path last). */
function phaseOrder(env, plan) {
    const has = (a) => env.actions[a] !== undefined;
    const out = ['gates'];
    if (has('backup'))
        out.push('backup');
    if (has('migrate'))
        out.push('migrate');
    out.push('baseline');
    if (has('deploy'))
        out.push('deploy');
    for (const s of plan)
        out.push(`step ${s.index}: ${s.weight}%`);
    if (has('promote'))
        out.push('promote');
    const back = ['rollback', 'verify-rollback', 'migrate-rollback'].filter((a) => has(a) && (a !== 'migrate-rollback' || has('migrate')));
    if (back.length)
        out.push(`on failure: ${back.join(' → ')}`);
    return out;
}
/** Runs `backup` if configured; false (status failed, nothing changed) when it did not succeed. */
async function runBackup(f) {
    if (f.s.env.actions.backup === undefined)
        return true;
    const { record, output } = await phaseCommand(f, 'backup', f.signal);
    const text = output.length > BACKUP_OUTPUT_CHARS ? output.slice(-BACKUP_OUTPUT_CHARS) : output;
    f.record.backupRan({ outcome: record.outcome, output: text, truncated: text.length < output.length });
    if (record.outcome === 'ok')
        return true;
    f.record.failed(`backup ${record.outcome}${exit(record)}: nothing was changed (no migration, no deploy)`);
    return false;
}
/** Runs `migrate` if configured: `none` (not configured), `ran`, or `failed` (then undone as far as possible; the report says how). */
async function runMigrate(f, state) {
    if (f.s.env.actions.migrate === undefined)
        return 'none';
    state.update({ migrated: true }); // a migration killed half-way is undone by the post step
    const { record } = await phaseCommand(f, 'migrate', f.signal);
    if (record.outcome === 'ok')
        return 'ran';
    const reason = `migrate ${record.outcome}${exit(record)}`;
    f.record.rollbackStarted({ reason, trigger: record.outcome === 'aborted' ? 'cancelled' : 'command', weight: 0, startedAt: f.clock.now() });
    if (f.s.env.actions['migrate-rollback'] === undefined) {
        f.record.failed(`${reason}; there is no actions.migrate-rollback, so the database stays as migrate left it (nothing was deployed)`);
        state.update({ migrated: false });
        return 'failed';
    }
    f.record.rolledBack();
    await undoMigration(f, state);
    return 'failed';
}
/** After the rollout: undo the migration when the rollout was rolled back (or failed before deploy). */
async function afterRollout(f, state) {
    const { record } = f;
    const r = record.view;
    if (r.status === 'succeeded')
        return state.update({ migrated: false });
    if (r.status === 'rollback-failed') {
        record.note('migrate-rollback was not run: the traffic rollback failed, so the new version may still serve traffic and need the migrated schema; the post step retries the rollback, then migrate-rollback');
        return;
    }
    if (r.status === 'failed' && f.s.env.actions['migrate-rollback'] !== undefined) {
        if (!r.rollback)
            record.rollbackStarted({
                reason: r.error ?? 'failed after migrate',
                trigger: f.signal.aborted ? 'cancelled' : 'error',
                weight: 0,
                startedAt: f.clock.now()
            });
        record.rolledBack();
    }
    await undoMigration(f, state);
}
async function undoMigration(f, state) {
    const { record } = f;
    if (f.s.env.actions['migrate-rollback'] === undefined) {
        record.note('no actions.migrate-rollback: the database stays as migrate left it (fine for an expand-only migration; see the README on expand/contract)');
        return state.update({ migrated: false });
    }
    const { record: c } = await phaseCommand(f, 'migrate-rollback', new AbortController().signal, record.view.rollback?.reason, 'rollback');
    if (c.outcome === 'ok')
        return state.update({ migrated: false });
    record.rollbackFailed(`migrate-rollback ${c.outcome}${exit(c)}`);
}
/** Runs one phase action in its own log group and records it (the record's commands, the rollback's too for `rollback`, audit). */
async function phaseCommand(f, name, signal, reason, part = 'run') {
    const started = f.clock.now();
    const request = (0,_actions_action_request_js__WEBPACK_IMPORTED_MODULE_0__/* .actionRequest */ .E)(f.s.env.actions, name, (0,_flow_context_js__WEBPACK_IMPORTED_MODULE_1__/* .commandBase */ .ld)(f.s), { ...QUIET, ...(reason ? { reason } : {}) }, f.s.run.workspace, signal);
    f.runtime.startGroup(`${name[0].toUpperCase()}${name.slice(1)}`);
    let res;
    try {
        res = request ? await f.runCommand(request) : null;
    }
    catch (e) {
        res = { exitCode: null, outcome: 'failed', durationMs: f.clock.now() - started, stdout: '', stderr: e.message };
    }
    finally {
        f.runtime.endGroup();
    }
    const record = {
        action: name,
        outcome: res ? res.outcome : 'skipped',
        exitCode: res ? res.exitCode : null,
        durationMs: res ? res.durationMs : 0,
        startedAt: started,
        weight: 0
    };
    f.record.commandRan(record, part);
    f.record.audit(name, name, { result: record.outcome, ...(res && record.outcome !== 'ok' ? { detail: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLine */ .fM)(res.stderr) } : {}) });
    return { record, output: res?.stdout ?? '' };
}
function exit(r) {
    return r.exitCode === null ? '' : ` (exit ${r.exitCode})`;
}


/***/ }),

/***/ 45762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan),
/* harmony export */   W: () => (/* binding */ estimateDurations)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74790);
/* harmony import */ var _analysis_rounds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32209);
/**
 * The rollout plan: which weights, how long each pause, how many measurements fit (pure; the
 * measurement schedule itself is analysis/rounds.ts).
 */


const DEFAULT_BLUE_GREEN_PAUSE_MS = 5 * 60_000;
/** A configured pause as the plan holds it: milliseconds, or held until promoted. */
function pauseOf(pause, fallbackMs) {
    if (pause === undefined)
        return { pauseMs: fallbackMs };
    return pause === _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .UNTIL_PROMOTED */ .XZ ? { pauseMs: 0, untilPromoted: true } : { pauseMs: pause };
}
function buildPlan(env) {
    const steps = rawSteps(env);
    return steps.map((s, i) => ({
        index: i + 1,
        weight: s.weight,
        pauseMs: s.pauseMs,
        ...(s.untilPromoted ? { untilPromoted: true } : {}),
        measurements: (0,_analysis_rounds_js__WEBPACK_IMPORTED_MODULE_1__/* .measurementCount */ .ar)(s.pauseMs, env.analysis, i === steps.length - 1)
    }));
}
function rawSteps(env) {
    const given = env.steps;
    switch (env.strategy) {
        case 'canary':
            return given?.map((s, i) => ({ weight: canaryWeight(s.weight, i), ...pauseOf(s.pause, 0) })) ?? defaultCanarySteps();
        case 'blue-green':
            // steps only set pauses (the schema refuses other weights): preview at 0, then the switch
            return [
                { weight: 0, ...pauseOf(given?.[0]?.pause, DEFAULT_BLUE_GREEN_PAUSE_MS) },
                { weight: 100, ...pauseOf(given?.[1]?.pause, DEFAULT_BLUE_GREEN_PAUSE_MS) }
            ];
        case 'all-at-once':
            return [{ weight: 100, ...pauseOf(given?.[0]?.pause, 0) }];
        default:
            throw new Error(`unknown strategy "${String(env.strategy)}"`);
    }
}
function canaryWeight(weight, i) {
    if (weight === undefined)
        throw new Error(`canary step ${i + 1} has no weight (the schema requires one)`);
    return weight;
}
function defaultCanarySteps() {
    return _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CANARY_STEPS */ .rM.map((s) => ({ weight: s.weight, pauseMs: s.pause }));
}
/**
 * `minimumMs`: the sum of the pauses (commands take extra time).
 * `worstCaseRollbackMs`: from a breach that starts at a step's beginning until the rollback
 * starts — initial-delay, then failure-limit + 1 failing intervals. 0 when nothing is analysed.
 */
function estimateDurations(plan, analysis) {
    const minimumMs = plan.reduce((sum, s) => sum + s.pauseMs, 0);
    const analysed = plan.some((s) => s.measurements > 0);
    const worstCaseRollbackMs = analysed ? analysis['initial-delay'] + (analysis['failure-limit'] + 1) * analysis.interval : 0;
    return { minimumMs, worstCaseRollbackMs };
}


/***/ })

};
