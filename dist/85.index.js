export const id = 85;
export const ids = [85];
export const modules = {

/***/ 79085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forkNote: () => (/* binding */ forkNote),
/* harmony export */   planFlow: () => (/* binding */ planFlow)
/* harmony export */ });
/* harmony import */ var _gates_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47978);
/* harmony import */ var _rollout_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45762);
/* harmony import */ var _analysis_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50769);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34529);
/* harmony import */ var _risk_phases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74791);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98037);
/** mode: plan — validate, evaluate read-only gates, probe every metric once, render the plan. */






/**
 * Gates that make no request to an address the config names: a fork's pull request may run
 * these (GitHub API gates go to GitHub with the run's read-only token; window and coverage
 * are local). Every other type, including any added later, is skipped on a fork.
 */
const FORK_SAFE_GATES = [
    'window',
    'coverage',
    'github-checks',
    'github-deployment',
    'code-scanning',
    'dependabot',
    'approval'
];
function forkNote(head) {
    return `pull request from another repository (${head}): its config is untrusted, so plan mode made no request the config names (metric probes, http and metric gates skipped); only validation, rendering and GitHub API gates ran`;
}
async function planFlow(f) {
    const { record, s } = f;
    if (s.forkHead) {
        record.note(forkNote(s.forkHead));
        f.runtime.notice(forkNote(s.forkHead));
    }
    const plan = (0,_rollout_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .G)(s.env);
    record.planned(plan, (0,_risk_phases_js__WEBPACK_IMPORTED_MODULE_4__/* .phaseOrder */ .CM)(s.env, plan));
    const est = (0,_rollout_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateDurations */ .W)(plan, s.env.analysis);
    record.note(`estimated minimum duration ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(est.minimumMs)}; worst-case time from a breach to rollback ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(est.worstCaseRollbackMs)}`);
    f.runtime.startGroup('Gates (read-only, plan mode)');
    try {
        const res = await (0,_gates_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runGates */ .AQ)(s.env.gates, {
            ctx: (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .gateContext */ .VS)(f),
            signal: f.signal,
            log: f.runtime,
            overrides: { names: s.inputs.overrideGates, reason: s.inputs.overrideReason },
            readOnlyOnly: true,
            skip: (g) => s.forkHead && !FORK_SAFE_GATES.includes(g.type)
                ? `not evaluated: pull request from another repository (${s.forkHead}); plan mode makes no request its config names`
                : undefined
        });
        record.gatesDone(res);
    }
    finally {
        f.runtime.endGroup();
    }
    if (!s.forkHead)
        await probeMetrics(f);
    record.analysisPlanned((0,_analysis_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAnalysis */ .S7)(s.env.analysis, record.view.baseline));
    record.planDone();
}
/** Proves each metric the environment uses returns data, measured once on the stable track. */
async function probeMetrics(f) {
    const { record, s } = f;
    const names = new Set(s.env.analysis.checks.map((c) => c.metric));
    for (const g of s.env.gates)
        if (g.type === 'metric')
            names.add(g.metric);
    const measure = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .measureWith */ .TS)(f);
    f.runtime.startGroup(`Metrics (${names.size})`);
    try {
        for (const name of names) {
            if (f.providers.get(name)?.readOnly === false) {
                record.note(`metric ${name} not probed: plan mode runs no command (command metrics run your scripts)`);
                continue;
            }
            const m = await measure(name, 'stable', 0, f.signal);
            record.baselineMeasured(name, m.kind === 'value' ? m.value : null);
            const line = m.kind === 'value' ? `metric ${name}: ${m.value}` : `metric ${name}: ${m.kind} — ${m.detail}`;
            if (m.kind === 'value')
                f.runtime.info(line);
            else {
                f.runtime.warning(line);
                record.note(line);
            }
        }
    }
    finally {
        f.runtime.endGroup();
    }
}


/***/ })

};
