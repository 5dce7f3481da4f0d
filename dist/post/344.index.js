export const id = 344;
export const ids = [344];
export const modules = {

/***/ 9344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGNATURE_HEADER: () => (/* binding */ SIGNATURE_HEADER),
  deliver: () => (/* binding */ deliver),
  payloadFor: () => (/* binding */ payloadFor),
  signature: () => (/* binding */ signature),
  wants: () => (/* binding */ wants)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/config/template.ts
var config_template = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/net/http-client.ts
var http_client = __webpack_require__(5555);
;// CONCATENATED MODULE: ./src/notify/format.ts
const ICON = {
    started: '🚀',
    step: '↗️',
    paused: '⏸️',
    'rolled-back': '↩️',
    'rollback-failed': '🚨',
    succeeded: '✅',
    blocked: '⛔',
    failed: '❌'
};
const COLOR = {
    started: 0x1f6feb,
    step: 0x1f6feb,
    paused: 0xd29922,
    'rolled-back': 0xd29922,
    'rollback-failed': 0xcf222e,
    succeeded: 0x2da44e,
    blocked: 0xcf222e,
    failed: 0xcf222e
};
function cut(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function facts(ev) {
    const out = [
        ['Traffic on new version', `${ev.weight}%`],
        ['Version', ev.version],
        ['Environment', ev.environment],
        ['Commit', ev.sha.slice(0, 7)]
    ];
    if (ev.step)
        out.splice(1, 0, ['Step', `${ev.step.index}/${ev.step.total}`]);
    return out;
}
/** Slack's mrkdwn and `text` treat &, < and > as control characters: escaped as its docs say. */
function slackEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackPayload(ev) {
    const text = slackEscape(`${ICON[ev.event]} ${ev.title}${ev.why ? `: ${ev.why}` : ''}`);
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(`${ICON[ev.event]} ${ev.title}`, 150), emoji: true } }
    ];
    if (ev.why)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(`*Why:* ${slackEscape(ev.why)}`, 3000) } });
    blocks.push({ type: 'section', fields: facts(ev).map(([k, v]) => ({ type: 'mrkdwn', text: cut(`*${k}:*\n${slackEscape(v)}`, 2000) })) });
    const buttons = [{ type: 'button', text: { type: 'plain_text', text: 'Open the run' }, url: ev.runUrl }];
    if (ev.environmentUrl)
        buttons.push({ type: 'button', text: { type: 'plain_text', text: 'Open the environment' }, url: ev.environmentUrl });
    if (ev.runUrl)
        blocks.push({ type: 'actions', elements: buttons.filter((b) => b.url) });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackEscape(`Stagegate · ${ev.service} · ${ev.at}`) }] });
    return { text: cut(text, 3000), blocks };
}
function teamsPayload(ev) {
    const body = [
        { type: 'TextBlock', text: `${ICON[ev.event]} ${ev.title}`, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }
    ];
    if (ev.why)
        body.push({ type: 'TextBlock', text: `Why: ${ev.why}`, wrap: true });
    body.push({ type: 'FactSet', facts: facts(ev).map(([title, value]) => ({ title, value })) });
    const actions = [
        ...(ev.runUrl ? [{ type: 'Action.OpenUrl', title: 'Open the run', url: ev.runUrl }] : []),
        ...(ev.environmentUrl ? [{ type: 'Action.OpenUrl', title: 'Open the environment', url: ev.environmentUrl }] : [])
    ];
    return {
        type: 'message',
        attachments: [
            {
                contentType: 'application/vnd.microsoft.card.adaptive',
                contentUrl: null,
                content: {
                    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                    type: 'AdaptiveCard',
                    version: '1.4',
                    body,
                    ...(actions.length ? { actions } : {})
                }
            }
        ]
    };
}
function discordPayload(ev) {
    const embed = {
        title: cut(`${ICON[ev.event]} ${ev.title}`, 256),
        color: COLOR[ev.event],
        fields: facts(ev).map(([name, value]) => ({ name: cut(name, 256), value: cut(value, 1024), inline: true })),
        footer: { text: `Stagegate · ${ev.service}` },
        timestamp: ev.at
    };
    if (ev.why)
        embed.description = cut(`Why: ${ev.why}`, 4096);
    if (/^https?:\/\//.test(ev.runUrl))
        embed.url = ev.runUrl;
    const content = cut(`${ICON[ev.event]} ${ev.title}${ev.runUrl ? ` · ${ev.runUrl}` : ''}`, 2000);
    return { content, embeds: [embed], allowed_mentions: { parse: [] } };
}
const WEBHOOK_SCHEMA = 'stagegate.notification/v1';
function webhookPayload(ev) {
    return { schema: WEBHOOK_SCHEMA, ...ev };
}

;// CONCATENATED MODULE: ./src/notify/index.ts
/**
 * Sends one event to every notifier that wants it, each with its own deadline (`timeout`,
 * default 5s) and no retry. Never throws: a failed notification is one warning line.
 * Loaded only when a config has `notify:` (see lazy.ts).
 */




const SIGNATURE_HEADER = 'x-stagegate-signature-256';
function wants(target, event) {
    return target.events === undefined || target.events.includes(event);
}
function payloadFor(target, ev) {
    switch (target.type) {
        case 'slack':
            return slackPayload(ev);
        case 'teams':
            return teamsPayload(ev);
        case 'discord':
            return discordPayload(ev);
        case 'webhook':
            return webhookPayload(ev);
        default: {
            const never = target;
            throw new Error(`unknown notification type ${JSON.stringify(never.type)}`);
        }
    }
}
/** `sha256=<hex>` of the body under `secret`, as GitHub signs its webhooks (X-Hub-Signature-256). */
function signature(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
async function deliver(targets, ev, template, secrets, log) {
    const chosen = targets.filter((t) => wants(t, ev.event));
    const out = await Promise.all(chosen.map((t) => deliverOne(t, ev, template, secrets)));
    for (const d of out) {
        if (d.outcome === 'sent')
            log.info(`notify ${d.type}: ${d.event} ${d.detail}`);
        else
            log.warning(`notify ${d.type}: ${d.event} not delivered: ${d.detail} (the rollout goes on)`);
    }
    return out;
}
async function deliverOne(target, ev, template, secrets) {
    const base = { type: target.type, event: ev.event };
    try {
        const url = (0,http_client/* renderUrl */.KD)(target.url, template);
        if (!url.ok)
            return { ...base, outcome: 'failed', detail: `url: ${(0,config_template/* redact */.E$)(url.detail, secrets)}` };
        const headers = (0,http_client/* renderHeaders */.PF)(target.type === 'webhook' ? target.headers : undefined, template);
        if (!headers.ok)
            return { ...base, outcome: 'failed', detail: headers.detail };
        const body = (0,config_template/* redact */.E$)(JSON.stringify(payloadFor(target, ev)), secrets);
        headers.value.set('content-type', 'application/json');
        headers.value.set('user-agent', 'stagegate-notify');
        if (target.type === 'webhook') {
            headers.value.set('x-stagegate-event', ev.event);
            headers.value.set('x-stagegate-delivery', (0,external_node_crypto_.randomUUID)());
            if (target.secret)
                headers.value.set(SIGNATURE_HEADER, signature((0,config_template/* render */.XX)(target.secret, template, 'none'), body));
        }
        const res = await (0,http_client/* exchange */.cv)({ method: 'POST', url: url.value, headers: headers.value, body, timeoutMs: target.timeout });
        const host = new URL(url.value).host;
        if (!res.ok)
            return { ...base, outcome: 'failed', detail: `${host}: ${(0,config_template/* redact */.E$)(res.detail, secrets)}` };
        const { status, statusText } = res.value;
        if (status < 200 || status > 299)
            return { ...base, outcome: 'failed', detail: `${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}` };
        return { ...base, outcome: 'sent', detail: `to ${host}` };
    }
    catch (e) {
        return { ...base, outcome: 'failed', detail: (0,config_template/* redact */.E$)(e.message, secrets) };
    }
}


/***/ })

};
