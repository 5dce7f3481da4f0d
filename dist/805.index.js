export const id = 805;
export const ids = [805];
export const modules = {

/***/ 87805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trafficAction: () => (/* binding */ trafficAction)
});

// UNUSED EXPORTS: ADAPTER_ACTIONS, TrafficError, createAdapter, renderTraffic

// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/traffic/types.ts
/** A failure an adapter explains in one line (shown in the log and the report). */
class TrafficError extends Error {
}

;// CONCATENATED MODULE: ./src/traffic/nginx.ts
/**
 * `nginx`: rewrites a weighted upstream file, checks it with `nginx -t` (putting the previous
 * file back if nginx refuses it), reloads, and — with `status-url` — waits until nginx serves the
 * new file. Weights: stable 100−W, canary W (tenths of a percent as 975/25); 0 or 100 leaves the
 * idle server out. The file also defines `$stagegate_weight` ("weight=25 generation=…") so a
 * `location` can report what is served; verify reads it there, or reads the file back.
 */


const POLL_MS = 50;
/** nginx server weights for a percent with at most one decimal. */
function nginxWeights(weight) {
    const tenths = Math.round(weight * 10);
    if (Math.abs(tenths - weight * 10) > 1e-9 || tenths < 0 || tenths > 1000)
        throw new TrafficError(`nginx takes percents 0..100 with at most one decimal, not ${weight}`);
    return tenths % 10 === 0 ? { stable: 100 - tenths / 10, canary: tenths / 10 } : { stable: 1000 - tenths, canary: tenths };
}
function upstreamFile(cfg, weight, generation) {
    const w = nginxWeights(weight);
    const lines = [
        `# Written by Stagegate (traffic: nginx): canary ${weight}%, generation ${generation}.`,
        `upstream ${cfg.upstream} {`,
        `    zone ${cfg.upstream} 64k;`
    ];
    if (w.stable > 0)
        lines.push(`    server ${cfg.stable} weight=${w.stable};`);
    if (w.canary > 0)
        lines.push(`    server ${cfg.canary} weight=${w.canary};`);
    lines.push('    keepalive 16;', '}', `map $uri $stagegate_weight { default "weight=${weight} generation=${generation}"; }`, '');
    return lines.join('\n');
}
/** "weight=25 generation=g" (served or in the file) → { weight, generation }. */
function parseServed(text) {
    const m = /weight=([0-9.]+) generation=([A-Za-z0-9_-]+)/.exec(text);
    return m ? { weight: Number(m[1]), generation: m[2] } : undefined;
}
function nginxAdapter(cfg, exec) {
    const file = cfg['upstream-file'];
    const nginx = (args, signal) => exec([...cfg.nginx, ...args], signal);
    return {
        async setWeight(weight, signal) {
            const generation = `${Date.now()}-${process.pid}`;
            const text = upstreamFile(cfg, weight, generation);
            const previous = await promises_.readFile(file, 'utf8').catch(() => undefined);
            await writeAtomically(file, text);
            try {
                await nginx(['-t', '-q'], signal);
            }
            catch (e) {
                if (previous !== undefined)
                    await writeAtomically(file, previous);
                throw new TrafficError(`nginx refused the new upstream file; the previous one is back in place: ${e.message}`);
            }
            await nginx(['-s', 'reload'], signal);
            if (cfg['status-url'])
                await waitForGeneration(cfg['status-url'], generation, signal);
            const w = nginxWeights(weight);
            return `nginx: canary ${weight}% (weights stable ${w.stable}, canary ${w.canary}) in ${file}, reloaded${cfg['status-url'] ? ' and serving' : ''}`;
        },
        async readWeight(signal) {
            const text = cfg['status-url'] ? await served(cfg['status-url'], signal) : await promises_.readFile(file, 'utf8');
            const state = parseServed(text);
            if (!state)
                throw new TrafficError(`no "weight=… generation=…" in ${cfg['status-url'] ? `the answer of ${cfg['status-url']}` : file}`);
            return state.weight;
        }
    };
}
async function writeAtomically(file, text) {
    const tmp = `${file}.stagegate-${process.pid}`;
    await promises_.writeFile(tmp, text);
    await promises_.rename(tmp, file);
}
async function served(url, signal) {
    let res;
    try {
        res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
    }
    catch (e) {
        throw new TrafficError(`nginx status-url ${url} does not answer: ${e.message}`);
    }
    const text = await res.text();
    if (!res.ok)
        throw new TrafficError(`nginx status-url ${url} answered HTTP ${res.status}`);
    return text;
}
/** A reload is asynchronous: polls status-url until nginx serves the generation just written. */
async function waitForGeneration(url, generation, signal) {
    let last = '';
    while (!signal.aborted) {
        last = await served(url, signal).catch((e) => e.message);
        if (parseServed(last)?.generation === generation)
            return;
        await new Promise((r) => setTimeout(r, POLL_MS));
    }
    throw new TrafficError(`nginx did not serve the new upstream file before the traffic timeout (last answer: ${last.trim() || 'none'})`);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/actions/run-command.ts
var run_command = __webpack_require__(92786);
// EXTERNAL MODULE: ./src/actions/groups.ts
var groups = __webpack_require__(5723);
;// CONCATENATED MODULE: ./src/traffic/exec.ts
/**
 * Runs a CLI (kubectl, gcloud, aws, nginx) with an argv array: no shell, so no value is ever
 * spliced into a command line. The child sees the job's environment minus the action's own inputs.
 */





const MAX_OUTPUT = 4 * 1024 * 1024;
/**
 * A Cli that writes each CLI's process group to the main step's ledger as it starts (and
 * forgets it once nothing of it is left), like the user's own commands: a main step killed
 * mid-call leaves the post step a record of the CLI, which it ends before it rolls back.
 */
function cli(recording) {
    return (argv, signal) => run(argv, signal, recording);
}
/**
 * The CLI runs in its own process group. A cancellation or timeout ends the whole group
 * (SIGTERM, SIGKILL after the grace) and this resolves only once nothing of it is left: a
 * `set-weight` that was stopped (a wrapper script's kubectl included) can never write its weight
 * after the rollback that follows.
 */
function run(argv, signal, recording) {
    const [file, ...args] = argv;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { env: (0,run_command/* inheritedEnv */.C2)(process.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        if (child.pid !== undefined)
            recording?.ledger.started(child.pid, recording.label);
        const out = { stdout: '', stderr: '' };
        let ended = Promise.resolve();
        const onAbort = () => {
            if (child.pid !== undefined)
                ended = (0,groups/* endGroups */.KV)([{ pgid: child.pid, label: file, start: '' }]);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted)
            onAbort();
        child.stdout.on('data', (b) => (out.stdout = bounded(out.stdout, b)));
        child.stderr.on('data', (b) => (out.stderr = bounded(out.stderr, b)));
        let settled = false;
        const settle = (err) => {
            if (settled)
                return;
            settled = true;
            signal.removeEventListener('abort', onAbort);
            void ended.then(() => {
                if (child.pid !== undefined)
                    recording?.ledger.ended(child.pid);
                if (signal.aborted)
                    return reject(new TrafficError(failure(argv, Object.assign(new Error('aborted'), { name: 'AbortError' }), '')));
                if (!err)
                    return resolve(out.stdout);
                reject(new TrafficError(failure(argv, err, out.stderr)));
            });
        };
        child.once('error', (e) => settle(e));
        child.once('close', (code, sig) => settle(code === 0 ? undefined : Object.assign(new Error(`killed by ${sig}`), { code: code ?? undefined })));
    });
}
/** Output kept to MAX_OUTPUT (the end, where a CLI says why it failed). */
function bounded(kept, chunk) {
    const next = kept + chunk.toString('utf8');
    return next.length > MAX_OUTPUT ? next.slice(-MAX_OUTPUT) : next;
}
function failure(argv, err, stderr) {
    const what = argv.slice(0, 3).join(' ');
    if (err.name === 'AbortError')
        return `${what}: cancelled or timed out`;
    if (err.code === 'ENOENT')
        return `${argv[0]}: command not found (install it on the runner or set its path in traffic:)`;
    const why = (0,src_text/* oneLine */.TN)(stderr.trim() || err.message, 400);
    return `${what} failed${typeof err.code === 'number' ? ` (exit ${err.code})` : ''}: ${why}`;
}
/** Parses a CLI's JSON output; a non-JSON answer is a TrafficError naming the command. */
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new TrafficError(`${what} did not print JSON (${(0,src_text/* oneLine */.TN)(text, 120) || 'empty output'})`);
    }
}
/** A percent as both sides' integer shares: 25 → [75, 25]. Non-integer percents are refused (routers take integers). */
function integerSplit(weight, adapter) {
    if (!Number.isInteger(weight) || weight < 0 || weight > 100)
        throw new TrafficError(`${adapter} takes whole percents 0..100, not ${weight}`);
    return [100 - weight, weight];
}

;// CONCATENATED MODULE: ./src/traffic/haproxy.ts
/**
 * `haproxy`: server weights through the runtime API (`set server <backend>/<server> weight N`)
 * on the admin socket, one command per connection; read back with `get weight`. Stable gets
 * 100−W, canary W (HAProxy weights are integers 0..256).
 */




function haproxyAdapter(cfg) {
    const server = (name) => `${cfg.backend}/${name}`;
    return {
        async setWeight(weight, signal) {
            const [stable, canary] = integerSplit(weight, 'haproxy');
            // Both servers must exist before either weight changes: a typo changes nothing.
            for (const name of [cfg.stable, cfg.canary])
                parseWeight(await runtime(cfg.socket, `get weight ${server(name)}`, signal), name);
            // Raise the side that gains first, so the backend never has every weight at 0 in between.
            const order = canary >= 50
                ? [
                    [cfg.canary, canary],
                    [cfg.stable, stable]
                ]
                : [
                    [cfg.stable, stable],
                    [cfg.canary, canary]
                ];
            for (const [name, w] of order)
                expectEmpty(await runtime(cfg.socket, `set server ${server(name)} weight ${w}`, signal), name);
            return `haproxy: ${server(cfg.stable)} weight ${stable}, ${server(cfg.canary)} weight ${canary}`;
        },
        async readWeight(signal) {
            const stable = parseWeight(await runtime(cfg.socket, `get weight ${server(cfg.stable)}`, signal), cfg.stable);
            const canary = parseWeight(await runtime(cfg.socket, `get weight ${server(cfg.canary)}`, signal), cfg.canary);
            if (stable + canary === 0)
                throw new TrafficError(`haproxy: both servers of backend ${cfg.backend} have weight 0`);
            return Math.round((canary * 1000) / (stable + canary)) / 10;
        }
    };
}
/** `set server` answers nothing on success; anything else is HAProxy's error message. */
function expectEmpty(answer, name) {
    if (answer.trim() !== '')
        throw new TrafficError(`haproxy refused the weight of ${name}: ${(0,src_text/* oneLine */.TN)(answer, 300)}`);
}
/** `get weight` answers "25 (initial 1)". */
function parseWeight(answer, name) {
    const m = /^(\d+) \(initial \d+\)/.exec(answer.trim());
    if (!m)
        throw new TrafficError(`haproxy: unexpected answer to get weight ${name}: ${(0,src_text/* oneLine */.TN)(answer, 300) || 'empty'}`);
    return Number(m[1]);
}
/** "/run/haproxy/admin.sock" or "127.0.0.1:9999". */
function endpoint(socket) {
    const m = /^(.+):(\d{1,5})$/.exec(socket);
    return m && !socket.includes('/') ? { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) } : { path: socket };
}
/** One runtime API command: connect, send it, read until HAProxy closes the connection. */
function runtime(socket, command, signal) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        const conn = external_node_net_.connect(endpoint(socket));
        const onAbort = () => conn.destroy(new TrafficError(`haproxy runtime API at ${socket}: cancelled or timed out`));
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted)
            onAbort();
        conn.on('connect', () => conn.end(`${command}\n`));
        conn.on('data', (b) => chunks.push(b));
        conn.on('error', (e) => reject(e instanceof TrafficError ? e : new TrafficError(`haproxy runtime API at ${socket}: ${e.message}`)));
        conn.on('close', () => {
            signal.removeEventListener('abort', onAbort);
            resolve(Buffer.concat(chunks).toString('utf8'));
        });
    });
}

;// CONCATENATED MODULE: ./src/traffic/kubernetes.ts


const CANARY_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';
const CANARY = 'nginx.ingress.kubernetes.io/canary';
function kubectl(cfg, ...args) {
    return [
        cfg.kubectl,
        ...(cfg.context ? ['--context', cfg.context] : []),
        ...(cfg.namespace ? ['--namespace', cfg.namespace] : []),
        ...args
    ];
}
/** Indexes of the stable and canary refs in the configured rule, and their weights (Gateway API default 1). */
function findRefs(route, cfg) {
    const rules = route?.spec?.rules;
    const refs = Array.isArray(rules) ? rules[cfg.rule]?.backendRefs : undefined;
    if (!Array.isArray(refs))
        throw new TrafficError(`HTTPRoute ${cfg.route} has no rule ${cfg.rule} with backendRefs`);
    const at = (name) => {
        const i = refs.findIndex((r) => r?.name === name);
        if (i < 0)
            throw new TrafficError(`HTTPRoute ${cfg.route} rule ${cfg.rule} has no backendRef named ${name} (it has: ${refs.map((r) => String(r?.name)).join(', ') || 'none'})`);
        return i;
    };
    const stable = at(cfg.stable);
    const canary = at(cfg.canary);
    const w = (i) => (typeof refs[i].weight === 'number' ? refs[i].weight : 1);
    return { stable, canary, weights: [w(stable), w(canary)] };
}
function gatewayApiAdapter(cfg, exec) {
    const get = async (signal) => parseJson(await exec(kubectl(cfg, 'get', 'httproute', cfg.route, '--output', 'json'), signal), `kubectl get httproute ${cfg.route}`);
    return {
        async setWeight(weight, signal) {
            const [stableW, canaryW] = integerSplit(weight, 'gateway-api');
            const refs = findRefs(await get(signal), cfg);
            const ref = (i) => `/spec/rules/${cfg.rule}/backendRefs/${i}`;
            const patch = [
                { op: 'test', path: `${ref(refs.stable)}/name`, value: cfg.stable },
                { op: 'test', path: `${ref(refs.canary)}/name`, value: cfg.canary },
                { op: 'add', path: `${ref(refs.stable)}/weight`, value: stableW },
                { op: 'add', path: `${ref(refs.canary)}/weight`, value: canaryW }
            ];
            await exec(kubectl(cfg, 'patch', 'httproute', cfg.route, '--type', 'json', '--patch', JSON.stringify(patch)), signal);
            return `gateway-api: HTTPRoute ${cfg.route} rule ${cfg.rule}: ${cfg.stable} weight ${stableW}, ${cfg.canary} weight ${canaryW}`;
        },
        async readWeight(signal) {
            const { weights: [s, c] } = findRefs(await get(signal), cfg);
            if (s + c === 0)
                throw new TrafficError(`HTTPRoute ${cfg.route}: both backendRefs have weight 0`);
            return Math.round((c * 1000) / (s + c)) / 10;
        }
    };
}
function ingressNginxAdapter(cfg, exec) {
    return {
        async setWeight(weight, signal) {
            const [, canary] = integerSplit(weight, 'ingress-nginx');
            await exec(kubectl(cfg, 'annotate', 'ingress', cfg.ingress, `${CANARY_WEIGHT}=${canary}`, '--overwrite'), signal);
            return `ingress-nginx: Ingress ${cfg.ingress} ${CANARY_WEIGHT}=${canary}`;
        },
        async readWeight(signal) {
            const ing = parseJson(await exec(kubectl(cfg, 'get', 'ingress', cfg.ingress, '--output', 'json'), signal), `kubectl get ingress ${cfg.ingress}`);
            const ann = ing?.metadata?.annotations ?? {};
            if (ann[CANARY] !== 'true')
                throw new TrafficError(`Ingress ${cfg.ingress} is not a canary Ingress (annotation ${CANARY} is not "true"), so its weight moves no traffic`);
            const w = Number(ann[CANARY_WEIGHT]);
            if (typeof ann[CANARY_WEIGHT] !== 'string' || !Number.isFinite(w))
                throw new TrafficError(`Ingress ${cfg.ingress} has no numeric ${CANARY_WEIGHT} annotation`);
            return w;
        }
    };
}

;// CONCATENATED MODULE: ./src/traffic/cloud.ts


function cloudRunAdapter(cfg, exec) {
    const where = ['--region', cfg.region, ...(cfg.project ? ['--project', cfg.project] : [])];
    return {
        async setWeight(weight, signal) {
            const [stable, canary] = integerSplit(weight, 'cloud-run');
            const tags = `${cfg['stable-tag']}=${stable},${cfg['canary-tag']}=${canary}`;
            await exec([cfg.gcloud, 'run', 'services', 'update-traffic', cfg.service, ...where, '--to-tags', tags, '--quiet', '--format', 'json'], signal);
            return `cloud-run: service ${cfg.service} traffic ${tags}`;
        },
        async readWeight(signal) {
            const svc = parseJson(await exec([cfg.gcloud, 'run', 'services', 'describe', cfg.service, ...where, '--format', 'json'], signal), `gcloud run services describe ${cfg.service}`);
            return canaryPercent(svc, cfg);
        }
    };
}
/** The percent on the canary tag in `status.traffic` (a target without `percent` has 0). */
function canaryPercent(svc, cfg) {
    const traffic = svc?.status?.traffic;
    if (!Array.isArray(traffic))
        throw new TrafficError(`Cloud Run service ${cfg.service} has no status.traffic`);
    if (!traffic.some((t) => t.tag === cfg['canary-tag']))
        throw new TrafficError(`Cloud Run service ${cfg.service} has no revision tagged ${cfg['canary-tag']} (deploy the canary with --tag ${cfg['canary-tag']} --no-traffic)`);
    return traffic.filter((t) => t.tag === cfg['canary-tag']).reduce((sum, t) => sum + (typeof t.percent === 'number' ? t.percent : 0), 0);
}
function awsAlbAdapter(cfg, exec) {
    const region = cfg.region ? ['--region', cfg.region] : [];
    const describe = async (signal) => {
        const out = parseJson(await exec([cfg.aws, 'elbv2', 'describe-listeners', '--listener-arns', cfg['listener-arn'], ...region, '--output', 'json'], signal), 'aws elbv2 describe-listeners');
        const actions = out?.Listeners?.[0]?.DefaultActions;
        if (!Array.isArray(actions))
            throw new TrafficError(`aws elbv2 describe-listeners: no listener ${cfg['listener-arn']}`);
        return actions;
    };
    return {
        async setWeight(weight, signal) {
            const [stable, canary] = integerSplit(weight, 'aws-alb');
            const actions = withWeights(await describe(signal), cfg, stable, canary);
            await exec([
                cfg.aws,
                'elbv2',
                'modify-listener',
                '--listener-arn',
                cfg['listener-arn'],
                '--default-actions',
                JSON.stringify(actions),
                ...region,
                '--output',
                'json'
            ], signal);
            return `aws-alb: listener forwards ${stable} to stable, ${canary} to canary`;
        },
        async readWeight(signal) {
            const groups = forwardAction(await describe(signal)).ForwardConfig?.TargetGroups ?? [];
            const w = (arn) => groups.find((g) => g.TargetGroupArn === arn)?.Weight ?? 0;
            const [s, c] = [w(cfg.stable), w(cfg.canary)];
            if (s + c === 0)
                throw new TrafficError('aws-alb: neither target group gets traffic from the listener');
            return Math.round((c * 1000) / (s + c)) / 10;
        }
    };
}
function forwardAction(actions) {
    const fwd = actions.find((a) => a.Type === 'forward');
    if (!fwd)
        throw new TrafficError('aws-alb: the listener has no forward default action');
    return fwd;
}
/** The listener's default actions with the forward action sending stable/canary weights; everything else kept. */
function withWeights(actions, cfg, stable, canary) {
    const fwd = forwardAction(actions);
    return actions.map((a) => {
        if (a !== fwd)
            return a;
        const { TargetGroupArn: _single, ...rest } = a;
        return {
            ...rest,
            ForwardConfig: {
                ...a.ForwardConfig,
                TargetGroups: [
                    { TargetGroupArn: cfg.stable, Weight: stable },
                    { TargetGroupArn: cfg.canary, Weight: canary }
                ]
            }
        };
    });
}

;// CONCATENATED MODULE: ./src/traffic/index.ts







/** The adapter for `cfg`; its CLIs (kubectl, gcloud, aws, nginx) run through `exec`. */
function createAdapter(cfg, exec) {
    switch (cfg.type) {
        case 'nginx':
            return nginxAdapter(cfg, exec);
        case 'haproxy':
            return haproxyAdapter(cfg);
        case 'gateway-api':
            return gatewayApiAdapter(cfg, exec);
        case 'ingress-nginx':
            return ingressNginxAdapter(cfg, exec);
        case 'cloud-run':
            return cloudRunAdapter(cfg, exec);
        case 'aws-alb':
            return awsAlbAdapter(cfg, exec);
        default: {
            const never = cfg;
            throw new Error(`unknown traffic type ${JSON.stringify(never.type)}`);
        }
    }
}
/** Every string of the config with its `{{ placeholders }}` filled in (argv words: no escaping needed). */
function renderTraffic(cfg, ctx) {
    const fill = (v) => (typeof v === 'string' ? (0,template/* render */.XX)(v, ctx, 'none') : Array.isArray(v) ? v.map(fill) : v);
    return Object.fromEntries(Object.entries(cfg).map(([k, v]) => [k, fill(v)]));
}
/** The actions an adapter provides; the others (deploy, promote) stay the user's. */
const ADAPTER_ACTIONS = ['set-weight', 'verify', 'rollback', 'verify-rollback'];
/**
 * Runs `name` through the adapter as if it were the user's command: a CommandResult whose stdout
 * is one line for the log and whose stderr says why it failed. `null` for actions adapters don't do.
 * The main step passes its `ledger`: each CLI's process group is written to it under the action's
 * name, so the post step ends a CLI that a killed main step left running before it rolls back.
 */
async function trafficAction(cfg, name, ctx, template, signal, ledger) {
    if (!ADAPTER_ACTIONS.includes(name))
        return null;
    const started = Date.now();
    const timeout = AbortSignal.timeout(cfg.timeout);
    const both = AbortSignal.any([signal, timeout]);
    try {
        const adapter = createAdapter(renderTraffic(cfg, template), cli(ledger && { ledger, label: name }));
        const line = await step(adapter, name, ctx, both);
        return { exitCode: 0, outcome: 'ok', durationMs: Date.now() - started, stdout: `${line}\n`, stderr: '' };
    }
    catch (e) {
        const outcome = timeout.aborted ? 'timeout' : signal.aborted ? 'aborted' : 'failed';
        return {
            exitCode: 1,
            outcome,
            durationMs: Date.now() - started,
            stdout: '',
            stderr: `${name} (traffic: ${cfg.type}): ${e.message}\n`
        };
    }
}
async function step(adapter, name, ctx, signal) {
    const target = name === 'set-weight' || name === 'verify' ? ctx.weight : 0;
    if (name === 'set-weight' || name === 'rollback')
        return adapter.setWeight(target, signal);
    const served = await adapter.readWeight(signal);
    if (Math.abs(served - target) > 0.05)
        throw new Error(`the router sends ${served}% to the canary, expected ${target}%`);
    return `verified: the router sends ${served}% to the canary`;
}


/***/ })

};
