export const id = 458;
export const ids = [458,377];
export const modules = {

/***/ 64458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployFlow: () => (/* binding */ deployFlow)
});

// EXTERNAL MODULE: ./src/gates/runner.ts + 11 modules
var runner = __webpack_require__(47978);
// EXTERNAL MODULE: ./src/rollout/plan.ts
var rollout_plan = __webpack_require__(45762);
// EXTERNAL MODULE: ./src/analysis/describe.ts
var describe = __webpack_require__(50769);
// EXTERNAL MODULE: ./src/analysis/evaluate.ts
var evaluate = __webpack_require__(58939);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-ranks/lib/index.js
var lib = __webpack_require__(90874);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var stats_base_dists_normal_quantile_lib = __webpack_require__(86060);
var stats_base_dists_normal_quantile_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_quantile_lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var stats_base_dists_normal_cdf_lib = __webpack_require__(72484);
var stats_base_dists_normal_cdf_lib_default = /*#__PURE__*/__webpack_require__.n(stats_base_dists_normal_cdf_lib);
;// CONCATENATED MODULE: ./src/analysis/compare.ts
/**
 * The statistical check (SPEC §4 "Analysis"): canary against stable measured in the same rounds,
 * judged as Kayenta's MannWhitneyClassifier judges. Pure: numbers in, a verdict out.
 *
 * - Mann-Whitney U with average ranks for ties, the tie-corrected normal approximation and a
 *   continuity correction (SciPy's `mannwhitneyu(method="asymptotic")`), two-sided p-value.
 * - The Hodges–Lehmann shift: the median of every canary − stable difference, with the
 *   distribution-free confidence interval from the order statistics of those differences
 *   (Hollander & Wolfe; the normal quantile gives the rank of the bounds).
 * - The verdict: `high` when the interval lies wholly above +tolerance × |median(stable)|, `low`
 *   when wholly below −tolerance × |median(stable)|, `pass` otherwise.
 * Ranks and normal quantiles/CDF come from @stdlib (no statistics tables of our own).
 */




/** U test and Hodges–Lehmann interval of `canary` − `stable`. Both samples must be non-empty. */
function mannWhitney(canary, stable, confidence) {
    const n1 = canary.length;
    const n2 = stable.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitney needs two non-empty samples');
    const r = lib_default()([...canary, ...stable]);
    const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const pValue = twoSidedP(u, n1, n2, tieTerm([...canary, ...stable]));
    const diffs = differences(canary, stable);
    const [lower, upper] = shiftInterval(diffs, n1, n2, confidence);
    return { u, pValue, estimate: medianSorted(diffs), lower, upper };
}
/** Judges canary against stable: the shift's interval against ± tolerance of stable's median. */
function compareTracks(canary, stable, o) {
    const stableMedian = median(stable);
    const canaryMedian = median(canary);
    const allowed = (o.tolerance / 100) * Math.abs(stableMedian);
    const mw = sameValues(canary, stable)
        ? { u: (canary.length * stable.length) / 2, pValue: 1, estimate: 0, lower: 0, upper: 0 }
        : mannWhitney(canary, stable, o.confidence);
    const verdict = mw.lower > allowed ? 'high' : mw.upper < -allowed ? 'low' : 'pass';
    const failed = (verdict === 'high' && o.direction !== 'decrease') || (verdict === 'low' && o.direction !== 'increase');
    const base = {
        ...mw,
        verdict,
        failed,
        stableMedian,
        canaryMedian,
        allowed,
        canarySamples: canary.length,
        stableSamples: stable.length,
        confidence: o.confidence
    };
    return { ...base, detail: describeComparison(base) };
}
function describeComparison(c) {
    const pct = (x) => (c.stableMedian !== 0 ? ` (${x >= 0 ? '+' : ''}${(0,evaluate/* fmt */.Sc)((100 * x) / Math.abs(c.stableMedian))}%)` : '');
    const shift = `shift ${signed(c.estimate)}${pct(c.estimate)}, ${(0,evaluate/* fmt */.Sc)(100 * c.confidence)}% CI [${signed(c.lower)}, ${signed(c.upper)}]`;
    const medians = `canary median ${(0,evaluate/* fmt */.Sc)(c.canaryMedian)} vs stable ${(0,evaluate/* fmt */.Sc)(c.stableMedian)}`;
    const bar = `allowed ±${(0,evaluate/* fmt */.Sc)(c.allowed)}`;
    return `${c.verdict}${c.failed ? ' (fails)' : ''}: ${shift}; ${medians}; ${bar}; p=${(0,evaluate/* fmt */.Sc)(c.pValue)}, n=${c.canarySamples}+${c.stableSamples}`;
}
function signed(x) {
    return `${x > 0 ? '+' : ''}${(0,evaluate/* fmt */.Sc)(x)}`;
}
/** Σ (t³ − t) over groups of tied values. */
function tieTerm(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let sum = 0;
    for (const t of counts.values())
        sum += t * t * t - t;
    return sum;
}
function twoSidedP(u, n1, n2, ties) {
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
    if (!(variance > 0))
        return 1;
    const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
    return Math.min(1, 2 * (1 - stats_base_dists_normal_cdf_lib_default()(Math.max(z, 0), 0, 1)));
}
/** Every canary − stable difference, sorted ascending. */
function differences(canary, stable) {
    const d = new Float64Array(canary.length * stable.length);
    let k = 0;
    for (const x of canary)
        for (const y of stable)
            d[k++] = x - y;
    return d.sort();
}
/**
 * The distribution-free interval: the k-th smallest and k-th largest difference, where
 * k = floor(n1·n2/2 − z·√(n1·n2·(n1+n2+1)/12)). When k < 1 the samples are too small for that
 * confidence and the interval is unbounded (such a comparison always passes).
 */
function shiftInterval(sorted, n1, n2, confidence) {
    const mn = n1 * n2;
    const z = stats_base_dists_normal_quantile_lib_default()(1 - (1 - confidence) / 2, 0, 1);
    const k = Math.floor(mn / 2 - z * Math.sqrt((mn * (n1 + n2 + 1)) / 12));
    if (k < 1)
        return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    return [sorted[k - 1], sorted[mn - k]];
}
function sameValues(a, b) {
    const all = [...a, ...b];
    if (all.every((v) => v === all[0]))
        return true;
    if (a.length !== b.length)
        return false;
    const sa = [...a].sort((x, y) => x - y);
    const sb = [...b].sort((x, y) => x - y);
    return sa.every((v, i) => v === sb[i]);
}
function median(xs) {
    return medianSorted(Float64Array.from(xs).sort());
}
function medianSorted(s) {
    const n = s.length;
    if (n === 0)
        return Number.NaN;
    const m = Math.floor(n / 2);
    return n % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

;// CONCATENATED MODULE: ./src/analysis/tally.ts



/** A step's tally before its first round; `carried` is each check's run of failures from the previous step. */
function startTally(analysis, baseline, step, carried) {
    return {
        step: { index: step.index, weight: step.weight },
        baseline: { ...baseline },
        failures: 0,
        inconclusive: 0,
        streaks: analysis.checks.map((_, i) => carried?.[i] ?? evaluate/* NO_STREAK */.Rq),
        series: analysis.checks.map(() => ({ canary: [], stable: [] })),
        summaries: analysis.checks.map((c, i) => emptySummary(c, i))
    };
}
/** The metric/track pairs one round measures, each once, in check order. */
function roundPairs(analysis) {
    const pairs = [];
    for (const c of analysis.checks) {
        const tracks = c.compare ? ['canary', 'stable'] : [c.track];
        for (const track of tracks)
            if (!pairs.some((p) => p.metric === c.metric && p.track === track))
                pairs.push({ metric: c.metric, track });
    }
    return pairs;
}
/**
 * Adds one round to the tally: each check's measurement judged and counted (applying `for`).
 * Returns the new tally, the round's records, and the trip when the step is over a limit.
 */
function addRound(analysis, tally, round) {
    const next = copyTally(tally);
    const records = analysis.checks.flatMap((c, i) => {
        const tracks = c.compare ? ['canary', 'stable'] : [c.track];
        return tracks.map((t) => count(analysis, next, tally_evaluate(c, i, t, measurementOf(round, c.metric, t), round.at, next)));
    });
    return { tally: next, records, trip: assess(analysis, next, records) };
}
/**
 * The step's end (its pause is over, the next weight not yet set): `min-samples` and the compared
 * checks are judged, unless the step had no pause (`judged` false: nothing was meant to be sampled).
 */
function finishStep(analysis, tally, judged = true) {
    if (!judged)
        return { tally };
    const next = copyTally(tally);
    let trip;
    analysis.checks.forEach((c, i) => {
        const t = c.compare ? judgeComparison(next, c, i) : judgeSamples(next, c, i);
        if (t && critical(analysis, i))
            trip ??= t;
    });
    return { tally: next, trip };
}
function assess(analysis, tally, records) {
    const verdict = (0,evaluate/* assessStep */.$j)({ failures: tally.failures, inconclusive: tally.inconclusive, inARow: worstRun(analysis, tally) }, {
        failureLimit: analysis['failure-limit'],
        inconclusiveLimit: analysis['inconclusive-limit'],
        consecutiveLimit: analysis['consecutive-failure-limit']
    });
    if (verdict === 'continue')
        return undefined;
    const wanted = verdict === 'rollback-inconclusive' ? 'inconclusive' : 'fail';
    const criticals = records.filter((r) => critical(analysis, r.checkIndex));
    const tripping = criticals.find((r) => r.verdict === wanted) ?? criticals[criticals.length - 1] ?? records[records.length - 1];
    return { reason: reason(analysis, tally, verdict, tripping), measurement: tripping, bound: tally.summaries[tripping.checkIndex].bound };
}
function measurementOf(round, metric, track) {
    const hit = round.measured.find((m) => m.metric === metric && m.track === track);
    if (!hit)
        throw new Error(`the round has no measurement of ${metric} on the ${track} track`);
    return hit.measurement;
}
function judgeSamples(tally, c, i) {
    const s = tally.summaries[i];
    if ((0,evaluate/* enoughSamples */.Sg)(s.samples, c['min-samples']))
        return undefined;
    s.shortfall = `${s.samples} of min-samples ${c['min-samples']} measurements with data`;
    return { reason: `${c.metric} inconclusive: ${s.shortfall} ${where(tally)}`, bound: s.bound };
}
function judgeComparison(tally, c, i) {
    const stats = c.statistics;
    if (!stats)
        throw new Error(`check ${i + 1} compares without statistics`);
    const s = tally.summaries[i];
    const { canary, stable, lastCanary } = tally.series[i];
    const need = c['min-samples'] ?? 1;
    const record = (r) => ({
        test: stats.test,
        direction: stats.direction,
        confidence: stats.confidence,
        tolerance: stats.tolerance,
        ...r
    });
    if (canary.length < need || stable.length < need) {
        s.shortfall = `${canary.length} canary and ${stable.length} stable measurements with data, min-samples ${need}`;
        s.comparison = record({
            verdict: 'inconclusive',
            failed: false,
            estimate: null,
            lower: null,
            upper: null,
            pValue: null,
            allowed: null,
            stableMedian: null,
            canaryMedian: null,
            canarySamples: canary.length,
            stableSamples: stable.length,
            detail: `inconclusive: ${s.shortfall}`
        });
        return { reason: `${c.metric} canary vs stable inconclusive: ${s.shortfall} ${where(tally)}`, measurement: lastCanary, bound: s.bound };
    }
    const cmp = compareTracks(canary, stable, stats);
    s.comparison = record({
        verdict: cmp.verdict,
        failed: cmp.failed,
        estimate: cmp.estimate,
        lower: finite(cmp.lower),
        upper: finite(cmp.upper),
        pValue: cmp.pValue,
        allowed: cmp.allowed,
        stableMedian: cmp.stableMedian,
        canaryMedian: cmp.canaryMedian,
        canarySamples: canary.length,
        stableSamples: stable.length,
        detail: cmp.detail
    });
    if (!cmp.failed)
        return undefined;
    s.failures++;
    return { reason: `${c.metric} canary vs stable ${cmp.detail} ${where(tally)}`, measurement: lastCanary, bound: s.bound };
}
/** One measurement judged against its check (`for` not yet applied); a threshold check's summary takes the bound. */
function tally_evaluate(c, checkIndex, track, m, at, tally) {
    const value = m.kind === 'value' ? m.value : null;
    const base = { at, step: tally.step.index, weight: tally.step.weight, metric: c.metric, checkIndex, track, value };
    if (c.compare)
        return { ...base, ...comparedSample(c, m) };
    const ev = (0,evaluate/* evaluateCheck */.YI)(c, m, tally.baseline[c.metric]);
    const s = tally.summaries[checkIndex];
    s.bound = ev.bound;
    s.upper = ev.upper;
    s.lower = ev.lower;
    return { ...base, verdict: ev.verdict, detail: ev.detail };
}
/** Counts one record into the (already copied) tally; returns the record with `for` applied. */
function count(analysis, tally, record) {
    const i = record.checkIndex;
    const c = analysis.checks[i];
    const s = tally.summaries[i];
    const r = { ...record };
    if (c.compare)
        keepSample(tally.series[i], r);
    else {
        const applied = (0,evaluate/* applyFor */.aF)(tally.streaks[i], r, r.at, c.for);
        tally.streaks[i] = applied.streak;
        r.verdict = applied.verdict;
        r.detail = applied.detail;
    }
    if (r.value !== null && r.track === (c.compare ? 'canary' : c.track)) {
        s.samples++;
        s.min = s.min === null ? r.value : Math.min(s.min, r.value);
        s.max = s.max === null ? r.value : Math.max(s.max, r.value);
    }
    const counts = critical(analysis, i);
    if (r.verdict === 'fail') {
        s.failures++;
        if (counts)
            tally.failures++;
    }
    else if (r.verdict === 'inconclusive') {
        s.inconclusive++;
        if (counts)
            tally.inconclusive++;
    }
    return r;
}
function keepSample(series, r) {
    if (r.track === 'canary')
        series.lastCanary = r;
    if (r.value !== null && Number.isFinite(r.value))
        series[r.track].push(r.value);
}
/** A copy deep enough that counting into it leaves `t` as it was. */
function copyTally(t) {
    return {
        step: { ...t.step },
        baseline: { ...t.baseline },
        failures: t.failures,
        inconclusive: t.inconclusive,
        streaks: t.streaks.map((s) => ({ ...s })),
        series: t.series.map((s) => ({ ...s, canary: [...s.canary], stable: [...s.stable] })),
        summaries: t.summaries.map((s) => ({ ...s }))
    };
}
function critical(analysis, checkIndex) {
    return analysis.checks[checkIndex].severity === 'critical';
}
function worstRun(analysis, tally) {
    return Math.max(0, ...tally.streaks.filter((_, i) => critical(analysis, i)).map((s) => s.inARow));
}
function where(tally) {
    return `at step ${tally.step.index} (${tally.step.weight}%)`;
}
function reason(analysis, tally, verdict, r) {
    const at = where(tally);
    switch (verdict) {
        case 'rollback-failures': {
            const limit = analysis['failure-limit'];
            const count = limit > 0 ? ` (${tally.failures} failed measurements > failure-limit ${limit})` : '';
            return `${r.metric} ${r.detail} ${at}${count}`;
        }
        case 'rollback-consecutive':
            return `${r.metric} ${r.detail} ${at} (${worstRun(analysis, tally)} failed measurements in a row = consecutive-failure-limit ${analysis['consecutive-failure-limit']})`;
        case 'rollback-inconclusive': {
            const limit = analysis['inconclusive-limit'];
            return `${tally.inconclusive} inconclusive measurements > inconclusive-limit ${limit} ${at}; last: ${r.metric} ${r.detail}`;
        }
        default: {
            const never = verdict;
            throw new Error(`unknown step verdict ${String(never)}`);
        }
    }
}
/** A compared check's sample: judged at the step's end; no data counts as for any check. */
function comparedSample(c, m) {
    if (m.kind === 'value' && Number.isFinite(m.value))
        return { verdict: 'pending', detail: `${(0,evaluate/* fmt */.Sc)(m.value)}, compared at the step's end` };
    const ev = (0,evaluate/* evaluateCheck */.YI)({ ...c, compare: undefined, max: Number.POSITIVE_INFINITY }, m, null);
    return { verdict: ev.verdict, detail: ev.detail };
}
function finite(x) {
    return Number.isFinite(x) ? x : null;
}
function emptySummary(c, checkIndex) {
    const s = {
        checkIndex,
        metric: c.metric,
        track: c.track,
        bound: '',
        min: null,
        max: null,
        samples: 0,
        failures: 0,
        inconclusive: 0
    };
    if (c.severity === 'advisory')
        s.severity = 'advisory';
    if (c.statistics)
        s.bound = (0,describe/* describeComparisonBound */.vW)(c.statistics);
    return s;
}

// EXTERNAL MODULE: ./src/analysis/rounds.ts
var rounds = __webpack_require__(32209);
;// CONCATENATED MODULE: ./src/rollout/engine.ts


const runRollout = (input, deps) => new Rollout(input, deps).run();
/** Thrown to unwind into the rollback. */
class RollbackRequest extends Error {
    trigger;
    trip;
    constructor(trigger, reason, trip) {
        super(reason);
        this.trigger = trigger;
        this.trip = trip;
        this.name = 'RollbackRequest';
    }
}
class Rollout {
    input;
    deps;
    /** The stable track's values before deploy (what relative checks compare against). */
    baseline = {};
    rollbackStarted = false;
    events;
    /** Traffic percent on the new version as far as we may have moved it. */
    weight = 0;
    deployStarted = false;
    current;
    /** Set by the analysis that runs alongside set-weight/verify when it trips. */
    trip;
    /** Each check's run of failures, carried from step to step (`for`, consecutive-failure-limit). */
    streaks;
    constructor(input, deps) {
        this.input = input;
        this.deps = deps;
        this.events = new SafeEvents(deps.events, deps.log);
    }
    async run() {
        try {
            this.stopIfCancelled();
            await this.takeBaseline();
            this.stopIfCancelled();
            await this.deploy();
            const plan = this.input.plan;
            for (const [i, step] of plan.entries())
                await this.runStep(step, i === plan.length - 1);
            await this.promote();
            return this.finish('succeeded', this.weight);
        }
        catch (e) {
            const request = this.toRollbackRequest(e);
            if (!this.deployStarted)
                return this.failBeforeDeploy(request.message);
            return this.rollbackNoThrow(request);
        }
    }
    async rollbackNoThrow(request) {
        try {
            return await this.rollback(request);
        }
        catch (e) {
            this.deps.log.error(`rollback error: ${errorMessage(e)}`);
            if (!this.rollbackStarted)
                this.startRollback({ reason: request.message, trigger: request.trigger, weight: this.weight, startedAt: this.deps.clock.now() });
            return this.finish('rollback-failed', this.weight);
        }
    }
    // ------------------------------------------------------------------ phases
    async takeBaseline() {
        const metrics = [...new Set(this.input.env.analysis.checks.map((c) => c.metric))];
        this.events.emit('onPhase', 'baseline', metrics.length ? `measuring ${metrics.join(', ')} on the stable track` : 'no analysis metrics');
        const values = await Promise.all(metrics.map(async (name) => {
            const m = await this.deps.measure(name, 'stable', 0, this.deps.signal);
            return [name, m.kind === 'value' ? m.value : null];
        }));
        for (const [name, value] of values) {
            this.baseline[name] = value;
            this.events.emit('onBaseline', name, value);
        }
    }
    async deploy() {
        this.events.emit('onPhase', 'deploy', 'bringing up the new version at 0% traffic');
        this.deployStarted = true;
        this.events.emit('onTrafficState', true, 0);
        await this.mustSucceed('deploy', { weight: 0, previousWeight: 0, track: 'canary' }, 'command', '');
    }
    async runStep(plan, isLast) {
        const previousWeight = this.weight;
        const record = {
            index: plan.index,
            weight: plan.weight,
            pauseMs: plan.pauseMs,
            startedAt: this.deps.clock.now(),
            durationMs: 0,
            result: 'running',
            checks: []
        };
        const tally = startTally(this.input.env.analysis, this.baseline, plan, this.streaks);
        record.checks = tally.summaries;
        const step = { record, tally, abort: new AbortController() };
        this.current = step;
        this.events.emit('onPhase', 'step', `step ${plan.index}/${this.input.plan.length}: ${previousWeight}% → ${plan.weight}%`);
        this.events.emit('onStepStart', structuredClone(record), this.input.plan.length);
        this.weight = plan.weight;
        this.events.emit('onTrafficState', true, plan.weight);
        const ctx = { step: plan.index, weight: plan.weight, previousWeight, track: 'canary' };
        await this.shiftWhileWatching(step, ctx, ` at step ${plan.index} (${plan.weight}%)`);
        await this.pause(plan, step, isLast);
        this.streaks = step.tally.streaks;
        this.endStep('passed');
    }
    /**
     * set-weight and verify, with analysis running alongside at the interval: a breach found meanwhile
     * aborts the running action and rolls back (the canary never gets to keep the weight).
     */
    async shiftWhileWatching(step, ctx, where) {
        const stopWatch = new AbortController();
        const watching = this.watch(step, stopWatch.signal);
        const signal = AbortSignal.any([this.deps.signal, step.abort.signal]);
        try {
            await this.mustSucceed('set-weight', ctx, 'command', where, signal);
            await this.mustSucceed('verify', ctx, 'verify', where, signal);
        }
        finally {
            stopWatch.abort();
            await watching;
        }
        this.throwIfTripped();
    }
    /** Measures at the step's interval until `stop` aborts (the round in flight finishes first). */
    async watch(step, stop) {
        if (this.input.env.analysis.checks.length === 0)
            return;
        for (;;) {
            const next = (0,rounds/* nextRoundAt */.Bw)(step.record.startedAt, step.lastRoundAt, this.input.env.analysis);
            try {
                await this.deps.clock.sleep(next - this.deps.clock.now(), AbortSignal.any([stop, this.deps.signal]));
            }
            catch {
                return;
            }
            if (stop.aborted || this.deps.signal.aborted)
                return;
            const trip = await this.measureRound(step);
            if (trip) {
                this.trip = trip;
                step.abort.abort(new Error(trip.reason));
                return;
            }
        }
    }
    /**
     * The pause: rounds at the step's interval, then the boundary round at the pause's end (the tail
     * of a pause that is not a multiple of the interval, and right before the next weight), then the
     * step's end judgement (min-samples, compared checks).
     */
    async pause(plan, step, isLast) {
        const a = this.input.env.analysis;
        step.pauseStart = this.deps.clock.now();
        const end = step.pauseStart + plan.pauseMs;
        if (a.checks.length === 0)
            return this.sleepUntil(end);
        for (;;) {
            const next = (0,rounds/* nextRoundAt */.Bw)(step.record.startedAt, step.lastRoundAt, a);
            if (next >= end)
                break;
            await this.sleepUntil(next);
            this.tripOn(await this.measureRound(step));
        }
        await this.sleepUntil(end);
        if (plan.pauseMs > 0 || !isLast)
            this.tripOn(await this.measureRound(step));
        const judged = finishStep(a, step.tally, plan.pauseMs > 0);
        this.setTally(step, judged.tally);
        this.tripOn(judged.trip);
    }
    /** One measurement round of the current step, counted and reported; returns the trip, if any. */
    async measureRound(step) {
        const at = this.deps.clock.now();
        step.lastRoundAt = at;
        const round = await measureRound(this.input.env.analysis, (metric, track) => this.deps.measure(metric, track, this.weight, this.deps.signal), at);
        this.stopIfCancelled();
        const { tally, records, trip } = addRound(this.input.env.analysis, step.tally, round);
        this.setTally(step, tally);
        this.recordRound(records, step.record, step.pauseStart === undefined ? 0 : at - step.pauseStart);
        return trip;
    }
    setTally(step, tally) {
        step.tally = tally;
        step.record.checks = tally.summaries;
    }
    tripOn(trip) {
        if (trip)
            throw new RollbackRequest('analysis', trip.reason, trip);
    }
    throwIfTripped() {
        this.tripOn(this.trip);
    }
    async promote() {
        this.events.emit('onPhase', 'promote', `all steps passed at ${this.weight}%`);
        const last = this.input.plan[this.input.plan.length - 1];
        await this.mustSucceed('promote', { step: last?.index, weight: this.weight, previousWeight: this.weight, track: 'canary' }, 'command', '');
    }
    // ------------------------------------------------------------------ rollback
    async rollback(request) {
        this.endStep(request.trigger === 'cancelled' ? 'aborted' : 'failed', request.message);
        this.events.emit('onPhase', 'rollback', request.message);
        const rb = {
            reason: request.message,
            trigger: request.trigger,
            step: this.current?.record.index,
            weight: this.weight,
            measurement: request.trip?.measurement,
            bound: request.trip?.bound,
            startedAt: this.deps.clock.now()
        };
        this.startRollback(rb);
        const ok = await this.runRollbackActions(rb);
        if (!ok)
            return this.finish('rollback-failed', this.weight);
        this.weight = 0;
        return this.finish('rolled-back', 0);
    }
    /** rollback, then verify-rollback, with a fresh signal: a cancelled run still rolls back. */
    async runRollbackActions(rb) {
        const fresh = new AbortController().signal;
        const ctx = { step: rb.step, weight: 0, previousWeight: this.weight, track: 'stable', reason: rb.reason };
        for (const name of ['rollback', 'verify-rollback']) {
            const record = await this.runRecorded(name, ctx, fresh, 'rollback');
            if (record.outcome !== 'ok' && record.outcome !== 'skipped')
                return false;
            if (name === 'verify-rollback' && record.outcome === 'ok')
                this.events.emit('onRollbackVerified');
        }
        return true;
    }
    // ------------------------------------------------------------------ helpers
    /** Runs an action; anything but success (or "not configured") requests a rollback. */
    async mustSucceed(name, ctx, trigger, where, signal = this.deps.signal) {
        this.stopIfCancelled();
        this.throwIfTripped();
        const record = await this.runRecorded(name, ctx, signal);
        this.stopIfCancelled();
        this.throwIfTripped();
        if (record.outcome === 'ok' || record.outcome === 'skipped')
            return;
        const exit = record.exitCode === null ? '' : ` (exit ${record.exitCode})`;
        throw new RollbackRequest(trigger, `${name} ${record.outcome}${exit}${where}`);
    }
    /** Runs an action and records it; an exception from the runner counts as a failed command. */
    async runRecorded(name, ctx, signal, part = 'run') {
        const startedAt = this.deps.clock.now();
        let res;
        try {
            res = await this.deps.runAction(name, ctx, signal);
        }
        catch (e) {
            this.deps.log.warning(`${name}: ${errorMessage(e)}`);
            res = { exitCode: null, outcome: 'failed', durationMs: this.deps.clock.now() - startedAt, stdout: '', stderr: errorMessage(e) };
        }
        const record = {
            action: name,
            outcome: res ? res.outcome : 'skipped',
            exitCode: res ? res.exitCode : null,
            durationMs: res ? res.durationMs : 0,
            startedAt,
            step: ctx.step,
            weight: ctx.weight
        };
        this.events.emit('onCommand', { ...record }, part);
        return record;
    }
    recordRound(records, step, elapsedMs) {
        this.events.emit('onRound', structuredClone(records), structuredClone(step), elapsedMs, this.input.plan.length);
    }
    async sleepUntil(t) {
        const ms = t - this.deps.clock.now();
        if (ms > 0)
            await this.deps.clock.sleep(ms, this.deps.signal);
        this.stopIfCancelled();
    }
    endStep(result, reason) {
        const step = this.current;
        if (!step || step.record.result !== 'running')
            return;
        step.record.result = result;
        if (reason !== undefined)
            step.record.reason = reason;
        step.record.durationMs = this.deps.clock.now() - step.record.startedAt;
        this.events.emit('onStepEnd', structuredClone(step.record), this.input.plan.length);
    }
    stopIfCancelled() {
        if (this.deps.signal.aborted)
            throw new RollbackRequest('cancelled', cancelReason(this.deps.signal));
    }
    toRollbackRequest(e) {
        if (e instanceof RollbackRequest)
            return e;
        if (this.deps.signal.aborted)
            return new RollbackRequest('cancelled', cancelReason(this.deps.signal));
        this.deps.log.warning(`rollout error: ${e instanceof Error && e.stack ? e.stack : errorMessage(e)}`);
        return new RollbackRequest('error', `error: ${errorMessage(e)}`);
    }
    failBeforeDeploy(reason) {
        this.endStep('aborted', reason);
        return { ...this.finish('failed', 0), error: `${reason} (before deploy: nothing was changed)` };
    }
    finish(status, finalWeight) {
        if (status === 'succeeded')
            this.endStep('passed');
        if (status === 'succeeded' || status === 'rolled-back')
            this.events.emit('onTrafficState', false, finalWeight);
        return { status, finalWeight };
    }
    startRollback(rb) {
        this.rollbackStarted = true;
        this.events.emit('onRollbackStart', structuredClone(rb));
    }
}
/** One round's I/O: every metric/track pair the checks need, measured once, all at the same time. */
async function measureRound(analysis, measure, at) {
    const measured = await Promise.all(roundPairs(analysis).map(async ({ metric, track }) => ({ metric, track, measurement: await measure(metric, track) })));
    return { at, measured };
}
function cancelReason(signal) {
    const r = signal.reason;
    if (typeof r === 'string' && r)
        return r;
    if (r instanceof Error && r.name !== 'AbortError' && r.message)
        return r.message;
    return 'cancelled';
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
/** Calls event handlers; a throwing handler is logged, never allowed to derail the rollout. */
class SafeEvents {
    events;
    log;
    constructor(events, log) {
        this.events = events;
        this.log = log;
    }
    emit(name, ...args) {
        const fn = this.events?.[name];
        if (!fn)
            return;
        try {
            fn.apply(this.events, args);
        }
        catch (e) {
            this.log.warning(`event handler ${name} threw: ${errorMessage(e)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/actions/action-request.ts
var action_request = __webpack_require__(63945);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(26419);
// EXTERNAL MODULE: ./src/flow/context.ts + 5 modules
var context = __webpack_require__(98037);
// EXTERNAL MODULE: ./src/risk/phases.ts
var phases = __webpack_require__(74791);
// EXTERNAL MODULE: ./src/risk/resolve.ts + 4 modules
var resolve = __webpack_require__(91377);
// EXTERNAL MODULE: ./src/flow/setup.ts + 3 modules
var setup = __webpack_require__(8622);
;// CONCATENATED MODULE: ./src/traffic/lazy.ts
async function runTrafficAction(cfg, name, ctx, template, signal, log) {
    const { trafficAction } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 87805));
    const res = await trafficAction(cfg, name, ctx, template, signal);
    if (res?.stdout)
        log.info(`[${name}] ${res.stdout.trimEnd()}`);
    if (res?.stderr)
        log.error(res.stderr.trimEnd());
    return res;
}

;// CONCATENATED MODULE: ./src/flow/deploy.ts
/** mode: deploy — lock, Deployment, gates, then the rollout engine. */











async function deployFlow(f, state) {
    const { record } = f;
    const plan = (0,rollout_plan/* buildPlan */.G)(f.s.env);
    record.planned(plan, (0,phases/* phaseOrder */.CM)(f.s.env, plan));
    const r = record.view;
    await f.github.createDeployment(record, {
        service: r.service,
        version: r.version,
        strategy: r.strategy,
        plan: r.plan,
        ...(0,resolve.changePayload)(r)
    });
    state.update({ deploymentId: r.deploymentId });
    record.audit('deployment', 'created', { detail: r.deploymentId || 'no GitHub Deployment' });
    const lock = await f.github.lockHeldBy(f.clock.now(), r.deploymentId);
    if (lock) {
        record.blocked(lock);
        record.audit('lock', 'blocked', { detail: lock });
        return;
    }
    // the PR comment is first written when step 1 starts (then once per step and at the end)
    if (!(await gatesPass(f)))
        return;
    f.notify?.emit('started', r, f.clock.now());
    if (!(await (0,phases/* runBackup */.Q3)(f)))
        return;
    const migrated = await (0,phases/* runMigrate */.fQ)(f, state);
    if (migrated === 'failed')
        return;
    await rollout(f, state);
    if (migrated === 'ran')
        await (0,phases/* afterRollout */.YC)(f, state);
}
async function gatesPass(f) {
    const { record, s } = f;
    f.runtime.startGroup(`Gates (${s.env.gates.length})`);
    try {
        const res = await (0,runner/* runGates */.AQ)(s.env.gates, {
            ctx: (0,context/* gateContext */.VS)(f),
            signal: f.signal,
            log: f.runtime,
            overrides: { names: s.inputs.overrideGates, reason: s.inputs.overrideReason }
        });
        record.gatesDone(res);
        for (const g of res.records)
            record.audit('gates', `gate ${g.name}`, { result: g.status, detail: g.detail });
    }
    finally {
        f.runtime.endGroup();
    }
    if (s.inputs.overrideGates.length) {
        record.gatesOverridden({ gates: s.inputs.overrideGates, reason: s.inputs.overrideReason, actor: s.run.actor });
    }
    if (f.signal.aborted) {
        record.failed(`${String(f.signal.reason ?? 'cancelled')} while the gates ran; nothing was deployed`);
        return false;
    }
    const failed = record.view.failedGates;
    if (failed.length === 0)
        return true;
    record.blocked();
    f.runtime.error(`blocked by required gate(s): ${failed.join(', ')}`);
    return false;
}
async function rollout(f, state) {
    const { record, s } = f;
    const groups = new LogGroups(f.runtime);
    const outcome = await runRollout({ env: s.env, plan: record.view.plan }, {
        clock: f.clock,
        signal: f.signal,
        log: f.runtime,
        runAction: (name, ctx, signal) => runAction(f, name, ctx, signal),
        measure: (0,context/* measureWith */.TS)(f),
        events: record.engineEvents(engineEvents(f, state, groups))
    }).finally(() => groups.end());
    record.rolloutEnded(outcome);
    record.analysisPlanned((0,describe/* describeAnalysis */.S7)(s.env.analysis, record.view.baseline));
}
function runAction(f, name, ctx, signal) {
    const request = (0,action_request/* actionRequest */.E)(f.s.env.actions, name, (0,context/* commandBase */.ld)(f.s), ctx, f.s.run.workspace, signal);
    if (request)
        return f.runCommand(request);
    // No command of the user's for this action: a built-in traffic adapter, if configured, does it.
    const traffic = f.s.env.traffic;
    return traffic ? runTrafficAction(traffic, name, ctx, (0,setup/* templateBase */.i$)(f.s, ctx.weight), signal, f.runtime) : Promise.resolve(null);
}
/** One collapsible log group per phase (baseline, deploy, promote, rollback) and per step; never nested. */
class LogGroups {
    log;
    open = false;
    constructor(log) {
        this.log = log;
    }
    start(title) {
        this.end();
        this.log.startGroup(title);
        this.open = true;
    }
    end() {
        if (this.open)
            this.log.endGroup();
        this.open = false;
    }
}
/** What the flow does on the engine's events besides recording them (the recorder does that first): logs, audit, saved state, notifications, the live comment. */
function engineEvents(f, state, groups) {
    const { record } = f;
    return {
        onPhase: (phase, detail) => {
            if (phase === 'step')
                groups.end();
            else
                groups.start(`${phase[0].toUpperCase()}${phase.slice(1)} · ${detail}`);
            f.runtime.info(`▶ ${phase}: ${detail}`);
            record.audit(phase, phase, { detail });
        },
        onTrafficState: (split, weight) => state.update({ split, weight }),
        onStepStart: (step, total) => {
            groups.start(`Step ${step.index}/${total} · ${step.weight}% · pause ${Math.round(step.pauseMs / 1000)}s`);
            f.notify?.emit('step', record.view, f.clock.now(), { index: step.index, total });
            record.audit('step', 'step started', { step: step.index, weight: step.weight });
            void f.github.comment(record.view, false);
        },
        onRound: (records, step, elapsedMs, total) => {
            f.runtime.info((0,markdown/* progressLine */.oz)(step, total, records, elapsedMs));
        },
        onStepEnd: (step) => {
            record.audit('step', 'step ended', { step: step.index, weight: step.weight, result: step.result, detail: step.reason });
            groups.end();
        },
        onCommand: (c) => record.audit('action', c.action, { step: c.step, weight: c.weight, result: c.outcome })
    };
}


/***/ }),

/***/ 91377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditRisk: () => (/* binding */ auditRisk),
  changePayload: () => (/* binding */ changePayload),
  resolveRisk: () => (/* binding */ resolveRisk)
});

// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(68743);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(74487);
;// CONCATENATED MODULE: ./src/risk/change.ts

async function gatherFacts(gh, run, log, prInput) {
    const found = await findPull(gh, run, prInput);
    if (found.error)
        return unknownFiles(fromEvent(run), found.error, log);
    const pr = found.pr;
    if (!pr)
        return fromEvent(run);
    const base = {
        source: `pull request #${pr.number} (${found.how})`,
        pr: pr.number,
        prOpen: pr.state === 'open',
        title: pr.title,
        labels: pr.labels
    };
    const prLines = pr.additions !== undefined && pr.deletions !== undefined ? pr.additions + pr.deletions : undefined;
    if (!gh)
        return { ...base, ...(prLines === undefined ? {} : { lines: prLines }) };
    try {
        const listed = await gh.pullFiles(pr.number, pulls/* MAX_PULL_FILES */.jX);
        return { ...base, files: listed.files, lines: prLines ?? listed.lines };
    }
    catch (e) {
        return unknownFiles({ ...base, ...(prLines === undefined ? {} : { lines: prLines }) }, `could not list the files of PR #${pr.number}: ${e.message}`, log);
    }
}
async function findPull(gh, run, prInput) {
    const event = run.event.pull_request;
    if (prInput === undefined && event && typeof event.number === 'number')
        return { pr: (0,pulls/* pullFacts */.RE)(event), how: `${run.eventName} event` };
    if (!gh)
        return {};
    try {
        if (prInput !== undefined)
            return { pr: await gh.pull(prInput), how: 'pr-number input' };
        if (!run.sha)
            return {};
        const pr = await (0,pulls/* pullOfCommit */.oM)(gh, run.sha);
        return pr ? { pr, how: `the pull request of commit ${run.sha.slice(0, 7)}` } : {};
    }
    catch (e) {
        return { error: `could not find the pull request of this run: ${e.message}` };
    }
}
/** No pull request: a push's head commit message still tells a conventional-commit type. */
function fromEvent(run) {
    const head = run.event.head_commit;
    const title = typeof head?.message === 'string' ? head.message.split('\n')[0] : '';
    return {
        source: title
            ? `head commit message (${run.eventName || 'no'} event, no pull request)`
            : `no pull request (${run.eventName || 'no'} event)`,
        title,
        labels: []
    };
}
function unknownFiles(f, why, log) {
    log.warning(`change classification: ${why}; path rules cannot match, so the risk is at least high`);
    return { ...f, filesError: why };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/risk/rules.ts
/** Dependency manifests and lock files, at any depth (`risk.dependency-manifests` replaces the list). */
const DEFAULT_DEPENDENCY_MANIFESTS = [
    '**/package.json',
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/bun.lockb',
    '**/go.mod',
    '**/go.sum',
    '**/Cargo.toml',
    '**/Cargo.lock',
    '**/requirements*.txt',
    '**/Pipfile',
    '**/Pipfile.lock',
    '**/poetry.lock',
    '**/pyproject.toml',
    '**/uv.lock',
    '**/Gemfile',
    '**/Gemfile.lock',
    '**/composer.json',
    '**/composer.lock',
    '**/pom.xml',
    '**/build.gradle',
    '**/build.gradle.kts',
    '**/gradle.lockfile',
    '**/*.csproj',
    '**/packages.lock.json',
    '**/mix.exs',
    '**/mix.lock'
];
const conventional = (name, prefixes, type) => ({
    name,
    'title-prefix': prefixes,
    type
});
const DEFAULT_RULES = [
    { name: 'hotfix-label', labels: ['hotfix'], type: 'hotfix' },
    conventional('conventional-hotfix', ['hotfix'], 'hotfix'),
    ...['low', 'medium', 'high', 'critical'].map((risk) => ({
        name: `risk-label-${risk}`,
        labels: [`risk:${risk}`, `risk/${risk}`],
        risk
    })),
    { name: 'breaking-change', breaking: true, risk: 'high' },
    { name: 'migrations', paths: ['migrations/**', '**/migrations/**', 'db/migrate/**', '**/*.sql'], risk: 'high' },
    { name: 'large-change', 'min-lines': 1000, risk: 'high' },
    { name: 'dependencies', dependencies: true, risk: 'medium', type: 'dependency' },
    conventional('conventional-feature', ['feat', 'feature'], 'feature'),
    conventional('conventional-bugfix', ['fix', 'bugfix', 'revert'], 'bugfix'),
    conventional('conventional-refactor', ['refactor', 'perf', 'style', 'test'], 'refactor'),
    conventional('conventional-dependency', ['deps', 'build'], 'dependency'),
    conventional('conventional-config', ['chore', 'ci', 'config'], 'config'),
    conventional('conventional-docs', ['docs'], 'docs'),
    {
        name: 'infrastructure',
        paths: ['**/Dockerfile', '.github/workflows/**', '.github/deploy.yml', '**/*.tf', 'k8s/**', 'helm/**', 'deploy/**'],
        risk: 'medium',
        type: 'config'
    },
    {
        name: 'docs-only',
        'only-paths': ['docs/**', '**/*.md', '**/*.mdx', '**/*.rst', '**/LICENSE*', '.github/ISSUE_TEMPLATE/**'],
        risk: 'low',
        type: 'docs'
    }
];

// EXTERNAL MODULE: ./src/risk/types.ts
var types = __webpack_require__(12842);
;// CONCATENATED MODULE: ./src/risk/classify.ts
/**
 * Change classification (pure): which rules match the change, its type and its risk.
 * Every condition a rule gives must hold; the highest risk of the matching rules wins; the type
 * comes from the first matching rule that sets one (the config's rules come before the defaults).
 */



/** `feat(api)!: add x` → { type: 'feat', breaking: true }; not a conventional title → undefined. */
function conventionalPrefix(title) {
    const m = /^\s*([A-Za-z]+)(\([^)]*\))?(!)?:\s*\S/.exec(title);
    return m ? { type: m[1].toLowerCase(), breaking: m[3] === '!' } : undefined;
}
function classify(facts, cfg) {
    const manifests = picomatch_default()(cfg['dependency-manifests'] ?? DEFAULT_DEPENDENCY_MANIFESTS, { dot: true });
    const rules = [
        ...cfg.rules.map((rule) => ({ rule, origin: 'config' })),
        ...(cfg['default-rules'] ? DEFAULT_RULES.map((rule) => ({ rule, origin: 'default' })) : [])
    ];
    const matched = [];
    for (const { rule, origin } of rules) {
        const why = matchRule(rule, facts, manifests);
        if (why === undefined)
            continue;
        matched.push({ rule: rule.name, origin, why, ...(rule.risk ? { risk: rule.risk } : {}), ...(rule.type ? { type: rule.type } : {}) });
    }
    if (facts.filesError)
        matched.push({ rule: 'files-unknown', origin: 'default', risk: 'high', why: facts.filesError });
    return decide(matched, cfg.default);
}
function decide(matched, fallback) {
    const type = matched.find((m) => m.type)?.type ?? 'unknown';
    const risky = matched.filter((m) => m.risk);
    if (!risky.length)
        return { type, risk: fallback, matched, why: `no rule set a risk: the default (${fallback})` };
    const top = risky.reduce((a, b) => ((0,types/* riskRank */.wv)(b.risk) > (0,types/* riskRank */.wv)(a.risk) ? b : a));
    return { type, risk: top.risk, matched, why: `rule ${top.rule}: ${top.why}` };
}
/** Why the rule matches (each condition's evidence, joined), or undefined when one condition fails. */
function matchRule(rule, facts, manifests) {
    const reasons = [];
    const conditions = [
        () => rule.labels && labelMatch(rule.labels, facts.labels),
        () => rule['title-prefix'] && prefixMatch(rule['title-prefix'], facts.title),
        () => rule.breaking && (conventionalPrefix(facts.title)?.breaking ? `title "${facts.title}" marks a breaking change` : undefined),
        () => rule.paths && anyPath(rule.paths, facts.files),
        () => rule['only-paths'] && onlyPaths(rule['only-paths'], facts.files),
        () => (rule['min-lines'] !== undefined ? linesAtLeast(rule['min-lines'], facts.lines) : undefined),
        () => rule.dependencies && anyFile(facts.files, manifests, 'dependency manifest')
    ];
    const given = [rule.labels, rule['title-prefix'], rule.breaking, rule.paths, rule['only-paths'], rule['min-lines'], rule.dependencies];
    for (let i = 0; i < conditions.length; i++) {
        if (given[i] === undefined)
            continue;
        const why = conditions[i]();
        if (!why)
            return undefined;
        reasons.push(why);
    }
    return reasons.length ? reasons.join('; ') : undefined;
}
function labelMatch(wanted, labels) {
    const lower = new Set(wanted.map((l) => l.toLowerCase()));
    const hit = labels.find((l) => lower.has(l.toLowerCase()));
    return hit === undefined ? undefined : `label "${hit}"`;
}
function prefixMatch(prefixes, title) {
    const p = conventionalPrefix(title);
    return p && prefixes.some((x) => x.toLowerCase() === p.type) ? `title prefix "${p.type}:"` : undefined;
}
function anyPath(globs, files) {
    return anyFile(files, picomatch_default()(globs, { dot: true }), globs.join(', '));
}
function anyFile(files, match, what) {
    const hits = (files ?? []).filter((f) => match(f));
    if (!hits.length)
        return undefined;
    return `${hits.length === 1 ? '1 changed file matches' : `${hits.length} changed files match`} ${what} (${examples(hits)})`;
}
function onlyPaths(globs, files) {
    if (!files?.length)
        return undefined;
    const match = picomatch_default()(globs, { dot: true });
    return files.every((f) => match(f))
        ? `all ${files.length} changed file${files.length === 1 ? '' : 's'} match ${globs.join(', ')}`
        : undefined;
}
function linesAtLeast(min, lines) {
    return lines !== undefined && lines >= min ? `${lines} lines changed (≥ ${min})` : undefined;
}
function examples(files) {
    return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')}, …`;
}
/** The `change-type` / `risk` inputs, set by hand: they replace what the rules say, and are recorded. */
function withInputs(c, inputs) {
    const out = { ...c, matched: [...c.matched] };
    if (inputs.type) {
        out.type = inputs.type;
        out.matched.push({
            rule: 'input change-type',
            origin: 'input',
            type: out.type,
            why: `set by hand by ${inputs.actor || 'the workflow'}`
        });
    }
    if (inputs.risk) {
        out.risk = inputs.risk;
        out.matched.push({
            rule: 'input risk',
            origin: 'input',
            risk: out.risk,
            why: `set by hand by ${inputs.actor || 'the workflow'} (the rules said ${c.risk})`
        });
        out.why = `input risk: set by hand (the rules said ${c.risk}: ${c.why})`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/risk/profile.ts
/** The gate added when a profile asks for approvals and the environment has no approval gate. */
const PROFILE_APPROVAL_GATE = 'risk-approvals';
function chooseProfile(env, c) {
    const profiles = env.profiles ?? {};
    if (c.type === 'hotfix' && profiles.hotfix)
        return { name: 'hotfix', why: 'change type hotfix: the hotfix profile' };
    const note = c.type === 'hotfix' ? ' (no hotfix profile: the hotfix takes the normal path)' : '';
    if (profiles[c.risk])
        return { name: c.risk, why: `risk ${c.risk} (${c.why}): the ${c.risk} profile${note}` };
    return { why: `risk ${c.risk}: no ${c.risk} profile in this environment, so the environment as written${note}` };
}
/** The environment with the profile's keys applied: steps, strategy and gates replace, analysis merges key by key. */
function applyProfile(env, p) {
    if (!p)
        return env;
    const out = { ...env, analysis: { ...env.analysis }, gates: p.gates ?? env.gates };
    if (p.strategy)
        out.strategy = p.strategy;
    if (p.steps)
        out.steps = p.steps;
    for (const [k, v] of Object.entries(p.analysis ?? {}))
        if (v !== undefined)
            out.analysis[k] = v;
    if (p['skip-gates'])
        out.gates = out.gates.filter((g) => !p['skip-gates']?.includes(g.name));
    if (p.approvals !== undefined)
        out.gates = withApprovals(out.gates, p.approvals);
    return out;
}
/** Every approval gate asks for `min` approvals; without one, a required approval gate is added. */
function withApprovals(gates, min) {
    if (gates.some((g) => g.type === 'approval'))
        return gates.map((g) => (g.type === 'approval' ? { ...g, min } : g));
    const added = {
        name: PROFILE_APPROVAL_GATE,
        type: 'approval',
        min,
        'distinct-from-actor': true,
        required: true,
        timeout: 120_000,
        retries: 0
    };
    return [...gates, added];
}
/** What the profile changed, one phrase per key, for the plan and the report. */
function describeProfile(p) {
    if (!p)
        return [];
    const out = [];
    if (p.strategy)
        out.push(`strategy ${p.strategy}`);
    if (p.steps)
        out.push(`steps ${p.steps.map((s) => s.weight).join(' → ')}`);
    if (p.analysis)
        out.push(`analysis ${Object.keys(p.analysis).join(', ')}`);
    if (p.gates)
        out.push(`gates ${p.gates.map((g) => g.name).join(', ') || 'none'}`);
    if (p['skip-gates'])
        out.push(`skips gates ${p['skip-gates'].join(', ')}`);
    if (p.approvals !== undefined)
        out.push(`${p.approvals} approval${p.approvals === 1 ? '' : 's'}`);
    return out;
}

;// CONCATENATED MODULE: ./src/risk/resolve.ts






/** Classifies the change and replaces `s.env` by the effective environment of its profile. */
async function resolveRisk(s, gh, log) {
    const facts = await gatherFacts(gh, s.run, log, s.inputs.prNumber);
    const ruled = classify(facts, s.config.risk);
    refuseSilentLowering(s, ruled);
    const classification = withInputs(ruled, { type: s.inputs.changeType, risk: s.inputs.risk, actor: s.run.actor });
    const choice = chooseProfile(s.env, classification);
    const profile = choice.name ? s.env.profiles?.[choice.name] : undefined;
    if (choice.name === 'hotfix' && !s.inputs.reason)
        refuseHotfixWithoutReason(s, choice, log);
    s.env = applyProfile(s.env, profile);
    s.change = { type: classification.type, risk: classification.risk };
    const report = changeReport(facts, classification, { ...choice, changes: describeProfile(profile) });
    if (choice.name === 'hotfix')
        report.hotfix = { reason: s.inputs.reason || '(none given: a deploy needs the `reason` input)', actor: s.run.actor };
    log.info(`Change: ${classification.type}, risk ${classification.risk} (${classification.why}); profile: ${choice.name ?? 'none'} — ${choice.why}`);
    return { facts, classification, report };
}
const HOTFIX_NEEDS_REASON = 'this change is a hotfix and the hotfix profile (shorter pauses, fewer gates) is only taken with a reason: set the `reason` input; it is recorded in every report';
/** Deploy mode: a config error at the hotfix profile's line. Plan mode (read-only) shows the plan and says so. */
function refuseHotfixWithoutReason(s, choice, log) {
    if (s.inputs.mode !== 'plan')
        throw (0,load/* configErrorAt */.C3)(s.config, s.inputs.config, ['environments', s.inputs.environment, 'profiles', 'hotfix'], HOTFIX_NEEDS_REASON);
    choice.why += '; mode deploy refuses it without the `reason` input';
    log.warning(`plan: ${HOTFIX_NEEDS_REASON}`);
}
/** A hand-set risk below what a matching rule says needs a reason (it is recorded like an override); the bare default does not. */
function refuseSilentLowering(s, ruled) {
    const wanted = s.inputs.risk;
    const byRule = ruled.matched.some((m) => m.risk !== undefined);
    if (!wanted || !byRule || s.inputs.reason || (0,types/* riskRank */.wv)(wanted) >= (0,types/* riskRank */.wv)(ruled.risk))
        return;
    throw new inputs/* InputError */.dz(`input "risk" (${wanted}) is lower than the risk the change's rules give (${ruled.risk}: ${ruled.why}); lowering it needs the "reason" input, which is recorded in every report`);
}
/** The audit trail's record of the classification, the hand-set values and the hotfix. */
function auditRisk(rec, r) {
    const rules = r.matched.filter((m) => m.origin !== 'input').map((m) => m.rule);
    rec.audit('classify', 'change classified', {
        result: `${r.type}/${r.risk}`,
        detail: `${r.source}; rules: ${rules.join(', ') || 'none'}; ${r.why}`
    });
    for (const m of r.matched.filter((x) => x.origin === 'input'))
        rec.audit('classify', m.rule, { result: m.risk ?? m.type, detail: m.why });
    rec.audit('classify', 'profile', { result: r.profile.name ?? 'none', detail: r.profile.why });
    if (r.hotfix)
        rec.audit('classify', 'hotfix', { detail: `by ${r.hotfix.actor || 'unknown'}: ${r.hotfix.reason}` });
}
/** What the GitHub Deployment's payload records about the change. */
function changePayload(r) {
    const c = r.change;
    return c ? { change: { type: c.type, risk: c.risk, profile: c.profile.name ?? null, hotfix: c.hotfix ?? null } } : {};
}
function changeReport(f, c, profile) {
    return {
        type: c.type,
        risk: c.risk,
        why: c.why,
        source: f.source,
        ...(f.pr === undefined ? {} : { pr: f.pr }),
        title: f.title,
        labels: f.labels,
        ...(f.files === undefined ? {} : { files: f.files.length }),
        ...(f.lines === undefined ? {} : { lines: f.lines }),
        matched: c.matched.map((m) => ({ ...m })),
        profile
    };
}


/***/ })

};
