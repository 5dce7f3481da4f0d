export const id = 458;
export const ids = [458,203];
export const modules = {

/***/ 7008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ durableContext),
/* harmony export */   Z: () => (/* binding */ handOffPolicy)
/* harmony export */ });
function durableContext(f, state) {
    return {
        log: f.runtime,
        s: f.s,
        clock: f.clock,
        gh: f.github.gh,
        record: f.record,
        jobStartedAt: Date.parse(f.record.view.startedAt),
        state
    };
}
/** When this job hands a pause off: past its start plus `job-budget`, or until promoted. */
function handOffPolicy(f, jobStartedAt, save) {
    return { deadline: jobStartedAt + f.s.env['job-budget'], onInconclusive: f.s.env.analysis['on-inconclusive'], save };
}


/***/ }),

/***/ 6170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wF: () => (/* binding */ durableFlow),
  jV: () => (/* binding */ handOffNew),
  R_: () => (/* binding */ pausedBlocks)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/flow/github-side.ts + 1 modules
var github_side = __webpack_require__(33642);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/durable/payload.ts
/**
 * What a handed-off rollout saves on its GitHub Deployment (SPEC §4), and the one parser that
 * reads it back. Anyone with `deployments: write` can write a payload, so it is untrusted data:
 * parsed with zod, bounded, never code (commands and checks come from the config checked out in
 * the job that reads it; a payload only says where the rollout stands).
 */


const PAUSED_KIND = 'stagegate/paused-rollout';
const CLAIM_KIND = 'stagegate/claim';
const PAYLOAD_SCHEMA = 1;
/** GitHub keeps payloads whole well past this; we stay far below it (a compacted record fits). */
const MAX_PAYLOAD_BYTES = 60_000;
const Epoch = schemas/* number */.aig().int().min(0).max(8.64e15);
const Name = schemas/* string */.YjP().min(1).max(255);
const Text = schemas/* string */.YjP().max(2000);
/** Why a rollout was handed off. */
const PAUSE_WHY = ['job-budget', 'until-promoted', 'inconclusive'];
const JobPart = schemas/* strictObject */.rej({
    runUrl: schemas/* string */.YjP().max(500),
    mode: schemas/* enum */.k5n(['deploy', 'resume', 'promote', 'abort']),
    actor: schemas/* string */.YjP().max(100),
    startedAt: Epoch,
    endedAt: Epoch,
    did: Text
});
const Decision = schemas/* strictObject */.rej({
    action: schemas/* enum */.k5n(['promote', 'abort']),
    actor: schemas/* string */.YjP().max(100),
    at: Epoch,
    reason: Text,
    via: schemas/* enum */.k5n(['input', 'comment'])
});
const PlanStep = schemas/* strictObject */.rej({
    index: schemas/* number */.aig().int().min(1).max(1000),
    weight: schemas/* number */.aig().min(0).max(100),
    pauseMs: schemas/* number */.aig().int().min(0),
    untilPromoted: schemas/* literal */.euz(true).optional(),
    measurements: schemas/* number */.aig().int().min(0)
});
/** The saved rollout. `record` is the run record so far (compacted); `tally` the current step's analysis counters. */
const SavedRollout = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz(PAUSED_KIND),
    schema: schemas/* literal */.euz(PAYLOAD_SCHEMA),
    environment: Name,
    service: Name,
    version: Name,
    sha: schemas/* string */.YjP().regex(/^[0-9a-f]{7,64}$/i),
    /** `sha256:<hex>` of the config file's bytes when the rollout started. */
    configHash: schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/),
    configPath: schemas/* string */.YjP().min(1).max(1024),
    /** The risk profile the rollout runs with (re-applied by name from the same config). */
    profile: schemas/* string */.YjP().max(64).optional(),
    /** The first Deployment of the rollout (the deploy job's). */
    origin: schemas/* number */.aig().int().positive(),
    startedAt: Epoch,
    pausedAt: Epoch,
    why: schemas/* enum */.k5n(PAUSE_WHY),
    /** The step the rollout holds at (1-based) and its weight: set-weight and verify are done. */
    step: schemas/* number */.aig().int().min(1),
    weight: schemas/* number */.aig().min(0).max(100),
    /** When the step's pause is over; null: held until a person promotes (until-promoted, inconclusive). */
    pauseEndsAt: Epoch.nullable(),
    plan: schemas/* array */.YOg(PlanStep).min(1).max(1000),
    baseline: schemas/* record */.g1P(schemas/* string */.YjP().max(255), schemas/* number */.aig().nullable()),
    tally: schemas/* json */.Pq9(),
    record: schemas/* json */.Pq9(),
    jobs: schemas/* array */.YOg(JobPart).max(1000),
    decisions: schemas/* array */.YOg(Decision).max(1000),
    /** The longest the canary ran without a round so far (ms), across earlier paused Deployments. */
    unwatchedMs: schemas/* number */.aig().int().min(0).optional()
})
    .superRefine((p, ctx) => {
    if (p.step > p.plan.length)
        ctx.addIssue({ code: 'custom', path: ['step'], message: `step ${p.step} is past the plan's ${p.plan.length} steps` });
    else if (p.plan[p.step - 1].weight !== p.weight)
        ctx.addIssue({ code: 'custom', path: ['weight'], message: `weight ${p.weight} is not step ${p.step}'s ${p.plan[p.step - 1].weight}` });
});
/** A continuation Deployment's payload: the job claims the paused rollout `of` before it moves traffic. */
const ClaimPayload = schemas/* object */.Ikc({ kind: schemas/* literal */.euz(CLAIM_KIND), of: schemas/* number */.aig().int().positive(), mode: schemas/* string */.YjP().max(20) });
/** The kind a listed Deployment's payload says it is (cheap; the full parse happens on the one that matters). */
function payloadKind(payload) {
    const p = typeof payload === 'string' ? safeJson(payload) : payload;
    const kind = p && typeof p === 'object' ? p.kind : undefined;
    return typeof kind === 'string' ? kind : undefined;
}
/** Reads a saved rollout back from a Deployment payload (an object, or the JSON string GitHub may return). */
function parseSavedRollout(payload) {
    const raw = typeof payload === 'string' ? safeJson(payload) : payload;
    if (raw === undefined)
        return { ok: false, error: 'the payload is not JSON' };
    const r = SavedRollout.safeParse(raw);
    if (r.success)
        return { ok: true, value: r.data };
    const first = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
    return { ok: false, error: first.join('; ') };
}
function parseClaim(payload) {
    const r = ClaimPayload.safeParse(typeof payload === 'string' ? safeJson(payload) : payload);
    return r.success ? r.data : undefined;
}
/** The config file's identity: `sha256:` and the hex digest of its bytes. */
function configHash(content) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`;
}
/** The payload as it will be sent, refused when it is over MAX_PAYLOAD_BYTES (the caller compacts first). */
function payloadSize(p) {
    return Buffer.byteLength(JSON.stringify(p));
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/durable/store.ts


/** How many pages of 30 Deployments a search for the paused one reads at most. */
const MAX_PAGES = 5;
const LIVE = new Set(['in_progress', 'queued', 'pending']);
/**
 * The newest paused rollout of `environment`: the newest Deployment whose payload is a saved
 * rollout and whose latest status is still `in_progress` (a paused one is only ever left for a
 * newer one, so the first settled one ends the search). Costs one listing and one status read.
 */
async function findPaused(gh, environment) {
    for await (const d of listed(gh, environment)) {
        if (payloadKind(d.payload) !== PAUSED_KIND)
            continue;
        const latest = await gh.latestDeploymentStatus(d.id);
        if (!latest)
            continue; // a hand-off still writing its first status, or not ours: look further
        if (latest.state !== 'in_progress')
            return { none: true };
        const parsed = parseSavedRollout(d.payload);
        if (!parsed.ok)
            return { invalid: { id: d.id, error: parsed.error } };
        if (parsed.value.environment !== environment)
            return { invalid: { id: d.id, error: `it is saved for environment "${parsed.value.environment}"` } };
        return { found: { id: d.id, createdAt: d.createdAt, saved: parsed.value, line: latest.description } };
    }
    return { none: true };
}
/** Saves the rollout on a new Deployment, left `in_progress` with the one-line status. Returns its id. */
async function savePaused(gh, saved, o) {
    const id = await gh.createDeployment({
        environment: saved.environment,
        sha: saved.sha,
        ref: o.ref,
        payload: saved,
        productionEnvironment: o.production,
        description: `${deployments/* STAGEGATE_DESCRIPTION */.Rf}paused ${saved.service} ${saved.version}`
    });
    await gh.setDeploymentStatus(id, 'in_progress', { description: o.line, logUrl: o.logUrl, environmentUrl: o.environmentUrl });
    return id;
}
/** A resume that changed nothing: one status on the paused Deployment (still `in_progress`). */
async function tick(gh, pausedId, line, logUrl) {
    await gh.setDeploymentStatus(pausedId, 'in_progress', { description: line, logUrl });
}
/**
 * Claims the paused rollout before moving traffic: creates this job's continuation Deployment
 * (its `in_progress` status is the claim), then reads the environment's claims on the same paused
 * Deployment. A lower-id claim that is live (`in_progress`, or without a status yet and younger
 * than 10 min: a job still writing it) wins; so does any job that already settled the paused one.
 * The loser's Deployment is marked `inactive` and nothing else changes.
 */
async function claim(gh, paused, o) {
    const s = paused.saved;
    const id = await gh.createDeployment({
        environment: s.environment,
        sha: s.sha,
        ref: s.sha,
        payload: { kind: CLAIM_KIND, of: paused.id, mode: o.mode },
        productionEnvironment: o.production,
        description: `${deployments/* STAGEGATE_DESCRIPTION */.Rf}${o.mode} ${s.service} ${s.version}`
    });
    await gh.setDeploymentStatus(id, 'in_progress', { description: `${o.mode}: claiming paused rollout ${paused.id}`, logUrl: o.logUrl });
    const why = await rivalOf(gh, paused, id, o.now);
    if (!why)
        return { won: true, id };
    await gh.setDeploymentStatus(id, 'inactive', { description: `not needed: ${why}`.slice(0, 140), logUrl: o.logUrl });
    return { won: false, id, why };
}
/** Why this claim lost, or undefined when it won. */
async function rivalOf(gh, paused, ownId, now) {
    for await (const d of listed(gh, paused.saved.environment)) {
        if (d.id <= paused.id)
            break; // claims are newer than what they claim
        if (d.id >= ownId || parseClaim(d.payload)?.of !== paused.id)
            continue;
        const latest = await gh.latestDeploymentStatus(d.id);
        const age = now - Date.parse(d.createdAt);
        // a claim whose job died without a word stops counting (10 min without a status, 6 h in progress), like the deploy lock
        if (latest ? LIVE.has(latest.state) && age < deployments/* LOCK_MAX_AGE_MS */.O0 : age < deployments/* PENDING_MAX_AGE_MS */.qn)
            return `deployment ${d.id} claimed paused rollout ${paused.id} first (${latest ? latest.state : 'no status yet'})`;
    }
    const latest = await gh.latestDeploymentStatus(paused.id);
    if (latest?.state !== 'in_progress')
        return `paused rollout ${paused.id} was already settled (${latest?.state ?? 'no status'}: ${latest?.description ?? ''})`;
    return undefined;
}
/** The winner is done with the paused Deployment: it finished, rolled back or handed off again. */
async function release(gh, pausedId, description, logUrl) {
    await gh.setDeploymentStatus(pausedId, 'inactive', { description: description.slice(0, 140), logUrl });
}
/** When the paused Deployment was looked at (its statuses, up to the newest 100), oldest first: for the report's watch gaps. */
async function statusTimes(gh, id) {
    const all = await gh.deploymentStatuses(id);
    return all
        .filter((s) => s.createdAt)
        .map((s) => ({ at: Date.parse(s.createdAt), state: s.state, description: s.description }))
        .reverse();
}
async function* listed(gh, environment) {
    let n = 0;
    for await (const d of gh.deployments({ environment }, 30)) {
        yield d;
        if (++n >= MAX_PAGES * 30)
            return;
    }
}

;// CONCATENATED MODULE: ./src/durable/compact.ts
/**
 * What a paused Deployment's payload carries besides where the rollout stands: the run record so
 * far, compacted to fit, and the current step's analysis tally, read back as untrusted data.
 */


/** The record's share of a payload: what is left for the tally, plan and jobs is ample. */
const MAX_RECORD_BYTES = MAX_PAYLOAD_BYTES - 15_000;
/**
 * The record, small enough for a payload: measurements of earlier steps go first (their steps
 * keep each check's min/max/samples), then the oldest audit entries, then the current step's
 * oldest measurements. Says so in a note.
 */
function compactRecord(r, currentStep, maxBytes = MAX_RECORD_BYTES) {
    const out = structuredClone(r);
    const cuts = [];
    const trim = (what, fits, cut) => {
        let n = 0;
        while (!fits() && cut())
            n++;
        if (n)
            cuts.push(`${n} ${what}`);
    };
    const fits = () => Buffer.byteLength(JSON.stringify(out)) <= maxBytes - 400; // room for the note below
    const older = () => out.measurements.findIndex((m) => m.step < currentStep);
    trim('measurements of earlier steps', fits, () => {
        const i = older();
        return i >= 0 && out.measurements.splice(i, 1).length > 0;
    });
    trim('oldest audit entries', fits, () => out.audit.length > 20 && out.audit.shift() !== undefined);
    trim('oldest measurements of the current step', fits, () => out.measurements.shift() !== undefined);
    if (cuts.length)
        out.notes.push(`saved with the paused rollout without ${cuts.join(', ')} (a Deployment payload holds ${Math.round(maxBytes / 1000)} kB)`);
    return out;
}
const Streak = schemas/* strictObject */.rej({ outSince: schemas/* number */.aig().optional(), inARow: schemas/* number */.aig().int().min(0) });
const Summary = schemas/* looseObject */._H3({
    checkIndex: schemas/* number */.aig().int().min(0),
    metric: schemas/* string */.YjP().max(255),
    samples: schemas/* number */.aig().int().min(0),
    failures: schemas/* number */.aig().int().min(0),
    inconclusive: schemas/* number */.aig().int().min(0)
});
const TallySchema = schemas/* strictObject */.rej({
    step: schemas/* strictObject */.rej({ index: schemas/* number */.aig().int().min(1), weight: schemas/* number */.aig().min(0).max(100) }),
    baseline: schemas/* record */.g1P(schemas/* string */.YjP().max(255), schemas/* number */.aig().nullable()),
    failures: schemas/* number */.aig().int().min(0),
    inconclusive: schemas/* number */.aig().int().min(0),
    streaks: schemas/* array */.YOg(Streak),
    series: schemas/* array */.YOg(schemas/* looseObject */._H3({ canary: schemas/* array */.YOg(schemas/* number */.aig()), stable: schemas/* array */.YOg(schemas/* number */.aig()) })),
    summaries: schemas/* array */.YOg(Summary)
});
/** A saved tally for a config with `checks` analysis checks; throws when it does not fit them. */
function parseTally(json, checks) {
    const r = TallySchema.safeParse(json);
    if (!r.success)
        throw new Error(`the saved analysis tally cannot be read back (${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message})`);
    const t = r.data;
    if (t.streaks.length !== checks || t.series.length !== checks || t.summaries.length !== checks) {
        throw new Error(`the saved analysis tally has ${t.summaries.length} checks, the config ${checks}`);
    }
    return t;
}

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
;// CONCATENATED MODULE: ./src/durable/decide.ts

function decide(saved, s) {
    if (s.mode === 'abort')
        return { kind: 'rollback', trigger: 'abort', reason: abortReason(s) };
    if (saved.configHash !== s.configHash)
        return { kind: 'refuse', why: configChanged(saved) };
    const pausedFor = s.now - saved.pausedAt;
    if (s.mode === 'resume' && pausedFor > s.expireAfterMs) {
        return {
            kind: 'rollback',
            trigger: 'expired',
            reason: `expired: paused for ${formatDays(pausedFor)}, longer than expire-after ${formatDays(s.expireAfterMs)}`
        };
    }
    if (s.mode === 'promote')
        return { kind: 'continue', why: `promoted by ${s.actor}${s.reason ? `: ${s.reason}` : ''}` };
    if (saved.pauseEndsAt !== null && s.now >= saved.pauseEndsAt)
        return { kind: 'continue', why: `the pause of step ${saved.step} ended` };
    return { kind: 'watch', until: saved.pauseEndsAt === null ? 'until promoted' : `until ${stamp(saved.pauseEndsAt)}` };
}
function abortReason(s) {
    return s.reason ? `aborted by ${s.actor}: ${s.reason}` : `aborted by ${s.actor}`;
}
function configChanged(saved) {
    return (`the deploy config ${saved.configPath} differs from the one this rollout started with (${saved.configHash.slice(0, 19)}…): ` +
        'a paused rollout continues only with its own config (commands and checks are never read back from GitHub). ' +
        "Run this job on the commit the rollout started from, or abort the rollout (mode: abort runs the current config's rollback)");
}
/** `2026-06-01 12:10 UTC` */
function stamp(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `3d 4h`, or the compact form below a day. */
function formatDays(ms) {
    const days = Math.floor(ms / 86_400_000);
    if (days === 0)
        return (0,units/* formatDuration */.a3)(ms);
    const hours = Math.floor((ms % 86_400_000) / 3_600_000);
    return hours ? `${days}d ${hours}h` : `${days}d`;
}
/**
 * The Deployment status line and the PR comment's headline (GitHub keeps 140 characters):
 * `paused at 25% since …, next check …, promote with …`.
 */
function pausedLine(saved, lastCheck) {
    const until = saved.pauseEndsAt === null
        ? saved.why === 'inconclusive'
            ? 'analysis inconclusive, a person decides'
            : 'until promoted'
        : `pause ends ${stamp(saved.pauseEndsAt)}`;
    const checked = lastCheck === undefined ? '' : `, checked ${stamp(lastCheck).slice(11)}`;
    const line = `paused at ${saved.weight}% since ${stamp(saved.pausedAt)}${checked}, ${until}; promote: /stagegate promote ${saved.environment}`;
    return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
/** Runner time (the jobs' own durations) against the rollout's wall time, from its jobs. */
function timeUsed(jobs) {
    if (!jobs.length)
        return { runnerMs: 0, wallMs: 0 };
    const runnerMs = jobs.reduce((n, j) => n + Math.max(0, j.endedAt - j.startedAt), 0);
    const wallMs = Math.max(...jobs.map((j) => j.endedAt)) - Math.min(...jobs.map((j) => j.startedAt));
    return { runnerMs, wallMs };
}
/** The longest stretch without a measurement of the canary, given every moment it was watched (sorted or not). */
function longestGap(watchedAt) {
    const t = [...watchedAt].sort((a, b) => a - b);
    let gap = 0;
    for (let i = 1; i < t.length; i++)
        gap = Math.max(gap, t[i] - t[i - 1]);
    return gap;
}

// EXTERNAL MODULE: ./src/durable/comment-command.ts
var comment_command = __webpack_require__(90274);
// EXTERNAL MODULE: ./src/risk/profile.ts
var profile = __webpack_require__(21334);
;// CONCATENATED MODULE: ./src/durable/flow.ts
/**
 * Rollouts that outlive a job (SPEC §4): the deploy job's hand-off, and the `resume`, `promote`
 * and `abort` modes (also `/stagegate promote|abort` comments) acting on the newest paused
 * rollout of the environment. The state lives on GitHub Deployments (store.ts); what to do is
 * decided in decide.ts; the engine continues from the saved step.
 */








// ------------------------------------------------------------------ the deploy job's hand-off
/** The deploy job's hand-off: saves the rollout on a new paused Deployment; returns why it could not. */
async function handOffNew(f, h) {
    const gh = f.gh;
    if (!gh)
        return 'there is no GitHub API access (github-token, GITHUB_REPOSITORY) to save the paused rollout on';
    const r = f.record.view;
    const origin = Number(r.deploymentId);
    if (!origin)
        return 'this run has no GitHub Deployment of its own';
    const job = thisJob(f, 'deploy', `deployed to ${h.weight}%, handed off (${h.why})`);
    const saved = await savedRollout(f, h, { origin, startedAt: Date.parse(r.startedAt), jobs: [job], decisions: [] });
    return saveAndReport(f, saved, async (pausedId) => {
        await gh.setDeploymentStatus(origin, 'inactive', { description: `handed off to paused rollout ${pausedId}`, logUrl: r.runUrl });
    });
}
async function saveAndReport(f, saved, after) {
    const gh = f.gh;
    const line = pausedLine(saved);
    let id;
    try {
        id = await savePaused(gh, saved, {
            ref: f.s.run.ref || saved.sha,
            production: (0,github_side/* isProduction */.KV)(saved.environment),
            line,
            logUrl: f.record.view.runUrl || undefined
        });
    }
    catch (e) {
        return `could not save the paused rollout on a GitHub Deployment (${e.message})`;
    }
    await after(id).catch((e) => f.log.warning(`the paused rollout is saved on deployment ${id}, but: ${e.message}`));
    f.record.deploymentCreated(String(id));
    f.record.paused(pauseReport(saved, id, line));
    f.record.audit('handoff', 'handed off', { step: saved.step, weight: saved.weight, detail: `deployment ${id}: ${line}` });
    f.log.notice(`Handed off: ${line}`);
    return undefined;
}
// ------------------------------------------------------------------ a new deploy
/**
 * Why a new deploy of `environment` may not start: a rollout of it is paused (whatever its age:
 * it holds traffic until someone promotes or aborts it). Undefined when nothing is paused.
 */
async function pausedBlocks(gh, environment) {
    const found = await findPaused(gh, environment);
    if (!('found' in found))
        return undefined;
    const p = found.found;
    return (`a rollout of "${environment}" is paused (deployment ${p.id}: ${p.saved.service} ${p.saved.version} at ${p.saved.weight}%; ${p.line}). ` +
        `Finish it first: run Stagegate with mode: promote to continue it or mode: abort to roll it back ` +
        `(or comment /stagegate promote ${environment} / /stagegate abort ${environment} on a pull request)`);
}
// ------------------------------------------------------------------ resume / promote / abort
async function durableFlow(f, req, runEngine) {
    const gh = f.gh;
    if (!gh) {
        f.record.failed(`mode ${req.mode} needs the GitHub API (a github-token and GITHUB_REPOSITORY): the paused rollout lives on a GitHub Deployment`);
        return;
    }
    if (req.comment && !(await commenterMayAct(f, gh, req.comment)))
        return;
    const found = await findPaused(gh, f.s.inputs.environment);
    if ('none' in found)
        return idle(f, gh, req, `no rollout of "${f.s.inputs.environment}" is paused; nothing to do`);
    if ('invalid' in found) {
        f.record.failed(`deployment ${found.invalid.id} says it holds a paused rollout, but its payload is not one Stagegate wrote (${found.invalid.error}); nothing was run. Mark it inactive if it is not yours`);
        return;
    }
    await act(f, gh, req, found.found, runEngine);
}
async function act(f, gh, req, paused, runEngine) {
    const saved = paused.saved;
    const now = f.clock.now();
    const next = decide(saved, {
        mode: req.mode,
        now,
        configHash: configHash(await promises_.readFile(f.s.configPath)),
        expireAfterMs: f.s.env['expire-after'],
        actor: req.actor,
        reason: req.reason
    });
    f.record.resumedFrom(saved.record, paused.id);
    f.record.audit('resume', req.mode, {
        step: saved.step,
        weight: saved.weight,
        detail: `paused rollout ${paused.id}: ${describeNext(next)}`
    });
    if (next.kind === 'refuse') {
        f.record.blocked(next.why);
        return;
    }
    withSavedProfile(f, saved);
    const decision = req.mode === 'resume' ? undefined : decisionOf(f, req);
    let claimed;
    const resume = {
        step: saved.step,
        weight: saved.weight,
        startedAt: stepStart(f, saved),
        baseline: saved.baseline,
        tally: parseTally(saved.tally, f.s.env.analysis.checks.length),
        then: next.kind === 'rollback' ? { rollback: next.reason, trigger: next.trigger } : next.kind,
        claim: async () => {
            const c = await claim(gh, paused, {
                mode: req.mode,
                now: f.clock.now(),
                logUrl: f.record.view.runUrl || undefined,
                production: (0,github_side/* isProduction */.KV)(saved.environment)
            });
            if (!c.won)
                return c.why;
            claimed = c.id;
            f.record.deploymentCreated(String(c.id));
            f.state.update({ deploymentId: String(c.id), split: true, weight: saved.weight, pausedId: String(paused.id) });
            if (decision)
                f.record.decided(decision);
            return undefined;
        }
    };
    const save = (h) => claimed === undefined ? watched(f, gh, paused, saved) : handOffAgain(f, gh, paused, saved, h, claimed, decision);
    const outcome = await runEngine({ resume, save });
    await settle(f, gh, req, paused, outcome, claimed);
}
/** A resume that changed nothing: one status on the paused Deployment. */
async function watched(f, gh, paused, saved) {
    const line = pausedLine(saved, f.clock.now());
    try {
        await tick(gh, paused.id, line, f.record.view.runUrl || undefined);
    }
    catch (e) {
        f.record.note(`the status of paused deployment ${paused.id} was not updated: ${e.message}`);
    }
    f.record.deploymentCreated(String(paused.id));
    f.record.paused(pauseReport({ ...saved, jobs: [...saved.jobs, thisJob(f, 'resume', 'watched: one round, no change')] }, paused.id, line));
    return undefined; // the saved state is unchanged: nothing to roll back for
}
async function handOffAgain(f, gh, paused, prev, h, claimId, decision) {
    const job = thisJob(f, decision?.action ?? 'resume', `${decision ? `${decision.action}d by ${decision.actor}; ` : ''}moved to ${h.weight}%, handed off (${h.why})`);
    const gap = await unwatched(f, gh, paused, prev);
    const saved = await savedRollout(f, h, {
        origin: prev.origin,
        startedAt: prev.startedAt,
        jobs: [...prev.jobs, job],
        decisions: decision ? [...prev.decisions, decision] : prev.decisions,
        unwatchedMs: gap
    });
    return saveAndReport(f, saved, async (pausedId) => {
        await release(gh, paused.id, `continued by ${claimId}, handed off to ${pausedId}`, f.record.view.runUrl || undefined);
        await gh.setDeploymentStatus(claimId, 'inactive', {
            description: `handed off to paused rollout ${pausedId}`,
            logUrl: f.record.view.runUrl || undefined
        });
    });
}
/** After the engine: a lost claim changes nothing; a finished rollout settles the paused Deployment before its own outcome is written. */
async function settle(f, gh, req, paused, o, claimed) {
    if (o.lostClaim)
        return idle(f, gh, req, `another job is acting on paused rollout ${paused.id}: ${o.lostClaim}; this job changed nothing`, req.mode !== 'resume');
    if (req.comment)
        await reactOrNote(f, gh, req.comment.commentId, '+1');
    if (claimed === undefined)
        return; // only watched: the saved rollout stands as it was
    f.record.rolloutEnded(o);
    if (o.status === 'paused')
        return; // handed off again: saveAndReport wrote the new pause
    const prev = paused.saved;
    const job = thisJob(f, req.mode, `${o.status} at ${o.finalWeight}%`);
    const jobs = [...prev.jobs, job];
    const decisions = req.mode === 'resume' ? prev.decisions : [...prev.decisions, decisionOf(f, req)];
    const { runnerMs, wallMs } = timeUsed(jobs);
    const gap = await unwatched(f, gh, paused, prev);
    f.record.paused(pauseReport({ ...prev, jobs, decisions }, paused.id, `resumed from paused rollout ${paused.id}: ${o.status}`, gap), false);
    f.record.audit('resume', 'runner time', {
        detail: `${Math.round(runnerMs / 60_000)} min of runner time over ${Math.round(wallMs / 60_000)} min of wall time`
    });
    try {
        await release(gh, paused.id, `${o.status} (continued by ${claimed})`, f.record.view.runUrl || undefined);
    }
    catch (e) {
        f.record.note(`could not mark paused deployment ${paused.id} inactive: ${e.message}`);
    }
}
async function idle(f, gh, req, why, blocked = false) {
    if (blocked)
        f.record.blocked(why);
    else
        f.record.idle(why);
    f.log.info(why);
    if (req.comment)
        await reactOrNote(f, gh, req.comment.commentId, 'confused');
}
async function commenterMayAct(f, gh, c) {
    const role = await gh.collaboratorRole(c.user);
    f.record.audit('comment', `/stagegate ${c.action}`, {
        result: (0,comment_command/* mayAct */.qb)(role) ? 'allowed' : 'refused',
        detail: `@${c.user} (role ${role}) on #${c.issue}: ${c.reason || 'no reason given'}`
    });
    if ((0,comment_command/* mayAct */.qb)(role))
        return true;
    await reactOrNote(f, gh, c.commentId, '-1');
    f.record.blocked(`@${c.user} has the role "${role}" on this repository; /stagegate ${c.action} needs write, maintain or admin. Nothing was changed`);
    return false;
}
async function reactOrNote(f, gh, commentId, content) {
    const err = await (0,comment_command/* react */.wv)(gh, commentId, content);
    if (err)
        f.record.note(err);
}
// ------------------------------------------------------------------ pieces
async function savedRollout(f, h, o) {
    const r = f.record.view;
    const now = f.clock.now();
    return {
        kind: PAUSED_KIND,
        schema: PAYLOAD_SCHEMA,
        environment: f.s.inputs.environment,
        service: r.service,
        version: r.version,
        sha: r.sha,
        configHash: configHash(await promises_.readFile(f.s.configPath)),
        configPath: f.s.inputs.config,
        ...(r.change?.profile.name ? { profile: r.change.profile.name } : {}),
        origin: o.origin,
        startedAt: o.startedAt,
        pausedAt: now,
        why: h.why,
        step: h.step,
        weight: h.weight,
        pauseEndsAt: h.pauseEndsAt,
        plan: r.plan.map((p) => ({ ...p })),
        baseline: { ...r.baseline },
        tally: h.tally,
        record: compactRecord({ ...f.record.snapshot(), status: 'paused', finalWeight: h.weight }, h.step),
        jobs: o.jobs.map((j) => ({ ...j, mode: j.mode })),
        decisions: o.decisions,
        ...(o.unwatchedMs ? { unwatchedMs: o.unwatchedMs } : {})
    };
}
function thisJob(f, mode, did) {
    return { runUrl: f.record.view.runUrl, mode, actor: f.s.run.actor, startedAt: f.jobStartedAt, endedAt: f.clock.now(), did };
}
function decisionOf(f, req) {
    return {
        action: req.mode,
        actor: req.comment?.user ?? req.actor,
        at: f.clock.now(),
        reason: req.reason,
        via: req.comment ? 'comment' : 'input'
    };
}
function pauseReport(saved, id, line, unwatchedMs) {
    const { runnerMs, wallMs } = timeUsed(saved.jobs);
    const env = saved.environment;
    return {
        line,
        next: `Continue now: run Stagegate with \`mode: promote\` (or comment \`/stagegate promote ${env} <reason>\`); stop: \`mode: abort\` (or \`/stagegate abort ${env} <reason>\`). Scheduled \`mode: resume\` runs watch it meanwhile.`,
        deploymentId: String(id),
        jobs: saved.jobs,
        decisions: saved.decisions,
        runnerMs,
        wallMs,
        ...((unwatchedMs ?? saved.unwatchedMs) ? { longestUnwatchedMs: unwatchedMs ?? saved.unwatchedMs } : {})
    };
}
/** The longest stretch the canary ran without a round while this paused Deployment held it (its statuses are the rounds). */
async function unwatched(f, gh, paused, prev) {
    const times = await statusTimes(gh, paused.id).catch(() => []);
    const gap = longestGap([prev.pausedAt, ...times.map((t) => t.at), f.jobStartedAt]);
    return Math.max(gap, prev.unwatchedMs ?? 0);
}
function stepStart(f, saved) {
    return f.record.view.steps.findLast((s) => s.index === saved.step)?.startedAt ?? saved.pausedAt;
}
/** The rollout goes on with the risk profile it started with (the same config: its hash matched), and its change's type and risk. */
function withSavedProfile(f, saved) {
    if (saved.profile)
        f.s.env = (0,profile/* applyProfile */.mO)(f.s.env, f.s.env.profiles?.[saved.profile]);
    const c = f.record.view.change;
    if (c)
        f.s.change = { type: c.type, risk: c.risk };
}
function describeNext(n) {
    switch (n.kind) {
        case 'refuse':
            return 'refused: the config changed';
        case 'rollback':
            return `roll back (${n.reason})`;
        case 'watch':
            return `watch one round, paused ${n.until}`;
        case 'continue':
            return `continue: ${n.why}`;
    }
}


/***/ }),

/***/ 64458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployFlow: () => (/* binding */ deployFlow),
  durableEngine: () => (/* binding */ durableEngine)
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
    return {
        reason: reason(analysis, tally, verdict, tripping),
        measurement: tripping,
        bound: tally.summaries[tripping.checkIndex].bound,
        ...(wanted === 'inconclusive' ? { inconclusive: true } : {})
    };
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
    return { reason: `${c.metric} inconclusive: ${s.shortfall} ${where(tally)}`, bound: s.bound, inconclusive: true };
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
        return {
            reason: `${c.metric} canary vs stable inconclusive: ${s.shortfall} ${where(tally)}`,
            measurement: lastCanary,
            bound: s.bound,
            inconclusive: true
        };
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
/** Thrown to stop at a pause that outlives the job: the rollout is saved and continues in a later job. */
class HandOffRequest extends Error {
    why;
    pauseEndsAt;
    constructor(why, pauseEndsAt) {
        super(`handed off (${why})`);
        this.why = why;
        this.pauseEndsAt = pauseEndsAt;
        this.name = 'HandOffRequest';
    }
}
/** Thrown when another job claimed the paused rollout first: this job changes nothing. */
class ClaimLost extends Error {
}
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
            const first = this.input.resume ? await this.resume(this.input.resume) : await this.start();
            const plan = this.input.plan;
            for (const [i, step] of plan.entries())
                if (i >= first)
                    await this.runStep(step, i === plan.length - 1);
            await this.promote();
            return this.finish('succeeded', this.weight);
        }
        catch (e) {
            if (e instanceof ClaimLost)
                return { status: 'paused', finalWeight: this.weight, lostClaim: e.message };
            if (e instanceof HandOffRequest && this.current)
                return this.handOff(e, this.current);
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
    /** A new rollout: baseline, deploy; the steps start with the first. */
    async start() {
        await this.takeBaseline();
        this.stopIfCancelled();
        await this.deploy();
        return 0;
    }
    /**
     * A handed-off rollout continues: its step holds its weight (set and verified by an earlier job);
     * a rollback asked for happens now; otherwise one round on the live canary, then either hand
     * back (`watch`) or the step's end and the next steps (`continue`). Returns the next step's position.
     */
    async resume(r) {
        const plan = this.input.plan[r.step - 1];
        Object.assign(this.baseline, r.baseline);
        this.weight = r.weight;
        this.deployStarted = true;
        const step = this.openStep(plan, r.startedAt);
        this.setTally(step, { ...r.tally, baseline: { ...r.baseline } });
        step.pauseStart = step.record.startedAt;
        this.events.emit('onStepResume', structuredClone(step.record), this.input.plan.length);
        if (typeof r.then === 'object') {
            await this.claim(r);
            throw new RollbackRequest(r.then.trigger, r.then.rollback);
        }
        const trip = this.input.env.analysis.checks.length ? await this.measureRound(step) : undefined;
        if (r.then === 'watch') {
            if (trip && !(trip.inconclusive && this.input.handOff?.onInconclusive === 'pause')) {
                await this.claim(r);
                this.tripOn(trip);
            }
            throw new HandOffRequest('job-budget', null); // only watched: the flow keeps the saved pause as it was
        }
        await this.claim(r);
        this.tripOn(trip, true);
        // not judged: a handed-off pause is watched by single rounds (min-samples and compared checks need one job's rounds)
        this.streaks = step.tally.streaks;
        this.endStep('passed');
        return r.step;
    }
    async claim(r) {
        const lost = await r.claim();
        if (lost !== undefined)
            throw new ClaimLost(lost);
    }
    /** A pause this job does not wait for: until-promoted, or one that would end past the job's budget. */
    async handOffIfDue(plan, step) {
        const policy = this.input.handOff;
        if (!policy)
            return;
        const now = this.deps.clock.now();
        const why = plan.untilPromoted ? 'until-promoted' : now + plan.pauseMs > policy.deadline ? 'job-budget' : undefined;
        if (!why)
            return;
        // one round right before the canary is left alone: a breach now still rolls back in this job
        if (this.input.env.analysis.checks.length)
            this.tripOn(await this.measureRound(step));
        throw new HandOffRequest(why, why === 'until-promoted' ? null : now + plan.pauseMs);
    }
    /** Saves the handed-off rollout; a rollout that cannot be saved must not stay split: it rolls back. */
    async handOff(h, step) {
        const plan = this.input.plan[step.record.index - 1];
        step.record.durationMs = this.deps.clock.now() - step.record.startedAt;
        const handOff = {
            step: plan.index,
            weight: this.weight,
            pauseEndsAt: h.pauseEndsAt,
            why: h.why,
            tally: structuredClone(step.tally),
            streaks: [...step.tally.streaks]
        };
        this.events.emit('onPhase', 'step', `handed off at step ${plan.index} (${this.weight}%): ${h.why}`);
        const err = await this.input.handOff?.save(handOff).catch((e) => e.message);
        if (err !== undefined)
            return this.rollbackNoThrow(new RollbackRequest('error', `could not hand off: ${err}`));
        this.events.emit('onTrafficState', false, this.weight); // paused on purpose: nothing for the post step to undo
        return { status: 'paused', finalWeight: this.weight, handOff };
    }
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
        const step = this.openStep(plan);
        this.events.emit('onPhase', 'step', `step ${plan.index}/${this.input.plan.length}: ${previousWeight}% → ${plan.weight}%`);
        this.events.emit('onStepStart', structuredClone(step.record), this.input.plan.length);
        this.weight = plan.weight;
        this.events.emit('onTrafficState', true, plan.weight);
        const ctx = { step: plan.index, weight: plan.weight, previousWeight, track: 'canary' };
        await this.shiftWhileWatching(step, ctx, ` at step ${plan.index} (${plan.weight}%)`);
        await this.handOffIfDue(plan, step);
        await this.pause(plan, step, isLast);
        this.streaks = step.tally.streaks;
        this.endStep('passed');
    }
    openStep(plan, startedAt = this.deps.clock.now()) {
        const record = {
            index: plan.index,
            weight: plan.weight,
            pauseMs: plan.pauseMs,
            startedAt,
            durationMs: 0,
            result: 'running',
            checks: []
        };
        const tally = startTally(this.input.env.analysis, this.baseline, plan, this.streaks);
        record.checks = tally.summaries;
        const step = { record, tally, abort: new AbortController() };
        this.current = step;
        return step;
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
            this.tripOn(await this.measureRound(step), true);
        }
        await this.sleepUntil(end);
        if (plan.pauseMs > 0 || !isLast)
            this.tripOn(await this.measureRound(step), true);
        const judged = finishStep(a, step.tally, plan.pauseMs > 0);
        this.setTally(step, judged.tally);
        this.tripOn(judged.trip, true);
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
    /** A trip rolls back; past inconclusive-limit with `on-inconclusive: pause` (and `pausable`) it hands off to a person. */
    tripOn(trip, pausable = false) {
        if (!trip)
            return;
        if (pausable && trip.inconclusive && this.input.handOff?.onInconclusive === 'pause')
            throw new HandOffRequest('inconclusive', null);
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
// EXTERNAL MODULE: ./src/report/markdown.ts + 4 modules
var markdown = __webpack_require__(8536);
// EXTERNAL MODULE: ./src/flow/context.ts + 5 modules
var context = __webpack_require__(98037);
// EXTERNAL MODULE: ./src/risk/phases.ts
var phases = __webpack_require__(74791);
// EXTERNAL MODULE: ./src/risk/resolve.ts + 3 modules
var resolve = __webpack_require__(13203);
// EXTERNAL MODULE: ./src/flow/setup.ts + 3 modules
var setup = __webpack_require__(8622);
;// CONCATENATED MODULE: ./src/traffic/lazy.ts
async function runTrafficAction(cfg, name, ctx, template, signal, log, ledger) {
    const { trafficAction } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 87805));
    const res = await trafficAction(cfg, name, ctx, template, signal, ledger);
    if (res?.stdout)
        log.info(`[${name}] ${res.stdout.trimEnd()}`);
    if (res?.stderr)
        log.error(res.stderr.trimEnd());
    return res;
}

// EXTERNAL MODULE: ./src/durable/flow.ts + 4 modules
var flow = __webpack_require__(6170);
// EXTERNAL MODULE: ./src/durable/context.ts
var durable_context = __webpack_require__(7008);
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
    const held = await f.github.lockHeldBy(f.clock.now(), r.deploymentId);
    const lock = (await pausedHere(f)) ?? held;
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
/**
 * A paused rollout of the environment blocks a new deploy (SPEC §4), whatever its age. Looked up
 * only when the lock scan listed a Deployment saying it holds one (no extra request otherwise);
 * unreadable deployments are the lock's to judge.
 */
async function pausedHere(f) {
    if (!f.github.gh || f.github.pausedSeen === undefined)
        return undefined;
    return (0,flow/* pausedBlocks */.R_)(f.github.gh, f.s.inputs.environment).catch(() => undefined);
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
    const durable = (0,durable_context/* durableContext */.H)(f, state);
    const outcome = await runRollout({ env: s.env, plan: record.view.plan, handOff: (0,durable_context/* handOffPolicy */.Z)(f, durable.jobStartedAt, (h) => (0,flow/* handOffNew */.jV)(durable, h)) }, {
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
/** The engine for a job continuing a handed-off rollout (src/durable/flow.ts): the report already holds the saved steps. */
function durableEngine(f, state, jobStartedAt) {
    return async ({ resume, save }) => {
        const groups = new LogGroups(f.runtime);
        return runRollout({ env: f.s.env, plan: f.record.view.plan, resume, handOff: (0,durable_context/* handOffPolicy */.Z)(f, jobStartedAt, save) }, {
            clock: f.clock,
            signal: f.signal,
            log: f.runtime,
            runAction: (name, ctx, signal) => runAction(f, name, ctx, signal),
            measure: (0,context/* measureWith */.TS)(f),
            events: f.record.engineEvents(engineEvents(f, state, groups))
        }).finally(() => groups.end());
    };
}
function runAction(f, name, ctx, signal) {
    const request = (0,action_request/* actionRequest */.E)(f.s.env.actions, name, (0,context/* commandBase */.ld)(f.s), ctx, f.s.run.workspace, signal);
    if (request)
        return f.runCommand(request);
    // No command of the user's for this action: a built-in traffic adapter, if configured, does it.
    const traffic = f.s.env.traffic;
    return traffic ? runTrafficAction(traffic, name, ctx, (0,setup/* templateBase */.i$)(f.s, ctx.weight), signal, f.runtime, f.ledger) : Promise.resolve(null);
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

/***/ 21334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ describeProfile),
/* harmony export */   mO: () => (/* binding */ applyProfile),
/* harmony export */   tk: () => (/* binding */ chooseProfile)
/* harmony export */ });
/* unused harmony export PROFILE_APPROVAL_GATE */
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


/***/ }),

/***/ 13203:
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

// EXTERNAL MODULE: ./src/risk/profile.ts
var risk_profile = __webpack_require__(21334);
;// CONCATENATED MODULE: ./src/risk/resolve.ts






/** Classifies the change and replaces `s.env` by the effective environment of its profile. */
async function resolveRisk(s, gh, log) {
    const facts = await gatherFacts(gh, s.run, log, s.inputs.prNumber);
    const ruled = classify(facts, s.config.risk);
    refuseSilentLowering(s, ruled);
    const classification = withInputs(ruled, { type: s.inputs.changeType, risk: s.inputs.risk, actor: s.run.actor });
    const choice = (0,risk_profile/* chooseProfile */.tk)(s.env, classification);
    const profile = choice.name ? s.env.profiles?.[choice.name] : undefined;
    if (choice.name === 'hotfix' && !s.inputs.reason)
        refuseHotfixWithoutReason(s, choice, log);
    s.env = (0,risk_profile/* applyProfile */.mO)(s.env, profile);
    s.change = { type: classification.type, risk: classification.risk };
    const report = changeReport(facts, classification, { ...choice, changes: (0,risk_profile/* describeProfile */.J2)(profile) });
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
