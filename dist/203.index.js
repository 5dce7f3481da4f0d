export const id = 203;
export const ids = [203];
export const modules = {

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
