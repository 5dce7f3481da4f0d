export const id = 661;
export const ids = [661];
export const modules = {

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ endGroups),
/* harmony export */   SC: () => (/* binding */ readLedger),
/* harmony export */   fO: () => (/* binding */ KILL_GRACE_MS),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   kQ: () => (/* binding */ stillAlive),
/* harmony export */   xq: () => (/* binding */ groupAlive)
/* harmony export */ });
/* unused harmony exports processStart, GroupLedger, ledgerPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Process groups of user commands: whether one is alive, how to end it, and the ledger the main
 * step keeps of every group it started, so the post step can end what a killed main step left
 * running (a `set-weight` that would otherwise write its weight after the rollback).
 * Linux reads /proc; elsewhere a group counts as alive while `kill(-pgid, 0)` succeeds.
 */




/** Time between SIGTERM and SIGKILL for a killed process group. */
const KILL_GRACE_MS = 5000;
/** After SIGKILL, how long to wait for the kernel to remove the members. */
const AFTER_KILL_MS = 5000;
const POLL_MS = 50;
function signalGroup(pgid, sig) {
    try {
        process.kill(-pgid, sig);
    }
    catch {
        // the group is already gone
    }
}
/** Whether any member of the process group is still running (zombies awaiting their reaper do not count). */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    return process.platform !== 'linux' || liveGroupIds().has(pgid);
}
/** The process group ids that have at least one live (non-zombie) member; one pass over /proc. */
function liveGroupIds() {
    const out = new Set();
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return out;
    }
    for (const e of entries) {
        if (!/^\d+$/.test(e))
            continue;
        const fields = statFields(Number(e));
        // after "pid (comm) ": state ppid pgrp ...
        if (fields && fields[0] !== 'Z' && fields[0] !== 'X')
            out.add(Number(fields[2]));
    }
    return out;
}
/** Fields of /proc/<pid>/stat after "pid (comm) " (index 0 is the state), or undefined. */
function statFields(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    }
    catch {
        return undefined;
    }
}
/** The start time of a process (clock ticks since boot), '' when unknown. */
function processStart(pid) {
    return statFields(pid)?.[19] ?? '';
}
/**
 * The recorded groups that are still alive and still the ones recorded: while a group has a
 * member its id cannot be reused, so a live group whose id matches is ours unless a process with
 * that pid exists and started at another time (the id was reused after our group died).
 */
function stillAlive(records) {
    if (process.platform !== 'linux')
        return records.filter((r) => groupAlive(r.pgid));
    const live = liveGroupIds();
    return records.filter((r) => {
        if (!live.has(r.pgid))
            return false;
        const leaderStart = processStart(r.pgid);
        return leaderStart === '' || r.start === '' || leaderStart === r.start;
    });
}
/**
 * Ends groups: SIGTERM, SIGKILL after `graceMs`, then waits until every member is gone.
 * Returns the groups that survived even SIGKILL (a process stuck in the kernel).
 */
async function endGroups(records, graceMs = KILL_GRACE_MS) {
    for (const r of records)
        signalGroup(r.pgid, 'SIGTERM');
    let left = await waitGone(records, graceMs);
    for (const r of left)
        signalGroup(r.pgid, 'SIGKILL');
    left = await waitGone(left, AFTER_KILL_MS);
    return left;
}
async function waitGone(records, limitMs) {
    const end = Date.now() + limitMs;
    let left = stillAlive(records);
    while (left.length && Date.now() < end) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        left = stillAlive(left);
    }
    return left;
}
/**
 * An append-only file of `start <pgid> <leader start> <label>` and `end <pgid>` lines, written
 * synchronously as each command starts and ends: a main step killed at any instant leaves a
 * complete record of what it had running.
 */
class GroupLedger {
    path;
    constructor(path) {
        this.path = path;
    }
    started(pgid, label) {
        this.append(`start ${pgid} ${processStart(pgid) || '-'} ${label.replace(/\s+/g, ' ')}\n`);
    }
    /** The command finished; its group is forgotten only if nothing of it is left running. */
    ended(pgid) {
        if (!groupAlive(pgid))
            this.append(`end ${pgid}\n`);
    }
    append(line) {
        try {
            appendFileSync(this.path, line);
        }
        catch {
            // the ledger is a safety net for the post step; a full disk must not fail the command
        }
    }
}
/** The groups a ledger recorded as started and not ended (oldest first). */
function readLedger(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return [];
    }
    const open = new Map();
    for (const line of text.split('\n')) {
        const m = /^(start|end) (\d+)(?: (\S+) (.*))?$/.exec(line);
        if (!m)
            continue;
        const pgid = Number(m[2]);
        if (m[1] === 'end')
            open.delete(pgid);
        else
            open.set(pgid, { pgid, start: m[3] === '-' ? '' : (m[3] ?? ''), label: m[4] ?? '' });
    }
    return [...open.values()];
}
/** A fresh ledger path for this run's main step, under RUNNER_TEMP (the runner empties it after the job). */
function ledgerPath(env) {
    const dir = env.RUNNER_TEMP || tmpdir();
    return join(dir, `stagegate-groups-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID()}.log`);
}


/***/ }),

/***/ 2786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ inheritedEnv),
/* harmony export */   P1: () => (/* binding */ stagegateEnv),
/* harmony export */   _m: () => (/* binding */ createCommandRunner)
/* harmony export */ });
/* unused harmony exports TAIL_BYTES, HEAD_BYTES, LOG_LINE_BYTES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5723);
/* harmony import */ var _config_env_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1064);
/**
 * Runs user commands (actions, command gates, command metrics) with `bash -e -c`, in their own
 * process group, so a timeout or a cancellation kills the command and everything it started.
 * The main step's runner also writes each group to a ledger (./groups.ts), so the post step can
 * end what a killed main step left running. Output is handled in bounded memory, linear time.
 * This module lives in the real world: it uses real timers, not the injected Clock.
 */



/** Output kept per stream in the result: the last TAIL_BYTES and the first HEAD_BYTES. */
const TAIL_BYTES = 64 * 1024;
const HEAD_BYTES = 8 * 1024;
/** The longest line echoed to the log; the rest of a longer line is counted, not shown. */
const LOG_LINE_BYTES = 16 * 1024;

/** After bash exits, how long to wait for its pipes to drain (a background daemon may hold them open). */
const DRAIN_MS = 500;
const GROUP_POLL_MS = 50;
/**
 * The job's environment minus what user commands must not see: the action's own inputs (the
 * `github-token` among them) and the runner's internal tokens. The job's `env:` passes through.
 */
function inheritedEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (!(0,_config_env_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .isHiddenEnv */ .k)(k))
            out[k] = v;
    return out;
}
/**
 * A command runner that echoes each command's output lines to `log`; the main step's runner also
 * writes every group it starts to `ledger` (for the post step).
 */
function createCommandRunner(log, ledger) {
    return (request) => runOne(request, log, ledger);
}
async function runOne(request, log, ledger) {
    const started = Date.now();
    if (request.signal?.aborted) {
        return { exitCode: null, outcome: 'aborted', durationMs: 0, stdout: '', stderr: '' };
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['-e', '-c', request.run], {
        cwd: request.cwd,
        env: { ...inheritedEnv(process.env), ...request.env },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    if (child.pid !== undefined)
        ledger?.started(child.pid, request.label);
    const echo = request.stream !== false ? log : undefined;
    const out = new OutputSink(request.label, 'stdout', echo);
    const err = new OutputSink(request.label, 'stderr', echo);
    child.stdout?.on('data', (b) => out.write(b));
    child.stderr?.on('data', (b) => err.write(b));
    const killer = new GroupKiller(child);
    const timer = setTimeout(() => killer.kill('timeout'), Math.max(0, request.timeoutMs));
    const onAbort = () => killer.kill('aborted');
    request.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const exit = await waitForExit(child);
        await drain(child);
        await killer.settle();
        out.flush();
        err.flush();
        return {
            exitCode: exit.code,
            outcome: killer.reason ?? (exit.code === 0 ? 'ok' : 'failed'),
            durationMs: Date.now() - started,
            stdout: out.text(),
            stderr: err.text() + (exit.spawnError ? `${exit.spawnError}\n` : ''),
            ...(out.truncated ? { stdoutTruncated: true } : {}),
            ...(err.truncated ? { stderrTruncated: true } : {})
        };
    }
    finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        killer.dispose();
        if (child.pid !== undefined)
            ledger?.ended(child.pid);
    }
}
/** Resolves with bash's exit code (null when killed by a signal or when it could not start). */
function waitForExit(child) {
    return new Promise((resolve) => {
        child.once('error', (e) => resolve({ code: null, spawnError: `could not start bash: ${e.message}` }));
        child.once('exit', (code) => resolve({ code }));
    });
}
/** Waits for stdout/stderr to close, but not for a background process that keeps them open. */
async function drain(child) {
    const closed = (s) => !s || s.closed ? Promise.resolve() : new Promise((r) => s.once('close', () => r()));
    let t;
    await Promise.race([Promise.all([closed(child.stdout), closed(child.stderr)]), new Promise((r) => (t = setTimeout(r, DRAIN_MS)))]);
    clearTimeout(t);
    child.stdout?.destroy();
    child.stderr?.destroy();
}
/** Kills a whole process group: SIGTERM, then SIGKILL after KILL_GRACE_MS if anything survives. */
class GroupKiller {
    child;
    reason;
    deadline = 0;
    escalation;
    constructor(child) {
        this.child = child;
    }
    kill(reason) {
        if (this.reason || this.child.pid === undefined)
            return;
        this.reason = reason;
        this.deadline = Date.now() + _groups_js__WEBPACK_IMPORTED_MODULE_1__/* .KILL_GRACE_MS */ .fO;
        (0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .signalGroup */ .i8)(this.child.pid, 'SIGTERM');
        this.escalation = setTimeout(() => this.forceKill(), _groups_js__WEBPACK_IMPORTED_MODULE_1__/* .KILL_GRACE_MS */ .fO);
    }
    /** After bash exited: if the group was killed, waits until every member is gone (or SIGKILLs it). */
    async settle() {
        const pid = this.child.pid;
        if (!this.reason || pid === undefined)
            return;
        while ((0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupAlive */ .xq)(pid) && Date.now() < this.deadline) {
            await new Promise((r) => setTimeout(r, GROUP_POLL_MS));
        }
        if ((0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupAlive */ .xq)(pid))
            this.forceKill();
    }
    dispose() {
        clearTimeout(this.escalation);
    }
    forceKill() {
        if (this.child.pid !== undefined && (0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .groupAlive */ .xq)(this.child.pid))
            (0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .signalGroup */ .i8)(this.child.pid, 'SIGKILL');
    }
}
/**
 * One output stream of a command, in bounded memory and linear time whatever it prints: complete
 * lines go to the log with the label as prefix (a line longer than LOG_LINE_BYTES is cut there and
 * says how much was not shown); the result keeps the first HEAD_BYTES and the last TAIL_BYTES,
 * with a marker where output was dropped.
 */
class OutputSink {
    label;
    stream;
    echo;
    head = [];
    headSize = 0;
    tailChunks = [];
    tailSize = 0;
    total = 0;
    line = [];
    lineSize = 0;
    lineDropped = 0;
    constructor(label, stream, 
    /** Where output lines are echoed; undefined: kept, not echoed. */
    echo) {
        this.label = label;
        this.stream = stream;
        this.echo = echo;
    }
    write(b) {
        this.total += b.length;
        this.keepHead(b);
        this.keepTail(b);
        if (this.echo)
            this.echoLines(b);
    }
    flush() {
        if (this.echo && (this.lineSize || this.lineDropped))
            this.echo.info(this.takeLine());
    }
    /** Whether output was dropped between the head and the tail. */
    get truncated() {
        return this.total > HEAD_BYTES + TAIL_BYTES;
    }
    /** All of the output when it fits, else its head, a marker and its tail. */
    text() {
        const tail = Buffer.concat(this.tailChunks);
        if (this.total <= TAIL_BYTES)
            return tail.toString('utf8');
        const head = Buffer.concat(this.head);
        const headPart = head.subarray(0, Math.max(0, Math.min(head.length, this.total - TAIL_BYTES)));
        if (!this.truncated)
            return Buffer.concat([headPart, tail]).toString('utf8');
        const dropped = this.total - HEAD_BYTES - TAIL_BYTES;
        return `${headPart.toString('utf8')}\n… [output truncated: ${dropped} bytes not kept] …\n${tail.toString('utf8')}`;
    }
    echoLines(b) {
        const batch = [];
        let from = 0;
        for (let nl = b.indexOf(10, from); nl !== -1; nl = b.indexOf(10, from)) {
            this.addToLine(b.subarray(from, nl));
            batch.push(this.takeLine());
            from = nl + 1;
        }
        this.addToLine(b.subarray(from));
        // one write per chunk, not per line: a million short lines stay cheap
        if (batch.length)
            this.echo?.info(batch.join('\n'));
    }
    addToLine(piece) {
        const room = LOG_LINE_BYTES - this.lineSize;
        if (piece.length > room)
            this.lineDropped += piece.length - room;
        const kept = piece.length > room ? piece.subarray(0, room) : piece;
        if (kept.length) {
            // copy: the chunk's memory is not pinned by a partial line
            this.line.push(Buffer.from(kept));
            this.lineSize += kept.length;
        }
    }
    takeLine() {
        const text = Buffer.concat(this.line).toString('utf8').replace(/\r$/, '');
        const more = this.lineDropped ? ` … [line cut: ${this.lineDropped} more bytes not shown]` : '';
        this.line = [];
        this.lineSize = 0;
        this.lineDropped = 0;
        return `[${this.label}${this.stream === 'stderr' ? ' stderr' : ''}] ${text}${more}`;
    }
    keepHead(b) {
        if (this.headSize >= HEAD_BYTES)
            return;
        const part = Buffer.from(b.subarray(0, HEAD_BYTES - this.headSize));
        this.head.push(part);
        this.headSize += part.length;
    }
    keepTail(b) {
        const part = b.length > TAIL_BYTES ? b.subarray(b.length - TAIL_BYTES) : b;
        this.tailChunks.push(Buffer.from(part));
        this.tailSize += part.length;
        while (this.tailSize > TAIL_BYTES) {
            const excess = this.tailSize - TAIL_BYTES;
            const first = this.tailChunks[0];
            if (first.length <= excess) {
                this.tailChunks.shift();
                this.tailSize -= first.length;
            }
            else {
                this.tailChunks[0] = first.subarray(excess);
                this.tailSize -= excess;
            }
        }
    }
}
/** The STAGEGATE_* variables a command sees (SPEC §2): the context travels in the environment, never in the command text. */
function stagegateEnv(base, a) {
    const env = {
        STAGEGATE_SERVICE: base.service,
        STAGEGATE_ENVIRONMENT: base.environment,
        STAGEGATE_VERSION: base.version,
        STAGEGATE_SHA: base.sha,
        STAGEGATE_STEP: a.step === undefined ? '' : String(a.step),
        STAGEGATE_WEIGHT: String(a.weight),
        STAGEGATE_PREVIOUS_WEIGHT: String(a.previousWeight),
        STAGEGATE_TRACK: a.track,
        // always set, so a STAGEGATE_REASON in the runner's own environment never leaks into a non-rollback command
        STAGEGATE_REASON: a.reason ?? '',
        STAGEGATE_RISK: base.risk ?? '',
        STAGEGATE_CHANGE_TYPE: base.changeType ?? ''
    };
    return env;
}


/***/ }),

/***/ 1064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ HIDDEN_ENV_TEXT),
/* harmony export */   k: () => (/* binding */ isHiddenEnv)
/* harmony export */ });
/**
 * The ONE rule for which of the runner's variables user-controlled text may read: `{{ env.NAME }}`
 * placeholders (sent to servers the config names) and the environment of user commands.
 * Hidden: the action's own inputs (`INPUT_*`, the github-token among them), saved state
 * (`STATE_*`), the runner's internal `ACTIONS_*` variables (runtime, OIDC, cache and results
 * tokens and URLs) and `GITHUB_TOKEN`. Only the documented debug switches pass.
 */
const HIDDEN_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_'];
const HIDDEN_NAMES = ['GITHUB_TOKEN'];
const ALLOWED_ACTIONS = ['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG'];
/** True for a variable that no placeholder may resolve and no user command sees. */
function isHiddenEnv(name) {
    const upper = name.toUpperCase();
    if (ALLOWED_ACTIONS.includes(upper))
        return false;
    return HIDDEN_PREFIXES.some((p) => upper.startsWith(p)) || HIDDEN_NAMES.includes(upper);
}
/** How the rule reads in an error message. */
const HIDDEN_ENV_TEXT = "INPUT_* (the action's inputs), STATE_*, ACTIONS_* (the runner's internal tokens and URLs) and GITHUB_TOKEN";


/***/ }),

/***/ 3051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ PLACEHOLDER),
/* harmony export */   MJ: () => (/* binding */ COMMAND_VARIABLES),
/* harmony export */   XZ: () => (/* binding */ isPlaceholderName),
/* harmony export */   hX: () => (/* binding */ unknownPlaceholders),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   wA: () => (/* binding */ ALLOWED_PLACEHOLDERS)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_NAMES */
/**
 * THE placeholder table (SPEC §2): every `{{ name }}` allowed in URLs, headers, queries and JSON
 * paths besides `{{ env.NAME }}`, and what it renders from the context. The schema's check, the
 * renderer (template.ts), the JSON Schema and the config errors all read this one table.
 */
const PLACEHOLDERS = {
    track: (c) => c.track,
    version: (c) => c.version,
    environment: (c) => c.environment,
    service: (c) => c.service,
    sha: (c) => c.sha,
    weight: (c) => String(c.weight)
};
/** The placeholder names SPEC §2 allows, in the table's order. */
const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS);
/** `env.NAME, track, version, …` for error messages. */
const ALLOWED_PLACEHOLDERS = ['env.NAME', ...PLACEHOLDER_NAMES].join(', ');
const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
/**
 * The STAGEGATE_* variables every command sees (src/actions/run-command.ts sets exactly these):
 * commands take no placeholders and read the context from here instead.
 */
const COMMAND_VARIABLES = [
    'STAGEGATE_SERVICE',
    'STAGEGATE_ENVIRONMENT',
    'STAGEGATE_VERSION',
    'STAGEGATE_SHA',
    'STAGEGATE_STEP',
    'STAGEGATE_WEIGHT',
    'STAGEGATE_PREVIOUS_WEIGHT',
    'STAGEGATE_TRACK',
    'STAGEGATE_REASON',
    'STAGEGATE_RISK',
    'STAGEGATE_CHANGE_TYPE'
];
function isPlaceholderName(name) {
    return Object.hasOwn(PLACEHOLDERS, name);
}
/** Returns the placeholders of `text` that are not allowed, e.g. `["trak"]`. */
function unknownPlaceholders(text) {
    const bad = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
        const name = m[1];
        if (!isPlaceholderName(name) && !/^env\.[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            bad.push(name);
    }
    return bad;
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   pl: () => (/* binding */ envNamesIn)
/* harmony export */ });
/* unused harmony exports TemplateError, escapePromQL, secretForms, redactString, stripUserInfo */
/* harmony import */ var _template_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3051);
/* harmony import */ var _env_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1064);


class TemplateError extends Error {
}
/** Replaces every placeholder in `text`; throws TemplateError for an unset env.NAME or unknown name. */
function render(text, ctx, escape) {
    return text.replace(_template_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACEHOLDER */ .Kx, (_whole, name, offset) => {
        const value = lookup(name, ctx);
        if (escape === 'url')
            refuseDotSegment(text, name, value, offset, _whole.length);
        return escapeFor(escape, value, offset);
    });
}
/**
 * A value of `.` or `..` that forms a whole URL path segment would be normalised away by every
 * URL parser (`/api/../x` is `/x`; `%2E%2E` too, by the WHATWG URL rules), silently changing the
 * address. It is refused.
 */
function refuseDotSegment(text, name, value, offset, length) {
    if (value !== '.' && value !== '..')
        return;
    const query = text.search(/[?#]/);
    if (query !== -1 && query < offset)
        return;
    const before = text[offset - 1];
    const after = text[offset + length];
    if (before === '/' && (after === undefined || after === '/' || after === '?' || after === '#')) {
        throw new TemplateError(`{{ ${name} }} renders "${value}", a "." or ".." URL path segment that would be normalised away (changing the address); refused`);
    }
}
function lookup(name, ctx) {
    if (name.startsWith('env.')) {
        const key = name.slice(4);
        if ((0,_env_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isHiddenEnv */ .k)(key))
            throw new TemplateError(`{{ ${name} }} is never resolved: placeholders cannot read ${_env_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .HIDDEN_ENV_TEXT */ .f}`);
        const v = ctx.env[key];
        if (v === undefined || v === '')
            throw new TemplateError(`environment variable ${key} (used as {{ ${name} }}) is not set`);
        return v;
    }
    if ((0,_template_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholderName */ .XZ)(name))
        return _template_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACEHOLDERS */ .je[name](ctx);
    throw new TemplateError(`unknown placeholder {{ ${name} }}`);
}
function escapeFor(escape, value, offset) {
    switch (escape) {
        case 'promql':
            return escapePromQL(value);
        case 'url':
            // A placeholder that starts the URL is its base address (`{{ env.PROM_URL }}/api`): kept as is.
            return offset === 0 ? value : encodeURIComponent(value);
        case 'none':
            return value;
        default: {
            const never = escape;
            throw new Error(`unknown escape ${String(never)}`);
        }
    }
}
/** Escapes a value for a PromQL double-quoted string (label matcher value). */
function escapePromQL(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
/** The env names referenced by `{{ env.NAME }}` in `text`. */
function envNamesIn(text) {
    const out = [];
    for (const m of text.matchAll(_template_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PLACEHOLDER */ .Kx))
        if (m[1].startsWith('env.'))
            out.push(m[1].slice(4));
    return out;
}
/** Replaces every occurrence of every secret (and its escaped forms) with `***`, and strips URL user-info. */
function redact(text, secrets) {
    return redactString(text, secretForms(secrets));
}
/** Every non-empty secret and the forms it takes spliced into a URL, a PromQL string or JSON; longest first. */
function secretForms(secrets) {
    const forms = new Set();
    for (const s of secrets) {
        if (!s)
            continue;
        forms.add(s);
        forms.add(encodeURIComponent(s));
        forms.add(escapePromQL(s));
        forms.add(JSON.stringify(s).slice(1, -1));
    }
    return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}
/**
 * THE redaction of every sink (summary, comment, JSON report, audit, outputs, Deployment status):
 * each needle (from secretForms) becomes `***`, then the user-info of any URL-shaped text
 * (`https://user:pass@host`) becomes `***@`.
 */
function redactString(s, needles) {
    let out = s;
    for (const n of needles)
        if (out.includes(n))
            out = out.split(n).join('***');
    return stripUserInfo(out);
}
/** `scheme://user:pass@host` → `scheme://***@host`, wherever it appears in `text`. */
function stripUserInfo(text) {
    return text.includes('@') ? text.replace(USER_INFO, '$1***@') : text;
}
const USER_INFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)(?!\*\*\*@)[^\s/?#@"'<>]+@/g;


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
/** Strict parsers for the config's scalar units: durations and percentages. */
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const DURATION_WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `30s`, `5m`, `1h30m`, `250ms`, `0` into milliseconds; returns an error message otherwise. */
function parseDuration(input) {
    if (input === 0 || input === '0')
        return { ok: true, ms: 0 };
    if (typeof input !== 'string') {
        return { ok: false, error: `expected a duration string such as "30s", "5m" or "1h30m", got ${describe(input)}` };
    }
    const s = input.trim();
    if (!DURATION_WHOLE.test(s)) {
        return { ok: false, error: `invalid duration "${input}": use a number and a unit (ms, s, m, h, d), e.g. "30s", "5m", "1h30m"` };
    }
    let ms = 0;
    for (const m of s.matchAll(DURATION_PART))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return { ok: true, ms: Math.round(ms) };
}
/** Parses `5`, `"5%"`, `"12.5%"` into a number in [0, max] (100 for traffic; relative bounds may go higher). */
function parsePercent(input, max = 100) {
    let n;
    if (typeof input === 'number')
        n = input;
    else if (typeof input === 'string' && /^\s*\d+(?:\.\d+)?\s*%?\s*$/.test(input))
        n = Number(input.replace('%', '').trim());
    else
        return { ok: false, error: `expected a percentage such as 5 or "5%", got ${describe(input)}` };
    if (!Number.isFinite(n) || n < 0 || n > max)
        return { ok: false, error: `percentage ${String(input)} is outside 0–${max}` };
    return { ok: true, value: n };
}
/** Renders milliseconds back as a compact duration (`1h30m`, `45s`, `250ms`). */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let rest = Math.round(ms / 1000);
    const h = Math.floor(rest / 3600);
    rest -= h * 3600;
    const m = Math.floor(rest / 60);
    const s = rest - m * 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''].join('');
}
function describe(v) {
    return v === null ? 'null' : typeof v === 'string' ? `"${v}"` : `${typeof v} ${JSON.stringify(v)}`;
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: run

;// CONCATENATED MODULE: ./src/rollout/clock.ts
function abortError(signal) {
    const reason = signal?.reason;
    if (reason instanceof Error)
        return reason;
    const e = new Error(typeof reason === 'string' ? reason : 'aborted');
    e.name = 'AbortError';
    return e;
}
/**
 * Node's timers hold at most 2^31-1 ms (24.8 days); a longer delay fires after 1 ms. The real
 * clock therefore sleeps in chunks no longer than this (a day), whatever `ms` says.
 */
const MAX_TIMER_CHUNK_MS = 86_400_000;
/** The real clock: sleeps for real, in chunks below Node's timer limit. */
const clock_systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => sleepInChunks(ms, signal)
};
/** Sleeps `ms` as a series of timers of at most MAX_TIMER_CHUNK_MS each (injectable for tests). */
async function sleepInChunks(ms, signal, timer = { now: Date.now, once: sleepOnce }) {
    const end = timer.now() + Math.max(0, ms);
    do
        await timer.once(Math.max(0, Math.min(MAX_TIMER_CHUNK_MS, end - timer.now())), signal);
    while (timer.now() < end);
}
function sleepOnce(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortError(signal));
        const onAbort = () => {
            clearTimeout(t);
            reject(abortError(signal));
        };
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * A virtual clock for tests and benchmarks: time moves only when every task is asleep, so a
 * 4-hour plan runs in milliseconds. Sleeps are timers in a queue: once the event loop has been
 * quiet for a few turns (no new sleep), the earliest timer fires and the clock jumps to its time.
 * Concurrent sleepers therefore see one consistent timeline (a verify that sleeps 1.5 s while
 * analysis sleeps 1 s: analysis wakes first, at +1 s).
 */
class FakeClock {
    t;
    timers = [];
    seq = 0;
    activity = 0;
    running = false;
    constructor(start = Date.UTC(2026, 0, 5, 12, 0, 0)) {
        this.t = start;
    }
    now() {
        return this.t;
    }
    advance(ms) {
        this.t += ms;
    }
    sleep(ms, signal) {
        if (signal?.aborted)
            return Promise.reject(abortError(signal));
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                this.timers = this.timers.filter((x) => x !== timer);
                reject(abortError(signal));
            };
            const timer = {
                at: this.t + Math.max(0, ms),
                seq: this.seq++,
                fire: () => {
                    signal?.removeEventListener('abort', onAbort);
                    resolve();
                }
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.timers.push(timer);
            this.activity++;
            void this.run();
        });
    }
    /** Fires timers in time order, each once the event loop has settled. */
    async run() {
        if (this.running)
            return;
        this.running = true;
        try {
            while (this.timers.length) {
                await this.settle();
                const next = this.timers.reduce((a, b) => (b.at < a.at || (b.at === a.at && b.seq < a.seq) ? b : a), this.timers[0]);
                if (!next)
                    continue;
                this.timers = this.timers.filter((x) => x !== next);
                this.t = Math.max(this.t, next.at);
                next.fire();
            }
        }
        finally {
            this.running = false;
        }
    }
    /** Waits until no new sleep has been registered for QUIET_TURNS turns of the event loop. */
    async settle() {
        let seen = -1;
        for (let quiet = 0; quiet < QUIET_TURNS;) {
            await new Promise((r) => setImmediate(r));
            if (this.activity === seen)
                quiet++;
            else {
                seen = this.activity;
                quiet = 0;
            }
        }
    }
}
const QUIET_TURNS = 3;

// EXTERNAL MODULE: ./src/actions/run-command.ts
var run_command = __webpack_require__(2786);
// EXTERNAL MODULE: ./src/actions/groups.ts
var groups = __webpack_require__(5723);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(4529);
;// CONCATENATED MODULE: ./src/config/suggest.ts
/** "Did you mean" hints: the nearest candidate by edit distance, if it is near enough. */
function suggest_nearest(input, candidates) {
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const d = distance(input.toLowerCase(), c.toLowerCase());
        if (d < bestScore) {
            bestScore = d;
            best = c;
        }
    }
    const limit = Math.max(2, Math.floor(input.length / 3));
    return best !== undefined && bestScore <= limit ? best : undefined;
}
function suggest_didYouMean(input, candidates) {
    const n = suggest_nearest(input, candidates);
    return n ? ` (did you mean "${n}"?)` : ` (expected one of: ${candidates.join(', ')})`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

// EXTERNAL MODULE: ./src/config/template-names.ts
var template_names = __webpack_require__(3051);
// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/config/env-policy.ts
var env_policy = __webpack_require__(1064);
;// CONCATENATED MODULE: ./src/config/window-spec.ts
/**
 * The `window` gate's config values, parsed once by the schema (src/config/schema.ts) into typed
 * values: weekday sets, minute ranges and wall-clock bounds. Pure: a string in, a value or the
 * message the loader reports at the value's line out.
 */
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAYS_ERROR = 'days look like "mon-fri" or "mon,wed,fri"';
const HOURS_ERROR = 'hours look like "10:00-16:00"';
const HOURS_RANGE_ERROR = 'hours must be a non-empty range of times from 00:00 to 24:00, e.g. "10:00-16:00" or "22:00-02:00"';
const DATE_ERROR = 'expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM';
/** `mon-fri`, `mon,wed,fri`, `fri-mon` (wraps over the weekend), `Sat, Sun` → the weekdays. */
function parseDays(spec) {
    const text = spec.toLowerCase().replace(/\s+/g, '');
    const out = new Set();
    for (const item of text.split(',')) {
        const ends = item.split('-').map(dayIndex);
        if (ends.length > 2 || ends.some((d) => d < 0))
            return { ok: false, error: DAYS_ERROR };
        const [from, to = from] = ends;
        for (let d = from;; d = (d + 1) % 7) {
            out.add(d);
            if (d === to)
                break;
        }
    }
    return { ok: true, value: { text, weekdays: [...out].sort((a, b) => a - b) } };
}
function dayIndex(name) {
    return DAY_NAMES.indexOf(name);
}
/** `HH:MM-HH:MM` with times within a day (24:00 only as an end) and a non-empty range (it may cross midnight). */
function parseHours(spec) {
    const m = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(spec);
    if (!m)
        return { ok: false, error: HOURS_ERROR };
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (start >= 1440 || end > 1440 || start === end)
        return { ok: false, error: HOURS_RANGE_ERROR };
    return { ok: true, value: { text: spec, start, end } };
}
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` → a bound with a sortable key. */
function parseWallBound(s) {
    if (DATE_ONLY.test(s))
        return { ok: true, value: { text: s, key: `${s}T00:00:00`, dateOnly: true } };
    const m = DATE_TIME.exec(s);
    if (!m)
        return { ok: false, error: DATE_ERROR };
    return { ok: true, value: { text: s, key: `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`, dateOnly: false } };
}

;// CONCATENATED MODULE: ./src/config/severity.ts
/** The one order of alert severities (code scanning, Dependabot): `fail-on` and the gates' ranking. */
/** Worst first, as `fail-on` lists them. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Rank of a severity (higher is worse: low 0 … critical 3); -1 for none/unknown such as "warning" or null. */
function severityRank(s) {
    const i = SEVERITIES.indexOf(String(s ?? '').toLowerCase());
    return i < 0 ? -1 : SEVERITIES.length - 1 - i;
}

;// CONCATENATED MODULE: ./src/risk/config-checks.ts
/**
 * Load-time checks of an environment's risk profiles (called from the schema's cross-checks, so
 * every problem is a config error at its line): steps, gate names, metric references, and the
 * hotfix rule — a hotfix is faster, never without rollback and analysis.
 */

function checkProfiles(env, metricNames, issue) {
    for (const [name, p] of Object.entries(env.profiles ?? {})) {
        if (!p)
            continue;
        const at = (path, message) => issue([name, ...path], message);
        checkSteps(p, p.strategy ?? env.strategy, at);
        checkGates(p, env, metricNames, at);
        p.analysis?.checks?.forEach((c, i) => {
            if (!metricNames.includes(c.metric))
                at(['analysis', 'checks', i, 'metric'], `unknown metric "${c.metric}"`);
        });
        if (name === 'hotfix')
            checkHotfix(p, env, at);
    }
}
function checkSteps(p, strategy, at) {
    const steps = p.steps ?? [];
    if (strategy !== 'canary') {
        // blue-green and all-at-once imply their weights: a profile's steps set only pauses
        const implied = schema_IMPLIED_WEIGHTS[strategy];
        steps.forEach((s, i) => {
            if (i >= implied.length)
                at(['steps', i], `${strategy} takes at most ${implied.length} step${implied.length === 1 ? '' : 's'}`);
            else if (s.weight !== undefined && s.weight !== implied[i])
                at(['steps', i, 'weight'], `${strategy} step ${i + 1} is at weight ${implied[i]}; leave weight out (steps set only pauses)`);
        });
        return;
    }
    steps.forEach((s, i) => {
        if (s.weight === undefined)
            at(['steps', i], 'a canary step needs a weight');
        const before = steps[i - 1]?.weight;
        if (s.weight !== undefined && before !== undefined && s.weight < before)
            at(['steps', i, 'weight'], `step weights must not decrease (${before} → ${s.weight})`);
    });
    if (steps.length && steps[steps.length - 1].weight !== 100) {
        at(['steps', steps.length - 1, 'weight'], 'the last canary step must reach weight 100');
    }
}
function checkGates(p, env, metricNames, at) {
    const seen = new Set();
    p.gates?.forEach((g, i) => {
        if (seen.has(g.name))
            at(['gates', i, 'name'], `duplicate gate name "${g.name}"`);
        seen.add(g.name);
        if (g.type === 'metric' && !metricNames.includes(g.metric))
            at(['gates', i, 'metric'], `unknown metric "${g.metric}"`);
    });
    const names = (p.gates ?? env.gates).map((g) => g.name);
    p['skip-gates']?.forEach((n, i) => {
        if (!names.includes(n))
            at(['skip-gates', i], `skip-gates names "${n}", which is not a gate of this environment (gates: ${names.join(', ') || 'none'})`);
    });
}
/** A hotfix takes shorter pauses and fewer gates, but keeps a rollback and at least one analysed pause. */
function checkHotfix(p, env, at) {
    if (env.actions.rollback === undefined) {
        at([], 'a hotfix profile needs actions.rollback in its environment: a hotfix is never deployed without a way back');
    }
    const checks = p.analysis?.checks ?? env.analysis.checks;
    if (checks.length === 0) {
        at(p.analysis?.checks ? ['analysis', 'checks'] : [], 'a hotfix profile must keep analysis: at least one check (a hotfix is never deployed unwatched)');
    }
    const steps = p.steps ?? env.steps;
    if (steps && steps.every((s) => s.pause === 0)) {
        at(p.steps ? ['steps'] : [], 'a hotfix profile must keep at least one pause longer than 0s, or no analysis runs');
    }
}

;// CONCATENATED MODULE: ./src/risk/types.ts
/** Change classification and risk profiles: the shared vocabulary (no runtime dependencies). */
/** Ordered: a later level is riskier. The highest level any matching rule gives wins. */
const types_RISK_LEVELS = ['low', 'medium', 'high', 'critical'];
const types_CHANGE_TYPES = ['feature', 'bugfix', 'hotfix', 'refactor', 'config', 'dependency', 'docs', 'unknown'];
function riskRank(r) {
    return types_RISK_LEVELS.indexOf(r);
}
function types_isRiskLevel(s) {
    return types_RISK_LEVELS.includes(s);
}
function types_isChangeType(s) {
    return types_CHANGE_TYPES.includes(s);
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The deploy config (SPEC §2) as a zod schema. The schema owns every default; the loader
 * (load.ts) maps its issues back to file:line:column. Keys stay kebab-case as users write them.
 */










/** A strict object whose unknown-key error names the nearest known key. */
function obj(shape) {
    const known = Object.keys(shape);
    return schemas/* strictObject */.rej(shape, {
        error: (iss) => iss.code === 'unrecognized_keys'
            ? iss.keys.map((k) => `unknown key "${k}"${suggest_didYouMean(k, known)}`).join('\n') // one line per key, in order (the loader splits them)
            : undefined
    });
}
/** A transform that parses a string once into a typed value; a failure is an issue at the value (file:line:col). */
function parsedBy(parse) {
    return (v, ctx) => {
        const r = parse(v);
        if (r.ok)
            return r.value;
        ctx.addIssue({ code: 'custom', message: r.error });
        return core/* NEVER */.tm;
    };
}
/**
 * The longest duration any key accepts. Every duration reaches a timer, and Node's timers
 * overflow past 2^31-1 ms (24.8 days) and then fire after 1 ms; a day is far past any sensible
 * timeout, pause or interval.
 */
const MAX_DURATION_MS = 24 * 3_600_000;
/** A duration in [min, max]; `min` 1 for timeouts and intervals (0 would fire at once); `max` named in errors as `maxText`. */
function durationIn(minMs, maxMs = MAX_DURATION_MS, maxText = '24h') {
    const range = `${minMs ? 'more than 0s' : '0s'} up to ${maxText}`;
    return schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
        .transform((v, ctx) => {
        const r = (0,units/* parseDuration */.E9)(v);
        if (!r.ok) {
            ctx.addIssue({ code: 'custom', message: r.error });
            return core/* NEVER */.tm;
        }
        if (r.ms > maxMs || r.ms < minMs) {
            ctx.addIssue({ code: 'custom', message: `duration ${JSON.stringify(v)} is out of range: allowed ${range}` });
            return core/* NEVER */.tm;
        }
        return r.ms;
    })
        .meta({ description: `duration such as "30s", "5m", "1h30m"; ${range}` });
}
/** Pauses and delays: 0s–24h. */
const Duration = durationIn(0);
/** Timeouts, waits and intervals: more than 0s, up to 24h. */
const Timeout = durationIn(1);
/**
 * The longest a handed-off rollout may wait (SPEC §4): a step's pause, `job-budget` and
 * `expire-after`. Past a job's budget a pause is handed off, so no timer ever holds it whole
 * (the clock sleeps in chunks below Node's timer limit).
 */
const MAX_LONG_DURATION_MS = 366 * 86_400_000;
/** A duration that may span weeks (pauses handed off between jobs): more than `min`, up to 366 days. */
function longDuration(minMs) {
    return durationIn(minMs, MAX_LONG_DURATION_MS, '366d');
}
/** `until-promoted`: the rollout holds at the step's weight until a person promotes or aborts it. */
const UNTIL_PROMOTED = 'until-promoted';
/** A step's pause: a duration up to 366d, or `until-promoted` (one transform, so an error says which one it wanted). */
const Pause = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .transform((v, ctx) => {
    if (v === UNTIL_PROMOTED)
        return v;
    const r = longDuration(0).safeParse(v);
    if (r.success)
        return r.data;
    const near = typeof v === 'string' ? suggest_didYouMean(v, [UNTIL_PROMOTED]) : '';
    const hint = near.includes('did you mean') ? near : '';
    ctx.addIssue({ code: 'custom', message: `${r.error.issues[0]?.message ?? 'invalid pause'}; or until-promoted${hint}` });
    return core/* NEVER */.tm;
})
    .meta({ description: 'pause: a duration such as "10m" or "7d" (0s up to 366d), or until-promoted' });
const percentOf = (max) => schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()])
    .transform((v, ctx) => {
    const r = (0,units/* parsePercent */.lo)(v, max);
    if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.error });
        return core/* NEVER */.tm;
    }
    return r.value;
})
    .meta({ description: 'percentage: 5 or "5%"' });
/** Traffic weights and coverage: 0–100. */
const Percent = percentOf(100);
/** Relative bounds (`max-increase`): a latency may well double, so up to 10000%. */
const RelativePercent = percentOf(10_000);
/** A string that may hold `{{ placeholders }}`; unknown names are refused. */
const Templated = schemas/* string */.YjP().superRefine((s, ctx) => {
    for (const name of (0,template_names/* unknownPlaceholders */.hX)(s)) {
        ctx.addIssue({
            code: 'custom',
            message: `unknown placeholder "{{ ${name} }}"; allowed: ${template_names/* ALLOWED_PLACEHOLDERS */.wA}`
        });
    }
    for (const name of (0,template/* envNamesIn */.pl)(s)) {
        if ((0,env_policy/* isHiddenEnv */.k)(name)) {
            ctx.addIssue({
                code: 'custom',
                message: `placeholder "{{ env.${name} }}" is refused: placeholders never read ${env_policy/* HIDDEN_ENV_TEXT */.f}, because the value would be sent to the server this config names; pass a credential through a variable of your own (env: in the workflow)`
            });
        }
    }
});
/** A shell command: placeholders are refused, commands read STAGEGATE_* variables instead. */
const Command = schemas/* string */.YjP()
    .min(1, 'command is empty')
    .superRefine((s, ctx) => {
    const m = [...s.matchAll(template_names/* PLACEHOLDER */.Kx)][0];
    if (m) {
        ctx.addIssue({
            code: 'custom',
            message: `placeholder "${m[0]}" is not allowed in a command (values spliced into a shell are an injection risk); read the context from the environment instead: ${template_names/* COMMAND_VARIABLES */.MJ.join(', ')}, or $NAME for env.NAME`
        });
    }
});
const Headers = schemas/* record */.g1P(schemas/* string */.YjP(), Templated);
const Track = schemas/* enum */.k5n(['stable', 'canary']);
// ---------------------------------------------------------------- metrics
const PrometheusMetric = obj({
    provider: schemas/* literal */.euz('prometheus'),
    address: Templated,
    query: Templated,
    headers: Headers.optional(),
    timeout: Timeout.prefault('10s')
});
const HttpMetric = obj({
    provider: schemas/* literal */.euz('http'),
    url: Templated,
    method: schemas/* enum */.k5n(['GET', 'POST']).default('GET'),
    headers: Headers.optional(),
    body: Templated.optional(),
    value: Templated.describe('JSON path of the number in the response, e.g. $.depth'),
    timeout: Timeout.prefault('10s')
}).refine((m) => m.body === undefined || m.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] });
const CommandMetric = obj({
    provider: schemas/* literal */.euz('command'),
    run: Command,
    timeout: Timeout.prefault('30s')
});
// Hosted and time-series providers (h-reach): each loaded only when a config uses it.
const InfluxdbMetric = obj({
    provider: schemas/* literal */.euz('influxdb'),
    address: Templated,
    database: Templated,
    query: Templated.describe('InfluxQL returning one series with one value in its last row'),
    headers: Headers.optional(),
    timeout: Duration.prefault('10s')
});
const GraphiteMetric = obj({
    provider: schemas/* literal */.euz('graphite'),
    address: Templated,
    target: Templated.describe('a render target returning one series; its last non-null point is the value'),
    from: schemas/* string */.YjP()
        .regex(/^-\d+(s|min|h|d)$/, 'from looks like -5min, -1h or -30s')
        .default('-5min'),
    headers: Headers.optional(),
    timeout: Duration.prefault('10s')
});
const DatadogMetric = obj({
    provider: schemas/* literal */.euz('datadog'),
    site: Templated.default('https://api.datadoghq.com').describe('API base URL of your Datadog site, e.g. https://api.datadoghq.eu'),
    query: Templated,
    window: Duration.prefault('5m'),
    'api-key': Templated.describe('DD-API-KEY; a secret: use {{ env.NAME }}'),
    'app-key': Templated.describe('DD-APPLICATION-KEY; a secret: use {{ env.NAME }}'),
    timeout: Duration.prefault('10s')
});
const NewrelicMetric = obj({
    provider: schemas/* literal */.euz('newrelic'),
    endpoint: Templated.default('https://api.newrelic.com/graphql').describe('NerdGraph URL (EU: https://api.eu.newrelic.com/graphql)'),
    'account-id': schemas/* number */.aig().int().positive(),
    query: Templated.describe('NRQL returning one row with one number'),
    'api-key': Templated.describe('a User key (API-Key header); a secret: use {{ env.NAME }}'),
    timeout: Duration.prefault('10s')
});
const CloudwatchMetric = obj({
    provider: schemas/* literal */.euz('cloudwatch'),
    region: Templated,
    expression: Templated.describe('a Metrics Insights query or metric math expression returning one series'),
    period: schemas/* number */.aig().int().min(1).default(60),
    window: Duration.prefault('5m'),
    endpoint: Templated.optional().describe('default https://monitoring.<region>.amazonaws.com'),
    'access-key-id': Templated.default('{{ env.AWS_ACCESS_KEY_ID }}'),
    'secret-access-key': Templated.default('{{ env.AWS_SECRET_ACCESS_KEY }}'),
    timeout: Duration.prefault('10s')
});
const schema_METRIC_PROVIDERS = ['prometheus', 'http', 'command', 'influxdb', 'graphite', 'datadog', 'newrelic', 'cloudwatch'];
const Metric = schemas/* discriminatedUnion */.gMt('provider', [PrometheusMetric, HttpMetric, CommandMetric, InfluxdbMetric, GraphiteMetric, DatadogMetric, NewrelicMetric, CloudwatchMetric], {
    error: (iss) => iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing metric provider${hint(iss.input, 'provider', schema_METRIC_PROVIDERS)}`
        : undefined
});
// ---------------------------------------------------------------- gates
const gateBase = {
    name: schemas/* string */.YjP()
        .min(1)
        .regex(/^[A-Za-z0-9_.-]+$/, 'gate names use letters, digits, ".", "_" and "-"'),
    required: schemas/* boolean */.zMY().default(true),
    timeout: Timeout.prefault('2m'),
    retries: schemas/* number */.aig().int().min(0).max(10).default(0)
};
const JsonExpect = obj({
    path: Templated,
    equals: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]).optional(),
    in: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])).optional(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional()
}).refine((j) => [j.equals, j.in, j.min, j.max].some((v) => v !== undefined), {
    message: 'json expectation needs one of equals, in, min, max'
});
const CommandGate = obj({ ...gateBase, type: schemas/* literal */.euz('command'), run: Command });
const HttpGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('http'),
    url: Templated,
    method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST']).default('GET'),
    headers: Headers.optional(),
    body: Templated.optional(),
    expect: obj({
        status: schemas/* union */.KCZ([schemas/* number */.aig().int(), schemas/* array */.YOg(schemas/* number */.aig().int())]).optional(),
        json: JsonExpect.optional(),
        'max-latency': Timeout.optional()
    }).prefault({})
}).refine((g) => g.body === undefined || g.method === 'POST', { message: 'a body is sent only with method: POST', path: ['body'] });
const HOURS_SPEC = /^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;
const DateLike = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .pipe(schemas/* string */.YjP().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, DATE_ERROR))
    .transform(parsedBy(parseWallBound));
const WindowGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('window'),
    timezone: schemas/* string */.YjP().default('UTC').refine(isTimeZone, { message: 'unknown IANA timezone' }),
    allow: schemas/* array */.YOg(obj({
        days: schemas/* string */.YjP().transform(parsedBy(parseDays)).prefault('mon-sun'),
        hours: schemas/* string */.YjP().regex(HOURS_SPEC, HOURS_ERROR).transform(parsedBy(parseHours)).prefault('00:00-24:00')
    }))
        .optional(),
    freeze: schemas/* array */.YOg(obj({ from: DateLike, to: DateLike, reason: schemas/* string */.YjP().optional() })).default([])
});
const GithubChecksGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('github-checks'),
    ignore: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    wait: Duration.optional()
});
const GithubDeploymentGate = obj({ ...gateBase, type: schemas/* literal */.euz('github-deployment'), environment: schemas/* string */.YjP().min(1) });

const CodeScanningGate = obj({ ...gateBase, type: schemas/* literal */.euz('code-scanning'), 'fail-on': schemas/* enum */.k5n(SEVERITIES).default('critical') });
const DependabotGate = obj({ ...gateBase, type: schemas/* literal */.euz('dependabot'), 'fail-on': schemas/* enum */.k5n(SEVERITIES).default('critical') });
const CoverageGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('coverage'),
    file: schemas/* string */.YjP().min(1),
    format: schemas/* enum */.k5n(['auto', 'istanbul', 'lcov', 'cobertura']).default('auto'),
    min: Percent
});
const MetricGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('metric'),
    metric: schemas/* string */.YjP(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    track: Track.default('stable')
}).refine((g) => g.min !== undefined || g.max !== undefined, { message: 'metric gate needs min or max' });
const ApprovalGate = obj({
    ...gateBase,
    type: schemas/* literal */.euz('approval'),
    min: schemas/* number */.aig().int().min(1).default(1),
    'distinct-from-actor': schemas/* boolean */.zMY().default(false)
});
const schema_GATE_TYPES = [
    'command',
    'http',
    'window',
    'github-checks',
    'github-deployment',
    'code-scanning',
    'dependabot',
    'coverage',
    'metric',
    'approval'
];
const Gate = schemas/* discriminatedUnion */.gMt('type', [
    CommandGate,
    HttpGate,
    WindowGate,
    GithubChecksGate,
    GithubDeploymentGate,
    CodeScanningGate,
    DependabotGate,
    CoverageGate,
    MetricGate,
    ApprovalGate
], {
    error: (iss) => iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing gate type${hint(iss.input, 'type', schema_GATE_TYPES)}`
        : undefined
});
// ---------------------------------------------------------------- traffic adapters (src/traffic/)
/** One argv word of a built-in adapter's CLI invocation (run without a shell). */
const Word = Templated.refine((s) => s.length > 0, { message: 'must not be empty' });
const HostPort = Templated.refine((s) => /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}$/.test(s) || s.includes('{{'), {
    message: 'expected host:port, e.g. 127.0.0.1:8081'
});
const trafficBase = { timeout: Duration.prefault('2m') };
const NginxTraffic = obj({
    ...trafficBase,
    type: schemas/* literal */.euz('nginx'),
    'upstream-file': Word.describe('the file nginx includes at http level; rewritten on every shift'),
    upstream: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_]+$/, 'upstream names use letters, digits and "_"')
        .default('stagegate_app'),
    stable: HostPort,
    canary: HostPort,
    nginx: schemas/* array */.YOg(Word)
        .min(1)
        .default(['nginx'])
        .describe('the nginx command as an argv list, e.g. [nginx, -p, /srv/nginx, -c, nginx.conf]'),
    'status-url': Templated.optional().describe('a location answering "$stagegate_weight": verify reads the served weight back there')
});
const HaproxyTraffic = obj({
    ...trafficBase,
    type: schemas/* literal */.euz('haproxy'),
    socket: Word.describe('the runtime API socket: a path (stats socket … level admin) or host:port'),
    backend: Word,
    stable: Word.describe('server name of the stable track in the backend'),
    canary: Word.describe('server name of the canary track in the backend')
});
const kube = { namespace: Word.optional(), context: Word.optional(), kubectl: Word.default('kubectl') };
const GatewayApiTraffic = obj({
    ...trafficBase,
    ...kube,
    type: schemas/* literal */.euz('gateway-api'),
    route: Word.describe('HTTPRoute name'),
    rule: schemas/* number */.aig().int().min(0).default(0),
    stable: Word.describe('backendRef name of the stable Service'),
    canary: Word.describe('backendRef name of the canary Service')
});
const IngressNginxTraffic = obj({
    ...trafficBase,
    ...kube,
    type: schemas/* literal */.euz('ingress-nginx'),
    ingress: Word.describe('the canary Ingress (nginx.ingress.kubernetes.io/canary: "true")')
});
const CloudRunTraffic = obj({
    ...trafficBase,
    type: schemas/* literal */.euz('cloud-run'),
    service: Word,
    region: Word,
    project: Word.optional(),
    'stable-tag': Word.default('stable'),
    'canary-tag': Word.default('canary'),
    gcloud: Word.default('gcloud')
});
const AwsAlbTraffic = obj({
    ...trafficBase,
    type: schemas/* literal */.euz('aws-alb'),
    'listener-arn': Word,
    stable: Word.describe('target group ARN of the stable track'),
    canary: Word.describe('target group ARN of the canary track'),
    region: Word.optional(),
    aws: Word.default('aws')
});
const TRAFFIC_TYPES = ['nginx', 'haproxy', 'gateway-api', 'ingress-nginx', 'cloud-run', 'aws-alb'];
const Traffic = schemas/* discriminatedUnion */.gMt('type', [NginxTraffic, HaproxyTraffic, GatewayApiTraffic, IngressNginxTraffic, CloudRunTraffic, AwsAlbTraffic], {
    error: (iss) => iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing traffic type${hint(iss.input, 'type', TRAFFIC_TYPES)}`
        : undefined
});
// ---------------------------------------------------------------- notifications (src/notify/)
const NOTIFY_EVENTS = ['started', 'step', 'paused', 'rolled-back', 'rollback-failed', 'succeeded', 'blocked', 'failed'];
const notifyBase = {
    url: Templated.describe('the webhook URL; a secret: use {{ env.NAME }}'),
    events: schemas/* array */.YOg(schemas/* enum */.k5n(NOTIFY_EVENTS)).min(1).optional().describe('default: every event'),
    timeout: Duration.prefault('5s').refine((ms) => ms > 0 && ms <= 30_000, {
        message: 'a notification timeout is at most 30s (a notification never holds up a rollout)'
    })
};
const SlackNotify = obj({ ...notifyBase, type: schemas/* literal */.euz('slack') });
const TeamsNotify = obj({ ...notifyBase, type: schemas/* literal */.euz('teams') });
const DiscordNotify = obj({ ...notifyBase, type: schemas/* literal */.euz('discord') });
const WebhookNotify = obj({
    ...notifyBase,
    type: schemas/* literal */.euz('webhook'),
    secret: Templated.optional().describe('HMAC-SHA256 key: the body is signed in X-Stagegate-Signature-256'),
    headers: Headers.optional()
});
const NOTIFY_TYPES = ['slack', 'teams', 'discord', 'webhook'];
const Notify = schemas/* discriminatedUnion */.gMt('type', [SlackNotify, TeamsNotify, DiscordNotify, WebhookNotify], {
    error: (iss) => iss.code === 'invalid_union' && iss.note === 'No matching discriminator'
        ? `unknown or missing notification type${hint(iss.input, 'type', NOTIFY_TYPES)}`
        : undefined
});
// ---------------------------------------------------------------- links (dashboards, runbooks)
/** A link for the person on call, shown under "What next" in every report; `url` takes placeholders. */
const Link = obj({
    title: schemas/* string */.YjP().min(1),
    url: Templated.refine((u) => /^(https?:\/\/|\{\{)/i.test(u), {
        message: 'a link url starts with http:// or https:// (or a placeholder such as {{ env.GRAFANA_URL }})'
    })
});
const Links = schemas/* array */.YOg(Link).optional();
// ---------------------------------------------------------------- environment
/** `weight` is required for canary steps; blue-green and all-at-once imply it (see impliedWeights). */
const Step = obj({ weight: Percent.optional(), pause: Pause.prefault('0s') });
const Check = obj({
    metric: schemas/* string */.YjP(),
    max: schemas/* number */.aig().optional(),
    min: schemas/* number */.aig().optional(),
    'max-increase': RelativePercent.optional(),
    'max-decrease': Percent.optional(),
    'max-delta': schemas/* number */.aig().min(0).optional().describe('absolute rise over the baseline allowed, e.g. 0.0005'),
    track: Track.default('canary'),
    'on-no-data': schemas/* enum */.k5n(['inconclusive', 'fail', 'ignore']).default('inconclusive'),
    for: Duration.refine((ms) => ms > 0, { message: 'for must be longer than 0s' })
        .optional()
        .describe('a failure counts only once the check has stayed out of bounds this long'),
    'min-samples': schemas/* number */.aig().int().min(1).optional().describe("fewer measurements with data by the step's end is inconclusive"),
    severity: schemas/* enum */.k5n(['critical', 'advisory']).default('critical'),
    compare: schemas/* literal */.euz('stable').optional().describe('statistical check: both tracks measured every round, judged at the end of each pause'),
    test: schemas/* literal */.euz('mann-whitney').optional(),
    direction: schemas/* enum */.k5n(['increase', 'decrease', 'either']).optional(),
    confidence: schemas/* number */.aig().gt(0.5).lt(1).optional(),
    tolerance: RelativePercent.optional()
})
    .superRefine(checkShape)
    .transform(({ test, direction, confidence, tolerance, ...c }) => {
    if (c.compare === undefined)
        return c;
    /** Set exactly when `compare` is: the statistical test with its defaults filled in. */
    const statistics = {
        test: test ?? 'mann-whitney',
        direction: direction ?? 'either',
        confidence: confidence ?? 0.95,
        tolerance: tolerance ?? 10
    };
    return { ...c, statistics };
});
/** A threshold check needs a bound; a compared check has its test instead of bounds. */
function checkShape(c, ctx) {
    const bounds = ['max', 'min', 'max-increase', 'max-decrease', 'max-delta'].filter((k) => c[k] !== undefined);
    const statistical = ['test', 'direction', 'confidence', 'tolerance'].filter((k) => c[k] !== undefined);
    if (c.compare === undefined) {
        if (!bounds.length)
            ctx.addIssue({
                code: 'custom',
                message: 'a check needs a bound: max, min, max-increase, max-decrease or max-delta (or compare: stable for a statistical check)'
            });
        for (const k of statistical)
            ctx.addIssue({ code: 'custom', path: [k], message: `${k} belongs to a statistical check: add compare: stable` });
        return;
    }
    for (const k of [...bounds, ...(c.for !== undefined ? ['for'] : [])]) {
        ctx.addIssue({
            code: 'custom',
            path: [k],
            message: `${k} does not apply to a compared check (compare: stable judges canary against stable with the test); put bounds in a separate check`
        });
    }
}
const Action = schemas/* union */.KCZ([Command, obj({ run: Command, timeout: Timeout.optional() })]);
const schema_ACTION_NAMES = (/* unused pure expression or super */ null && ([
    'deploy',
    'set-weight',
    'verify',
    'promote',
    'rollback',
    'verify-rollback',
    'backup',
    'migrate',
    'migrate-rollback'
]));
const Actions = obj({
    backup: Action.optional(),
    migrate: Action.optional(),
    'migrate-rollback': Action.optional(),
    deploy: Action.optional(),
    'set-weight': Action.optional(),
    verify: Action.optional(),
    promote: Action.optional(),
    rollback: Action.optional(),
    'verify-rollback': Action.optional(),
    timeout: Timeout.prefault('10m')
});
const Analysis = obj({
    interval: Timeout.prefault('30s'),
    'initial-delay': Duration.prefault('0s'),
    'failure-limit': schemas/* number */.aig().int().min(0).default(0),
    'inconclusive-limit': schemas/* number */.aig().int().min(0).default(2),
    'consecutive-failure-limit': schemas/* number */.aig()
        .int()
        .min(1)
        .optional()
        .describe('roll back as soon as one check fails this many measurements in a row'),
    'on-inconclusive': schemas/* enum */.k5n(['rollback', 'pause'])
        .default('rollback')
        .describe('past inconclusive-limit: roll back, or hand off to a person (paused until promoted or aborted)'),
    checks: schemas/* array */.YOg(Check).default([])
});
/** An analysis block in a risk profile: only the keys given replace the environment's (no defaults here). */
const ProfileAnalysis = obj({
    interval: Timeout.optional(),
    'initial-delay': Duration.optional(),
    'failure-limit': schemas/* number */.aig().int().min(0).optional(),
    'inconclusive-limit': schemas/* number */.aig().int().min(0).optional(),
    'consecutive-failure-limit': schemas/* number */.aig().int().min(1).optional(),
    'on-inconclusive': schemas/* enum */.k5n(['rollback', 'pause']).optional(),
    checks: schemas/* array */.YOg(Check).optional()
});
/** What a risk profile (or the hotfix profile) may change in its environment; see src/risk/profile.ts. */
const Profile = obj({
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'all-at-once']).optional(),
    steps: schemas/* array */.YOg(Step).min(1).optional(),
    analysis: ProfileAnalysis.optional(),
    gates: schemas/* array */.YOg(Gate).optional(),
    'skip-gates': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
    approvals: schemas/* number */.aig().int().min(1).max(10).optional()
});
const PROFILE_NAMES = [...types_RISK_LEVELS, 'hotfix'];
const Profiles = obj(Object.fromEntries(PROFILE_NAMES.map((n) => [n, Profile.optional()])));
const Glob = schemas/* string */.YjP().min(1);
/** One classification rule: every condition given must hold; see src/risk/classify.ts. */
const RiskRule = obj({
    name: schemas/* string */.YjP().min(1),
    labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional(),
    'title-prefix': schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z]+$/, 'a conventional-commit type such as feat, fix, docs'))
        .min(1)
        .optional(),
    paths: schemas/* array */.YOg(Glob).min(1).optional(),
    'only-paths': schemas/* array */.YOg(Glob).min(1).optional(),
    'min-lines': schemas/* number */.aig().int().min(1).optional(),
    dependencies: schemas/* literal */.euz(true).optional(),
    breaking: schemas/* literal */.euz(true).optional(),
    risk: schemas/* enum */.k5n(types_RISK_LEVELS).optional(),
    type: schemas/* enum */.k5n(types_CHANGE_TYPES).optional()
})
    .refine((r) => ['labels', 'title-prefix', 'paths', 'only-paths', 'min-lines', 'dependencies', 'breaking'].some((k) => k in r && r[k] !== undefined), {
    message: 'a rule needs a condition: labels, title-prefix, paths, only-paths, min-lines, dependencies or breaking'
})
    .refine((r) => r.risk !== undefined || r.type !== undefined, { message: 'a rule needs an outcome: risk, type or both' });
const Risk = obj({
    rules: schemas/* array */.YOg(RiskRule).default([]),
    'default-rules': schemas/* boolean */.zMY().default(true),
    default: schemas/* enum */.k5n(types_RISK_LEVELS).default('medium'),
    'dependency-manifests': schemas/* array */.YOg(Glob).optional()
});
/** The canary steps when an environment gives none: typed values (pause in ms), nothing left to parse at run time. */
const DEFAULT_CANARY_STEPS = [
    { weight: 5, pause: 5 * 60_000 },
    { weight: 25, pause: 5 * 60_000 },
    { weight: 50, pause: 5 * 60_000 },
    { weight: 100, pause: 5 * 60_000 }
];
const Environment = obj({
    url: Templated.optional(),
    gates: schemas/* array */.YOg(Gate).default([]),
    strategy: schemas/* enum */.k5n(['canary', 'blue-green', 'all-at-once']).default('canary'),
    steps: schemas/* array */.YOg(Step).min(1).optional(),
    analysis: Analysis.prefault({}),
    actions: Actions.prefault({}),
    profiles: Profiles.optional(),
    traffic: Traffic.optional(),
    links: Links,
    'job-budget': longDuration(1)
        .prefault('5h')
        .describe('the longest one job keeps the rollout; a pause that would run past it is handed off (SPEC §4)'),
    'expire-after': longDuration(1).prefault('30d').describe('a rollout paused longer is rolled back by the next resume, reason expired')
});
const schema_ConfigSchema = obj({
    version: schemas/* literal */.euz(1, { error: 'only config version 1 is supported' }),
    service: schemas/* string */.YjP().min(1),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'metric names use letters, digits, ".", "_" and "-"'), Metric).default({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), Environment)
        .refine((e) => Object.keys(e).length > 0, { message: 'at least one environment is needed' }),
    risk: Risk.prefault({}),
    notify: schemas/* array */.YOg(Notify).default([]),
    links: Links,
    report: obj({
        summary: schemas/* boolean */.zMY().default(true),
        'pr-comment': schemas/* enum */.k5n(['always', 'on-failure', 'never']).default('always')
    }).prefault({})
}).superRefine(crossCheck);
/** References between sections: metrics named by gates and checks, step order, unique gate names. */
function crossCheck(cfg, ctx) {
    const c = cfg;
    const metricNames = Object.keys(c.metrics);
    const unknownMetric = (name, path) => {
        if (!metricNames.includes(name)) {
            ctx.addIssue({
                code: 'custom',
                path,
                message: `unknown metric "${name}"${metricNames.length ? suggest_didYouMean(name, metricNames) : ' (no metrics are defined under metrics:)'}`
            });
        }
    };
    for (const [envName, env] of Object.entries(c.environments)) {
        const seen = new Set();
        env.gates.forEach((g, i) => {
            if (seen.has(g.name))
                ctx.addIssue({ code: 'custom', path: ['environments', envName, 'gates', i, 'name'], message: `duplicate gate name "${g.name}"` });
            seen.add(g.name);
            if (g.type === 'metric')
                unknownMetric(g.metric, ['environments', envName, 'gates', i, 'metric']);
        });
        env.analysis.checks.forEach((ch, i) => unknownMetric(ch.metric, ['environments', envName, 'analysis', 'checks', i, 'metric']));
        const steps = env.steps ?? [];
        checkStepWeights(env, ['environments', envName, 'steps'], ctx);
        steps.forEach((s, i) => {
            if (i > 0 && s.weight !== undefined && steps[i - 1].weight !== undefined && s.weight < steps[i - 1].weight) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['environments', envName, 'steps', i, 'weight'],
                    message: `step weights must not decrease (${steps[i - 1].weight} → ${s.weight})`
                });
            }
        });
        const moves = ['deploy', 'set-weight'].filter((a) => env.actions[a] !== undefined);
        if (moves.length && env.actions.rollback === undefined && env.traffic === undefined) {
            ctx.addIssue({
                code: 'custom',
                path: ['environments', envName, 'actions', moves[0]],
                message: `actions.${moves[0]} changes what serves traffic, so actions.rollback is required (Stagegate must be able to move traffic back)`
            });
        }
        if (env.strategy === 'canary' && steps.length && steps[steps.length - 1].weight !== 100) {
            ctx.addIssue({
                code: 'custom',
                path: ['environments', envName, 'steps', steps.length - 1, 'weight'],
                message: 'the last canary step must reach weight 100'
            });
        }
        checkProfiles(env, metricNames, (path, message) => ctx.addIssue({ code: 'custom', path: ['environments', envName, 'profiles', ...path], message }));
    }
}
/** What each non-canary strategy's steps stand for: their weights are fixed, steps only set pauses. */
const schema_IMPLIED_WEIGHTS = { 'blue-green': [0, 100], 'all-at-once': [100] };
function checkStepWeights(env, at, ctx) {
    const steps = env.steps ?? [];
    if (env.strategy === 'canary') {
        steps.forEach((s, i) => {
            if (s.weight === undefined)
                ctx.addIssue({ code: 'custom', path: [...at, i], message: 'a canary step needs a weight (the traffic percent it moves to)' });
        });
        return;
    }
    const implied = schema_IMPLIED_WEIGHTS[env.strategy];
    const meaning = env.strategy === 'blue-green' ? 'steps[0] is the preview at weight 0, steps[1] the switch to 100' : 'its one step is the switch to 100';
    if (steps.length > implied.length) {
        ctx.addIssue({
            code: 'custom',
            path: [...at, implied.length],
            message: `${env.strategy} takes at most ${implied.length} step${implied.length === 1 ? '' : 's'} (${meaning}); use strategy: canary for more`
        });
    }
    steps.slice(0, implied.length).forEach((s, i) => {
        if (s.weight !== undefined && s.weight !== implied[i]) {
            ctx.addIssue({
                code: 'custom',
                path: [...at, i, 'weight'],
                message: `${env.strategy} steps set only pauses (${meaning}); weight ${s.weight} would be ignored: drop it or use strategy: canary`
            });
        }
    });
}
function hint(input, key, options) {
    const value = input && typeof input === 'object' ? input[key] : undefined;
    return typeof value === 'string' ? ` "${value}"${suggest_didYouMean(value, options)}` : ` (set ${key}: one of ${options.join(', ')})`;
}
function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/config/json-schema.ts
/**
 * The config's JSON Schema (schema/deploy-config.schema.json) for editors: zod's own conversion,
 * tightened where zod cannot see inside a transform or refinement, so that the schema refuses
 * everything the loader refuses that JSON Schema can express. What it cannot express is listed in
 * SCHEMA_CANNOT_EXPRESS (and checked by __tests__/config/json-schema.test.ts).
 */



/** What the loader refuses and JSON Schema cannot say: each a cross-reference or a computed rule. */
const SCHEMA_CANNOT_EXPRESS = {
    'unknown-metric': 'a gate or check naming a metric not defined under metrics: (a reference between two maps)',
    'duplicate-gate-name': 'two gates of one environment with the same name (uniqueness of one property across items)',
    'decreasing-weights': 'canary step weights that decrease (a comparison between neighbouring items)',
    'last-step-not-100': 'a canary whose last step is below 100 (JSON Schema cannot address the last item)',
    'unknown-timezone': 'a window timezone that is not an IANA zone (the list depends on the ICU data of the runtime)',
    'empty-hours-range': 'a window hours range that starts where it ends or past 24:00 (arithmetic on times)',
    'zero-interval-rounding': 'an interval that rounds to 0 ms, such as 0.1ms (arithmetic on durations)'
};
const DURATION_DESC = 'duration such as "30s", "5m", "1h30m"';
const PERCENT_DESC = 'percentage: 5 or "5%"';
const PAUSE_DESC = 'pause: a duration';
const DURATION = '^\\s*(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d))+\\s*$';
const ZERO_DURATION = '^\\s*(?:0+(?:\\.0+)?(?:ms|s|m|h|d))+\\s*$';
/** A 0–100 percentage string (`"5"`, `"12.5%"`); 0–10000 for relative bounds. */
const percentPattern = (max) => `^\\s*0*(?:${max}(?:\\.0+)?|\\d{1,${String(max).length - 1}}(?:\\.\\d+)?)\\s*%?\\s*$`;
const ALLOWED = (/* unused pure expression or super */ null && (`(?:env\\.[A-Za-z_][A-Za-z0-9_]*|${PLACEHOLDER_NAMES.join('|')})`));
/** A `{{ … }}` whose name is not one of the allowed placeholders. */
const UNKNOWN_PLACEHOLDER = (/* unused pure expression or super */ null && (`\\{\\{(?!\\s*${ALLOWED}\\s*\\}\\})[^}]*\\}\\}`));
const ANY_PLACEHOLDER = '\\{\\{[^}]*\\}\\}';
const TEMPLATED_KEYS = new Set(['address', 'query', 'url', 'body', 'value', 'path']);
function configJsonSchema() {
    const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' });
    walk(schema, '');
    discriminate(at(schema, 'properties.environments.additionalProperties.properties.gates.items'), 'type', GATE_TYPES);
    discriminate(at(schema, 'properties.metrics.additionalProperties'), 'provider', METRIC_PROVIDERS);
    companions(schema);
    return schema;
}
/** The node at a dotted path; a path that is not there is a programming error (zod's output changed). */
function at(node, dotted) {
    let n = node;
    for (const k of dotted.split('.'))
        n = n?.[k];
    if (!n || typeof n !== 'object')
        throw new Error(`json-schema: no node at ${dotted}`);
    return n;
}
/** Units and strings, wherever they are: durations, percentages, commands, templated strings. */
function walk(node, key) {
    if (typeof node.description === 'string' && node.description.startsWith(DURATION_DESC))
        replaceWith(node, durationSchema());
    else if (typeof node.description === 'string' && node.description.startsWith(PAUSE_DESC))
        replaceWith(node, { anyOf: [durationSchema(), { const: 'until-promoted' }] });
    else if (node.description === PERCENT_DESC)
        replaceWith(node, percentSchema(key === 'max-increase' ? 10_000 : 100));
    else if (node.type === 'string' && (key === 'run' || ACTION_NAMES.includes(key)))
        node.not = { pattern: ANY_PLACEHOLDER };
    else if (node.type === 'string' && TEMPLATED_KEYS.has(key))
        node.not = { pattern: UNKNOWN_PLACEHOLDER };
    for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object')
            for (const [pk, pv] of Object.entries(v))
                walk(pv, pk);
        else if (Array.isArray(v))
            v.forEach((x) => x && typeof x === 'object' && walk(x, key));
        else if (v && typeof v === 'object' && k !== 'not')
            walk(v, k === 'additionalProperties' && key === 'headers' ? 'query' : key);
    }
}
function replaceWith(node, next) {
    const keep = { description: node.description, ...(node.default === undefined ? {} : { default: node.default }) };
    for (const k of Object.keys(node))
        delete node[k];
    Object.assign(node, keep, next);
}
function durationSchema() {
    return { anyOf: [{ type: 'string', pattern: DURATION }, { const: 0 }, { const: '0' }] };
}
function percentSchema(max) {
    return {
        anyOf: [
            { type: 'number', minimum: 0, maximum: max },
            { type: 'string', pattern: percentPattern(max) }
        ]
    };
}
/**
 * `oneOf` over object shapes gives one error per shape for a mistyped discriminator; instead the
 * discriminator is an enum (one clear error) and each shape applies through `if`/`then`.
 */
function discriminate(node, key, values) {
    const branches = node.oneOf;
    if (!Array.isArray(branches))
        throw new Error(`json-schema: expected oneOf to discriminate by ${key}`);
    delete node.oneOf;
    Object.assign(node, {
        type: 'object',
        required: [key],
        properties: { [key]: { enum: [...values] } },
        allOf: branches.map((b) => ({ if: { properties: { [key]: { const: b.properties[key].const } }, required: [key] }, then: b }))
    });
}
/** Companion keys and per-strategy step rules the loader checks in refinements. */
function companions(schema) {
    const env = at(schema, 'properties.environments.additionalProperties');
    at(schema, 'properties.environments').minProperties = 1;
    at(env, 'properties.actions').dependentRequired = { deploy: ['rollback'], 'set-weight': ['rollback'] };
    at(env, 'properties.analysis.properties.interval').not = {
        anyOf: [{ const: 0 }, { const: '0' }, { type: 'string', pattern: ZERO_DURATION }]
    };
    at(env, 'properties.analysis.properties.checks.items').anyOf = ['max', 'min', 'max-increase', 'max-decrease'].map((k) => ({
        required: [k]
    }));
    env.allOf = [...(env.allOf ?? []), ...strategyRules()];
    for (const links of [at(schema, 'properties.links'), at(env, 'properties.links')])
        at(links, 'items.properties.url').pattern = '^(?:[hH][tT][tT][pP][sS]?://|\\{\\{)';
    const gates = at(env, 'properties.gates.items').allOf;
    for (const { then } of gates)
        gateCompanions(then);
    for (const { then } of at(schema, 'properties.metrics.additionalProperties').allOf)
        bodyOnlyWithPost(then);
    const window = gates.find((g) => g.then.properties.type.const === 'window').then;
    const days = at(window, 'properties.allow.items.properties.days');
    days.pattern = daysPattern();
    for (const k of ['from', 'to'])
        at(window, `properties.freeze.items.properties.${k}`).anyOf = [
            { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$' }
        ];
}
function gateCompanions(gate) {
    const type = gate.properties.type.const;
    if (type === 'metric')
        gate.anyOf = [{ required: ['min'] }, { required: ['max'] }];
    if (type === 'http') {
        bodyOnlyWithPost(gate);
        const json = at(gate, 'properties.expect.properties.json');
        json.anyOf = ['equals', 'in', 'min', 'max'].map((k) => ({ required: [k] }));
    }
}
function bodyOnlyWithPost(shape) {
    if (!shape.properties?.body)
        return;
    shape.if = { required: ['body'] };
    shape.then = { required: ['method'], properties: { method: { const: 'POST' } } };
}
/** Canary steps need a weight; blue-green and all-at-once steps only take pauses (their weights are implied). */
function strategyRules() {
    const weightIs = (w) => ({
        anyOf: [{ const: w }, { type: 'string', pattern: `^\\s*0*${w === 0 ? '0?' : String(w)}(?:\\.0+)?\\s*%?\\s*$` }]
    });
    const fixed = (strategy) => {
        const weights = IMPLIED_WEIGHTS[strategy];
        return {
            if: { properties: { strategy: { const: strategy } }, required: ['strategy'] },
            then: {
                properties: { steps: { maxItems: weights.length, prefixItems: weights.map((w) => ({ properties: { weight: weightIs(w) } })) } }
            }
        };
    };
    const canary = {
        if: { anyOf: [{ not: { required: ['strategy'] } }, { properties: { strategy: { const: 'canary' } } }] },
        then: { properties: { steps: { items: { required: ['weight'] } } } }
    };
    return [canary, fixed('blue-green'), fixed('all-at-once')];
}
/** DAY_SPEC of the schema, case-insensitive and with blanks allowed (the loader lowercases and strips them). */
function daysPattern() {
    const day = `(?:${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [...d].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|')})`;
    const range = `\\s*${day}\\s*(?:-\\s*${day}\\s*)?`;
    return `^${range}(?:,${range})*$`;
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads the deploy config, validates it with the schema and maps every problem back to
 * file:line:column, so the user sees each one as an annotation at the offending spot.
 */





class load_ConfigError extends Error {
    file;
    issues;
    constructor(file, issues) {
        const first = issues[0] ?? { message: 'invalid config', line: 1, column: 1, path: [] };
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        super(`${file}:${first.line}:${first.column}: ${first.message}${more}`);
        this.name = 'ConfigError';
        this.file = file;
        this.issues = issues.length ? capIssues(issues) : [first];
    }
    get line() {
        return this.issues[0].line;
    }
    get column() {
        return this.issues[0].column;
    }
}
/** At most this many problems are reported (each an annotation); the rest are counted. */
const MAX_REPORTED_ISSUES = 20;
/** A bigger config file is refused before it is read. */
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** YAML aliases may expand to at most this many nodes (an alias bomb is refused). */
const load_MAX_ALIAS_COUNT = 100;
/** The first MAX_REPORTED_ISSUES issues, then one that counts the rest. */
function capIssues(issues) {
    if (issues.length <= MAX_REPORTED_ISSUES)
        return issues;
    const next = issues[MAX_REPORTED_ISSUES];
    const rest = issues.length - MAX_REPORTED_ISSUES;
    return [
        ...issues.slice(0, MAX_REPORTED_ISSUES),
        {
            ...next,
            message: `… and ${rest} more problem${rest === 1 ? '' : 's'} (the first ${MAX_REPORTED_ISSUES} are reported; fix them first)`
        }
    ];
}
const positions = new WeakMap();
/** The parsed YAML behind each loaded config, so a later check can point at a key's line (positionOf). */
const documents = new WeakMap();
async function load_loadConfig(absPath, displayFile) {
    const text = await load_readText(absPath, displayFile);
    return parseConfig(text, displayFile);
}
/** The config in `text` (the loader without the file): validated, or a ConfigError with positions. */
function parseConfig(text, displayFile) {
    const lc = new LineCounter();
    // uniqueKeys is checked below in linear time (yaml's own check is quadratic in the keys of a map)
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false, merge: true });
    const yamlIssues = [...doc.errors.map((e) => yamlIssue(e, doc, lc)), ...duplicateKeys(doc, lc), ...aliasIssues(doc, lc)];
    if (yamlIssues.length)
        throw new load_ConfigError(displayFile, sortIssues(yamlIssues));
    const data = toData(doc, lc, displayFile);
    if (data === null || data === undefined) {
        throw new load_ConfigError(displayFile, [
            { message: 'the config file is empty; it needs at least version, service and environments', line: 1, column: 1, path: [] }
        ]);
    }
    const result = ConfigSchema.safeParse(data, { error: (iss) => humanMessage(iss) });
    if (!result.success) {
        const issues = result.error.issues.flatMap((iss) => zodIssues(iss, doc, lc));
        throw new load_ConfigError(displayFile, sortIssues(issues));
    }
    positions.set(result.data, envPositions(doc, lc));
    documents.set(result.data, { doc, lc });
    return result.data;
}
/** A config error found after loading (e.g. a hotfix without a reason), at the key `path` points to. */
function configErrorAt(config, file, path, message) {
    const d = documents.get(config);
    const found = d ? locate(d.doc, path) : undefined;
    const range = (found?.exact ? found.pair?.key : undefined)?.range ?? found?.node?.range;
    const { line, col } = range && d ? d.lc.linePos(range[0]) : { line: 1, col: 1 };
    return new load_ConfigError(file, [{ message: `${formatPath(path)}: ${message}`, line, column: col, path }]);
}
/** The environment named by the `environment` input; an unknown name points at `environments:`. */
function load_resolveEnvironment(config, name, file) {
    if (Object.hasOwn(config.environments, name))
        return config.environments[name];
    const names = Object.keys(config.environments);
    const at = positions.get(config)?.environments ?? { line: 1, column: 1 };
    throw new load_ConfigError(file, [
        {
            message: `environments: the environment input names "${name}", which is not defined here${didYouMean(name, names)}`,
            line: at.line,
            column: at.column,
            path: ['environments']
        }
    ]);
}
/** One `::error` annotation per issue, on the config file at the issue's line and column. */
function load_annotate(err, log) {
    for (const issue of err.issues) {
        log.error(issue.message, { title: 'Stagegate config', file: err.file, startLine: issue.line, startColumn: issue.column });
    }
}
/** The config's JSON Schema (input side: what users write), for editors and docs. */

// ---------------------------------------------------------------- reading and YAML
/**
 * The file's text. Only a regular file of at most MAX_CONFIG_BYTES is read: a FIFO or a device
 * would block the read forever (it is refused on a stat, before any open for reading), and the
 * file is opened non-blocking and checked again, in case it was swapped in between.
 */
async function load_readText(absPath, displayFile) {
    const fail = (why) => {
        throw new load_ConfigError(displayFile, [
            {
                message: `${why}: ${displayFile}; set the \`config\` input to the deploy config's path relative to the workspace (default .github/deploy.yml)`,
                line: 1,
                column: 1,
                path: []
            }
        ]);
    };
    let handle;
    try {
        checkStat(await fs.stat(absPath), fail);
        handle = await fs.open(absPath, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
        checkStat(await handle.stat(), fail);
        return await handle.readFile('utf8');
    }
    catch (e) {
        if (e instanceof load_ConfigError)
            throw e;
        const code = e.code;
        return fail(code === 'ENOENT' ? 'config file not found' : `config file could not be read (${code ?? e.message})`);
    }
    finally {
        await handle?.close();
    }
}
function checkStat(st, fail) {
    if (st.isDirectory())
        fail('config file could not be read (EISDIR: it is a directory)');
    if (!st.isFile())
        fail(`config file could not be read (it is ${fileKind(st)}, not a regular file)`);
    if (st.size > MAX_CONFIG_BYTES)
        fail(`config file is too big (${st.size} bytes; at most ${MAX_CONFIG_BYTES} bytes, 1 MiB)`);
}
function fileKind(st) {
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** doc.toJS with the alias cap; an alias bomb becomes an issue at its first alias. */
function toData(doc, lc, displayFile) {
    try {
        return doc.toJS({ maxAliasCount: load_MAX_ALIAS_COUNT });
    }
    catch (e) {
        const at = firstAlias(doc);
        const { line, col } = at?.range ? lc.linePos(at.range[0]) : { line: 1, col: 1 };
        const why = /alias count/i.test(e.message)
            ? `YAML aliases expand too far (more than ${load_MAX_ALIAS_COUNT} alias expansions; an "alias bomb"): write the values out or use fewer nested aliases`
            : `YAML error: ${e.message}`;
        throw new load_ConfigError(displayFile, [{ message: why, line, column: col, path: [] }]);
    }
}
function firstAlias(doc) {
    let found;
    visit(doc, {
        Alias(_, node) {
            found = node;
            return visit.BREAK;
        }
    });
    return found;
}
/** An alias with no anchor before it. */
function aliasIssues(doc, lc) {
    const out = [];
    visit(doc, {
        Alias(_, node) {
            if (node.resolve(doc) === undefined) {
                const { line, col } = lc.linePos(node.range?.[0] ?? 0);
                out.push({
                    message: `undefined YAML alias "*${node.source}": no anchor "&${node.source}" is set before it`,
                    line,
                    column: col,
                    path: []
                });
            }
        }
    });
    return out;
}
/** Keys that appear twice in one map (merge keys `<<` excepted), in one pass per map. */
function duplicateKeys(doc, lc) {
    const out = [];
    visit(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = pair.key;
                if (isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<'))
                    continue;
                const name = String(isScalar(key) ? key.value : key);
                if (seen.has(name)) {
                    const { line, col } = lc.linePos(key?.range?.[0] ?? 0);
                    out.push({ message: `duplicate key "${name}": a key may appear only once in a map`, line, column: col, path: [] });
                }
                seen.add(name);
            }
        }
    });
    return out;
}
function yamlIssue(e, doc, lc) {
    const { line, col } = lc.linePos(e.pos[0]);
    const message = e.code === 'DUPLICATE_KEY'
        ? `duplicate key${keyAt(doc, e.pos[0])}: a key may appear only once in a map`
        : `YAML syntax error: ${e.message}`;
    return { message, line, column: col, path: [] };
}
/** ` "name"` of the map key that starts at `offset`, or '' if none does. */
function keyAt(doc, offset) {
    let name = '';
    visit(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if (key?.range?.[0] === offset) {
                name = ` "${String(isScalar(key) ? key.value : key)}"`;
                return visit.BREAK;
            }
            return undefined;
        }
    });
    return name;
}
function sortIssues(issues) {
    return issues
        .map((iss, i) => ({ iss, i }))
        .sort((a, b) => a.iss.line - b.iss.line || a.iss.column - b.iss.column || a.i - b.i)
        .map((x) => x.iss);
}
// ---------------------------------------------------------------- zod issues → positions
/** One issue per zod issue; an unrecognized_keys issue becomes one per key (each at its key, the schema wrote one line per key). */
function zodIssues(iss, doc, lc) {
    if (iss.code !== 'unrecognized_keys' || iss.keys.length <= 1)
        return [zodIssue(iss, doc, lc)];
    const lines = iss.message.split('\n');
    return iss.keys.map((key, i) => zodIssue({ ...iss, keys: [key], message: lines[i] ?? `unknown key "${key}"` }, doc, lc));
}
function zodIssue(iss, doc, lc) {
    const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const target = iss.code === 'unrecognized_keys' && iss.keys.length ? [...path, iss.keys[0]] : path;
    const found = locate(doc, target);
    const wantKey = (iss.code === 'unrecognized_keys' || iss.code === 'invalid_key') && found.exact;
    const typo = !found.exact && found.depth === path.length - 1 ? typoOf(found.node, path) : undefined;
    const range = typo?.range ?? (wantKey ? found.pair?.key : found.node)?.range ?? found.node?.range;
    const { line, col } = range ? lc.linePos(range[0]) : { line: 1, col: 1 };
    const missing = iss.code === 'invalid_type' && iss.message === MISSING && !found.exact && path.length > 0;
    const where = formatPath(missing ? path.slice(0, -1) : path);
    const base = missing ? `missing required key "${String(path[path.length - 1])}"` : iss.message;
    const message = typo && isScalar(typo)
        ? `${base}; "${String(typo.value)}" here looks like a typo (did you mean "${String(path[path.length - 1])}"?)`
        : base;
    return { message: where ? `${where}: ${message}` : message, line, column: col, path };
}
/**
 * A key missing from a map next to a near-miss of its name (`tpye:` for `type:`): the near-miss
 * key, so the error points at the typo rather than at the start of the map.
 */
function typoOf(parent, path) {
    const want = path[path.length - 1];
    if (!isMap(parent) || typeof want !== 'string')
        return undefined;
    for (const pair of parent.items) {
        const key = pair.key;
        if (isScalar(key) && typeof key.value === 'string' && key.value !== want && nearest(key.value, [want]) === want)
            return key;
    }
    return undefined;
}
/** Walks `path` down the YAML tree; stops at the deepest node that exists. */
function locate(doc, path) {
    let node = deref(doc.contents, doc);
    let pair;
    let depth = 0;
    for (const key of path) {
        const next = child(node, key);
        if (!next)
            return { node: node ?? undefined, pair, exact: false, depth };
        depth++;
        pair = next.pair;
        node = deref(next.node, doc) ?? next.pair?.key ?? node;
    }
    return { node: node ?? undefined, pair, exact: true, depth };
}
/** Per map, its pairs by key name (built once: looking up 100 000 unknown keys stays linear). */
const pairIndex = new WeakMap();
function child(node, key) {
    if (isMap(node)) {
        let index = pairIndex.get(node);
        if (!index) {
            index = new Map();
            for (const p of node.items) {
                const name = String(isScalar(p.key) ? p.key.value : p.key);
                if (!index.has(name))
                    index.set(name, p);
            }
            pairIndex.set(node, index);
        }
        const pair = index.get(String(key));
        return pair ? { node: pair.value, pair } : undefined;
    }
    if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        return item === undefined ? undefined : { node: isPair(item) ? null : item };
    }
    return undefined;
}
function deref(node, doc) {
    if (isAlias(node))
        return node.resolve(doc) ?? node;
    return node ?? null;
}
/** `environments.production.gates[2].type` */
function formatPath(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
    return out;
}
function envPositions(doc, lc) {
    const root = doc.contents;
    const envPair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'environments') : undefined;
    const keyPos = (n) => {
        const r = n?.range;
        const { line, col } = r ? lc.linePos(r[0]) : { line: 1, col: 1 };
        return { line, column: col };
    };
    return { environments: keyPos(envPair?.key) };
}
const MISSING = 'required key is missing';
function humanMessage(iss) {
    switch (iss.code) {
        case 'invalid_type':
            return iss.input === undefined ? MISSING : `expected ${article(String(iss.expected))}, got ${kind(iss.input)}`;
        case 'too_small':
            return tooSmall(iss);
        case 'too_big':
            return tooBig(iss);
        case 'invalid_value': {
            const values = iss.values.map((v) => String(v));
            const got = typeof iss.input === 'string' ? didYouMean(iss.input, values) : ` (expected one of: ${values.join(', ')})`;
            return `invalid value ${describe(iss.input)}${got}`;
        }
        case 'invalid_union':
            return `expected ${unionExpectation(iss)}, got ${kind(iss.input)}`;
        case 'invalid_format':
            return `invalid ${String(iss.format ?? 'format')} ${describe(iss.input)}`;
        case 'invalid_key': {
            const inner = (iss.issues ?? []).map((i) => i.message);
            return `invalid key ${describe(iss.input)}${inner.length ? `: ${inner.join('; ')}` : ''}`;
        }
        case 'not_multiple_of':
            return `${describe(iss.input)} must be a multiple of ${String(iss.divisor)}`;
        default:
            return undefined;
    }
}
function tooSmall(iss) {
    const min = Number(iss.minimum);
    switch (iss.origin) {
        case 'string':
            return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
        case 'array':
            return `needs at least ${min} item${min === 1 ? '' : 's'}`;
        default:
            return `must be ${iss.inclusive === false ? 'greater than' : 'at least'} ${min}, got ${describe(iss.input)}`;
    }
}
function tooBig(iss) {
    const max = Number(iss.maximum);
    switch (iss.origin) {
        case 'string':
            return `must be at most ${max} characters long`;
        case 'array':
            return `allows at most ${max} item${max === 1 ? '' : 's'}`;
        default:
            return `must be ${iss.inclusive === false ? 'less than' : 'at most'} ${max}, got ${describe(iss.input)}`;
    }
}
/** "a string or a map": the types the union's options expected, when they all failed on type. */
function unionExpectation(iss) {
    const branches = (iss.errors ?? []).map((errs) => errs.find((e) => e.code === 'invalid_type' && e.path.length === 0));
    const types = [...new Set(branches.map((e) => (e && e.code === 'invalid_type' ? article(String(e.expected)) : undefined)))];
    return types.length && types.every((t) => t !== undefined) ? types.join(' or ') : 'a valid value';
}
function article(expected) {
    switch (expected) {
        case 'object':
        case 'record':
        case 'map':
            return 'a map';
        case 'array':
            return 'a list';
        case 'int':
            return 'an integer';
        case 'boolean':
            return 'true or false';
        default:
            return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
    }
}
function kind(v) {
    if (v === null)
        return 'an empty value';
    if (Array.isArray(v))
        return 'a list';
    if (v instanceof Date)
        return 'a date';
    if (typeof v === 'object')
        return 'a map';
    return typeof v;
}
function describe(v) {
    return typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v));
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
;// CONCATENATED MODULE: ./src/github/errors.ts
/** What a failed GitHub call means for the workflow: its HTTP status and the permission it needs. */
const WRITE_SCOPES = new Set(['deployments', 'pull-requests']);
/** What to add to the workflow when GitHub answers 403/404 for a scope. */
function errors_permissionHint(status, scope) {
    const level = WRITE_SCOPES.has(scope) ? 'write' : 'read';
    const what = status === 404 ? 'not found (or not visible to this token)' : 'forbidden';
    return `GitHub answered ${status} (${what}); add "${scope}: ${level}" under permissions: in the workflow job`;
}
/** The HTTP status of a failed port call (an Octokit RequestError), if it has one. */
function errors_httpStatus(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}

;// CONCATENATED MODULE: ./src/github/client.ts
/** The REST client (retry + throttling plugins, request counting) and the run's context. */






const DEFAULT_ATTEMPT_MS = 10_000;
/** `STAGEGATE_GITHUB_TIMEOUT` (a duration, default 10s) is the per-attempt deadline; the total is 3×. */
function client_githubDeadlines(env, log) {
    const raw = env.STAGEGATE_GITHUB_TIMEOUT?.trim();
    const parsed = raw ? (0,units/* parseDuration */.E9)(raw) : undefined;
    if (parsed && !parsed.ok)
        log.warning(`STAGEGATE_GITHUB_TIMEOUT "${raw}" is not a duration (${parsed.error}); using ${DEFAULT_ATTEMPT_MS / 1000}s`);
    const attemptMs = parsed?.ok && parsed.ms > 0 ? parsed.ms : DEFAULT_ATTEMPT_MS;
    return { attemptMs, totalMs: 3 * attemptMs };
}
function createOctokit(token, apiUrl, counter, opts) {
    const base = opts.retryAfterBaseValue ?? 1000;
    const limitRetries = opts.rateLimitRetries ?? 2;
    const deadlines = opts.deadlines ?? client_githubDeadlines(process.env, opts.log);
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const again = retryCount < limitRetries;
        opts.log.warning(`GitHub ${kind} on ${options.method} ${options.url}; ${again ? `retrying after ${retryAfter}s` : 'giving up'}`);
        return again;
    };
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        // counted at the fetch level so that retried attempts count too
        request: { fetch: deadlineFetch(counter, deadlines.attemptMs) },
        // 429 (and 403) rate limits belong to plugin-throttling, which honours Retry-After;
        // plugin-retry would retry them again on its own back-off
        retry: { retries: opts.retries ?? 3, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: base,
            ...(opts.throttle ?? {})
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // registered after the plugins, so it wraps them: the total deadline covers every retry
    octokit.hook.wrap('request', (request, options) => withTotalDeadline(request, options, deadlines.totalMs));
    return octokit;
}
/** An error Octokit passes through as is (no RequestError, so plugin-retry does not retry it). */
function deadlineError(message) {
    const e = new Error(message);
    e.name = 'AbortError';
    return e;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function withTotalDeadline(request, options, totalMs) {
    const what = `${String(options.method)} ${String(options.url)}`;
    const ctl = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const e = deadlineError(`GitHub did not complete ${what} within ${totalMs / 1000}s (retries included)`);
            ctl.abort(e);
            reject(e);
        }, totalMs);
    });
    try {
        return await Promise.race([Promise.resolve(request({ ...options, request: { ...options.request, signal: ctl.signal } })), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Counts every HTTP attempt (retries included) and gives each one `attemptMs`. A timed-out
 * attempt is retried by plugin-retry, except a POST (it may have landed: a second
 * `POST /deployments` would leave a stray Deployment); past the total deadline nothing is retried.
 */
function deadlineFetch(counter, attemptMs) {
    return async (input, init) => {
        counter.count++;
        const total = init?.signal ?? undefined;
        const what = `${init?.method ?? 'GET'} ${typeof input === 'string' ? input : input instanceof URL ? input.href : input.url}`;
        if (total?.aborted)
            throw total.reason instanceof Error ? total.reason : deadlineError(`GitHub request ${what} cancelled`);
        const attempt = AbortSignal.timeout(attemptMs);
        try {
            return await (0,proxy/* proxyFetch */.Z)(input, { ...init, signal: total ? AbortSignal.any([total, attempt]) : attempt });
        }
        catch (e) {
            if (total?.aborted)
                throw total.reason instanceof Error ? total.reason : e;
            if (!attempt.aborted)
                throw e;
            const message = `GitHub did not answer ${what} within ${attemptMs / 1000}s`;
            if (init?.method === 'POST')
                throw deadlineError(message);
            throw new Error(message); // a RequestError with status 500 for plugin-retry
        }
    };
}
function client_readRunContext(env, log) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env.GITHUB_RUN_ID ?? 0) || 0;
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
        actor: env.GITHUB_ACTOR ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event: readEvent(env.GITHUB_EVENT_PATH, log),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
    };
}
function readEvent(file, log) {
    if (!file || !external_node_fs_.existsSync(file))
        return {};
    try {
        const v = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
    }
    catch (e) {
        log.warning(`could not read the event file ${file}: ${e.message}`);
        return {};
    }
}


;// CONCATENATED MODULE: ./src/github/pulls.ts
/** GitHub lists at most 3000 files of a pull request; 30 pages of 100. */
const MAX_PULL_FILES = 3000;
/** The PR object as GitHub sends it (in an event payload, a list or GET /pulls/{n}) → the facts we use. */
function pullFacts(p) {
    return {
        number: p.number,
        title: p.title ?? '',
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        state: p.state ?? '',
        merged: Boolean(p.merged_at),
        ...(typeof p.additions === 'number' ? { additions: p.additions } : {}),
        ...(typeof p.deletions === 'number' ? { deletions: p.deletions } : {})
    };
}
/**
 * The PR a pushed commit belongs to (GET /repos/{o}/{r}/commits/{sha}/pulls, one request): the open
 * one, else the merged one (a push to main after the merge). Its list entry carries title and labels.
 */
async function pullOfCommit(gh, sha) {
    const pulls = await gh.pullsForCommit(sha);
    return pulls.find((p) => p.state === 'open') ?? pulls.find((p) => p.merged);
}

;// CONCATENATED MODULE: ./src/github/octokit-port.ts



/** The port main() and the post step use: a client with `token` against the run's API, counting every attempt. */
function octokit_port_githubPort(token, run, counter, opts) {
    return octokitPort(createOctokit(token, run.apiUrl, counter, opts), run);
}
/** The port over a given client (tests hook into the client). */
function octokitPort(octokit, run) {
    return new OctokitPort(octokit, run);
}
class OctokitPort {
    o;
    run;
    constructor(o, run) {
        this.o = o;
        this.run = run;
    }
    get repo() {
        return { owner: this.run.owner, repo: this.run.repo };
    }
    async createDeployment(d) {
        const res = await this.o.rest.repos.createDeployment({
            ...this.repo,
            ref: d.ref,
            sha: d.sha,
            environment: d.environment,
            payload: d.payload,
            production_environment: d.productionEnvironment,
            description: d.description.slice(0, 140),
            auto_merge: false,
            required_contexts: [] // Stagegate's own gates check CI
        });
        const data = res.data;
        if (res.status !== 201 || typeof data.id !== 'number') {
            throw new Error(`GitHub did not create the deployment (${res.status}): ${data.message ?? 'no id returned'}`);
        }
        return data.id;
    }
    async setDeploymentStatus(id, state, o = {}) {
        await this.o.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: id,
            state,
            ...(o.environmentUrl ? { environment_url: o.environmentUrl } : {}),
            ...(o.logUrl ? { log_url: o.logUrl } : {}),
            ...(o.description ? { description: o.description.slice(0, 140) } : {}),
            // GitHub marks earlier `success` Deployments of the environment inactive itself (not for production ones)
            auto_inactive: state === 'success'
        });
    }
    async *deployments(q, pageSize) {
        const params = { ...this.repo, environment: q.environment, ...(q.sha ? { sha: q.sha } : {}), per_page: pageSize };
        for await (const page of this.o.paginate.iterator(this.o.rest.repos.listDeployments, params)) {
            for (const d of page.data)
                yield { id: d.id, createdAt: d.created_at, sha: d.sha, description: d.description ?? null, payload: d.payload };
        }
    }
    async latestDeploymentStatus(id) {
        return (await this.statuses(id, 1))[0];
    }
    deploymentStatuses(id) {
        return this.statuses(id, 100);
    }
    async statuses(id, perPage) {
        const res = await this.o.rest.repos.listDeploymentStatuses({ ...this.repo, deployment_id: id, per_page: perPage });
        return res.data.map((s) => ({ state: s.state, description: s.description ?? '', createdAt: s.created_at }));
    }
    async collaboratorRole(user) {
        try {
            const res = await this.o.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user });
            const d = res.data;
            return d.role_name || d.permission || 'none';
        }
        catch (e) {
            if (errors_httpStatus(e) === 404)
                return 'none'; // not a collaborator
            throw e;
        }
    }
    async reactToComment(commentId, content) {
        await this.o.rest.reactions.createForIssueComment({ ...this.repo, comment_id: commentId, content });
    }
    async checkRuns(sha) {
        const runs = await this.o.paginate(this.o.rest.checks.listForRef, { ...this.repo, ref: sha, filter: 'latest', per_page: 100 });
        return runs.map((r) => ({
            name: r.name,
            status: r.status,
            conclusion: r.conclusion ?? null,
            urls: `${r.details_url ?? ''} ${r.html_url ?? ''}`
        }));
    }
    async commitStatuses(sha) {
        const out = [];
        // paginate() cannot normalise this response (an object with one list), so pages go by total_count
        for (let page = 1;; page++) {
            const res = await this.o.rest.repos.getCombinedStatusForRef({ ...this.repo, ref: sha, per_page: 100, page });
            out.push(...res.data.statuses.map((s) => ({ context: s.context, state: s.state })));
            if (out.length >= res.data.total_count || res.data.statuses.length < 100)
                return out;
        }
    }
    async codeScanningAlerts() {
        const alerts = await this.o.paginate(this.o.rest.codeScanning.listAlertsForRepo, { ...this.repo, state: 'open', per_page: 100 });
        return alerts.map((a) => ({
            number: a.number,
            severity: a.rule.security_severity_level ?? 'none',
            what: a.rule.id ?? a.rule.name ?? ''
        }));
    }
    async dependabotAlerts() {
        const alerts = await this.o.paginate(this.o.rest.dependabot.listAlertsForRepo, { ...this.repo, state: 'open', per_page: 100 });
        return alerts.map((a) => ({
            number: a.number,
            severity: a.security_advisory.severity,
            what: a.dependency.package?.name ?? a.security_advisory.summary
        }));
    }
    async environmentReviews(runId) {
        const res = await this.o.rest.actions.getReviewsForRun({ ...this.repo, run_id: runId });
        return res.data.map((r) => ({
            user: r.user.login,
            state: r.state,
            comment: r.comment ?? '',
            environments: r.environments.map((e) => e.name ?? '').filter(Boolean)
        }));
    }
    async pull(n) {
        const res = await this.o.rest.pulls.get({ ...this.repo, pull_number: n });
        return pullFacts(res.data);
    }
    async pullsForCommit(sha) {
        const res = await this.o.rest.repos.listPullRequestsAssociatedWithCommit({ ...this.repo, commit_sha: sha, per_page: 100 });
        return res.data.map(pullFacts);
    }
    async pullFiles(n, max) {
        const files = [];
        let lines = 0;
        for await (const page of this.o.paginate.iterator(this.o.rest.pulls.listFiles, { ...this.repo, pull_number: n, per_page: 100 })) {
            for (const f of page.data) {
                files.push(f.filename);
                if (f.previous_filename)
                    files.push(f.previous_filename);
                lines += (f.additions ?? 0) + (f.deletions ?? 0);
            }
            if (files.length >= max)
                break;
        }
        return { files: [...new Set(files)], lines };
    }
    async *comments(issue) {
        for await (const page of this.o.paginate.iterator(this.o.rest.issues.listComments, {
            ...this.repo,
            issue_number: issue,
            per_page: 100
        })) {
            for (const c of page.data)
                yield { id: c.id, body: c.body ?? '', ...(c.user ? { author: { login: c.user.login, type: c.user.type } } : {}) };
        }
    }
    async createComment(issue, body) {
        const res = await this.o.rest.issues.createComment({ ...this.repo, issue_number: issue, body });
        return { id: res.data.id, ...(res.data.user?.login ? { login: res.data.user.login } : {}) };
    }
    async updateComment(id, body) {
        await this.o.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
    }
    async whoAmI() {
        const auth = (await this.o.auth());
        if (auth.tokenType === 'installation')
            return { bot: true };
        try {
            const me = await this.o.rest.users.getAuthenticated();
            return { bot: me.data.type === 'Bot', login: me.data.login };
        }
        catch {
            return { bot: true }; // no way to ask: only a bot's comment can be ours
        }
    }
}

// EXTERNAL MODULE: ./src/number.ts
var number = __webpack_require__(9270);
;// CONCATENATED MODULE: ./src/report/format.ts
/** Small pure formatting helpers shared by the report renderers (no clock, no environment). */





/** Longest text a table cell or a quoted line may carry before it is cut. */
const MAX_CELL_CHARS = 1000;
/** HTML-escapes user text (&, <, >, quotes). */
function format_escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * User text for inline markdown, one line. `&` and `<` are HTML-escaped (no tag or entity can start);
 * `|` (tables), backticks, `*`, `[`, `]`, `~` and backslashes are backslash-escaped. `>`, quotes and
 * intraword `_` stay as they are, so the text reads (and greps) the same as in the log.
 */
function format_text(s, max = MAX_CELL_CHARS) {
    return format_clip(oneLine(s), max)
        .replace(/[&<]/g, (c) => HTML_ENTITIES[c] ?? c)
        .replace(/[\\`*[\]~|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`);
}
/** User text for a table cell: like `text`, but keeps line breaks as `<br>`. */
function format_cell(s, max = MAX_CELL_CHARS) {
    const lines = format_clip(s.replace(/\r\n?/g, '\n').trim(), max).split('\n');
    return lines.map((l) => format_text(l, max)).join('<br>');
}
/** Inline code (sha, version): a backtick fence longer than any run inside, `|` escaped for tables. */
function format_code(s) {
    const flat = oneLine(s).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return flat ? `${fence}${pad}${flat}${pad}${fence}` : '';
}
/** A fenced block of literal text (error messages): the fence outgrows any backtick run inside. */
function format_fenced(s, lang = 'text') {
    const longest = Math.max(2, ...[...s.matchAll(/`{3,}/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${s.replace(/\r\n?/g, '\n').trimEnd()}\n${fence}`;
}
/** Cuts text to `max` characters with an ellipsis that says how much was cut. */
function format_clip(s, max) {
    if (s.length <= max)
        return s;
    return `${s.slice(0, max)}… (${s.length - max} more characters)`;
}
/** A compact number in a report (src/number.ts, IN_TABLE: integers as is, otherwise 4 significant digits); `—` for none. */
function format_num(n) {
    return n === null || n === undefined ? '—' : formatNumber(n, IN_TABLE);
}
/** `HH:MM:SS` in UTC of an epoch-milliseconds time. */
function format_clockTime(ms) {
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(11, 19) : '—';
}
/** `YYYY-MM-DD HH:MM:SS UTC` of an ISO string or epoch-milliseconds time. */
function format_dateTime(at) {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC` : String(at);
}
function format_duration(ms) {
    return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '—';
}
/** The limits a check enforced, as text (`≤ 0.005`, `≥ 0.9`, `0.9 … 1.2`); the summary's own text otherwise. */
function format_boundText(c) {
    if (c.upper !== undefined && c.lower !== undefined)
        return `${format_num(c.lower)} … ${format_num(c.upper)}`;
    if (c.upper !== undefined)
        return `≤ ${format_num(c.upper)}`;
    if (c.lower !== undefined)
        return `≥ ${format_num(c.lower)}`;
    return c.bound || 'no bound';
}
function format_verdictMark(v) {
    switch (v) {
        case 'pass':
            return '✓';
        case 'fail':
            return '✗';
        case 'inconclusive':
            return '?';
        case 'ignored':
            return '–';
        case 'pending':
            return '…';
        default:
            return format_unreachable(v);
    }
}
function format_statusLook(s) {
    switch (s) {
        case 'running':
            return { emoji: '🔄', label: 'in progress' };
        case 'succeeded':
            return { emoji: '✅', label: 'succeeded' };
        case 'blocked':
            return { emoji: '⛔', label: 'blocked' };
        case 'rolled-back':
            return { emoji: '↩️', label: 'rolled back' };
        case 'rollback-failed':
            return { emoji: '🚨', label: 'rollback FAILED' };
        case 'failed':
            return { emoji: '❌', label: 'failed' };
        case 'planned':
            return { emoji: '📋', label: 'planned' };
        case 'paused':
            return { emoji: '⏸️', label: 'paused' };
        case 'idle':
            return { emoji: '💤', label: 'idle' };
        default:
            return format_unreachable(s);
    }
}
/** A run still going (status `running`): renderers show "in progress" instead of a final outcome. */
function format_isLive(r) {
    return r.status === 'running';
}
/** One line: why the run ended the way it did. */
function format_reasonOf(r) {
    switch (r.status) {
        case 'running':
            return liveReason(r);
        case 'succeeded':
            return `all ${plural(r.steps.length, 'step')} passed; promoted`;
        case 'blocked':
            return oneLine(r.error ?? `required gate(s) failed: ${r.failedGates.join(', ') || 'unknown'}`);
        case 'rolled-back':
            return oneLine(r.rollback?.reason ?? r.error ?? 'rolled back');
        case 'rollback-failed':
            return oneLine(`${rollbackFailure(r)}${r.rollback ? `; rollback was for: ${r.rollback.reason}` : ''}`);
        case 'failed':
            return oneLine(r.error ?? 'failed');
        case 'planned':
            return planReason(r);
        case 'paused':
            return oneLine(r.pause?.line ?? `paused at ${r.finalWeight}%`);
        case 'idle':
            return oneLine(r.error ?? 'nothing paused: nothing to do');
        default:
            return format_unreachable(r.status);
    }
}
function liveReason(r) {
    const running = r.steps.find((s) => s.result === 'running');
    if (running)
        return `rolling out: step ${running.index}/${Math.max(r.plan.length, r.steps.length)} at ${running.weight}%`;
    return r.gates.length ? 'gates evaluated; starting the rollout' : 'starting: evaluating gates';
}
function rollbackFailure(r) {
    const bad = r.rollback?.commands.find((c) => c.outcome !== 'ok' && c.outcome !== 'skipped');
    if (!bad)
        return `rollback did not complete; traffic may still be split at ${r.finalWeight}%`;
    const exit = bad.exitCode === null ? '' : ` (exit ${bad.exitCode})`;
    return `${bad.action} ${bad.outcome}${exit}; traffic may still be split at ${r.finalWeight}%`;
}
function planReason(r) {
    const failing = r.gates.filter((g) => g.status === 'failed').map((g) => g.name);
    const gates = failing.length ? `gate(s) that would block: ${failing.join(', ')}` : 'no gate would block';
    return `plan only, nothing changed: ${plural(r.plan.length, 'step')}; ${gates}`;
}
function format_unreachable(x) {
    throw new Error(`unexpected value ${JSON.stringify(x)}`);
}

;// CONCATENATED MODULE: ./src/report/durable.ts

/** The job summary section: jobs with their links, who decided what and why, runner vs wall time, the longest unwatched stretch. */
function durable_pauseSection(r) {
    const p = r.pause;
    if (!p)
        return undefined;
    const head = r.status === 'paused'
        ? `### Paused\n\n${text(p.line, 300)}${p.deploymentId ? ` · saved on deployment ${p.deploymentId}` : ''}`
        : '### Across jobs';
    return [head, jobsTable(p), decisions(p), timeLine(p)].filter(Boolean).join('\n\n');
}
/** The PR comment's short form: the paused line and the decisions. */
function durable_commentPause(r) {
    const p = r.pause;
    if (!p)
        return undefined;
    const who = p.decisions.map((d) => `${d.action}d by @${text(d.actor, 100)}${d.reason ? `: ${text(d.reason, 200)}` : ''}`);
    return [`**${r.status === 'paused' ? 'Paused' : 'Across jobs'}:** ${text(p.line, 300)}`, ...who.map((w) => `- ${w}`), timeLine(p)].join('\n');
}
function jobsTable(p) {
    if (!p.jobs.length)
        return undefined;
    const rows = p.jobs.map((j, i) => `| ${i + 1} | ${jobLink(j.mode, j.runUrl)} | ${text(j.actor, 100)} | ${new Date(j.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC | ${duration(j.endedAt - j.startedAt)} | ${text(j.did, 300)} |`);
    return ['| # | job | actor | started | runner time | did |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
function decisions(p) {
    if (!p.decisions.length)
        return undefined;
    return p.decisions
        .map((d) => `- **${d.action}** by @${text(d.actor, 100)} (${d.via === 'comment' ? 'pull request comment' : 'workflow input'}) at ${new Date(d.at).toISOString().slice(0, 16).replace('T', ' ')} UTC${d.reason ? `: ${text(d.reason, 500)}` : ''}`)
        .join('\n');
}
function timeLine(p) {
    const unwatched = p.longestUnwatchedMs ? ` · the canary ran up to ${duration(p.longestUnwatchedMs)} unwatched between two rounds` : '';
    return `Runner time **${duration(p.runnerMs)}** over **${duration(p.wallMs)}** of wall time${unwatched}`;
}
function jobLink(label, url) {
    return /^https:\/\/[^\s()<>]+$/.test(url) ? `[${label}](${url})` : label;
}

;// CONCATENATED MODULE: ./src/report/chart.ts


const MAX_POINTS = 60;
/**
 * Fewer measurements than this make no chart (a two-point line says nothing a table does not):
 * the check's values are listed instead. The traffic chart needs at least two weight changes.
 */
const MIN_CHART_POINTS = 4;
/** Line colours, in line order; the legend names them with the matching emoji. */
const PALETTE = (/* unused pure expression or super */ null && (['#2563eb', '#dc2626', '#16a34a', '#dc2626']));
const SWATCH = (/* unused pure expression or super */ null && (['🔵', '🔴', '🟢', '🔴']));
/**
 * Resamples points onto `n` evenly spaced buckets over [t0, t1] (ms), keeping the max per bucket.
 * Empty buckets and null values carry the previous value; leading gaps take the first value seen.
 */
function downsample(points, t0, t1, n = MAX_POINTS) {
    const count = Math.max(2, Math.min(n, MAX_POINTS));
    const span = Math.max(1, t1 - t0);
    const step = span / (count - 1);
    const buckets = new Array(count).fill(null);
    for (const p of points) {
        if (p.v === null || !Number.isFinite(p.v))
            continue;
        const i = Math.min(count - 1, Math.max(0, Math.round((p.t - t0) / step)));
        const cur = buckets[i];
        buckets[i] = cur === null ? p.v : Math.max(cur, p.v);
    }
    const first = buckets.find((b) => b !== null) ?? 0;
    let prev = first;
    let carried = 0;
    const values = buckets.map((b) => {
        if (b === null) {
            carried++;
            return prev;
        }
        prev = b;
        return b;
    });
    return { xMin: minutes(0), xMax: minutes(span), values, carried };
}
/** All charts of a report, each followed by its legend line; empty when nothing was measured or shifted. */
function chart_renderCharts(r) {
    const out = [];
    const w = weightChart(r);
    if (w)
        out.push(w);
    out.push(...checkCharts(r));
    return out;
}
/** Traffic weight (%) on the new version over the run; undefined when no step started. */
function weightChart(r) {
    if (r.steps.length < 2)
        return undefined;
    const t0 = Date.parse(r.startedAt);
    const t1 = runEnd(r, t0);
    const changes = weightChanges(r);
    const series = stepFunction(changes, t0, t1);
    const body = mermaid(`Traffic on ${r.version || 'the new version'} (%)`, series, 'weight %', 0, 100, [series.values]);
    const trip = r.rollback ? ` · rollback at ${minutes(r.rollback.startedAt - t0)} min` : '';
    return `${body}\n\n<sub>🔵 weight on the new version, % of traffic · x: minutes since the run started${trip}</sub>`;
}
/** The planned weights over time (plan mode): each step's weight held for its pause. */
function chart_planChart(plan, title) {
    if (plan.length === 0)
        return undefined;
    const changes = [];
    let t = 0;
    for (const s of plan) {
        changes.push({ t, v: s.weight });
        t += s.pauseMs;
    }
    const series = stepFunction(changes, 0, Math.max(t, 1));
    return `${mermaid(title, series, 'weight %', 0, 100, [series.values])}\n\n<sub>🔵 planned weight, % of traffic · x: minutes after deploy (commands take extra time)</sub>`;
}
/** One chart per analysis check, in check order. */
function checkCharts(r) {
    const t0 = Date.parse(r.startedAt);
    const byCheck = new Map();
    for (const m of r.measurements) {
        const list = byCheck.get(m.checkIndex) ?? [];
        list.push(m);
        byCheck.set(m.checkIndex, list);
    }
    return [...byCheck.keys()]
        .sort((a, b) => a - b)
        .map((i) => (isCompared(r, i) ? comparisonChart(r, t0, i, byCheck.get(i) ?? []) : checkChart(r, t0, i, byCheck.get(i) ?? [])));
}
function isCompared(r, checkIndex) {
    return (r.steps.some((s) => s.checks.some((c) => c.checkIndex === checkIndex && c.comparison !== undefined)) ||
        r.measurements.some((m) => m.checkIndex === checkIndex && m.verdict === 'pending' && m.track === 'stable'));
}
/**
 * A compared check (`compare: stable`): canary and stable on one chart, and each judged step's
 * verdict with the estimated shift and its confidence interval in the legend.
 */
function comparisonChart(r, t0, checkIndex, ms) {
    const metric = ms[0]?.metric ?? summaryOf(r, checkIndex)?.metric ?? '?';
    const start = Math.min(...ms.map((m) => m.at));
    const end = Math.max(...ms.map((m) => m.at));
    const n = Math.min(MAX_POINTS, Math.max(2, distinctTimes(ms)));
    const series = (track) => downsample(ms.filter((m) => m.track === track).map((m) => ({ t: m.at, v: m.value })), start, end, n);
    const canary = series('canary');
    const stable = series('stable');
    const [lo, hi] = yRange([...canary.values, ...stable.values]);
    const shifted = { ...canary, xMin: minutes(start - t0), xMax: minutes(end - t0) };
    const legend = [`${SWATCH[0]} canary`, `${SWATCH[1]} stable`, ...comparisonVerdicts(r, checkIndex)];
    legend.push(`max per ${bucketText(end - start, canary.values.length)} · x: minutes since the run started`);
    return `${mermaid(`Check ${checkIndex + 1}: ${metric}, canary vs stable`, shifted, metric, lo, hi, [canary.values, stable.values])}\n\n<sub>${legend.join(' · ')}</sub>`;
}
/** `step 2: ✗ high, shift +41.2 (95% CI +27.8 … +52.1), allowed ±20`, one per judged step. */
function comparisonVerdicts(r, checkIndex) {
    const out = [];
    for (const s of r.steps) {
        const c = s.checks.find((x) => x.checkIndex === checkIndex)?.comparison;
        if (!c)
            continue;
        const mark = c.verdict === 'inconclusive' ? '?' : c.failed ? '✗' : '✓';
        if (c.estimate === null) {
            out.push(`step ${s.index}: ${mark} ${c.detail}`);
            continue;
        }
        const ci = c.lower === null || c.upper === null
            ? 'interval unbounded: too few samples'
            : `${num(100 * c.confidence)}% CI ${signed(c.lower)} … ${signed(c.upper)}`;
        out.push(`step ${s.index}: ${mark} ${c.verdict}, shift ${signed(c.estimate)} (${ci}), allowed ±${num(c.allowed ?? 0)}`);
    }
    return out;
}
function signed(v) {
    return `${v > 0 ? '+' : ''}${num(v)}`;
}
function checkChart(r, t0, checkIndex, ms) {
    if (distinctTimes(ms) < MIN_CHART_POINTS)
        return valuesList(r, t0, checkIndex, ms);
    const summary = summaryOf(r, checkIndex);
    const metric = summary?.metric ?? ms[0].metric;
    const track = summary?.track ?? ms[0].track;
    const start = Math.min(...ms.map((m) => m.at));
    const end = Math.max(...ms.map((m) => m.at));
    const measured = downsample(ms.map((m) => ({ t: m.at, v: m.value })), start, end, Math.min(MAX_POINTS, Math.max(2, distinctTimes(ms))));
    const flat = (v) => measured.values.map(() => v);
    const lines = [measured.values];
    const legend = [`${SWATCH[0]} measured (${track})`];
    const bounds = [summary?.upper, summary?.lower].filter((b) => b !== undefined && Number.isFinite(b));
    if (bounds.length) {
        lines.push(flat(bounds[0]));
        legend.push(`${SWATCH[1]} bound (${summary ? boundText(summary) : ''})`);
    }
    const base = r.baseline[metric];
    const baseLine = base !== null && base !== undefined && Number.isFinite(base) ? base : undefined;
    if (baseLine !== undefined) {
        lines.push(flat(baseLine));
        legend.push(`${SWATCH[2]} baseline ${num(baseLine)} (stable, before step 1)`);
    }
    if (bounds.length > 1)
        lines.push(flat(bounds[1]));
    const all = [...lines.flat()];
    const [lo, hi] = yRange(all);
    const shifted = { ...measured, xMin: minutes(start - t0), xMax: minutes(end - t0) };
    const title = `Check ${checkIndex + 1}: ${metric} ${summary ? summary.bound || boundText(summary) : ''}`.trim();
    const failed = ms.filter((m) => m.verdict === 'fail');
    if (failed.length) {
        const worst = failed.reduce((a, b) => ((b.value ?? -Infinity) > (a.value ?? -Infinity) ? b : a));
        legend.push(`✗ ${plural(failed.length, 'failed measurement')} (${num(worst.value)} at ${minutes(worst.at - t0)} min, step ${worst.step})`);
    }
    const nulls = ms.filter((m) => m.value === null).length;
    if (nulls)
        legend.push(`${plural(nulls, 'measurement')} without data: the previous value is carried`);
    legend.push(`max per ${bucketText(end - start, measured.values.length)} · x: minutes since the run started`);
    return `${mermaid(title, shifted, metric, lo, hi, lines)}\n\n<sub>${legend.join(' · ')}</sub>`;
}
/** A short series as one line of values in time order, with its bound and baseline: no chart. */
function valuesList(r, t0, checkIndex, ms) {
    const summary = summaryOf(r, checkIndex);
    const metric = summary?.metric ?? ms[0].metric;
    const values = ms.map((m) => `${m.value === null ? 'no data' : num(m.value)}${m.verdict === 'fail' ? ' ✗' : ''} (${minutes(m.at - t0)} min)`);
    const base = r.baseline[metric];
    const extra = [
        summary ? `bound ${boundText(summary)}` : '',
        base !== undefined ? `baseline ${base === null ? 'no data' : num(base)}` : ''
    ]
        .filter(Boolean)
        .join(' · ');
    return `**Check ${checkIndex + 1}: ${metric}** (${plural(ms.length, 'measurement')}, too few for a chart): ${values.join(' → ')}${extra ? ` · ${extra}` : ''}`;
}
function summaryOf(r, checkIndex) {
    const all = r.steps
        .map((s) => s.checks.find((c) => c.checkIndex === checkIndex))
        .filter((c) => c !== undefined);
    return all.find((c) => c.upper !== undefined || c.lower !== undefined) ?? all[0];
}
/** When the weight changed: each step's start, then the end of the rollback (to the final weight). */
function weightChanges(r) {
    const points = r.steps.map((s) => ({ t: s.startedAt, v: s.weight }));
    const rb = r.rollback;
    if (rb) {
        const done = rb.commands.reduce((end, c) => Math.max(end, c.startedAt + c.durationMs), rb.startedAt);
        points.push({ t: done, v: r.finalWeight });
    }
    return points.sort((a, b) => a.t - b.t);
}
/** Samples a weight step function (0 before the first change) with the max per bucket. */
function stepFunction(changes, t0, t1) {
    const count = MAX_POINTS;
    const span = Math.max(1, t1 - t0);
    const step = span / (count - 1);
    const at = (t) => {
        let w = 0;
        for (const c of changes)
            if (c.t <= t && c.v !== null)
                w = c.v;
        return w;
    };
    const values = Array.from({ length: count }, (_, i) => {
        if (i === count - 1)
            return at(t1); // the last point shows where traffic ended (e.g. 0 after a rollback)
        const lo = t0 + (i - 0.5) * step;
        const hi = t0 + (i + 0.5) * step;
        const inside = changes.filter((c) => c.t >= lo && c.t < hi && c.v !== null).map((c) => c.v);
        return Math.max(at(Math.max(t0, lo)), ...inside);
    });
    return { xMin: 0, xMax: minutes(span), values, carried: 0 };
}
function runEnd(r, t0) {
    const ends = [Date.parse(r.finishedAt), ...r.steps.map((s) => s.startedAt + s.durationMs), ...r.measurements.map((m) => m.at)];
    return Math.max(t0 + 1, ...ends.filter((t) => Number.isFinite(t)));
}
function distinctTimes(ms) {
    return new Set(ms.map((m) => m.at)).size;
}
function bucketText(spanMs, points) {
    const per = spanMs / Math.max(1, points - 1);
    return per >= 60_000 ? `${num(Math.round(per / 6000) / 10)} min` : `${Math.max(1, Math.round(per / 1000))} s`;
}
/** A y range from 0 (or the lowest value) to a round number above the highest value. */
function yRange(values) {
    const finite = values.filter((v) => Number.isFinite(v));
    const lo = Math.min(0, ...finite);
    const top = Math.max(...finite, lo);
    const hi = niceCeil(top + (top - lo) * 0.1);
    return [lo, hi > lo ? hi : lo + 1];
}
function niceCeil(v) {
    if (v <= 0)
        return 0;
    const mag = 10 ** Math.floor(Math.log10(v));
    for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (f * mag >= v)
            return Number((f * mag).toPrecision(6));
    return 10 * mag;
}
function minutes(ms) {
    return Math.round(ms / 6000) / 10;
}
function mermaid(title, s, yTitle, lo, hi, lines) {
    const palette = PALETTE.slice(0, Math.max(1, lines.length)).join(', ');
    const xMax = s.xMax > s.xMin ? s.xMax : s.xMin + 0.1;
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${quote(title)}"`,
        `  x-axis "minutes since start" ${plain(s.xMin)} --> ${plain(xMax)}`,
        `  y-axis "${quote(yTitle)}" ${plain(lo)} --> ${plain(hi)}`,
        ...lines.map((l) => `  line [${l.map(plain).join(', ')}]`),
        '```'
    ].join('\n');
}
/** A number as mermaid parses it: plain decimal (no exponent), 4 significant digits. */
function plain(v) {
    if (!Number.isFinite(v))
        return '0';
    const short = Number(v.toPrecision(4));
    const s = String(short);
    if (!/e/i.test(s))
        return s;
    return Math.abs(short) >= 1 ? short.toFixed(0) : short.toFixed(12).replace(/\.?0+$/, '');
}
/** Text inside a mermaid quoted string: no quotes, no line breaks, nothing that looks like markup. */
function quote(s) {
    return s
        .replace(/["`<>\\]/g, "'")
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
}

;// CONCATENATED MODULE: ./src/report/change.ts

const RISK_MARK = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };
/** A hotfix is shown first, above everything else, in every report. */
function change_hotfixBanner(r) {
    const h = r.change?.hotfix;
    if (!h)
        return undefined;
    return `> [!WARNING]\n> 🚑 **HOTFIX** by ${text(h.actor || 'unknown')} — ${text(h.reason, 500)}\n> Shorter pauses and fewer gates (the hotfix profile); rollback and analysis still apply.`;
}
/** The summary section: type, risk, why, the profile and every rule that matched. */
function change_changeSection(r) {
    const c = r.change;
    if (!c)
        return undefined;
    const facts = [
        text(c.source, 300),
        c.files === undefined ? 'files unknown' : `${c.files} file${c.files === 1 ? '' : 's'}`,
        c.lines === undefined ? '' : `${c.lines} lines`,
        c.labels.length
            ? `labels ${c.labels
                .slice(0, 20)
                .map((l) => code(l))
                .join(', ')}`
            : ''
    ].filter(Boolean);
    const rows = c.matched.map((m) => `| ${text(m.rule)} | ${text(m.origin)} | ${text(m.risk ?? '—')} | ${text(m.type ?? '—')} | ${cell(m.why, 300)} |`);
    const table = rows.length
        ? `\n\n| rule | from | risk | type | because |\n|---|---|---|---|---|\n${rows.join('\n')}`
        : '\n\nNo rule matched.';
    return [
        `### Change: ${text(c.type)} · ${RISK_MARK[c.risk] ?? ''} risk **${text(c.risk)}**`,
        `${facts.join(' · ')}${c.title ? `<br>title: ${text(c.title, 300)}` : ''}<br>risk because ${text(c.why, 500)}`,
        `**Profile:** ${profileText(r)}${table}`,
        phasesLine(r)
    ]
        .filter(Boolean)
        .join('\n\n');
}
/** One line for the PR comment. */
function change_changeLine(r) {
    const c = r.change;
    if (!c)
        return undefined;
    const rules = c.matched.map((m) => text(m.rule)).join(', ') || 'no rule matched';
    return `**Change:** ${text(c.type)} · ${RISK_MARK[c.risk] ?? ''} risk **${text(c.risk)}** (${rules}) · profile: ${profileText(r)}${r.status === 'planned' && r.phases?.length ? `<br>${phasesLine(r)}` : ''}`;
}
function profileText(r) {
    const p = r.change?.profile;
    if (!p)
        return '—';
    return `${p.name ? `**${text(p.name)}**` : 'none'} — ${text(p.why, 400)}${p.changes.length ? ` (${text(p.changes.join('; '), 400)})` : ''}`;
}
function phasesLine(r) {
    return r.phases?.length ? `**Phases:** ${r.phases.map((p) => text(p)).join(' → ')}` : undefined;
}
/** The backup's recorded output (its tail). */
function change_backupSection(r) {
    const b = r.backup;
    if (!b)
        return undefined;
    const body = b.output.trim() ? fenced(b.output) : '_(no output)_';
    return `<details><summary>Backup: ${b.outcome}${b.truncated ? ' (last 4000 characters of its output)' : ''}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The human forms of the report (pure functions of the report object: no clock, no environment):
 * the job summary, the PR comment, the verdict line and the log's progress line.
 */





/** The job summary stays below GitHub's 1 MiB limit: past this many bytes the oldest rows are folded. */
const SUMMARY_BUDGET_BYTES = 900_000;
/** A PR comment body stays below GitHub's 65 536 characters with room to spare. */
const COMMENT_LIMIT_CHARS = 60_000;
// ---------------------------------------------------------------------------------------- one-liners
/** The hidden HTML comment that identifies this environment's PR comment (stable, safe inside `<!-- -->`). */
function markdown_commentMarker(environment) {
    const safe = [...new TextEncoder().encode(environment)]
        .map((b) => /[A-Za-z0-9_.]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : b === 0x2d
            ? '-'
            : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('')
        .replace(/--/g, '-%2D');
    return `<!-- stagegate:environment=${safe} -->`;
}
/** One plain-text line for the log: emoji, status, service/environment/version, duration, final weight, reason. */
function markdown_verdictLine(r) {
    const look = statusLook(r.status);
    const status = isLive(r) ? look.label : r.status;
    const who = `${r.service || '(unknown service)'}/${r.environment || '(unknown environment)'} ${r.version || '(no version)'}`;
    return oneLine(`${look.emoji} ${status} · ${who} · ${duration(r.durationMs)} · final weight ${r.finalWeight}% · ${reasonOf(r)}`);
}
/**
 * The log line after each measurement round, e.g.
 * `step 2/4 25% · 3m10s/5m · error-rate 0.0012 ≤ 0.005 ✓ · p95-latency-ms 212 ≤ 231 ✓`.
 */
function progressLine(step, total, round, elapsedMs) {
    const head = `step ${step.index}/${total} ${step.weight}% · ${duration(elapsedMs)}/${duration(step.pauseMs)}`;
    const checks = [...round]
        .sort((a, b) => a.checkIndex - b.checkIndex)
        .map((m) => measurementText(m, step.checks.find((c) => c.checkIndex === m.checkIndex)));
    return [head, ...checks].join(' · ');
}
/** `metric value op bound mark`, the operator telling the truth about the value. */
function measurementText(m, c) {
    const mark = verdictMark(m.verdict);
    if (m.value === null)
        return `${m.metric} no data ${mark}`;
    const { upper, lower } = c ?? {};
    if (upper !== undefined && m.value > upper)
        return `${m.metric} ${distinct(m.value, upper, '>')} ${mark}`;
    if (lower !== undefined && m.value < lower)
        return `${m.metric} ${distinct(m.value, lower, '<')} ${mark}`;
    return `${m.metric} ${num(m.value)} ${comparison(m.verdict === 'fail', c)} ${mark}`;
}
/** `value op bound` at the first precision (4…12 significant digits) that tells the two apart: never `1 > 1`. */
function distinct(value, bound, op) {
    for (let p = 4; p <= 12; p++) {
        const [v, b] = [value, bound].map((n) => significant(n, p));
        if (v !== b)
            return `${v} ${op} ${b}`;
    }
    return `${num(value)} ${op} ${num(bound)}`;
}
function comparison(failed, c) {
    if (!c)
        return '';
    const { upper, lower } = c;
    if (upper === undefined && lower === undefined)
        return `(${c.bound})`;
    const inside = boundText(c);
    return failed ? `(${inside})` : upper !== undefined && lower !== undefined ? `within ${inside}` : inside;
}
/** The job summary (markdown + a little HTML); always under ~900 KB, folding the oldest rows if needed. */
function markdown_renderSummary(r) {
    let fold = { measurements: 0, audit: 0 };
    let md = summaryWith(r, fold);
    for (let i = 0; i < 40 && bytes(md) > SUMMARY_BUDGET_BYTES; i++) {
        const next = moreFolded(r, fold, bytes(md) - SUMMARY_BUDGET_BYTES);
        if (next.measurements === fold.measurements && next.audit === fold.audit)
            break;
        fold = next;
        md = summaryWith(r, fold);
    }
    return bytes(md) > SUMMARY_BUDGET_BYTES ? hardCut(md, SUMMARY_BUDGET_BYTES) : md;
}
function summaryWith(r, fold) {
    const sections = [
        statusLine(r),
        hotfixBanner(r),
        metaLine(r),
        reasonBlock(r),
        onCallBlock(r),
        nextSection(r),
        errorBlock(r),
        changeSection(r),
        gatesSection(r),
        pauseSection(r),
        r.mode === 'plan' || r.status === 'planned' ? planSection(r) : rolloutSection(r),
        chartsSection(r),
        rollbackSection(r.rollback, r),
        backupSection(r),
        approvalsSection(r.approvals),
        overridesSection(r),
        notesSection(r),
        commandsSection(r.commands),
        measurementsSection(r, fold.measurements),
        auditSection(r.audit, fold.audit),
        footer(r)
    ];
    return `${sections.filter((s) => Boolean(s)).join('\n\n')}\n`;
}
/** Line 1: emoji, service → environment, version, outcome, duration, final weight. */
function statusLine(r) {
    const look = statusLook(r.status);
    const who = `${text(r.service || '(unknown service)')} → ${text(r.environment || '(unknown environment)')}`;
    const version = r.version ? code(r.version) : '(no version)';
    return `## ${look.emoji} ${who} · ${version} · ${look.label} · ${duration(r.durationMs)} · final weight ${r.finalWeight}%`;
}
function metaLine(r) {
    const parts = [
        r.sha ? `commit ${code(r.sha.slice(0, 12))}` : '',
        r.strategy ? `strategy ${text(r.strategy)}` : '',
        `mode ${text(r.mode)}`,
        r.actor ? `by ${text(r.actor)}` : '',
        r.deploymentId ? `deployment ${text(r.deploymentId)}` : '',
        `started ${dateTime(r.startedAt)}`,
        `finished ${dateTime(r.finishedAt)}`,
        plural(r.apiRequests, 'API request'),
        r.runUrl ? markdown_link('workflow run', r.runUrl) : ''
    ];
    return `<sub>${parts.filter(Boolean).join(' · ')}</sub>`;
}
/** The reason is the error itself (a failed run, a lock): the error block says it already. */
function repeatsError(r) {
    return r.error !== undefined && reasonOf(r) === oneLine(r.error);
}
function reasonBlock(r) {
    if (repeatsError(r))
        return undefined;
    return `> **${r.status === 'succeeded' || r.status === 'planned' ? 'Outcome' : 'Why'}:** ${text(reasonOf(r), 2000)}`;
}
// ---------------------------------------------------------------------------------------- for the person on call
/** First thing after the verdict: where traffic is now, every failing check and every blocking gate. */
function onCallBlock(r) {
    if (r.status === 'planned')
        return undefined;
    const lines = [
        `- **Traffic now:** ${trafficNow(r)}`,
        ...failingChecks(r).map((c) => `- ❌ ${c}`),
        ...blockingGates(r).map((g) => `- ❌ gate ${g}`)
    ];
    return lines.join('\n');
}
/** Where traffic is, and whether a command proved it (verify / verify-rollback). */
function trafficNow(r) {
    const v = r.version ? code(r.version) : 'the new version';
    const running = r.steps.find((s) => s.result === 'running');
    switch (r.status) {
        case 'running':
            return running
                ? `**${running.weight}%** on ${v} (step ${running.index} of ${Math.max(r.plan.length, r.steps.length)}, rolling out)`
                : `**0%** on ${v} (not deployed yet)`;
        case 'succeeded':
            return `**100%** on ${v}, promoted · ${verifiedBy(r, 'verify')}`;
        case 'rolled-back':
            return `**0%** on ${v}: all traffic is back on the previous version · ${verifiedBy(r, 'verify-rollback')}`;
        case 'rollback-failed':
            return `⚠️ possibly **${r.finalWeight}%** on ${v}: the rollback failed, traffic may still be split · **not verified**`;
        case 'blocked':
        case 'planned':
            return `unchanged: nothing was deployed`;
        case 'paused':
            return `**${r.finalWeight}%** on ${v}, paused (handed off; the rollout waits on its GitHub Deployment)`;
        case 'idle':
            return 'unchanged: nothing was paused';
        case 'failed':
            return r.steps.length || r.commands.length
                ? `**${r.finalWeight}%** on ${v} when the run failed · **not verified**`
                : 'unchanged: nothing was deployed';
        default:
            return unreachable(r.status);
    }
}
function verifiedBy(r, action) {
    const list = action === 'verify-rollback' ? (r.rollback?.commands ?? []) : r.commands;
    const last = [...list].reverse().find((c) => c.action === action);
    if (!last || last.outcome === 'skipped')
        return `not verified (no \`${action}\` action configured)`;
    return last.outcome === 'ok' ? `verified by \`${action}\` ✅` : `**not verified**: \`${action}\` ${last.outcome}`;
}
/** Every check that failed (or stayed without data) in a step that did not pass: value against bound and baseline. */
function failingChecks(r) {
    const out = [];
    for (const s of r.steps.filter((x) => x.result === 'failed' || x.result === 'aborted' || x.result === 'running')) {
        for (const c of s.checks.filter((x) => x.failures > 0 || (s.result === 'failed' && x.inconclusive > 0)))
            out.push(failingCheck(r, s, c));
    }
    return out;
}
function failingCheck(r, s, c) {
    const mine = r.measurements.filter((m) => m.step === s.index && m.checkIndex === c.checkIndex);
    const worst = [...mine].reverse().find((m) => m.verdict === 'fail') ?? mine[mine.length - 1];
    const base = r.baseline[c.metric];
    const value = worst ? withoutMark(measurementText(worst, c), verdictMark(worst.verdict)) : `${c.metric} no measurement`;
    const counts = [
        c.failures ? `${c.failures} of ${c.samples + c.inconclusive} failed` : '',
        c.inconclusive ? `${c.inconclusive} without data` : ''
    ]
        .filter(Boolean)
        .join(', ');
    const baseline = base === undefined ? '' : ` · baseline ${base === null ? 'no data' : num(base)}`;
    return `${text(value)} (bound ${text(boundText(c))})${baseline} · step ${s.index} at ${s.weight}%${counts ? `: ${counts}` : ''}`;
}
function withoutMark(line, mark) {
    return line.endsWith(mark) ? line.slice(0, -mark.length).trimEnd() : line;
}
function blockingGates(r) {
    return r.gates
        .filter((g) => g.status === 'failed' && g.required)
        .map((g) => `**${text(g.name)}** (${text(g.type)}): ${cell(g.detail || 'failed', 300)}`);
}
/** What to do now: by outcome, then the config's links (dashboards, runbooks). */
function nextSection(r) {
    const steps = nextSteps(r);
    const links = (r.links ?? []).map((l) => `- 🔗 ${markdown_link(text(l.title), l.url)}`);
    if (steps.length === 0 && links.length === 0)
        return undefined;
    return `### What next\n\n${[...steps.map((x) => `- ${x}`), ...links].join('\n')}`;
}
function nextSteps(r) {
    const rerun = r.runUrl ? `re-run the ${markdown_link('workflow run', r.runUrl)}` : 're-run the workflow';
    switch (r.status) {
        case 'running':
            return [
                'The rollout is running and rolls back by itself on a breach. To stop it now, cancel the workflow run: Stagegate rolls back before it exits.'
            ];
        case 'succeeded':
            return ['Nothing to do: the new version serves all traffic.'];
        case 'rolled-back':
            return [
                'Nothing is urgent: traffic is back on the previous version.',
                `Find why the checks above failed (dashboards below), fix, then push a new version or ${rerun}.`
            ];
        case 'rollback-failed':
            return [
                '🚨 **Act now:** finish the rollback by hand (your `rollback` script with `STAGEGATE_WEIGHT=0`), then confirm which version serves traffic.',
                `The commands and their exit codes are under Rollback below; the post step retries the rollback once. Then ${rerun}.`
            ];
        case 'blocked':
            return [
                `Fix what the blocking gate(s) above report, then ${rerun}.`,
                'To deploy anyway, set the inputs `override-gates` (the gate names) and `override-reason` (recorded in every report).'
            ];
        case 'failed':
            return r.error?.includes(':') && !r.steps.length
                ? [
                    `Fix the error(s) below${r.service ? '' : ' in the deploy config'}; check locally with \`npx stagegate validate\`, then ${rerun}.`
                ]
                : [`Read the error below, then ${rerun}. Traffic: see above.`];
        case 'planned':
            return ['Nothing changed. Run the workflow with `mode: deploy` to roll this plan out.'];
        case 'paused':
            return [
                r.pause?.next ??
                    'Run Stagegate with `mode: promote` to continue now, or `mode: abort` to roll back; scheduled `mode: resume` runs watch it meanwhile.'
            ];
        case 'idle':
            return ['Nothing to do: no rollout of this environment is paused.'];
        default:
            return unreachable(r.status);
    }
}
/**
 * One line for the GitHub Deployment status (≤ 140 characters): `status: …`, with where traffic is
 * after a rollback, then every failing check (or the error, the rollback reason, the failed gates).
 */
function markdown_onCallLine(r) {
    const traffic = r.status === 'rolled-back' ? 'traffic back at 0%' : r.status === 'rollback-failed' ? `traffic may be split at ${r.finalWeight}%` : '';
    const checks = failingChecks(r).map((c) => c.split(' (bound')[0].replace(/\*\*/g, ''));
    const gates = r.failedGates.length ? `required gate(s) failed: ${r.failedGates.join(', ')}` : '';
    const why = checks.length ? checks.join(', ') : oneLine(r.error ?? r.rollback?.reason ?? gates);
    const detail = [traffic, why].filter(Boolean).join(' · ');
    const line = detail ? `${r.status}: ${detail}` : r.status;
    return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
function errorBlock(r) {
    if (r.error === undefined)
        return undefined;
    return `**Error**\n\n${fenced(clip(r.error, 20_000))}`;
}
// ---------------------------------------------------------------------------------------- gates
function gatesSection(r) {
    const plan = r.mode === 'plan' || r.status === 'planned';
    const title = plan ? '### Gates (read-only evaluation, plan mode)' : '### Gates';
    if (r.gates.length === 0)
        return r.status === 'blocked' || r.status === 'planned' ? `${title}\n\nNo gate was evaluated.` : undefined;
    const passed = r.gates.filter((g) => g.status === 'passed').length;
    const head = `${title}\n\n${passed}/${r.gates.length} passed${r.failedGates.length ? ` · **blocking:** ${r.failedGates.map((g) => text(g)).join(', ')}` : ''}`;
    const rows = r.gates.map((g) => `| ${text(g.name)} | ${text(g.type)}${g.required ? '' : ' (advisory)'} | ${gateResult(g)} | ${gateTime(g)} | ${gateDetail(g, r)} |`);
    return `${head}\n\n| gate | type | result | time | detail |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
function gateResult(g) {
    switch (g.status) {
        case 'passed':
            return '✅ passed';
        case 'failed':
            return g.required ? '❌ **failed**' : '⚠️ failed (advisory)';
        case 'advisory-failed':
            return '⚠️ failed (advisory)';
        case 'overridden':
            return '🔓 overridden';
        case 'skipped':
            return '⏭️ skipped';
        default:
            return unreachable(g.status);
    }
}
function gateTime(g) {
    return `${duration(g.durationMs)}${g.attempts > 1 ? ` (${g.attempts} attempts)` : ''}`;
}
function gateDetail(g, r) {
    const detail = cell(g.detail || '—');
    if (g.status !== 'overridden' || !r.overrides)
        return detail;
    return `**overridden by ${text(r.overrides.actor || 'unknown')}:** ${text(r.overrides.reason || '(no reason)')}<br>${detail}`;
}
// ---------------------------------------------------------------------------------------- plan
function planSection(r) {
    const parts = ['### Plan'];
    if (r.plan.length === 0)
        parts.push('No step would run.');
    else {
        const rows = r.plan.map((s) => `| ${s.index} | ${s.weight}% | ${duration(s.pauseMs)} | ${s.measurements} |`);
        parts.push(`Strategy ${text(r.strategy || 'unknown')} · ${plural(r.plan.length, 'step')}\n\n| step | weight | pause | measurements |\n|---|---|---|---|\n${rows.join('\n')}`);
    }
    const estimates = r.notes.filter(isEstimate);
    if (estimates.length)
        parts.push(estimates.map((n) => `- ⏱️ ${text(n)}`).join('\n'));
    const chart = planChart(r.plan, `Planned traffic on ${r.version || 'the new version'} (%)`);
    if (chart)
        parts.push(chart);
    if (r.analysis)
        parts.push(analysisTable(r.analysis));
    parts.push(probeTable(r));
    return parts.join('\n\n');
}
function analysisTable(a) {
    const delay = a.initialDelayMs ? ` after an initial delay of ${duration(a.initialDelayMs)}` : '';
    const head = `#### Analysis\n\nEvery check measured every ${duration(a.intervalMs)} of each pause${delay}; a step rolls back after more than ${a.failureLimit} failed or more than ${a.inconclusiveLimit} inconclusive measurements.`;
    if (a.checks.length === 0)
        return `${head}\n\nNo checks: pauses are only waited out.`;
    const rows = a.checks.map((c) => `| ${text(c.metric)} | ${c.track} | ${text(c.bound)} | ${c.onNoData} |`);
    return `${head}\n\n| check | track | bound | no data |\n|---|---|---|---|\n${rows.join('\n')}${checksInWords(a)}`;
}
/** Plan mode explains each check in words (and consecutive-failure-limit). */
function checksInWords(a) {
    const lines = a.checks.map((c, i) => (c.explain ? `- Check ${i + 1}: ${text(c.explain)}` : '')).filter(Boolean);
    if (a.consecutiveFailureLimit !== undefined)
        lines.push(`- Any check failing ${a.consecutiveFailureLimit} measurements in a row rolls back at once, whatever the failure limit.`);
    return lines.length ? `\n\n${lines.join('\n')}` : '';
}
function isEstimate(note) {
    return /^estimated\b/i.test(note);
}
function probeTable(r) {
    const names = Object.keys(r.baseline);
    if (names.length === 0)
        return '#### Metric probes\n\nNo metric to probe.';
    const rows = names.map((n) => {
        const v = r.baseline[n];
        return `| ${text(n)} | ${v === null ? '⚠️ no data' : `${num(v)} ✅`} |`;
    });
    return `#### Metric probes (measured once on the stable track)\n\n| metric | value |\n|---|---|\n${rows.join('\n')}`;
}
// ---------------------------------------------------------------------------------------- rollout
function rolloutSection(r) {
    const notReached = r.plan.filter((p) => !r.steps.some((s) => s.index === p.index));
    if (r.steps.length === 0 && (r.status === 'blocked' || r.plan.length === 0)) {
        return r.status === 'blocked' ? '### Rollout\n\nNothing was deployed: no command in `actions` ran.' : undefined;
    }
    const checks = checkColumns(r.steps);
    const header = `| step | weight | started (UTC) | duration | ${checks.map((c) => checkHeader(c)).join(' | ')}${checks.length ? ' | ' : ''}result |`;
    const sep = `|${'---|'.repeat(5 + checks.length)}`;
    const rows = [
        ...r.steps.map((s) => stepRow(s, checks)),
        ...notReached.map((p) => `| ${p.index} | ${p.weight}% | — | — | ${checks.map(() => '—').join(' | ')}${checks.length ? ' | ' : ''}⏸️ not reached |`)
    ];
    return `### Rollout\n\n${baselineLine(r)}\n\n${header}\n${sep}\n${rows.join('\n')}`;
}
function baselineLine(r) {
    const entries = Object.entries(r.baseline);
    if (entries.length === 0)
        return `Strategy ${text(r.strategy || 'unknown')} · no baseline (no analysis metrics)`;
    const values = entries.map(([k, v]) => `${text(k)} ${v === null ? 'no data' : num(v)}`).join(' · ');
    return `Strategy ${text(r.strategy || 'unknown')} · baseline (stable track, before step 1): ${values}`;
}
/** One column per check index seen in any step, with the summary that knows its bound. */
function checkColumns(steps) {
    const byIndex = new Map();
    for (const s of steps)
        for (const c of s.checks)
            if (!byIndex.has(c.checkIndex) || (c.bound && !byIndex.get(c.checkIndex)?.bound))
                byIndex.set(c.checkIndex, c);
    return [...byIndex.values()].sort((a, b) => a.checkIndex - b.checkIndex);
}
function checkHeader(c) {
    const track = c.track === 'stable' ? ' (stable)' : '';
    return `${text(c.metric)}${track}<br>${text(boundText(c))}`;
}
function stepRow(s, columns) {
    const cells = columns.map((col) => checkCell(s.checks.find((c) => c.checkIndex === col.checkIndex)));
    const checks = cells.length ? `${cells.join(' | ')} | ` : '';
    return `| ${s.index} | ${s.weight}% | ${clockTime(s.startedAt)} | ${stepDuration(s)} | ${checks}${stepResult(s)} |`;
}
/** `✓ 0.0008 – 0.0014` plus failure and no-data counts; the bound is in the column header. */
function checkCell(c) {
    if (!c || (c.samples === 0 && c.failures === 0 && c.inconclusive === 0))
        return '—';
    const mark = c.failures > 0 ? '✗' : c.inconclusive > 0 ? '?' : '✓';
    const range = c.min === null || c.max === null ? 'no data' : c.min === c.max ? num(c.min) : `${num(c.min)}&nbsp;–&nbsp;${num(c.max)}`;
    const extra = [c.failures ? `**${c.failures} failed**` : '', c.inconclusive ? `${c.inconclusive} no data` : ''].filter(Boolean);
    return `${mark} ${range}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function stepDuration(s) {
    return s.result === 'running' ? `pause ${duration(s.pauseMs)}` : duration(s.durationMs);
}
function stepResult(s) {
    const why = s.reason ? `: ${text(s.reason, 400)}` : '';
    switch (s.result) {
        case 'passed':
            return '✅ passed';
        case 'failed':
            return `❌ **failed**${why}`;
        case 'aborted':
            return `⏹️ aborted${why}`;
        case 'running':
            return '🔄 running';
        default:
            return unreachable(s.result);
    }
}
function chartsSection(r) {
    const charts = renderCharts(r);
    return charts.length ? `### Charts\n\n${charts.join('\n\n')}` : undefined;
}
// ---------------------------------------------------------------------------------------- rollback
function rollbackSection(rb, r) {
    if (!rb)
        return undefined;
    const failed = r.status === 'rollback-failed';
    const title = failed ? '### 🚨 Rollback FAILED' : '### ↩️ Rollback';
    const warn = failed
        ? `\n\n> [!CAUTION]\n> The rollback did not complete: traffic may still be split, **${r.finalWeight}%** on ${text(r.version || 'the new version')}. Check the service and finish the rollback by hand.`
        : '';
    const where = rb.step !== undefined ? `step ${rb.step} (${rb.weight}%)` : `${rb.weight}%`;
    const lines = [
        `- **Trigger:** ${text(rb.trigger)}`,
        `- **Reason:** ${text(rb.reason)}`,
        `- **Started:** at ${where}, ${clockTime(rb.startedAt)} UTC`,
        ...trippedBy(rb),
        `- **Verified:** ${rb.verified ? '✅ yes' : '❌ no'}`
    ];
    return `${title}${warn}\n\n${lines.join('\n')}\n\n${rollbackCommands(rb.commands)}`;
}
function trippedBy(rb) {
    const m = rb.measurement;
    if (!m)
        return rb.bound ? [`- **Bound:** ${text(rb.bound)}`] : [];
    const value = m.value === null ? 'no data' : `**${num(m.value)}**`;
    const detail = m.detail ? ` — ${text(m.detail)}` : '';
    return [
        `- **Tripped by:** ${text(m.metric)} = ${value} against the bound **${text(rb.bound ?? '—')}** (${verdictMark(m.verdict)} ${text(m.verdict)}${detail})<br>measured on the ${m.track} track at ${clockTime(m.at)} UTC, step ${m.step} (${m.weight}%)`
    ];
}
function rollbackCommands(commands) {
    if (commands.length === 0)
        return 'No rollback command ran.';
    const rows = commands.map((c) => `| ${text(c.action)} | ${outcome(c)} | ${c.exitCode ?? '—'} | ${clockTime(c.startedAt)} | ${duration(c.durationMs)} |`);
    return `| command | outcome | exit code | started (UTC) | duration |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
function outcome(c) {
    switch (c.outcome) {
        case 'ok':
            return '✅ ok';
        case 'failed':
            return '❌ failed';
        case 'timeout':
            return '⏱️ timed out';
        case 'aborted':
            return '⏹️ aborted';
        case 'skipped':
            return '⏭️ not configured';
        default:
            return unreachable(c.outcome);
    }
}
// ---------------------------------------------------------------------------------------- people and notes
function approvalsSection(approvals) {
    if (approvals.length === 0)
        return undefined;
    const rows = approvals.map((a) => `| ${text(a.user)} | ${a.state === 'approved' ? '✅ approved' : '❌ rejected'} | ${dateTime(a.at)} | ${text(a.environments.join(', ') || '—')} | ${cell(a.comment || '—')} |`);
    return `### Approvals\n\n| reviewer | decision | at | environments | comment |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
function overridesSection(r) {
    const o = r.overrides;
    if (!o)
        return undefined;
    const gates = o.gates.map((g) => text(g)).join(', ') || '—';
    return `### 🔓 Overrides\n\n- **Gates:** ${gates}\n- **Reason:** ${text(o.reason || '(no reason given)')}\n- **By:** ${text(o.actor || 'unknown')}`;
}
function notesSection(r) {
    const notes = r.notes.filter((n) => !(r.status === 'planned' && isEstimate(n)));
    if (notes.length === 0)
        return undefined;
    const shown = notes.slice(0, 100).map((n) => `- ${text(n)}`);
    if (notes.length > 100)
        shown.push(`- … ${notes.length - 100} more notes in the JSON report`);
    return `### Notes\n\n${shown.join('\n')}`;
}
function commandsSection(commands) {
    if (commands.length === 0)
        return undefined;
    const rows = commands.map((c) => `| ${clockTime(c.startedAt)} | ${text(c.action)} | ${c.step ?? '—'} | ${c.weight === undefined ? '—' : `${c.weight}%`} | ${outcome(c)} | ${c.exitCode ?? '—'} | ${duration(c.durationMs)} |`);
    const table = `| started (UTC) | command | step | weight | outcome | exit code | duration |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`;
    return details(`Commands (${commands.length})`, table);
}
// ---------------------------------------------------------------------------------------- foldable tables
function measurementsSection(r, folded) {
    if (r.measurements.length === 0)
        return undefined;
    const bounds = boundsByStep(r.steps);
    const kept = r.measurements.slice(folded);
    const rows = kept.map((m) => measurementRow(m, bounds));
    const head = `| time (UTC) | step | weight | check | track | value | bound | verdict | detail |\n|---|---|---|---|---|---|---|---|---|`;
    const title = `Measurements (${r.measurements.length}${folded ? `, ${folded} oldest folded` : ''})`;
    return details(title, `${foldNote(folded, 'measurement')}${head}\n${rows.join('\n')}`);
}
function boundsByStep(steps) {
    const map = new Map();
    for (const s of steps)
        for (const c of s.checks)
            map.set(`${s.index}:${c.checkIndex}`, boundText(c));
    return map;
}
function measurementRow(m, bounds) {
    const bound = bounds.get(`${m.step}:${m.checkIndex}`) ?? '—';
    return `| ${clockTime(m.at)} | ${m.step} | ${m.weight}% | ${m.checkIndex + 1}: ${text(m.metric)} | ${m.track} | ${num(m.value)} | ${text(bound)} | ${verdictMark(m.verdict)} ${m.verdict} | ${cell(m.detail || '—', 300)} |`;
}
function auditSection(audit, folded) {
    if (audit.length === 0)
        return undefined;
    const rows = audit.slice(folded).map(auditRow);
    const head = `| time (UTC) | phase | action | actor | commit | step | weight | result | detail |\n|---|---|---|---|---|---|---|---|---|`;
    const title = `Audit trail (${audit.length}${folded ? `, ${folded} oldest folded` : ''})`;
    return details(title, `${foldNote(folded, 'audit entry', 'audit entries')}${head}\n${rows.join('\n')}`);
}
function auditRow(e) {
    const time = Number.isFinite(Date.parse(e.at)) ? new Date(Date.parse(e.at)).toISOString().slice(11, 19) : text(e.at);
    return `| ${time} | ${text(e.phase)} | ${text(e.action)} | ${text(e.actor || '—')} | ${e.sha ? code(e.sha.slice(0, 7)) : '—'} | ${e.step ?? '—'} | ${e.weight === undefined ? '—' : `${e.weight}%`} | ${text(e.result ?? '—')} | ${cell(e.detail ?? '—', 500)} |`;
}
function foldNote(folded, word, many) {
    if (!folded)
        return '';
    return `> ${plural(folded, `older ${word}`, `older ${many ?? `${word}s`}`)} folded to keep the summary under 1 MiB; the JSON report has all of them.\n\n`;
}
/** Folds more of the oldest rows: measurements first, then the audit trail. */
function moreFolded(r, fold, overBytes) {
    const bounds = boundsByStep(r.steps);
    const leftM = r.measurements.length - fold.measurements;
    if (leftM > 0) {
        const per = averageBytes(r.measurements.slice(fold.measurements, fold.measurements + 50).map((m) => measurementRow(m, bounds)));
        return { ...fold, measurements: fold.measurements + Math.min(leftM, Math.ceil((overBytes * 1.02) / per) + 10) };
    }
    const leftA = r.audit.length - fold.audit;
    if (leftA > 0) {
        const per = averageBytes(r.audit.slice(fold.audit, fold.audit + 50).map(auditRow));
        return { ...fold, audit: fold.audit + Math.min(leftA, Math.ceil((overBytes * 1.02) / per) + 10) };
    }
    return fold;
}
function averageBytes(rows) {
    return Math.max(1, rows.reduce((n, row) => n + bytes(row) + 1, 0) / Math.max(1, rows.length));
}
/** Last resort when the summary is still too large: cut at a line boundary and say so. */
function hardCut(md, budget) {
    const note = '\n\n> ✂️ The summary was cut here to stay under 1 MiB; the JSON report has everything.\n';
    let end = Math.min(md.length, budget - 1000);
    while (end > 0 && bytes(md.slice(0, end)) > budget - 1000)
        end = Math.floor(end * 0.95);
    const cut = md.lastIndexOf('\n', end);
    return `${md.slice(0, cut > 0 ? cut : end)}${note}`;
}
function footer(r) {
    return `<sub>Stagegate · report schema v${r.schemaVersion} · the JSON report (output \`report-path\`) has every fact above</sub>`;
}
// ---------------------------------------------------------------------------------------- PR comment
/** The PR comment: the marker, a short form of the summary and a link to the run; < 60 000 characters. */
function markdown_renderComment(r) {
    const reason = repeatsError(r) ? '' : `\n\n> ${text(reasonOf(r), 1500)}`;
    const head = `${markdown_commentMarker(r.environment)}\n${commentTitle(r)}\n${commentMeta(r)}${reason}`;
    const sections = [
        onCallBlock(r),
        commentNext(r),
        hotfixBanner(r),
        changeLine(r),
        r.error !== undefined ? `**Error**\n\n${fenced(clip(r.error, 3000))}` : undefined,
        commentPause(r),
        liveProgress(r),
        stepsLine(r),
        commentGates(r),
        commentRollback(r),
        commentOverrides(r),
        commentApprovals(r.approvals),
        r.status === 'planned' ? commentPlan(r) : undefined
    ].filter((s) => Boolean(s));
    return assembleComment(head, sections, commentFooter(r));
}
function assembleComment(head, sections, foot) {
    let body = head;
    for (let i = 0; i < sections.length; i++) {
        const next = `${body}\n\n${sections[i]}`;
        if (next.length + foot.length + 400 > COMMENT_LIMIT_CHARS) {
            const missing = sections.length - i;
            return `${body}\n\n> ✂️ ${plural(missing, 'section')} left out to keep this comment short; see the full summary.\n\n${foot}\n`;
        }
        body = next;
    }
    return `${body}\n\n${foot}\n`;
}
/** "What next" in one paragraph: the first step for this outcome and the config's links. */
function commentNext(r) {
    const first = nextSteps(r)[0];
    const links = (r.links ?? []).map((l) => markdown_link(text(l.title), l.url));
    if (!first && links.length === 0)
        return undefined;
    return `**What next:** ${first ?? ''}${links.length ? `${first ? '<br>' : ''}🔗 ${links.join(' · ')}` : ''}`;
}
function commentTitle(r) {
    const look = statusLook(r.status);
    return `### ${look.emoji} Stagegate: ${text(r.service || '(unknown service)')} → ${text(r.environment || '(unknown environment)')} · ${look.label}`;
}
function commentMeta(r) {
    const running = r.steps.find((s) => s.result === 'running');
    const parts = [
        r.version ? code(r.version) : '(no version)',
        r.sha ? `commit ${code(r.sha.slice(0, 7))}` : '',
        isLive(r) ? `started ${dateTime(r.startedAt)}` : duration(r.durationMs),
        isLive(r) ? `weight now **${running?.weight ?? 0}%**` : `final weight **${r.finalWeight}%**`,
        r.runUrl ? markdown_link('workflow run', r.runUrl) : 'no run link'
    ];
    return parts.filter(Boolean).join(' · ');
}
function commentFooter(r) {
    const where = r.runUrl ? markdown_link('job summary', r.runUrl) : 'job summary of the run';
    return `<sub>Full report with charts, measurements and the audit trail: ${where} · as of ${dateTime(lastKnown(r))}</sub>`;
}
/** The latest time the report knows of (a live report's finishedAt is still its start). */
function lastKnown(r) {
    const times = [
        Date.parse(r.finishedAt),
        ...r.steps.map((s) => s.startedAt + s.durationMs),
        ...r.measurements.map((m) => m.at),
        ...r.commands.map((c) => c.startedAt + c.durationMs)
    ].filter((t) => Number.isFinite(t));
    return times.length ? Math.max(...times) : Number.NaN;
}
function liveProgress(r) {
    const running = r.steps.find((s) => s.result === 'running');
    if (!running)
        return undefined;
    const mine = r.measurements.filter((m) => m.step === running.index);
    const last = new Map();
    for (const m of mine)
        last.set(m.checkIndex, m);
    const latest = [...last.values()]
        .sort((a, b) => a.checkIndex - b.checkIndex)
        .map((m) => text(measurementText(m, running.checks.find((c) => c.checkIndex === m.checkIndex))));
    const total = Math.max(r.plan.length, r.steps.length);
    return `🔄 **step ${running.index}/${total} at ${running.weight}%** since ${clockTime(running.startedAt)} UTC (pause ${duration(running.pauseMs)})${latest.length ? `<br>latest: ${latest.join(' · ')}` : ''}`;
}
/** `5% ✅ → 25% ✅ → 50% ❌ → 100% ⏸️`, then a compact table of the steps that ran. */
function stepsLine(r) {
    if (r.status === 'planned' || (r.steps.length === 0 && r.plan.length === 0))
        return undefined;
    const marks = r.plan.length
        ? r.plan.map((p) => `${p.weight}% ${stepMark(r.steps.find((s) => s.index === p.index))}`)
        : r.steps.map((s) => `${s.weight}% ${stepMark(s)}`);
    if (r.steps.length === 0)
        return `**Rollout:** not started (${marks.join(' → ')})`;
    const rows = r.steps
        .slice(0, 50)
        .map((s) => `| ${s.index} | ${s.weight}% | ${stepDuration(s)} | ${s.checks.map((c) => `${text(c.metric)} ${checkCell(c)}`).join('<br>') || '—'} | ${stepResult(s)} |`);
    return `**Rollout:** ${marks.join(' → ')}\n\n| step | weight | duration | checks (min – max) | result |\n|---|---|---|---|---|\n${rows.join('\n')}`;
}
function stepMark(s) {
    if (!s)
        return '⏸️';
    switch (s.result) {
        case 'passed':
            return '✅';
        case 'failed':
            return '❌';
        case 'aborted':
            return '⏹️';
        case 'running':
            return '🔄';
        default:
            return unreachable(s.result);
    }
}
function commentGates(r) {
    if (r.gates.length === 0)
        return undefined;
    const count = (st) => r.gates.filter((g) => g.status === st).length;
    const summary = [
        `${count('passed')} passed`,
        count('failed') && `${count('failed')} failed`,
        count('advisory-failed') && `${count('advisory-failed')} advisory failed`,
        count('overridden') && `${count('overridden')} overridden`,
        count('skipped') && `${count('skipped')} skipped`
    ];
    const head = `**Gates:** ${summary.filter(Boolean).join(' · ')}`;
    const notable = r.gates.filter((g) => g.status === 'failed' || g.status === 'advisory-failed' || g.status === 'overridden');
    if (notable.length === 0)
        return head;
    const rows = notable.slice(0, 30).map((g) => `| ${text(g.name)} | ${gateResult(g)} | ${cell(g.detail || '—', 300)} |`);
    const more = notable.length > 30 ? `\n\n… and ${notable.length - 30} more in the job summary` : '';
    return `${head}\n\n| gate | result | detail |\n|---|---|---|\n${rows.join('\n')}${more}`;
}
function commentRollback(r) {
    const rb = r.rollback;
    if (!rb)
        return undefined;
    const m = rb.measurement;
    const tripped = m ? ` · tripped by ${text(m.metric)} = **${num(m.value)}** (bound ${text(rb.bound ?? '—')}) at step ${m.step}` : '';
    const cmds = rb.commands.map((c) => `${text(c.action)} ${outcome(c)}${c.exitCode === null ? '' : ` (exit ${c.exitCode})`}`).join(', ') ||
        'no command ran';
    const title = r.status === 'rollback-failed' ? '🚨 **Rollback FAILED**' : '↩️ **Rollback**';
    return `${title} (${text(rb.trigger)})${tripped}<br>${cmds} · verified: ${rb.verified ? 'yes' : '**no**'}`;
}
function commentOverrides(r) {
    const o = r.overrides;
    if (!o)
        return undefined;
    return `🔓 **Overridden:** ${o.gates.map((g) => text(g)).join(', ')} by ${text(o.actor || 'unknown')} — ${text(o.reason || '(no reason given)', 500)}`;
}
function commentApprovals(approvals) {
    if (approvals.length === 0)
        return undefined;
    const list = approvals
        .slice(0, 20)
        .map((a) => `${text(a.user)} ${a.state === 'approved' ? '✅' : '❌'}${a.comment ? ` “${text(a.comment, 200)}”` : ''}`);
    return `**Approvals:** ${list.join(' · ')}${approvals.length > 20 ? ` · … ${approvals.length - 20} more` : ''}`;
}
function commentPlan(r) {
    const steps = r.plan.map((p) => `${p.weight}% for ${duration(p.pauseMs)}`).join(' → ') || 'no steps';
    const probes = Object.entries(r.baseline)
        .map(([k, v]) => `${text(k)} ${v === null ? '⚠️ no data' : num(v)}`)
        .join(' · ');
    const est = r.notes.filter(isEstimate).map((n) => text(n, 300));
    const checks = (r.analysis?.checks ?? []).map((c) => `${text(c.metric)} ${text(c.bound)}`).join(' · ');
    return [
        `**Plan:** ${steps}`,
        checks ? `**Checks** (every ${duration(r.analysis?.intervalMs ?? 0)}): ${checks}` : '',
        est.length ? `⏱️ ${est.join('; ')}` : '',
        probes ? `**Metric probes (stable):** ${probes}` : ''
    ]
        .filter(Boolean)
        .join('<br>');
}
// ---------------------------------------------------------------------------------------- bits
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function markdown_link(label, url) {
    const safe = /^https?:\/\//i.test(url) ? url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c)) : '';
    return safe ? `[${label}](${safe})` : label;
}
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/inputs.ts
/** The action's inputs (SPEC §1), read through an injected getter, trimmed, defaulted and checked. */



const MODES = (/* unused pure expression or super */ null && (['deploy', 'plan', 'resume', 'promote', 'abort']));
/** The modes that act on a paused (handed-off) rollout instead of starting one. */
const inputs_DURABLE_MODES = (/* unused pure expression or super */ null && (['resume', 'promote', 'abort']));
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const FINAL_STATUSES = (/* unused pure expression or super */ null && ([
    'succeeded',
    'blocked',
    'rolled-back',
    'rollback-failed',
    'failed',
    'planned',
    'paused',
    'idle'
]));
const DEFAULT_CONFIG = '.github/deploy.yml';
const DEFAULT_FAIL_ON = 'blocked,rolled-back,rollback-failed,failed';
/** `get` returns '' for an input that was not set (as `core.getInput` does). */
function inputs_readInputs(get) {
    const read = (name) => (get(name) ?? '').trim();
    const environment = read('environment');
    if (!environment)
        throw new InputError('input "environment" is required: the key under environments: in the deploy config');
    const overrideGates = list(read('override-gates'));
    const overrideReason = read('override-reason');
    if (overrideGates.length && !overrideReason) {
        throw new InputError(`input "override-gates" (${overrideGates.join(', ')}) needs "override-reason": say why the gates are bypassed; it is recorded in every report`);
    }
    const prNumber = readPrNumber(read('pr-number'));
    return {
        environment,
        config: readConfigPath(read('config') || DEFAULT_CONFIG),
        version: read('version'),
        mode: readMode(read('mode') || 'deploy'),
        githubToken: readToken(read('github-token')),
        overrideGates,
        overrideReason,
        ...(prNumber === undefined ? {} : { prNumber }),
        failOn: readFailOn(read('fail-on') || DEFAULT_FAIL_ON),
        ...readClassification(read('change-type'), read('risk')),
        reason: read('reason')
    };
}
function readClassification(type, risk) {
    if (type && !isChangeType(type))
        throw new InputError(`input "change-type" is "${type}"; it must be one of ${CHANGE_TYPES.join(', ')}${didYouMean(type, CHANGE_TYPES)}`);
    if (risk && !isRiskLevel(risk))
        throw new InputError(`input "risk" is "${risk}"; it must be one of ${RISK_LEVELS.join(', ')}${didYouMean(risk, RISK_LEVELS)}`);
    return { ...(type ? { changeType: type } : {}), ...(risk ? { risk: risk } : {}) };
}
/** A comma- or newline-separated list: trimmed, blanks dropped, duplicates removed, order kept. */
function list(text) {
    return [
        ...new Set(text
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean))
    ];
}
/**
 * Outside a runner nobody expands action.yml's default `${{ github.token }}`: it arrives literally.
 * Such an unexpanded expression is no token (main.ts then says so in a plain notice), not a
 * credential GitHub refuses after a minute of retries.
 */
function readToken(text) {
    return /^\$\{\{[^}]*\}\}$/.test(text) ? '' : text;
}
function readMode(mode) {
    if (MODES.includes(mode))
        return mode;
    throw new InputError(`input "mode" is "${mode}"; it must be one of ${MODES.join(', ')}${didYouMean(mode, MODES)}`);
}
function readPrNumber(text) {
    if (!text)
        return undefined;
    if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
        throw new InputError(`input "pr-number" is "${text}"; it must be a positive integer (a pull request number)`);
    }
    return Number(text);
}
function readFailOn(text) {
    const out = new Set(['rollback-failed']);
    for (const s of list(text)) {
        if (!isFinalStatus(s))
            throw new InputError(`input "fail-on" names unknown status "${s}"${didYouMean(s, FINAL_STATUSES)}`);
        out.add(s);
    }
    return out;
}
function isFinalStatus(s) {
    return FINAL_STATUSES.includes(s);
}
/** The config path, relative to the workspace and inside it (normalised, forward slashes). */
function readConfigPath(p) {
    if (p.includes('\0'))
        throw new InputError('input "config" contains a NUL byte');
    if (path.posix.isAbsolute(p) || path.win32.isAbsolute(p)) {
        throw new InputError(`input "config" is the absolute path "${p}"; give the deploy config's path relative to the workspace, e.g. ${DEFAULT_CONFIG}`);
    }
    const normal = path.posix.normalize(p.replace(/\\/g, '/'));
    if (normal === '..' || normal.startsWith('../')) {
        throw new InputError(`input "config" is "${p}", which leaves the workspace; the deploy config must be inside the repository`);
    }
    if (normal === '.' || normal.endsWith('/'))
        throw new InputError(`input "config" is "${p}", which is a directory; name the deploy config file, e.g. ${DEFAULT_CONFIG}`);
    return normal;
}

;// CONCATENATED MODULE: ./src/config/secrets.ts



/** Shorter values would turn ordinary words into `***`. */
const MIN_SECRET = 3;
/** Header values that are not credentials (everything else in a header is treated as one). */
const PLAIN_HEADERS = new Set(['accept', 'accept-encoding', 'accept-language', 'content-type', 'user-agent', 'cache-control']);
/**
 * The values of every `{{ env.NAME }}` the config uses (wherever it uses it), every static
 * header value but the plain ones (Accept, Content-Type…), the user-info of every URL-shaped value in the job's
 * environment with its Basic form, and the github token.
 */
function secrets_knownSecrets(config, env, processEnv, token) {
    const out = new Set();
    const add = (v) => {
        if (v && v.length >= MIN_SECRET)
            for (const f of credentialForms(v))
                if (f.length >= MIN_SECRET)
                    out.add(f);
    };
    // every part of the config but the other environments (top-level links and notify render placeholders too)
    for (const text of stringsIn([{ ...config, environments: undefined }, env])) {
        for (const name of envNamesIn(text))
            if (!isHiddenEnv(name))
                add(processEnv[name]);
    }
    // a header with placeholders holds its secrets in their env values (above); a static one is the secret itself
    for (const [name, value] of headersOf(config, env))
        if (!PLAIN_HEADERS.has(name.toLowerCase()) && !PLACEHOLDER_TEST.test(value))
            add(value.trim());
    for (const [name, value] of Object.entries(processEnv))
        if (value && !isHiddenEnv(name) && /:\/\/[^/\s]*@/.test(value))
            for (const u of userInfos(value))
                add(u);
    add(token);
    return [...out];
}
const PLACEHOLDER_TEST = new RegExp(template_names/* PLACEHOLDER */.Kx.source);
/**
 * Secrets of credential fields (webhook URLs, signing keys, API keys): the values of the env
 * variables each template reads, and a template without placeholders as it is.
 */
function secrets_keySecrets(templates, processEnv) {
    const out = new Set();
    for (const t of templates) {
        for (const name of envNamesIn(t))
            if ((processEnv[name] ?? '').length >= MIN_SECRET)
                out.add(processEnv[name]);
        if (t.length >= MIN_SECRET && !t.includes('{{'))
            out.add(t);
    }
    return [...out];
}
/**
 * A value and the credentials inside it: URL user-info (`user:pass`, the password, their
 * decoded forms and `Basic` base64), the token of `Basic x` / `Bearer x`, and the decoded
 * `user:pass` of a Basic token.
 */
function credentialForms(value) {
    const forms = [value];
    for (const info of userInfos(value))
        forms.push(...userPassForms(info));
    const scheme = /^(basic|bearer|token)\s+(\S+)$/i.exec(value.trim());
    if (scheme) {
        forms.push(scheme[2]);
        if (scheme[1].toLowerCase() === 'basic') {
            const decoded = Buffer.from(scheme[2], 'base64').toString('utf8');
            if (decoded.includes(':') && Buffer.from(decoded).toString('base64') === scheme[2])
                forms.push(...userPassForms(decoded));
        }
    }
    if (value.includes(':') && !value.includes('//') && !/\s/.test(value))
        forms.push(...userPassForms(value));
    return [...new Set(forms)];
}
/** The `user:pass` parts of every URL in `text`. */
function userInfos(text) {
    return [...text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\/([^\s/?#@"'<>]+)@/g)].map((m) => m[1]);
}
function userPassForms(info) {
    const decoded = safeDecode(info);
    const forms = [info, decoded, basic(decoded)];
    const at = decoded.indexOf(':');
    if (at !== -1) {
        const pass = decoded.slice(at + 1);
        forms.push(pass, encodeURIComponent(pass), info.slice(info.indexOf(':') + 1));
    }
    return forms;
}
function basic(userPass) {
    return Buffer.from(userPass).toString('base64');
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
function headersOf(config, env) {
    const out = [];
    for (const m of Object.values(config.metrics))
        if ('headers' in m && m.headers)
            out.push(...Object.entries(m.headers));
    for (const g of env.gates)
        if ('headers' in g && g.headers)
            out.push(...Object.entries(g.headers));
    for (const n of config.notify)
        if (n.type === 'webhook' && n.headers)
            out.push(...Object.entries(n.headers));
    return out;
}
/** Every string anywhere in `v` (iterative: the config is a tree of plain values). */
function stringsIn(v) {
    const out = [];
    const stack = [v];
    while (stack.length) {
        const x = stack.pop();
        if (typeof x === 'string')
            out.push(x);
        else if (Array.isArray(x))
            stack.push(...x);
        else if (x !== null && typeof x === 'object')
            stack.push(...Object.values(x));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/notify/secrets.ts


function secrets_notifySecrets(config, env) {
    const out = new Set();
    for (const n of config.notify) {
        // a literal URL or signing key in the config is a secret too (a webhook URL's path is its credential)
        for (const s of keySecrets([n.url, ...(n.type === 'webhook' && n.secret ? [n.secret] : [])], env))
            out.add(s);
        for (const t of n.type === 'webhook' ? Object.values(n.headers ?? {}) : []) {
            for (const name of envNamesIn(t))
                if ((env[name] ?? '').length >= 3)
                    out.add(env[name]);
        }
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/metrics/credentials.ts

function credentials_metricSecrets(config, env) {
    const out = new Set();
    for (const m of Object.values(config.metrics)) {
        const keys = m.provider === 'datadog'
            ? [m['api-key'], m['app-key']]
            : m.provider === 'newrelic'
                ? [m['api-key']]
                : m.provider === 'cloudwatch'
                    ? [m['access-key-id'], m['secret-access-key'], '{{ env.AWS_SESSION_TOKEN }}']
                    : [];
        for (const s of keySecrets(keys, env))
            out.add(s);
    }
    return [...out];
}

;// CONCATENATED MODULE: ./src/config/every-secret.ts



function every_secret_everySecret(config, env, processEnv, token) {
    return [...knownSecrets(config, env, processEnv, token), ...notifySecrets(config, processEnv), ...metricSecrets(config, processEnv)];
}

;// CONCATENATED MODULE: ./src/flow/setup.ts
/** Step 1 of the run: inputs, run context and config. Everything here is read-only. */






class SetupError extends (/* unused pure expression or super */ null && (Error)) {
}
async function setup_setup(rt, vars) {
    const inputs = readInputs((name) => rt.getInput(name));
    const run = readRunContext(vars, rt);
    const configPath = path.resolve(run.workspace, inputs.config);
    const config = await loadConfig(configPath, inputs.config);
    const env = resolveEnvironment(config, inputs.environment, inputs.config);
    checkOverrides(inputs, env);
    refuseForkDeploy(inputs, run);
    const version = inputs.version || run.sha.slice(0, 7);
    const secrets = everySecret(config, env, vars, inputs.githubToken);
    for (const s of secrets)
        rt.setSecret(s);
    return { inputs, run, config, env, configPath, version, secrets, forkHead: forkHead(run), vars };
}
function setup_templateBase(s, weight = 0) {
    return {
        env: s.vars,
        track: 'stable',
        version: s.version,
        environment: s.inputs.environment,
        service: s.config.service,
        sha: s.run.sha,
        weight
    };
}
function checkOverrides(inputs, env) {
    const names = env.gates.map((g) => g.name);
    for (const o of inputs.overrideGates) {
        if (!names.includes(o))
            throw new SetupError(`override-gates names "${o}", which is not a gate of environment "${inputs.environment}"${didYouMean(o, names)}`);
    }
}
function refuseForkDeploy(inputs, run) {
    if (inputs.mode === 'plan')
        return;
    const head = forkHead(run);
    if (head) {
        throw new SetupError(`mode: ${inputs.mode} is refused on a pull_request from a fork (${head}, another repository): its code is untrusted and its token is read-only; use mode: plan on pull requests`);
    }
}
/**
 * The head repository of a pull request from another repository (a fork), or undefined: the
 * event's `pull_request.head.repo.full_name` differs from its base repository (or, without a
 * base in the event, from GITHUB_REPOSITORY). A head repository that was deleted counts as a fork.
 */
function forkHead(run) {
    if (!run.eventName.startsWith('pull_request'))
        return undefined;
    const pr = run.event.pull_request;
    if (!pr)
        return undefined;
    const base = pr.base?.repo?.full_name ?? `${run.owner}/${run.repo}`;
    const head = pr.head?.repo?.full_name;
    if (!head)
        return '(a deleted repository)';
    return head.toLowerCase() === base.toLowerCase() ? undefined : head;
}

;// CONCATENATED MODULE: ./src/flow/links.ts
/** The config's `links:` (top level first, then the environment's) with their placeholders filled. */

/** A link whose placeholder cannot be filled (an unset env.NAME) is left out with a warning. */
function links_resolveLinks(config, env, ctx, log) {
    const out = [];
    for (const l of [...(config.links ?? []), ...(env.links ?? [])]) {
        try {
            out.push({ title: l.title, url: render(l.url, ctx, 'url') });
        }
        catch (e) {
            log.warning(`link "${l.title}" left out of the report: ${e.message}`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/flow/draft.ts





function draft_basicsFrom(s, log) {
    return {
        service: s.config.service,
        environment: s.inputs.environment,
        version: s.version,
        sha: s.run.sha,
        mode: s.inputs.mode,
        strategy: s.env.strategy,
        runUrl: s.run.owner && s.run.repo && s.run.runId ? s.run.runUrl : '', // a local run links nowhere
        actor: s.run.actor,
        links: resolveLinks(s.config, s.env, templateBase(s), log)
    };
}
/** Basics for a run that failed before its config could be read: whatever the environment tells. */
function draft_basicsFromEnv(env = process.env) {
    const repo = env.GITHUB_REPOSITORY ?? '';
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        service: '',
        environment: env.INPUT_ENVIRONMENT ?? '',
        version: env.INPUT_VERSION || (env.GITHUB_SHA ?? '').slice(0, 7),
        sha: env.GITHUB_SHA ?? '',
        mode: env.INPUT_MODE === 'plan' ? 'plan' : 'deploy',
        strategy: '',
        runUrl: repo && env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        actor: env.GITHUB_ACTOR ?? ''
    };
}
/** Every problem of a config error, one `file:line:col: message` per line (the summary shows them all). */
function draft_everyIssue(e) {
    return e.issues.map((i) => `${e.file}:${i.line}:${i.column}: ${i.message}`).join('\n');
}
/**
 * The `service:` of a config that did not validate, read leniently ('' when even that fails),
 * through the loader's own guarded read (a FIFO, a device or an oversized file is never opened
 * for a blocking read) and with its alias cap.
 */
async function draft_serviceOf(file, env = process.env) {
    try {
        const data = parse(await readText(path.resolve(env.GITHUB_WORKSPACE || process.cwd(), file), file), {
            uniqueKeys: false,
            maxAliasCount: MAX_ALIAS_COUNT
        });
        const service = data && typeof data === 'object' ? data.service : undefined;
        return typeof service === 'string' ? service : '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/report/types.ts
const types_REPORT_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/record/parse.ts
/**
 * Reading a run record back from outside (a file, a GitHub Deployment payload): untrusted data,
 * validated field by field against the record's shape. Unknown keys are refused, never ignored.
 */



const parse_num = schemas/* number */.aig();
const nullableNum = parse_num.nullable();
const str = schemas/* string */.YjP();
const track = schemas/* enum */.k5n(['stable', 'canary']);
const o = (shape) => schemas/* strictObject */.rej(shape);
const parse_Gate = o({
    name: str,
    type: str,
    required: schemas/* boolean */.zMY(),
    status: schemas/* enum */.k5n(['passed', 'failed', 'overridden', 'advisory-failed', 'skipped']),
    detail: str,
    durationMs: parse_num,
    attempts: parse_num
});
const Measurement = o({
    at: parse_num,
    step: parse_num,
    weight: parse_num,
    metric: str,
    checkIndex: parse_num,
    track,
    value: nullableNum,
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'inconclusive', 'ignored', 'pending']),
    detail: str
});
const Comparison = o({
    test: schemas/* literal */.euz('mann-whitney'),
    direction: schemas/* enum */.k5n(['increase', 'decrease', 'either']),
    verdict: schemas/* enum */.k5n(['pass', 'high', 'low', 'inconclusive']),
    failed: schemas/* boolean */.zMY(),
    estimate: nullableNum,
    lower: nullableNum,
    upper: nullableNum,
    confidence: parse_num,
    pValue: nullableNum,
    allowed: nullableNum,
    tolerance: parse_num,
    stableMedian: nullableNum,
    canaryMedian: nullableNum,
    canarySamples: parse_num,
    stableSamples: parse_num,
    detail: str
});
const parse_Check = o({
    checkIndex: parse_num,
    metric: str,
    track,
    bound: str,
    upper: parse_num.optional(),
    lower: parse_num.optional(),
    min: nullableNum,
    max: nullableNum,
    samples: parse_num,
    failures: parse_num,
    inconclusive: parse_num,
    severity: schemas/* literal */.euz('advisory').optional(),
    comparison: Comparison.optional(),
    shortfall: str.optional()
});
const parse_Step = o({
    index: parse_num,
    weight: parse_num,
    pauseMs: parse_num,
    startedAt: parse_num,
    durationMs: parse_num,
    result: schemas/* enum */.k5n(['passed', 'failed', 'aborted', 'running']),
    checks: schemas/* array */.YOg(parse_Check),
    reason: str.optional()
});
const parse_Command = o({
    action: str,
    outcome: schemas/* enum */.k5n(['ok', 'failed', 'timeout', 'aborted', 'skipped']),
    exitCode: nullableNum,
    durationMs: parse_num,
    startedAt: parse_num,
    step: parse_num.optional(),
    weight: parse_num.optional()
});
const Rollback = o({
    reason: str,
    trigger: schemas/* enum */.k5n(['analysis', 'verify', 'command', 'cancelled', 'error', 'abort', 'expired']),
    step: parse_num.optional(),
    weight: parse_num,
    measurement: Measurement.optional(),
    bound: str.optional(),
    commands: schemas/* array */.YOg(parse_Command),
    verified: schemas/* boolean */.zMY(),
    startedAt: parse_num
});
const Approval = o({ user: str, state: schemas/* enum */.k5n(['approved', 'rejected']), at: str, comment: str, environments: schemas/* array */.YOg(str) });
const Audit = o({
    at: str,
    action: str,
    phase: str,
    actor: str,
    sha: str,
    step: parse_num.optional(),
    weight: parse_num.optional(),
    result: str.optional(),
    detail: str.optional()
});
const PlanStep = o({ index: parse_num, weight: parse_num, pauseMs: parse_num, untilPromoted: schemas/* literal */.euz(true).optional(), measurements: parse_num });
const parse_Analysis = o({
    intervalMs: parse_num,
    initialDelayMs: parse_num,
    failureLimit: parse_num,
    inconclusiveLimit: parse_num,
    consecutiveFailureLimit: parse_num.optional(),
    checks: schemas/* array */.YOg(o({ metric: str, track, bound: str, onNoData: schemas/* enum */.k5n(['inconclusive', 'fail', 'ignore']), explain: str.optional() }))
});
const Change = o({
    type: str,
    risk: str,
    why: str,
    source: str,
    pr: parse_num.optional(),
    title: str,
    labels: schemas/* array */.YOg(str),
    files: parse_num.optional(),
    lines: parse_num.optional(),
    matched: schemas/* array */.YOg(o({ rule: str, risk: str.optional(), type: str.optional(), why: str, origin: str })),
    profile: o({ name: str.optional(), why: str, changes: schemas/* array */.YOg(str) }),
    hotfix: o({ reason: str, actor: str }).optional()
});
/** The lifecycle (RunStatus): `running`, then a final status. */
const Status = schemas/* enum */.k5n(['running', 'succeeded', 'blocked', 'rolled-back', 'rollback-failed', 'failed', 'planned', 'paused', 'idle']);
const Mode = schemas/* enum */.k5n(['deploy', 'plan', 'resume', 'promote', 'abort']);
/** A rollout that outlived a job (src/durable): where it holds, every job's part, the decisions. */
const parse_Pause = o({
    line: str,
    next: str,
    deploymentId: str.optional(),
    jobs: schemas/* array */.YOg(o({ runUrl: str, mode: schemas/* enum */.k5n(['deploy', 'resume', 'promote', 'abort']), actor: str, startedAt: parse_num, endedAt: parse_num, did: str })),
    decisions: schemas/* array */.YOg(o({ action: schemas/* enum */.k5n(['promote', 'abort']), actor: str, at: parse_num, reason: str, via: schemas/* enum */.k5n(['input', 'comment']) })),
    longestUnwatchedMs: parse_num.optional(),
    runnerMs: parse_num,
    wallMs: parse_num
});
const RunRecordSchema = o({
    schemaVersion: schemas/* literal */.euz(types_REPORT_SCHEMA_VERSION),
    service: str,
    environment: str,
    version: str,
    sha: str,
    mode: Mode,
    strategy: str,
    status: Status,
    startedAt: str,
    finishedAt: str,
    durationMs: parse_num,
    finalWeight: parse_num,
    deploymentId: str,
    runUrl: str,
    actor: str,
    failedGates: schemas/* array */.YOg(str),
    gates: schemas/* array */.YOg(parse_Gate),
    baseline: schemas/* record */.g1P(str, nullableNum),
    plan: schemas/* array */.YOg(PlanStep),
    analysis: parse_Analysis.optional(),
    steps: schemas/* array */.YOg(parse_Step),
    measurements: schemas/* array */.YOg(Measurement),
    commands: schemas/* array */.YOg(parse_Command),
    rollback: Rollback.optional(),
    overrides: o({ gates: schemas/* array */.YOg(str), reason: str, actor: str }).optional(),
    approvals: schemas/* array */.YOg(Approval),
    audit: schemas/* array */.YOg(Audit),
    error: str.optional(),
    apiRequests: parse_num,
    change: Change.optional(),
    phases: schemas/* array */.YOg(str).optional(),
    backup: o({ outcome: parse_Command.shape.outcome, output: str, truncated: schemas/* boolean */.zMY() }).optional(),
    notes: schemas/* array */.YOg(str),
    links: schemas/* array */.YOg(o({ title: str, url: str })).optional(),
    pause: parse_Pause.optional()
});
class RecordError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecordError';
    }
}
/**
 * A run record from JSON text or an already-parsed value: its shape, then its consistency
 * (consistency.ts). Throws `RecordError` naming every bad field.
 */
function parse_parseRecord(json) {
    let data = json;
    if (typeof json === 'string') {
        try {
            data = JSON.parse(json);
        }
        catch (e) {
            throw new RecordError(`run record: not JSON (${e.message})`);
        }
    }
    const res = RunRecordSchema.safeParse(data);
    if (!res.success) {
        const issues = res.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        throw new RecordError(`run record: ${issues.join('; ')}`);
    }
    const inconsistent = consistencyIssues(res.data);
    if (inconsistent.length)
        throw new RecordError(`run record: ${inconsistent.join('; ')}`);
    return res.data;
}

;// CONCATENATED MODULE: ./src/record/recorder.ts


/** A fresh record: `running`, nothing done yet. */
function newRecord(b, startedAt) {
    const at = new Date(startedAt).toISOString();
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        ...b,
        status: 'running',
        startedAt: at,
        finishedAt: at,
        durationMs: 0,
        finalWeight: 0,
        deploymentId: '',
        failedGates: [],
        gates: [],
        baseline: {},
        plan: [],
        steps: [],
        measurements: [],
        commands: [],
        approvals: [],
        audit: [],
        apiRequests: 0,
        notes: []
    };
}
class recorder_RunRecorder {
    clock;
    r;
    constructor(basics, startedAt, clock) {
        this.clock = clock;
        this.r = recorder_plain(newRecord(basics, startedAt));
    }
    /** The live record, read-only: what renderers and reporters read while the run goes on. */
    get view() {
        return this.r;
    }
    /** A detached copy (what gets saved, sent or compared). */
    snapshot() {
        return structuredClone(this.r);
    }
    // ------------------------------------------------------------------ before the rollout
    changeClassified(change) {
        this.r.change = recorder_plain(change);
    }
    /** The plan, and the run's phases in order when known (the CLI, which runs no phase, has none). */
    planned(plan, phases) {
        this.r.plan = recorder_plain([...plan]);
        if (phases)
            this.r.phases = [...phases];
    }
    analysisPlanned(analysis) {
        this.r.analysis = recorder_plain(analysis);
    }
    deploymentCreated(id) {
        this.r.deploymentId = id;
    }
    gatesDone(res) {
        this.r.gates = recorder_plain(res.records);
        this.r.failedGates = [...res.failedRequired];
        this.r.approvals = recorder_plain(res.approvals);
    }
    gatesOverridden(overrides) {
        this.r.overrides = recorder_plain(overrides);
    }
    /** A baseline value (the rollout's baseline, or plan mode's probe of a metric). */
    baselineMeasured(metric, value) {
        this.r.baseline[metric] = value;
    }
    backupRan(backup) {
        this.r.backup = recorder_plain(backup);
    }
    // ------------------------------------------------------------------ the rollout
    stepStarted(step) {
        this.r.steps.push(recorder_plain(step));
    }
    /** One measurement round; `step` carries the step's check summaries as they stand now. */
    roundMeasured(records, step) {
        this.r.measurements.push(...recorder_plain(records));
        this.replaceStep(step);
    }
    stepEnded(step) {
        this.replaceStep(step);
    }
    /** A command ran; a command of the rollback path is also listed under the rollback. */
    commandRan(c, part = 'run') {
        this.r.commands.push(recorder_plain(c));
        if (part === 'rollback')
            this.r.rollback?.commands.push(recorder_plain(c));
    }
    rollbackStarted(rb) {
        this.r.rollback = { ...recorder_plain(rb), commands: [], verified: false };
    }
    rollbackVerified() {
        if (this.r.rollback)
            this.r.rollback.verified = true;
    }
    /** The engine returned: its status and where traffic stands (a lost claim changed nothing: the flow says what it means). */
    rolloutEnded(o) {
        if (o.lostClaim)
            return;
        this.r.status = o.status;
        this.r.finalWeight = o.finalWeight;
        if (o.error !== undefined)
            this.r.error = o.error;
    }
    // ------------------------------------------------------------------ anytime
    note(text) {
        this.r.notes.push(text);
    }
    /** One audit entry: a decision, with time, actor, commit, step and weight. */
    audit(phase, action, fields = {}) {
        this.r.audit.push(recorder_plain({ at: new Date(this.clock.now()).toISOString(), phase, action, actor: this.r.actor, sha: this.r.sha, ...fields }));
    }
    // ------------------------------------------------------------------ the outcome
    blocked(error) {
        this.settle('blocked', error);
    }
    failed(error) {
        this.settle('failed', error);
    }
    rolledBack() {
        this.settle('rolled-back');
    }
    /** The rollback path did not complete; `why` is added to the rollback's reason. */
    rollbackFailed(why) {
        this.settle('rollback-failed');
        if (why && this.r.rollback)
            this.r.rollback.reason += `; ${why}`;
    }
    planDone() {
        this.settle('planned');
    }
    // ------------------------------------------------------------------ rollouts that outlive a job (src/durable)
    /** Handed off (`settle`: status `paused`), or, for the job that finishes a handed-off rollout, its part across jobs. */
    paused(p, settle = true) {
        this.r.pause = recorder_plain(p);
        if (settle)
            this.settle('paused');
    }
    /** A resume/promote/abort with nothing to act on: no side effect. */
    idle(why) {
        this.settle('idle', why);
    }
    decided(d) {
        this.audit('decision', d.action, {
            detail: `${d.action} by ${d.actor} (${d.via === 'comment' ? 'pull request comment' : 'workflow input'})${d.reason ? `: ${d.reason}` : ''}`
        });
    }
    /**
     * This job continues a handed-off rollout: the saved record (read back as untrusted data) becomes
     * this run's record, with this job's run link, actor and mode; the rollout's start stays.
     */
    resumedFrom(saved, pausedId) {
        const prev = parseRecord(saved);
        const mine = { mode: this.r.mode, runUrl: this.r.runUrl, actor: this.r.actor, notes: this.r.notes, audit: this.r.audit };
        Object.assign(this.r, recorder_plain({ ...prev, ...mine, status: 'running', audit: [...prev.audit, ...mine.audit], deploymentId: '' }));
        this.note(`continues the rollout saved on paused deployment ${pausedId}`);
    }
    /** The resumed step, as the engine continues it (it replaces the saved one). */
    stepResumed(step) {
        this.replaceStep(step);
    }
    /** The run is over: times and the API count. A run that never reached an outcome is `failed`, and says so. */
    close(now, apiRequests) {
        if (this.r.status === 'running')
            this.failed(this.r.error ?? 'the run ended without an outcome');
        this.r.finishedAt = new Date(now).toISOString();
        this.r.durationMs = Math.max(0, now - Date.parse(this.r.startedAt));
        this.r.apiRequests = apiRequests;
    }
    apiRequestsCounted(n) {
        this.r.apiRequests = n;
    }
    // ------------------------------------------------------------------ the engine's events
    /** Engine events that append to this record, then call `also` (logs, audit, notifications). */
    engineEvents(also = {}) {
        return {
            ...also,
            onBaseline: (metric, value) => {
                this.baselineMeasured(metric, value);
                also.onBaseline?.(metric, value);
            },
            onStepStart: (step, total) => {
                this.stepStarted(step);
                also.onStepStart?.(step, total);
            },
            onStepResume: (step, total) => {
                this.stepResumed(step);
                also.onStepResume?.(step, total);
            },
            onRound: (records, step, elapsedMs, total) => {
                this.roundMeasured(records, step);
                also.onRound?.(records, step, elapsedMs, total);
            },
            onStepEnd: (step, total) => {
                this.stepEnded(step);
                also.onStepEnd?.(step, total);
            },
            onCommand: (c, part) => {
                this.commandRan(c, part);
                also.onCommand?.(c, part);
            },
            onRollbackStart: (rb) => {
                this.rollbackStarted(rb);
                also.onRollbackStart?.(rb);
            },
            onRollbackVerified: () => {
                this.rollbackVerified();
                also.onRollbackVerified?.();
            }
        };
    }
    settle(status, error) {
        this.r.status = status;
        if (error !== undefined)
            this.r.error = error;
    }
    replaceStep(step) {
        const i = this.r.steps.findLastIndex((s) => s.index === step.index);
        if (i < 0)
            throw new Error(`step ${step.index} was never started`);
        this.r.steps[i] = recorder_plain(step);
    }
}
/**
 * A deep copy without `undefined` properties: what JSON keeps, so the record round-trips through
 * JSON unchanged (numbers are kept as they are).
 */
function recorder_plain(x) {
    if (Array.isArray(x))
        return x.map((e) => recorder_plain(e));
    if (x === null || typeof x !== 'object')
        return x;
    const out = {};
    for (const [k, v] of Object.entries(x))
        if (v !== undefined)
            out[k] = recorder_plain(v);
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/report/json.ts

/** The report as pretty JSON, `schemaVersion` first, with a trailing newline. */
function json_toJson(r) {
    const { schemaVersion, ...rest } = r;
    return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`;
}
/** One JSON object per audit entry and line; each also names the service, environment, version and commit. */
function json_auditJsonl(r) {
    return r.audit
        .map((e) => {
        const { at, ...rest } = e;
        return `${JSON.stringify({ at, service: r.service, environment: r.environment, version: r.version, ...rest, sha: e.sha || r.sha })}\n`;
    })
        .join('');
}
/**
 * A deep copy of the report in which every occurrence of every non-empty secret, in any string
 * (object keys included), is replaced by `***`. Also catches the forms a secret takes when it was
 * spliced into a URL, a PromQL string or JSON, and strips the user-info of every URL-shaped text
 * (redactString). Pure: the input is not touched.
 */
function json_redactReport(r, secrets) {
    return redactValue(r, secretForms(secrets));
}
function redactValue(v, needles) {
    if (typeof v === 'string')
        return redactString(v, needles);
    if (Array.isArray(v))
        return v.map((x) => redactValue(x, needles));
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[redactString(k, needles)] = redactValue(x, needles);
        return out;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/flow/publish.ts
/** Step 8 of the run: the report goes to the job summary, a JSON file, the outputs and GitHub. */






/**
 * Writes the JSON report and the audit trail (JSON Lines) into the first directory that takes
 * them: RUNNER_TEMP (outside a runner `<os temp>/stagegate`, never the checkout), then the system temp directory, then the workspace (a full disk or an
 * unwritable RUNNER_TEMP must not lose the audit). A fallback is a warning; if every directory
 * fails, this throws, naming each directory and why.
 */
async function writeReportFiles(r, log, env = process.env) {
    const dirs = [...new Set([reportDir(env), os.tmpdir(), env.GITHUB_WORKSPACE || process.cwd()].filter((d) => !!d))];
    const failures = [];
    for (const dir of dirs) {
        try {
            const reportPath = await writeBoth(dir, r);
            if (failures.length)
                log.warning(`could not write the JSON report to ${failures.join('; ')}; wrote it to ${reportPath} instead`);
            return reportPath;
        }
        catch (e) {
            failures.push(`${dir} (${e.code ?? e.message})`);
        }
    }
    throw new Error(`the JSON report and the audit trail could not be written to any directory: ${failures.join('; ')}`);
}
/** Both files in `dir`; a half-written file is removed (a full disk must not leave a truncated report). */
async function writeBoth(dir, r) {
    await fs.mkdir(dir, { recursive: true });
    const base = `stagegate-${safe(r.environment || 'unknown')}`;
    const reportPath = path.join(dir, `${base}-report.json`);
    const auditPath = path.join(dir, `${base}-audit.jsonl`);
    try {
        await fs.writeFile(reportPath, toJson(r));
        await fs.writeFile(auditPath, auditJsonl(r));
    }
    catch (e) {
        await Promise.all([fs.rm(reportPath, { force: true }), fs.rm(auditPath, { force: true })]).catch(() => undefined);
        throw e;
    }
    return reportPath;
}
function reportDir(env = process.env) {
    return env.RUNNER_TEMP || path.join(os.tmpdir(), 'stagegate');
}
async function writeSummary(r, rt, env = process.env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        const file = path.join(reportDir(env), `stagegate-${safe(r.environment || 'unknown')}-summary.md`);
        await fs.writeFile(file, renderSummary(r));
        rt.info(`GITHUB_STEP_SUMMARY is not set (a local run): the job summary is in ${file}`);
        return;
    }
    await rt.appendSummary(renderSummary(r));
}
function setOutputs(r, reportPath, rt) {
    const setOutput = (name, value) => rt.setOutput(name, value);
    setOutput('status', r.status);
    setOutput('final-weight', String(r.finalWeight));
    setOutput('deployment-id', r.deploymentId);
    setOutput('report-path', reportPath);
    setOutput('failed-gates', r.failedGates.join(','));
    setOutput('rollback-reason', oneLine(r.rollback?.reason ?? ''));
    setOutput('change-type', r.change?.type ?? '');
    setOutput('risk', r.change?.risk ?? '');
}
/** Everything local, in every outcome; never throws (a failure to write the report files is returned). */
async function publish_publishLocal(r, secrets, withSummary, rt, env = process.env) {
    const clean = redactReport(r, secrets);
    let reportPath = '';
    let lost;
    try {
        reportPath = await writeReportFiles(clean, rt, env);
    }
    catch (e) {
        lost = e.message;
        rt.error(`${lost}; report-path is empty`);
    }
    try {
        if (withSummary)
            await writeSummary(clean, rt, env);
    }
    catch (e) {
        rt.warning(`could not write the job summary: ${e.message}`);
    }
    setOutputs(clean, reportPath, rt);
    return { report: clean, lost };
}
function safe(s) {
    return s.replace(/[^A-Za-z0-9_.-]/g, '_');
}

;// CONCATENATED MODULE: ./src/github/deployments.ts
const LOCK_MAX_AGE_MS = (/* unused pure expression or super */ null && (6 * 60 * 60 * 1000));
const ACTIVE_STATES = new Set(['in_progress', 'queued', 'pending']);
/** How long a Deployment without any status counts as `pending` (a run still writing its first status). */
const PENDING_MAX_AGE_MS = (/* unused pure expression or super */ null && (10 * 60 * 1000));
/** A payload that says it holds a handed-off rollout (src/durable/payload.ts parses it for real). */
function holdsPausedRollout(payload) {
    return typeof payload === 'object' && payload !== null && payload.kind === 'stagegate/paused-rollout';
}
/**
 * The concurrent-rollout lock, in one listing. Earlier Deployments of `environment` (with
 * `before`: only those with a lower id; without: every other one) are read newest first. One
 * whose latest status is `in_progress`/`queued`/`pending` and younger than 6 h, or that has no
 * status yet and is younger than 10 min, holds the lock; the lowest such id wins.
 *
 * The walk stops at the first Stagegate Deployment that passed the lock itself (it ended
 * `success`, `rolled-back` or `rollback-failed`): it saw everything older settled, and a settled
 * Deployment never becomes active again. So a steady state costs one status read, not one per
 * old Deployment. Past the 6 h window only the newest Deployment is read (for `succeeded`). The
 * rest of the page already listed is still looked through for a paused rollout's payload (free).
 */
async function deployments_scanLock(gh, environment, now, before, skip) {
    const scan = { active: null, succeeded: [] };
    let read = 0;
    let listed = 0;
    let settled = false;
    for await (const d of gh.deployments({ environment }, LOCK_PAGE)) {
        listed++;
        const ours = d.id === skip || (before !== undefined && d.id >= before);
        if (!ours && scan.paused === undefined && holdsPausedRollout(d.payload))
            scan.paused = d.id;
        // Past the point where the lock is decided, the rest of the page already fetched is still read
        // for a paused rollout (payloads come with the listing: no request), never the next page.
        if (settled) {
            if (scan.paused !== undefined || listed % LOCK_PAGE === 0)
                break;
            continue;
        }
        if (ours)
            continue;
        settled = await lockStep(gh, d, now, read++ > 0, scan);
        if (settled && (scan.paused !== undefined || listed % LOCK_PAGE === 0))
            break;
    }
    return scan;
}
/** Reads one Deployment for the lock (see scanLock); true when the walk has seen enough. */
async function lockStep(gh, d, now, notFirst, scan) {
    const young = now - Date.parse(d.createdAt) < LOCK_MAX_AGE_MS;
    if (!young && notFirst)
        return true;
    const latest = await gh.latestDeploymentStatus(d.id);
    if (latest?.state === 'success')
        scan.succeeded.push(d.id);
    if (young && isActive(latest?.state, now - Date.parse(d.createdAt))) {
        scan.active = { id: d.id, createdAt: d.createdAt, sha: d.sha, state: latest?.state ?? 'pending', statusless: !latest };
        return false; // an older one may be active too: the lowest id is reported
    }
    return !young || passedLock(d, latest);
}
function isActive(state, ageMs) {
    return state === undefined ? ageMs < PENDING_MAX_AGE_MS : ACTIVE_STATES.has(state);
}
/** A Stagegate Deployment whose run held the lock: it succeeded or rolled back (blocked runs never moved traffic). */
function passedLock(d, latest) {
    if (!d.description?.startsWith(deployments_STAGEGATE_DESCRIPTION) || !latest)
        return false;
    if (latest.state === 'success')
        return true;
    return (latest.state === 'failure' || latest.state === 'error') && /^(rolled-back|rollback-failed)\b/.test(latest.description);
}
/** The prefix of every Deployment description Stagegate writes (`Stagegate: <service> <version>`). */
const deployments_STAGEGATE_DESCRIPTION = 'Stagegate: ';
/**
 * Backwards-compatible: the oldest active earlier Deployment (see scanLock), or null.
 */
async function findActiveDeployment(gh, environment, now, before) {
    return (await deployments_scanLock(gh, environment, now, before)).active;
}
/**
 * Marks the given earlier successful deployments inactive (the new one took over). Outside
 * production GitHub does it itself (`auto_inactive` on the `success` status); for
 * `production_environment` Deployments its API description says it does not.
 */
async function deployments_markInactive(gh, ids, keepId) {
    for (const id of ids)
        if (id !== keepId)
            await gh.setDeploymentStatus(id, 'inactive', { description: `superseded by ${keepId}` });
}
/** Lock scans read 30 a page: the walk usually stops at the newest Deployment. */
const LOCK_PAGE = 30;
/** The Deployment state a run's final status maps to. */
function deployments_deploymentState(status) {
    return status === 'succeeded' ? 'success' : status === 'rollback-failed' ? 'error' : 'failure';
}

;// CONCATENATED MODULE: ./src/github/comment.ts

function comment_shouldComment(policy, status) {
    switch (policy) {
        case 'always':
            return true;
        case 'never':
            return false;
        case 'on-failure':
            return status !== 'succeeded' && status !== 'planned';
        default:
            throw new Error(`unknown pr-comment policy "${String(policy)}"`);
    }
}
/** The PR to comment on: the input wins, then the event's PR, then on push the commit's open PR. */
async function comment_resolvePrNumber(gh, run, input) {
    if (input !== undefined && Number.isInteger(input) && input > 0)
        return input;
    const fromEvent = eventPrNumber(run);
    if (fromEvent !== undefined)
        return fromEvent;
    if (run.eventName !== 'push' || !run.sha)
        return undefined;
    return (await gh.pullsForCommit(run.sha)).find((p) => p.state === 'open')?.number;
}
function eventPrNumber(run) {
    if (run.eventName !== 'pull_request' && run.eventName !== 'pull_request_target')
        return undefined;
    const pr = run.event.pull_request;
    const n = pr?.number ?? run.event.number;
    return typeof n === 'number' ? n : undefined;
}
/** A comment failure the caller logs as a warning; upsertComment never throws anything else. */
class CommentWarning extends (/* unused pure expression or super */ null && (Error)) {
    name = 'CommentWarning';
}
const knownIds = new Map();
/**
 * The body as posted: our marker on the first line, and no other `<!--` anywhere, so text
 * from the version, a command's output or a gate's detail can never forge a marker.
 */
function commentText(marker, body) {
    const rest = body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
    return `${marker}\n${rest.replace(/<!--/g, '<!-\u200B-')}`;
}
/**
 * Whose comments we may update: asked once per port (see `Identity`); once this process has
 * created a comment, the login GitHub wrote it as is our exact login.
 */
const identities = new WeakMap();
function ourIdentity(gh) {
    let id = identities.get(gh);
    if (!id) {
        id = gh.whoAmI();
        identities.set(gh, id);
    }
    return id;
}
/** A comment is ours when it starts with the marker line and its author is our identity. */
function isOurComment(c, marker, me) {
    const body = c.body ?? '';
    if (!(body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`)))
        return false;
    const author = c.author;
    if (!author?.login)
        return false;
    if (me.login !== undefined)
        return author.login === me.login;
    return me.bot && author.type === 'Bot';
}
/** Creates the marked comment or updates it in place; the id is remembered for this process. */
async function comment_upsertComment(gh, pr, marker, body) {
    const key = `${gh.run.owner}/${gh.run.repo}#${pr}|${marker}`;
    const text = commentText(marker, body);
    try {
        const remembered = knownIds.get(key);
        if (remembered !== undefined) {
            const updated = await updateIfExists(gh, remembered, text);
            if (updated)
                return { id: remembered, created: false };
            knownIds.delete(key); // deleted by someone meanwhile: look again
        }
        const res = await writeComment(gh, pr, marker, text);
        knownIds.set(key, res.id);
        return res;
    }
    catch (e) {
        knownIds.delete(key);
        const status = httpStatus(e);
        const hint = status === 403 || status === 404 ? `; ${permissionHint(status, 'pull-requests')}` : '';
        throw new CommentWarning(`could not write the PR #${pr} comment: ${e.message}${hint}`);
    }
}
async function writeComment(gh, pr, marker, text) {
    const found = await findComment(gh, pr, marker);
    if (found !== undefined) {
        await gh.updateComment(found, text);
        return { id: found, created: false };
    }
    const res = await gh.createComment(pr, text);
    const me = await ourIdentity(gh);
    if (me.login === undefined && res.login)
        identities.set(gh, Promise.resolve({ bot: me.bot, login: res.login })); // the first comment we created names us
    return { id: res.id, created: true };
}
async function updateIfExists(gh, id, text) {
    try {
        await gh.updateComment(id, text);
        return true;
    }
    catch (e) {
        if (httpStatus(e) === 404)
            return false;
        throw e;
    }
}
/** Our marked comment on the PR: comments are read a page at a time, and the reading stops at it. */
async function findComment(gh, pr, marker) {
    const me = await ourIdentity(gh);
    for await (const c of gh.comments(pr))
        if (isOurComment(c, marker, me))
            return c.id;
    return undefined;
}
/** Forgets remembered comment ids (tests simulate a re-run with it). */
function forgetCommentIds() {
    knownIds.clear();
}

;// CONCATENATED MODULE: ./src/flow/github-side.ts







class github_side_GitHubSide {
    gh;
    opts;
    pr;
    chain = Promise.resolve();
    /** Updates that pile up while one is in flight collapse into one: only the newest body is posted. */
    queued = false;
    nextBody = '';
    /** Why this run could not take part in the lock (no Deployment of its own, or its in_progress not written). */
    lockError;
    /** Earlier `success` Deployments the lock scan saw: marked inactive when this one succeeds (production only). */
    superseded = [];
    /** A Deployment the lock scan saw holding a paused rollout (src/durable decides whether it still blocks). */
    pausedSeen;
    constructor(gh, opts) {
        this.gh = gh;
        this.opts = opts;
    }
    /**
     * Returns a blocking reason when another rollout of this environment holds the lock (checked
     * after our own Deployment has its `in_progress` status, so of two runs starting together the
     * one with the lower Deployment id goes on and the other is blocked, in every ordering).
     * Fails closed: without our own Deployment and status, or when the deployments cannot be
     * read, the run does not shift traffic.
     */
    async lockHeldBy(now, ownId) {
        if (!this.gh)
            return undefined;
        if (this.lockError)
            return this.lockError;
        const env = this.opts.environment;
        try {
            const active = await this.waitForFirstStatus(now, ownId);
            if (!active)
                return undefined;
            const what = active.statusless
                ? `was created ${active.createdAt} and has no status yet (a run starting; waited ${PENDING_WAIT_MS / 1000}s)`
                : `(created ${active.createdAt}) is still ${active.state}`;
            return `deployment ${active.id} of "${env}" (sha ${active.sha.slice(0, 7)}) ${what}; two rollouts never shift the same traffic at once`;
        }
        catch (e) {
            const status = httpStatus(e);
            const hint = status === 403 || status === 404 ? `; ${permissionHint(status, 'deployments')}` : '';
            return `could not read the deployments of "${env}" to rule out a concurrent rollout (${e.message})${hint}`;
        }
    }
    /** Scans the lock; while the holder has no status yet (its run is writing it), reads again, bounded. */
    async waitForFirstStatus(now, ownId) {
        const gh = this.gh;
        const given = eventDeploymentId(gh.run, this.opts.environment);
        // a deployment event's Deployment may be older than a rollout already running: every other active one blocks it
        const before = given === undefined && ownId ? Number(ownId) : undefined;
        const sleep = this.opts.sleep ?? ((ms) => systemClock.sleep(ms));
        for (let waited = 0;; waited += PENDING_POLL_MS) {
            const scan = await scanLock(gh, this.opts.environment, now + waited, before, given);
            this.pausedSeen ??= scan.paused;
            this.superseded = scan.succeeded;
            if (!scan.active?.statusless || waited >= PENDING_WAIT_MS)
                return scan.active;
            this.opts.log.info(`deployment ${scan.active.id} of "${this.opts.environment}" has no status yet; waiting for its run to write one`);
            await sleep(PENDING_POLL_MS);
        }
    }
    async createDeployment(rec, payload) {
        if (!this.gh)
            return;
        const r = rec.view;
        const given = eventDeploymentId(this.gh.run, this.opts.environment);
        if (given !== undefined) {
            rec.deploymentCreated(String(given));
            rec.note(`reporting on deployment ${given}, which triggered this run (deployment event)`);
            await this.startLock(r);
            return;
        }
        try {
            const id = await this.gh.createDeployment({
                environment: this.opts.environment,
                sha: this.gh.run.sha,
                ref: this.gh.run.ref || this.gh.run.sha,
                payload,
                productionEnvironment: isProduction(this.opts.environment),
                description: `${STAGEGATE_DESCRIPTION}${r.change?.hotfix ? 'HOTFIX ' : ''}${r.service} ${r.version}`
            });
            rec.deploymentCreated(String(id));
        }
        catch (e) {
            this.lockError = `could not create the GitHub Deployment, so the concurrent-rollout lock cannot be taken; nothing was deployed (${e.message})${hintFor(e)}`;
            this.opts.log.error(this.lockError);
            return;
        }
        await this.startLock(r);
    }
    /** Our `in_progress` status is our claim on the lock: without it, the run must not move traffic. */
    async startLock(r) {
        const err = await this.writeStatus(r, 'in_progress');
        if (err)
            this.lockError = `could not set this run's deployment ${r.deploymentId} in_progress, so the concurrent-rollout lock cannot be taken; nothing was deployed (${err})`;
    }
    async setStatus(rec, state) {
        const err = await this.writeStatus(rec.view, state);
        if (err)
            this.warn(`could not set the deployment status to ${state}: ${err}`, rec);
    }
    /** Writes a status; returns why it failed (never throws). */
    async writeStatus(r, state) {
        if (!this.gh || !r.deploymentId)
            return undefined;
        try {
            await this.gh.setDeploymentStatus(Number(r.deploymentId), state, {
                environmentUrl: this.opts.url,
                logUrl: r.runUrl,
                description: `${r.change?.hotfix ? 'HOTFIX · ' : ''}${state === 'in_progress' ? 'rolling out' : statusDescription(redactReport(r, this.opts.secrets))}`
            });
            return undefined;
        }
        catch (e) {
            return `${e.message}${hintFor(e)}`;
        }
    }
    async finalStatus(rec) {
        const r = rec.view;
        const state = deploymentState(finalStatusOf(r));
        await this.setStatus(rec, state);
        if (state !== 'success' || !this.gh || !isProduction(this.opts.environment) || !this.superseded.length)
            return;
        try {
            await markInactive(this.gh, this.superseded, Number(r.deploymentId));
        }
        catch (e) {
            this.warn(`could not mark the earlier deployment(s) ${this.superseded.join(', ')} inactive: ${e.message}`);
        }
    }
    /** Queues a comment update; `final` waits for it. Updates never overlap, never throw, and coalesce. */
    comment(r, final) {
        const wanted = final ? shouldComment(this.opts.policy, finalStatusOf(r)) : this.opts.policy === 'always';
        if (!this.gh || !wanted)
            return this.chain;
        this.nextBody = renderComment(redactReport(r, this.opts.secrets));
        if (this.queued)
            return this.chain; // the queued update will post this newer body
        this.queued = true;
        this.chain = this.chain.then(() => {
            this.queued = false;
            return this.postComment(this.nextBody);
        });
        return this.chain;
    }
    /**
     * The final comment, waited for at most `budgetMs`: reporting never holds up the report files,
     * the outputs or the exit (a request still open is cut by its own deadline).
     */
    /** Why the latest comment write failed (cleared by a later success). */
    commentFailure;
    async finalComment(rec, budgetMs) {
        const r = rec.view;
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve('late'), budgetMs);
        });
        const done = await Promise.race([this.comment(r, true).then(() => 'done'), late]);
        clearTimeout(timer);
        if (done === 'late')
            this.warn(`the pull request comment was not written within ${budgetMs / 1000}s; the report does not wait for it`, rec);
        else if (this.commentFailure)
            rec.note(this.commentFailure); // the last write failed: the report says so
    }
    async postComment(body) {
        const gh = this.gh;
        try {
            this.pr ??= resolvePrNumber(gh, gh.run, this.opts.prNumber);
            const pr = await this.pr;
            if (pr === undefined)
                return;
            await upsertComment(gh, pr, commentMarker(this.opts.environment), body);
            this.commentFailure = undefined;
        }
        catch (e) {
            this.commentFailure = `could not update the pull request comment: ${e.message}`;
            this.opts.log.warning(this.commentFailure);
        }
    }
    warn(message, rec) {
        this.opts.log.warning(message);
        rec?.note(message);
    }
}
/** How long a run waits for an earlier Deployment without a status to get one, and how often it looks. */
const PENDING_WAIT_MS = 90_000;
const PENDING_POLL_MS = 3_000;
function hintFor(e) {
    const status = httpStatus(e);
    return status === 403 || status === 404 ? `; ${permissionHint(status, 'deployments')}` : '';
}
/** On a `deployment` event for this environment, the run reports on that Deployment instead of creating one. */
function eventDeploymentId(run, environment) {
    if (run.eventName !== 'deployment')
        return undefined;
    const d = run.event.deployment;
    return typeof d?.id === 'number' && d.environment === environment ? d.id : undefined;
}
/** The Deployment status line (GitHub keeps 140 characters): the outcome and why. */
function statusDescription(r) {
    return onCallLine(r);
}
/** `production`, `prod`, `production-eu`, `prod_us`: yes; `preprod`, `nonprod`, `staging`: no. */
function isProduction(environment) {
    return /^prod(uction)?([-_.].*)?$/i.test(environment);
}


;// CONCATENATED MODULE: ./src/flow/state.ts
const KEY = 'stagegate';
class state_StateSaver {
    rt;
    state;
    constructor(rt, initial) {
        this.rt = rt;
        this.state = { ...initial, split: false, weight: 0, done: false, deploymentId: '' };
    }
    update(patch) {
        this.state = { ...this.state, ...patch };
        this.rt.saveState(KEY, JSON.stringify(this.state));
    }
}
function readSavedState(rt) {
    const raw = rt.getState(KEY);
    if (!raw)
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/actions/action-request.ts

/** The request for `name`, or undefined when that action is not configured. */
function actionRequest(actions, name, base, ctx, cwd, signal) {
    const action = actions[name];
    if (action === undefined)
        return undefined;
    const spec = typeof action === 'string' ? { run: action, timeout: undefined } : action;
    return { label: name, run: spec.run, timeoutMs: spec.timeout ?? actions.timeout, env: (0,run_command/* stagegateEnv */.P1)(base, ctx), cwd, signal };
}
/** Only what the post step needs to roll back: saved with the state, so it never re-reads a config a later step may have changed. */
function action_request_rollbackActions(actions) {
    return {
        rollback: actions.rollback,
        'verify-rollback': actions['verify-rollback'],
        'migrate-rollback': actions['migrate-rollback'],
        timeout: actions.timeout
    };
}

;// CONCATENATED MODULE: ./src/traffic/lazy.ts
async function runTrafficAction(cfg, name, ctx, template, signal, log, ledger) {
    const { trafficAction } = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 7805));
    const res = await trafficAction(cfg, name, ctx, template, signal, ledger);
    if (res?.stdout)
        log.info(`[${name}] ${res.stdout.trimEnd()}`);
    if (res?.stderr)
        log.error(res.stderr.trimEnd());
    return res;
}

;// CONCATENATED MODULE: ./src/flow/post-rollback.ts






/**
 * Ends every process group the main step started that is still running (a killed main step's
 * `set-weight` would otherwise write its weight after our rollback; a rollback slower than the
 * runner's kill grace would run alongside ours): SIGTERM, SIGKILL after a grace, then waits until
 * they are gone. Returns a failure message when something survived SIGKILL.
 */
async function endMainGroups(st, log, graceMs) {
    if (!st.groups)
        return undefined;
    const live = (0,groups/* stillAlive */.kQ)((0,groups/* readLedger */.SC)(st.groups));
    if (!live.length)
        return undefined;
    const names = live.map((g) => `${g.label} (process group ${g.pgid})`).join(', ');
    log.warning(`The main step left ${live.length === 1 ? 'a command' : `${live.length} commands`} running: ${names}. Ending ${live.length === 1 ? 'it' : 'them'} before anything else.`);
    if (live.some((g) => g.label === 'rollback' || g.label === 'verify-rollback')) {
        log.warning("The main step's rollback was still running: it is stopped, and the post step runs the rollback once, from the start.");
    }
    const left = await (0,groups/* endGroups */.KV)(live, graceMs);
    if (!left.length)
        return undefined;
    return `could not end ${left.map((g) => `${g.label} (process group ${g.pgid})`).join(', ')} even with SIGKILL; traffic may still change after this step`;
}
async function postRollback(st, runCommand, log, env = process.env) {
    if (!st.split && !st.migrated)
        return { ran: false, ok: true, message: 'traffic is not split; nothing to do' };
    const reason = st.done
        ? 'the main step could not roll back; retrying from the post step'
        : 'the main step ended before it could roll back (cancelled or killed)';
    log.warning(`Traffic was left at ${st.weight}% on the new version: ${reason}`);
    const base = {
        service: st.service,
        environment: st.environment,
        version: st.version,
        sha: env.GITHUB_SHA ?? '',
        risk: st.risk,
        changeType: st.type
    };
    const ctx = { weight: 0, previousWeight: st.weight, track: 'stable', reason };
    const names = [...(st.split ? ['rollback', 'verify-rollback'] : []), ...(st.migrated ? ['migrate-rollback'] : [])];
    for (const name of names) {
        const request = actionRequest(st.actions, name, base, ctx, env.GITHUB_WORKSPACE || process.cwd());
        const res = request
            ? await runCommand(request)
            : st.traffic
                ? await runTrafficAction(st.traffic, name, ctx, { ...base, env, track: 'stable', weight: 0 }, new AbortController().signal, log)
                : null;
        if (!res)
            continue;
        if (res.outcome !== 'ok')
            return {
                ran: true,
                ok: false,
                message: `${name} ${res.outcome} (exit ${res.exitCode}) in the post step; traffic may still be split at ${st.weight}%`
            };
    }
    return { ran: true, ok: true, message: `rolled back from the post step (${reason})` };
}
/**
 * A main step that never finished left its GitHub Deployment `in_progress`, which would block
 * the environment (the concurrent-rollout lock) for hours: close it as `failure` (traffic back on
 * the previous version) or `error` (the rollback failed). Never throws.
 */
async function closeDeployment(st, out, rt, env = process.env) {
    const token = rt.getInput('github-token');
    if ((st.done && (st.finalStatusWritten || !st.finalStatus)) || !st.deploymentId || !token)
        return;
    try {
        const run = client_readRunContext(env, rt);
        const gh = octokit_port_githubPort(token, run, { count: 0 }, { log: rt });
        // main ended but was stopped while writing the final status: write the real outcome, never `failure` for a success
        const finished = st.done && st.finalStatus ? deployments_deploymentState(st.finalStatus) : undefined;
        const state = finished ?? (out.ok ? 'failure' : 'error');
        const description = finished
            ? `${st.finalStatus} (written by the post step)`
            : out.ran
                ? `cancelled; ${out.ok ? 'rolled back from the post step' : 'rollback failed in the post step'}`
                : 'cancelled before traffic moved';
        await gh.setDeploymentStatus(Number(st.deploymentId), state, { logUrl: run.runUrl, description });
        rt.info(`Stagegate post: deployment ${st.deploymentId} marked ${state}`);
        // a killed job that had claimed a paused rollout: it is not paused any more (rolled back, or the rollback failed)
        if (st.pausedId && !finished)
            await gh.setDeploymentStatus(Number(st.pausedId), 'inactive', {
                logUrl: run.runUrl,
                description: `${description} (continued by ${st.deploymentId})`
            });
    }
    catch (e) {
        rt.warning(`Stagegate post: could not close deployment ${st.deploymentId}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./src/metrics/provider-kit.ts
var provider_kit = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/metrics/command.ts




function command_commandProvider(name, cfg, deps) {
    return neverThrows(name, false, 'command', (request) => measureCommand(name, cfg, deps, request));
}
async function measureCommand(name, cfg, deps, { context, signal }) {
    if (signal?.aborted)
        return { kind: 'error', detail: CANCELLED };
    const result = await deps.runCommand({
        label: `metric ${name}`,
        run: cfg.run,
        timeoutMs: cfg.timeout,
        env: { ...deps.baseEnv, STAGEGATE_TRACK: context.track, STAGEGATE_WEIGHT: String(context.weight) },
        cwd: deps.cwd,
        signal,
        stream: false
    });
    return fromResult(result, cfg.timeout);
}
/** A finished command as a measurement. */
function fromResult(r, timeoutMs) {
    switch (r.outcome) {
        case 'aborted':
            return { kind: 'error', detail: CANCELLED };
        case 'timeout':
            return { kind: 'error', detail: withStderr(`command timed out after ${formatDuration(timeoutMs)}`, r.stderr) };
        case 'failed':
            return {
                kind: 'error',
                detail: withStderr(r.exitCode === null ? 'command could not run' : `command exited with code ${r.exitCode}`, r.stderr)
            };
        case 'ok':
            if (r.stdoutTruncated)
                return { kind: 'error', detail: 'command printed more than 72 KiB on stdout (output truncated); it must print exactly one number' };
            return parseStdout(r.stdout);
        default: {
            const never = r.outcome;
            return { kind: 'error', detail: `unknown command outcome ${String(never)}` };
        }
    }
}
/** Trimmed empty → no data; exactly one finite decimal number → value; anything else → error. */
function parseStdout(stdout) {
    const text = stdout.trim();
    if (text === '')
        return { kind: 'no-data', detail: 'command printed nothing' };
    const tokens = text.split(/\s+/);
    if (tokens.length > 1) {
        const numbers = tokens.filter((t) => toNumber(t) !== undefined).length;
        const what = numbers === tokens.length ? `${numbers} numbers` : `${tokens.length} words`;
        return { kind: 'error', detail: `command printed ${what} (${command_quote(text)}); it must print exactly one number` };
    }
    const n = toNumber(text);
    if (n === undefined)
        return { kind: 'error', detail: `command printed ${command_quote(text)}, not a number` };
    return { kind: 'value', value: n };
}
function withStderr(what, stderr) {
    const last = lastLine(stderr, 201);
    return last ? `${what}: ${last}` : what;
}
function command_quote(text) {
    const line = text.replace(/\s+/g, ' ');
    return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

// EXTERNAL MODULE: ./src/net/http-client.ts
var http_client = __webpack_require__(5555);
;// CONCATENATED MODULE: ./src/metrics/http.ts





function http_httpProvider(name, cfg) {
    return neverThrows(name, true, 'http metric', ({ context, signal }) => measureHttp(cfg, context, signal));
}
async function measureHttp(cfg, context, signal) {
    if (signal?.aborted)
        return { kind: 'error', detail: CANCELLED };
    const url = renderUrl(cfg.url, context);
    if (!url.ok)
        return { kind: 'error', detail: `http metric: ${url.detail}` };
    const where = `http at ${displayUrl(url.value)}`;
    const prepared = prepareRequest(cfg, context);
    if (!prepared.ok)
        return { kind: 'error', detail: `${where}: ${prepared.detail}` };
    const res = await exchange({ ...prepared.value, url: url.value, timeoutMs: cfg.timeout, signal });
    if (!res.ok)
        return { kind: 'error', detail: res.detail === CANCELLED ? CANCELLED : `${where}: ${res.detail}` };
    const { status, statusText, text } = res.value;
    if (status < 200 || status > 299)
        return { kind: 'error', detail: `${where}: HTTP ${status}${statusText ? ` ${statusText}` : ''}` };
    const doc = parseJson(text, res.value.contentType);
    if (!doc.ok)
        return { kind: 'error', detail: `${where}: ${doc.detail}` };
    return pickValue(doc.value, cfg.value, context, where);
}
/** Method, rendered headers and body (content-type defaults to JSON when a body is sent). */
function prepareRequest(cfg, context) {
    const headers = renderHeaders(cfg.headers, context);
    if (!headers.ok)
        return headers;
    if (cfg.body === undefined)
        return { ok: true, value: { method: cfg.method, headers: headers.value } };
    let body;
    try {
        body = render(cfg.body, context, 'none');
    }
    catch (err) {
        return { ok: false, detail: `body: ${errorText(err)}` };
    }
    if (!headers.value.has('content-type'))
        headers.value.set('content-type', 'application/json');
    return { ok: true, value: { method: cfg.method, headers: headers.value, body } };
}
/** The number at `path` in `doc`: a JSON number or a numeric string; a missing path is no data. */
function pickValue(doc, pathTemplate, context, where) {
    let path;
    try {
        path = render(pathTemplate, context, 'none');
    }
    catch (err) {
        return { kind: 'error', detail: `${where}: value path: ${errorText(err)}` };
    }
    try {
        parsePath(path);
    }
    catch (err) {
        return { kind: 'error', detail: `${where}: ${errorText(err)}` };
    }
    const hit = select(doc, path);
    if (!hit.found)
        return { kind: 'no-data', detail: `${where}: ${hit.detail}` };
    const n = toNumber(hit.value);
    if (n === undefined)
        return { kind: 'error', detail: `${where}: ${path} is ${describeJson(hit.value)}, not a number` };
    return { kind: 'value', value: n };
}
function describeJson(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v} ${JSON.stringify(v)}`;
}
function parseJson(text, contentType) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false, detail: `the response is not JSON (${contentType || 'no content-type'}, ${text.length} bytes)` };
    }
}

;// CONCATENATED MODULE: ./src/metrics/prometheus.ts





function prometheus_prometheusProvider(name, cfg) {
    return neverThrows(name, true, 'prometheus', ({ context, signal }) => measurePrometheus(cfg, context, signal));
}
async function measurePrometheus(cfg, context, signal) {
    if (signal?.aborted)
        return { kind: 'error', detail: CANCELLED };
    const address = renderUrl(cfg.address, context);
    if (!address.ok)
        return { kind: 'error', detail: `prometheus address: ${address.detail}` };
    const where = `prometheus at ${displayUrl(address.value).replace(/\/+$/, '')}`;
    let query;
    try {
        query = render(cfg.query, context, 'promql');
    }
    catch (err) {
        return { kind: 'error', detail: `${where}: query: ${errorText(err)}` };
    }
    const headers = renderHeaders(cfg.headers, context);
    if (!headers.ok)
        return { kind: 'error', detail: `${where}: ${headers.detail}` };
    const url = queryUrl(address.value, query);
    const res = await exchange({ method: 'GET', url, headers: headers.value, timeoutMs: cfg.timeout, signal });
    if (!res.ok)
        return { kind: 'error', detail: res.detail === CANCELLED ? CANCELLED : `${where}: ${res.detail}` };
    const m = interpret(res.value);
    return m.kind === 'value' ? m : { kind: m.kind, detail: `${where}: ${m.detail}` };
}
/** `<address>/api/v1/query?query=…`, keeping a path prefix and any query string of the address. */
function queryUrl(address, query) {
    const u = new URL(address);
    u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/query`;
    u.searchParams.set('query', query);
    return u.toString();
}
/** The HTTP answer as a measurement (details without the "prometheus at" prefix). */
function interpret(res) {
    const ok = res.status >= 200 && res.status <= 299;
    let body;
    try {
        const parsed = JSON.parse(res.text);
        if (parsed && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        body = undefined;
    }
    if (body?.status === 'error') {
        const type = typeof body.errorType === 'string' && body.errorType ? `${body.errorType}: ` : '';
        return { kind: 'error', detail: `${type}${oneLine(String(body.error ?? 'unknown error'), 300)}${ok ? '' : ` (HTTP ${res.status})`}` };
    }
    if (!ok)
        return { kind: 'error', detail: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    if (!body || body.status !== 'success' || !body.data || typeof body.data !== 'object') {
        return { kind: 'error', detail: 'the answer is not a Prometheus query response (is the address the Prometheus server?)' };
    }
    return fromData(body.data.resultType, body.data.result);
}
function fromData(resultType, result) {
    switch (resultType) {
        case 'scalar':
            return sampleValue(result);
        case 'vector':
            return fromVector(result);
        case 'matrix':
        case 'string':
            return { kind: 'error', detail: `query returned a ${resultType}; it must return one number (an instant vector or a scalar)` };
        default:
            return { kind: 'error', detail: `unknown result type ${JSON.stringify(resultType)}` };
    }
}
function fromVector(result) {
    if (!Array.isArray(result))
        return { kind: 'error', detail: 'malformed vector result' };
    if (result.length === 0)
        return { kind: 'no-data', detail: 'query returned no series' };
    if (result.length > 1)
        return { kind: 'error', detail: `query returned ${result.length} series; aggregate it to one, e.g. with sum()` };
    const sample = result[0];
    if (sample?.value === undefined && sample?.histogram !== undefined) {
        return {
            kind: 'error',
            detail: 'query returned a native histogram sample; use histogram_quantile() or another function that returns a number'
        };
    }
    return sampleValue(sample?.value);
}
/** `[timestamp, "1.5"]` → 1.5; "NaN" is no data (e.g. 0/0 when there is no traffic); ±Inf is an error. */
function sampleValue(pair) {
    const text = Array.isArray(pair) && pair.length === 2 ? pair[1] : undefined;
    if (typeof text !== 'string')
        return { kind: 'error', detail: 'malformed sample' };
    if (text === 'NaN')
        return { kind: 'no-data', detail: 'query returned NaN (e.g. a ratio of rates with no traffic)' };
    if (/^[+-]?Inf$/.test(text))
        return { kind: 'error', detail: `query returned ${text.startsWith('-') ? '-Inf' : '+Inf'} (a division by zero?)` };
    const n = toNumber(text);
    if (n === undefined)
        return { kind: 'error', detail: `unparsable sample value ${JSON.stringify(text)}` };
    return { kind: 'value', value: n };
}

;// CONCATENATED MODULE: ./src/metrics/lazy.ts

function lazy_lazyProvider(name, cfg) {
    let real;
    return neverThrows(name, true, cfg.provider, async (request) => {
        real ??= load(name, cfg);
        return (await real).measure(request);
    });
}
async function load(name, cfg) {
    switch (cfg.provider) {
        case 'influxdb':
            return (await __webpack_require__.e(/* import() */ 851).then(__webpack_require__.bind(__webpack_require__, 1851))).influxdbProvider(name, cfg);
        case 'graphite':
            return (await __webpack_require__.e(/* import() */ 341).then(__webpack_require__.bind(__webpack_require__, 4341))).graphiteProvider(name, cfg);
        case 'datadog':
            return (await __webpack_require__.e(/* import() */ 115).then(__webpack_require__.bind(__webpack_require__, 3115))).datadogProvider(name, cfg);
        case 'newrelic':
            return (await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 2772))).newrelicProvider(name, cfg);
        case 'cloudwatch':
            return (await Promise.all(/* import() */[__webpack_require__.e(137), __webpack_require__.e(949)]).then(__webpack_require__.bind(__webpack_require__, 7949))).cloudwatchProvider(name, cfg);
        default: {
            const never = cfg;
            throw new Error(`unknown provider ${JSON.stringify(never.provider)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/metrics/registry.ts




function registry_createProviders(metrics, deps) {
    const providers = new Map();
    for (const [name, cfg] of Object.entries(metrics))
        providers.set(name, createProvider(name, cfg, deps));
    return providers;
}
function createProvider(name, cfg, deps) {
    switch (cfg.provider) {
        case 'prometheus':
            return prometheusProvider(name, cfg);
        case 'http':
            return httpProvider(name, cfg);
        case 'command':
            return commandProvider(name, cfg, deps);
        case 'influxdb':
        case 'graphite':
        case 'datadog':
        case 'newrelic':
        case 'cloudwatch':
            return lazyProvider(name, cfg);
        default: {
            // The schema only lets known providers through: reaching this is a programming error.
            const never = cfg;
            throw new Error(`metric "${name}": unknown provider ${JSON.stringify(never.provider)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/flow/context.ts



function context_makeProviders(s, runCommand) {
    return createProviders(s.config.metrics, { runCommand, cwd: s.run.workspace, baseEnv: baseCommandEnv(s) });
}
function baseCommandEnv(s) {
    return stagegateEnv(commandBase(s), { weight: 0, previousWeight: 0, track: 'stable' });
}
function commandBase(s) {
    return {
        service: s.config.service,
        environment: s.inputs.environment,
        version: s.version,
        sha: s.run.sha,
        ...(s.change ? { risk: s.change.risk, changeType: s.change.type } : {})
    };
}
function gateContext(f) {
    return {
        clock: f.clock,
        template: templateBase(f.s),
        runCommand: f.runCommand,
        commandEnv: baseCommandEnv(f.s),
        workspace: f.s.run.workspace,
        metrics: f.providers,
        github: f.github.gh,
        environment: f.s.inputs.environment
    };
}
function measureWith(f) {
    return async (metric, track, weight, signal) => {
        const provider = f.providers.get(metric);
        if (!provider)
            return { kind: 'error', detail: `unknown metric "${metric}"` };
        return provider.measure({ context: { ...templateBase(f.s, weight), track }, signal });
    };
}

;// CONCATENATED MODULE: ./src/notify/event.ts

const VERBS = {
    started: 'rollout started',
    step: 'shifted traffic',
    paused: 'paused',
    'rolled-back': 'rolled back',
    'rollback-failed': 'could NOT roll back',
    succeeded: 'promoted',
    blocked: 'blocked',
    failed: 'failed'
};
/** The final statuses that are also events (`planned` is not: plan mode notifies nobody). */
function event_finalEvent(status) {
    return ['paused', 'rolled-back', 'rollback-failed', 'succeeded', 'blocked', 'failed'].find((e) => e === status);
}
function event_buildEvent(event, r, at, extra = {}) {
    const stepText = extra.step ? ` (step ${extra.step.index}/${extra.step.total})` : '';
    return {
        event,
        service: r.service,
        environment: r.environment,
        version: r.version,
        sha: r.sha,
        title: `${r.service} ${r.version} ${VERBS[event]} in ${r.environment}${event === 'step' ? ` to ${extra.step ? (r.plan[extra.step.index - 1]?.weight ?? r.finalWeight) : r.finalWeight}%${stepText}` : ''}`,
        why: oneLine(why(event, r), 1000),
        weight: event === 'step' && extra.step ? (r.plan[extra.step.index - 1]?.weight ?? r.finalWeight) : r.finalWeight,
        ...(extra.step ? { step: extra.step } : {}),
        runUrl: r.runUrl,
        ...(extra.environmentUrl ? { environmentUrl: extra.environmentUrl } : {}),
        at: new Date(at).toISOString()
    };
}
function why(event, r) {
    switch (event) {
        case 'rolled-back':
        case 'rollback-failed':
            return r.rollback?.reason ?? r.error ?? '';
        case 'blocked':
            return r.error ?? `required gate(s) failed: ${r.failedGates.join(', ')}`;
        case 'failed':
        case 'paused':
            return r.error ?? '';
        case 'started':
            return `${r.strategy}, ${r.plan.length} step(s): ${r.plan.map((p) => `${p.weight}%`).join(' → ')}`;
        default:
            return '';
    }
}

;// CONCATENATED MODULE: ./src/notify/lazy.ts

const FLUSH_SLACK_MS = 500;
class lazy_Notifications {
    targets;
    template;
    secrets;
    log;
    environmentUrl;
    pending = [];
    constructor(targets, template, secrets, log, environmentUrl) {
        this.targets = targets;
        this.template = template;
        this.secrets = secrets;
        this.log = log;
        this.environmentUrl = environmentUrl;
    }
    /** Queues `event` built from the report as it is now; returns at once. */
    emit(event, report, at, step) {
        if (!this.targets.some((t) => t.events === undefined || t.events.includes(event)))
            return;
        const ev = buildEvent(event, report, at, { step, environmentUrl: this.environmentUrl });
        const sent = __webpack_require__.e(/* import() */ 344).then(__webpack_require__.bind(__webpack_require__, 9344))
            .then((m) => m.deliver(this.targets, ev, this.template, this.secrets, this.log))
            .catch((e) => {
            this.log.warning(`notify: ${e.message}`);
            return [];
        });
        this.pending.push(sent);
    }
    /** Waits for every queued notification, at most the longest notifier timeout (plus a little). */
    async flush() {
        const bound = Math.max(0, ...this.targets.map((t) => t.timeout)) + FLUSH_SLACK_MS;
        let timer;
        const all = Promise.all(this.pending).then((d) => d.flat());
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve([]), bound)));
        try {
            return await Promise.race([all, late]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}

;// CONCATENATED MODULE: ./src/durable/comment-command.ts
const COMMAND = /^\s*\/stagegate\s+(promote|abort)\s+(\S+)(?:[ \t]+(.*?))?\s*$/im;
const comment_command_ALLOWED = new Set(['admin', 'maintain', 'write']);
/** The command in an `issue_comment` event for `environment`; undefined when the event is another kind. */
function comment_command_commandFromEvent(run, environment) {
    if (run.eventName !== 'issue_comment')
        return undefined;
    const e = run.event;
    if (e.action !== 'created')
        return { ignored: `the comment was ${String(e.action)}, not created` };
    const body = typeof e.comment?.body === 'string' ? e.comment.body : '';
    const parsed = parseCommand(body);
    if (!parsed)
        return { ignored: 'the comment holds no /stagegate promote or abort command' };
    if (parsed.environment !== environment)
        return { ignored: `the command is for environment "${parsed.environment}", this job acts on "${environment}"` };
    const user = e.comment?.user?.login;
    const id = e.comment?.id;
    const issue = e.issue?.number;
    if (typeof user !== 'string' || typeof id !== 'number' || typeof issue !== 'number')
        return { ignored: 'the event has no comment id, author or issue number' };
    return { command: { ...parsed, user, commentId: id, issue } };
}
/** The first `/stagegate promote|abort <environment> [reason]` line of a comment. */
function parseCommand(body) {
    const m = COMMAND.exec(body);
    if (!m)
        return undefined;
    return { action: m[1].toLowerCase(), environment: m[2], reason: (m[3] ?? '').slice(0, 500) };
}
function mayAct(role) {
    return comment_command_ALLOWED.has(role);
}
/** Answers the comment: 👍 acted on, 👎 refused, 😕 nothing to act on (nothing paused, another job first). Never throws. */
async function react(gh, commentId, content) {
    try {
        await gh.reactToComment(commentId, content);
        return undefined;
    }
    catch (e) {
        return `could not react to comment ${commentId}: ${e.message}`;
    }
}

;// CONCATENATED MODULE: ./src/durable/request.ts


/**
 * The job's durable request: a `/stagegate promote|abort` comment (an `issue_comment` event, mode
 * left at deploy), or mode resume/promote/abort. Undefined for a plain deploy or plan.
 */
function request_durableRequest(s) {
    const fromComment = s.inputs.mode === 'deploy' ? commandFromEvent(s.run, s.inputs.environment) : undefined;
    if (fromComment && 'ignored' in fromComment)
        return fromComment;
    if (fromComment)
        return {
            mode: fromComment.command.action,
            actor: fromComment.command.user,
            reason: fromComment.command.reason,
            comment: fromComment.command
        };
    if (!DURABLE_MODES.includes(s.inputs.mode))
        return undefined;
    return { mode: s.inputs.mode, actor: s.run.actor, reason: s.inputs.reason };
}
/** The pull request to comment on: the classified change's, or the commenting one's. */
function request_prOf(risk, durable) {
    if (durable && 'comment' in durable && durable.comment)
        return durable.comment.issue;
    return risk?.facts.prOpen ? risk.facts.pr : undefined;
}

// EXTERNAL MODULE: ./src/runtime/core.ts
var runtime_core = __webpack_require__(4181);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The orchestrator: setup → (plan | deploy) → report. The only place that calls setFailed.
 * Everything it says to the job goes through the runtime it is given (src/runtime).
 */
























/** The main step. SIGINT/SIGTERM while it runs stop the rollout and roll back before it returns. */
async function run(opts = {}) {
    const env = opts.env ?? process.env;
    const runtime = opts.runtime ?? coreRuntime();
    await withCancellation(opts.signal, runtime, (signal) => runMain({ ...opts, runtime, env, signal }));
}
async function runMain(opts) {
    const { runtime: rt, env } = opts;
    const clock = opts.clock ?? systemClock;
    const started = clock.now();
    let s;
    try {
        s = await setup(rt, env);
    }
    catch (e) {
        await failBeforeStart(e, started, opts);
        return;
    }
    const counter = { count: 0 };
    const gh = githubAccess(s, counter, rt);
    const durable = durableRequest(s);
    let risk;
    try {
        // a durable job continues with the profile its rollout was saved with (src/durable/flow.ts)
        if (!durable)
            risk = await resolveRisk(s, gh, rt); // the profile becomes s.env before anything else reads it
    }
    catch (e) {
        await failBeforeStart(e, started, opts);
        return;
    }
    const record = new RunRecorder(basicsFrom(s, rt), started, clock);
    if (risk)
        record.changeClassified(risk.report);
    const ledger = new GroupLedger(ledgerPath(env));
    const state = new StateSaver(rt, {
        environment: s.inputs.environment,
        version: s.version,
        service: s.config.service,
        actions: rollbackActions(s.env.actions),
        groups: ledger.path,
        ...s.change,
        traffic: s.env.traffic
    });
    const runCommand = opts.runCommand ?? createCommandRunner(rt, ledger);
    const f = {
        runtime: rt,
        s,
        clock,
        signal: opts.signal,
        runCommand,
        github: new GitHubSide(gh, {
            environment: s.inputs.environment,
            url: deploymentUrl(s),
            prNumber: s.inputs.prNumber ?? prOf(risk, durable),
            policy: s.config.report['pr-comment'],
            secrets: s.secrets,
            log: rt
        }),
        record,
        providers: makeProviders(s, runCommand),
        notify: s.config.notify.length ? new Notifications(s.config.notify, templateBase(s), s.secrets, rt, environmentUrl(s)) : undefined,
        ledger
    };
    if (risk)
        auditRisk(record, risk.report);
    try {
        if (durable)
            await runDurable(f, state, durable);
        else if (s.inputs.mode === 'plan')
            await planFlow(f);
        else
            await deployFlow(f, state);
    }
    catch (e) {
        record.failed(e.message);
        rt.error(`Stagegate failed: ${redact(e.message, s.secrets)}`);
    }
    await conclude(f, counter, state, env);
}
async function conclude(f, counter, state, env) {
    const { record, s, runtime: rt } = f;
    record.close(f.clock.now(), counter.count);
    const report = record.view;
    const status = finalStatusOf(report);
    // saved before any slow GitHub call: a post step after a kill now sees the real outcome
    state.update({ done: true, split: status === 'rollback-failed', weight: report.finalWeight, finalStatus: status });
    // a paused rollout's Deployment stays in_progress (it was written at the hand-off); an idle job has none
    if (s.inputs.mode !== 'plan' && status !== 'paused' && status !== 'idle')
        await f.github.finalStatus(record);
    state.update({ finalStatusWritten: true });
    if (!quietTick(s, report))
        await f.github.finalComment(record, githubDeadlines(env, rt).totalMs);
    record.apiRequestsCounted(counter.count); // the final status and comment included
    if (f.github.gh)
        record.audit('report', 'github api budget', { detail: `${counter.count} REST requests (retries included)` });
    const { report: clean, lost } = await publishLocal(report, s.secrets, s.config.report.summary, rt, env);
    const event = s.inputs.mode === 'deploy' || (s.inputs.mode !== 'plan' && !quietTick(s, report)) ? finalEvent(status) : undefined;
    if (event)
        f.notify?.emit(event, report, f.clock.now());
    await f.notify?.flush();
    rt.info(verdictLine(clean));
    if (s.inputs.failOn.has(status))
        rt.setFailed(failMessage(clean));
    else if (lost)
        rt.setFailed(`Stagegate ${status}, but ${lost}`);
}
/** A resume that found nothing or only watched: no comment, no notification (a schedule runs it often). */
function quietTick(s, r) {
    return (r.status === 'idle' ||
        (s.inputs.mode === 'resume' &&
            r.status === 'paused' &&
            r.deploymentId === r.pause?.deploymentId &&
            r.pause.jobs.at(-1)?.did.startsWith('watched') === true));
}
/** The environment's URL for notification links; undefined when it cannot be rendered. */
function environmentUrl(s) {
    try {
        return s.env.url ? render(s.env.url, templateBase(s), 'url') : undefined;
    }
    catch {
        return undefined;
    }
}
/** The Deployment's environment_url: the rendered URL (placeholders filled), redacted like every sink. */
function deploymentUrl(s) {
    const url = environmentUrl(s);
    return url === undefined ? undefined : redact(url, s.secrets);
}
function githubAccess(s, counter, rt) {
    if (!s.inputs.githubToken || !s.run.owner) {
        const why = !s.inputs.githubToken
            ? 'No github-token (an unexpanded `${{ github.token }}` outside a runner counts as none)'
            : 'No repository (GITHUB_REPOSITORY is unset)';
        rt.notice(`${why}: skipping the GitHub Deployment, the PR comment and GitHub-backed gates.`);
        return undefined;
    }
    return githubPort(s.inputs.githubToken, s.run, counter, { log: rt, deadlines: githubDeadlines(s.vars, rt) });
}
/** Inputs or config were bad: annotate, write the report, fail. Nothing else happens. */
async function failBeforeStart(e, started, opts) {
    const { runtime: rt, env } = opts;
    const clock = opts.clock ?? systemClock;
    if (e instanceof ConfigError)
        annotate(e, rt);
    const service = e instanceof ConfigError ? await serviceOf(e.file, env) : '';
    const record = new RunRecorder({ ...basicsFromEnv(env), service }, started, clock);
    record.failed(e instanceof ConfigError ? everyIssue(e) : e.message);
    record.close(clock.now(), 0);
    const { report: clean } = await publishLocal(record.view, [], true, rt, env);
    rt.setFailed(clean.error ?? 'Stagegate failed');
}
function failMessage(r) {
    switch (r.status) {
        case 'blocked':
            return `Stagegate blocked the deploy: ${r.error ?? `required gate(s) failed: ${r.failedGates.join(', ')}`}`;
        case 'rolled-back':
            return `Stagegate rolled back: ${r.rollback?.reason ?? ''}`;
        case 'rollback-failed':
            return `Stagegate could NOT roll back (traffic may still be split at ${r.finalWeight}%): ${r.rollback?.reason ?? ''}`;
        default:
            return `Stagegate ${r.status}${r.error ? `: ${r.error}` : ''}`;
    }
}
/** The post step: finish a rollback the main step could not. */
async function runPost(opts = {}) {
    const env = opts.env ?? process.env;
    const rt = opts.runtime ?? (0,runtime_core/* coreRuntime */.u)();
    const st = readSavedState(rt);
    if (!st) {
        rt.info('Stagegate post: no saved state; nothing to do.');
        return;
    }
    try {
        const stuck = await endMainGroups(st, rt);
        const rolled = await postRollback(st, opts.runCommand ?? (0,run_command/* createCommandRunner */._m)(rt), rt, env);
        const out = stuck ? { ran: true, ok: false, message: `${rolled.message}; but ${stuck}` } : rolled;
        rt.info(`Stagegate post: ${out.message}`);
        await closeDeployment(st, out, rt, env);
        if (!out.ran)
            return;
        await rt.appendSummary(`\n> ${out.ok ? '↩️' : '🚨'} **Stagegate post step:** ${out.message}\n`).catch(() => undefined);
        if (!out.ok)
            rt.setFailed(out.message);
    }
    catch (e) {
        rt.setFailed(`Stagegate post step failed: ${e.message}`);
    }
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ neverThrows)
/* harmony export */ });
/* harmony import */ var _net_http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5555);
/**
 * The metric provider contract, kept in one place: a provider's `measure` never throws, and a
 * measurement the caller aborted is an error whose detail is exactly `cancelled`.
 */


/**
 * A provider whose measure never throws (the MetricProvider contract, kept in one place): an
 * unexpected throw becomes an error measurement, exactly `cancelled` once the caller aborted.
 */
function neverThrows(name, readOnly, what, measure) {
    return {
        name,
        readOnly,
        async measure(request) {
            try {
                return await measure(request);
            }
            catch (err) {
                return { kind: 'error', detail: request.signal?.aborted ? _net_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .CANCELLED */ .gD : `${what}: ${(0,_net_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(err)}` };
            }
        }
    };
}


/***/ }),

/***/ 5555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ renderUrl),
/* harmony export */   PF: () => (/* binding */ renderHeaders),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   gD: () => (/* binding */ CANCELLED),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* unused harmony exports requestDeadline, failureDetail */
/* harmony import */ var _config_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9030);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4529);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1987);
/**
 * The HTTP client the metric providers, the `http` gate and the notifiers share: URL and header
 * templates rendered and checked, one request under the caller's signal and a timeout, every
 * failure turned into one human line (never a credential, a query string or a header value).
 * Nothing here throws.
 */



/** Exactly this detail when the caller's signal aborted the request. */
const CANCELLED = 'cancelled';
/** Renders a URL template ('url' escaping) and checks that the result is an http(s) URL. */
function renderUrl(template, context) {
    let text;
    try {
        text = (0,_config_template_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(template, context, 'url');
    }
    catch (err) {
        return { ok: false, detail: errorText(err) };
    }
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return { ok: false, detail: `invalid URL "${displayUrl(text)}"` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { ok: false, detail: `URL "${displayUrl(text)}" is not http or https` };
    return { ok: true, value: text };
}
/** A URL as details show it: no credentials, no query string (either may hold a secret). */
function displayUrl(text) {
    try {
        const u = new URL(text);
        return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
    }
    catch {
        return text.replace(/[?#].*$/s, '').replace(/\/\/[^/@]*@/, '//');
    }
}
/**
 * Renders header templates ('none' escaping). A value with CR or LF is refused (header
 * injection); errors name the header, never its value.
 */
function renderHeaders(headers, context) {
    const out = new Headers();
    for (const [name, template] of Object.entries(headers ?? {})) {
        let value;
        try {
            value = (0,_config_template_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(template, context, 'none');
        }
        catch (err) {
            return { ok: false, detail: `header "${name}": ${errorText(err)}` };
        }
        if (/[\r\n]/.test(value))
            return { ok: false, detail: `header "${name}" contains a line break (CR or LF); refused` };
        try {
            out.append(name, value);
        }
        catch {
            return { ok: false, detail: `header "${name}" is not a valid HTTP header (name or value)` };
        }
    }
    return { ok: true, value: out };
}
/**
 * One request with the caller's signal and the provider's timeout; the whole body is read
 * under both. Failures come back as a detail: exactly `cancelled` when the caller aborted.
 */
async function exchange(req) {
    if (req.signal?.aborted)
        return { ok: false, detail: CANCELLED };
    const deadline = requestDeadline(req.timeoutMs, req.signal);
    try {
        const { url, headers } = credentialsToHeader(req.url, req.headers);
        const res = await (0,_proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyFetch */ .Z)(url, { method: req.method, headers, body: req.body, signal: deadline.signal, redirect: 'follow' });
        const text = await res.text();
        return { ok: true, value: { status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type') ?? '', text } };
    }
    catch (err) {
        return { ok: false, detail: failureDetail(err, req.signal, req.timeoutMs).split(req.url).join(displayUrl(req.url)) };
    }
    finally {
        deadline.release();
    }
}
/**
 * The signal one request runs under: aborted by the caller's signal or after `timeoutMs`
 * (a TimeoutError, as AbortSignal.timeout gives). `release()` clears the timer and the listener
 * on the caller's signal as soon as the request is over: a watch passes the same long-lived
 * signal to thousands of requests, and AbortSignal.timeout/any would keep each request's timer
 * and composite signal until the timeout fires.
 */
function requestDeadline(timeoutMs, outer) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), Math.max(1, timeoutMs));
    timer.unref();
    const onAbort = () => ctl.abort(outer?.reason);
    outer?.addEventListener('abort', onAbort, { once: true });
    return {
        signal: ctl.signal,
        release: () => {
            clearTimeout(timer);
            outer?.removeEventListener('abort', onAbort);
        }
    };
}
/** `https://user:pass@host/` → the URL without them and `Authorization: Basic …` (fetch refuses credentials in URLs). */
function credentialsToHeader(text, headers) {
    const u = new URL(text);
    if (!u.username && !u.password)
        return { url: text, headers };
    const basic = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
    u.username = '';
    u.password = '';
    const out = new Headers(headers);
    if (!out.has('authorization'))
        out.set('authorization', `Basic ${basic}`);
    return { url: u.toString(), headers: out };
}
const NETWORK_ERRORS = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS lookup failed)',
    ECONNRESET: 'connection reset by the server',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'the server closed the connection',
    UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
    UND_ERR_BODY_TIMEOUT: 'the response body stalled',
    CERT_HAS_EXPIRED: 'TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified'
};
/** Why a fetch failed, in a few words (never the request's headers). */
function failureDetail(err, outer, timeoutMs) {
    if (outer?.aborted)
        return CANCELLED;
    const e = err;
    if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError')
        return `timed out after ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}`;
    const code = e?.cause?.code;
    if (code && NETWORK_ERRORS[code])
        return NETWORK_ERRORS[code];
    return e?.cause?.message ? `${errorText(err)}: ${e.cause.message}` : errorText(err);
}
function errorText(err) {
    const text = err instanceof Error ? err.message : String(err);
    const line = text.split('\n')[0].trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line || 'unknown error';
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ proxyFetch)
/* harmony export */ });
/* unused harmony export proxyConfigured */
const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
function proxyConfigured(env = process.env) {
    return PROXY_VARS.some((name) => Boolean(env[name]));
}
let proxied;
/** One agent per process: it keeps its connections to the proxy. */
function loadProxied() {
    proxied ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19)).then((u) => ({ fetch: u.fetch, dispatcher: new u.EnvHttpProxyAgent() }));
    return proxied;
}
/** Same contract as the global fetch; through the proxy the variables name, when they name one. */
const proxyFetch = async (input, init) => {
    if (!proxyConfigured())
        return fetch(input, init);
    if (input instanceof Request)
        throw new TypeError('proxyFetch takes a URL and options, not a Request');
    const p = await loadProxied();
    return (await p.fetch(input, { ...init, dispatcher: p.dispatcher }));
};


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ toNumber)
/* harmony export */ });
/* unused harmony exports IN_TEXT, IN_TABLE, formatNumber, significant */
/**
 * Numbers in and out, one notion each: what counts as a number in a response or a command's
 * output (`toNumber`), and how a number is shown to a person (`formatNumber`).
 */
/** A plain decimal: optional sign, digits with an optional fraction, optional exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/**
 * A finite number from a JSON number or a decimal string (`"12.5"`, `" 3 "`, `"1e3"`); otherwise
 * undefined. Hex, octal and binary literals (`"0x10"`), `"Infinity"`, `"NaN"` and the empty string
 * are not numbers: no metrics backend writes a value that way, so such a string is a mistake
 * (a wrong JSON path, an ID) to report, never a value to judge.
 */
function toNumber(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== 'string' || !DECIMAL.test(v.trim()))
        return undefined;
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : undefined;
}
/** In sentences: 6 significant digits without float noise (220.00000000000003 → 220; 1.0001 stays). */
const IN_TEXT = { digits: 6, tiny: 1e-4, exactIntegers: false, oneDecimalFrom: Infinity };
/** In report tables: integers as they are, otherwise 4 significant digits (one decimal from 1000). */
const IN_TABLE = { digits: 4, tiny: 1e-6, exactIntegers: true, oneDecimalFrom: 1000 };
/** THE number formatter: a compact number for people, in `style`. */
function formatNumber(n, style = IN_TEXT) {
    if (!Number.isFinite(n))
        return String(n);
    if (style.exactIntegers && Number.isInteger(n))
        return String(n);
    const abs = Math.abs(n);
    if (n !== 0 && abs < style.tiny)
        return n.toExponential(2);
    if (abs >= style.oneDecimalFrom)
        return String(Math.round(n * 10) / 10);
    return significant(n, style.digits);
}
/** `n` at `digits` significant digits, without exponent noise for ordinary magnitudes (`0.1235`, `12350`). */
function significant(n, digits) {
    return String(Number(n.toPrecision(digits)));
}


/***/ }),

/***/ 6661:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9221);
/* harmony import */ var _runtime_core_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4181);
/**
 * Entry of the post step: rolls back when the main step could not (killed, crashed). Exports
 * run() for runners that load the entry and call it (@github/local-action `--post src/post.ts`);
 * runs it only when this file is the program (node dist/post/index.js).
 */




function run() {
    return (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runPost */ .a)({ runtime: (0,_runtime_core_js__WEBPACK_IMPORTED_MODULE_3__/* .coreRuntime */ .u)() });
}
function isProgram(url) {
    try {
        return !!process.argv[1] && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1]) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url));
    }
    catch {
        return false;
    }
}
if (isProgram(import.meta.url))
    await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ coreRuntime)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6421);
/**
 * The runtime on a runner: the one module under src/ (besides the entries) that imports
 * @actions/core. Outputs and saved state go through the runner's file commands (GITHUB_OUTPUT,
 * GITHUB_STATE); outside a runner (a local run) they degrade: no deprecated `::set-output` /
 * `::save-state`, no stack trace when the variable points at a missing file — a warning once,
 * and outputs are logged instead.
 */


/**
 * A runtime backed by @actions/core. It reads the process's own environment (INPUT_*, STATE_*,
 * GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), because @actions/core does.
 */
function coreRuntime() {
    const env = process.env;
    const warned = new Set();
    const usable = (kind) => {
        const file = env[`GITHUB_${kind}`];
        if (file && node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
            return true;
        if (file && !warned.has(kind))
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`GITHUB_${kind} points at ${file}, which does not exist; ${kind === 'OUTPUT' ? 'outputs are logged instead' : 'no state is saved for the post step'}`);
        warned.add(kind);
        return false;
    };
    return {
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name),
        getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu(name),
        debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(m),
        info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(m),
        notice: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(m, p),
        warning: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(m, p),
        error: (m, p) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(m, p),
        startGroup: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .startGroup */ .Oh(name),
        endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .endGroup */ .N4(),
        setOutput: (name, value) => (usable('OUTPUT') ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, value) : _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`output ${name}=${value}`)),
        saveState: (name, value) => usable('STATE') ? _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .saveState */ .LZ(name, value) : _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`state ${name} not saved (no GITHUB_STATE file)`),
        setSecret: (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(secret),
        appendSummary: async (markdown) => {
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(markdown, true).write();
        },
        writeSummary: async (markdown) => {
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(markdown, true).write({ overwrite: true });
        },
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(message)
    };
}


/***/ })

};
