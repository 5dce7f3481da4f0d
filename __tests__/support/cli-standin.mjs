#!/usr/bin/env node
// A recording stand-in for kubectl, gcloud and aws (installed on PATH under those names by
// __tests__/traffic/cli-adapters.test.ts). It records every invocation's argv as one JSON line
// in $STANDIN_DIR/calls.jsonl, checks the arguments the way the real CLI would for the
// subcommands the adapters use (unknown flags and malformed values exit 2), and keeps the
// resource they act on in $STANDIN_DIR/state.json so a read after a write sees the write.
import * as fs from 'node:fs'
import * as path from 'node:path'

const dir = process.env.STANDIN_DIR
if (!dir) fail(2, 'STANDIN_DIR is not set')
const tool = path.basename(process.argv[1]).replace(/\.mjs$/, '')
const args = process.argv.slice(2)
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify({ tool, args }) + '\n')
const stateFile = path.join(dir, 'state.json')
const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'))

function fail(code, msg) {
  process.stderr.write(msg + '\n')
  process.exit(code)
}
function save() {
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2))
}
/** Splits `--flag value` pairs (from `known`) off the positional words. */
function parse(words, known, booleans = []) {
  const flags = {}
  const pos = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (w.startsWith('--')) {
      const name = w.slice(2)
      if (booleans.includes(name)) flags[name] = true
      else if (known.includes(name) && i + 1 < words.length) flags[name] = words[++i]
      else fail(2, `${tool}: unknown flag: ${w}`)
    } else pos.push(w)
  }
  return { flags, pos }
}
function pointer(doc, p) {
  const parts = p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const last = parts.pop()
  let parent = doc
  for (const k of parts) {
    parent = parent?.[Array.isArray(parent) ? Number(k) : k]
    if (parent === undefined)
      fail(1, `The request is invalid: the server rejected our request due to an error in our request (path ${p} does not exist)`)
  }
  return { parent, key: Array.isArray(parent) ? Number(last) : last }
}

function kubectl() {
  const { flags, pos } = parse(args, ['context', 'namespace', 'output', 'type', 'patch'], ['overwrite'])
  const ns = flags.namespace ?? 'default'
  const [verb, kind, name, ...rest] = pos
  const bucket =
    kind === 'httproute'
      ? state.httproutes
      : kind === 'ingress'
        ? state.ingresses
        : fail(2, `error: the server doesn't have a resource type "${kind}"`)
  const obj = bucket?.[`${ns}/${name}`] ?? fail(1, `Error from server (NotFound): ${kind} "${name}" not found`)
  if (verb === 'get') {
    if (flags.output !== 'json' || rest.length) fail(2, 'stand-in: get expects exactly --output json')
    return process.stdout.write(JSON.stringify(obj))
  }
  if (verb === 'patch') {
    if (flags.type !== 'json' || rest.length) fail(2, 'stand-in: patch expects --type json --patch <ops>')
    let ops
    try {
      ops = JSON.parse(flags.patch)
    } catch {
      fail(1, 'error: unable to parse the patch as JSON')
    }
    if (!Array.isArray(ops)) fail(1, 'error: a JSON patch is an array of operations')
    for (const op of ops) {
      if (!['add', 'replace', 'test'].includes(op.op) || typeof op.path !== 'string' || !('value' in op))
        fail(1, `error: invalid JSON patch operation ${JSON.stringify(op)}`)
      const { parent, key } = pointer(obj, op.path)
      if (op.op === 'test' && JSON.stringify(parent[key]) !== JSON.stringify(op.value))
        fail(1, `The request is invalid: the server rejected our request due to an error in our request (test of ${op.path} failed)`)
      if (op.op !== 'test') parent[key] = op.value
    }
    save()
    return process.stdout.write(`httproute.gateway.networking.k8s.io/${name} patched\n`)
  }
  if (verb === 'annotate') {
    if (rest.length !== 1 || !/^[^=]+=[^=]*$/.test(rest[0])) fail(2, 'stand-in: annotate expects one KEY=VALUE')
    const [key, value] = rest[0].split('=')
    obj.metadata.annotations ??= {}
    if (key in obj.metadata.annotations && !flags.overwrite)
      fail(1, `error: --overwrite is false but found the following declared annotation(s): '${key}' already has a value`)
    obj.metadata.annotations[key] = value
    save()
    return process.stdout.write(`ingress.networking.k8s.io/${name} annotated\n`)
  }
  fail(2, `stand-in: kubectl ${verb} is not something the adapters run`)
}

function gcloud() {
  const [group, resource, verb, name, ...rest] = args
  if (group !== 'run' || resource !== 'services') fail(2, `stand-in: gcloud ${group} ${resource} is not something the adapters run`)
  const { flags, pos } = parse(rest, ['region', 'project', 'format', 'to-tags'], ['quiet'])
  if (pos.length || !flags.region) fail(2, 'ERROR: (gcloud.run.services) --region is required')
  const svc =
    state.services?.[`${flags.project ?? 'default-project'}/${flags.region}/${name}`] ??
    fail(1, `ERROR: (gcloud.run.services.${verb}) Cannot find service [${name}]`)
  if (verb === 'describe') {
    if (flags.format !== 'json') fail(2, 'stand-in: describe expects --format json')
    return process.stdout.write(JSON.stringify(svc))
  }
  if (verb === 'update-traffic') {
    const pairs = (flags['to-tags'] ?? fail(2, 'ERROR: one of --to-revisions, --to-tags, --to-latest is required'))
      .split(',')
      .map((p) => p.split('='))
    let sum = 0
    for (const [tag, pct] of pairs) {
      if (!/^\d+$/.test(pct ?? '') || Number(pct) > 100)
        fail(1, `ERROR: (gcloud.run.services.update-traffic) Invalid percent [${pct}] for tag [${tag}]`)
      if (!svc.status.traffic.some((t) => t.tag === tag)) fail(1, `ERROR: (gcloud.run.services.update-traffic) Tag [${tag}] does not exist`)
      sum += Number(pct)
    }
    if (sum !== 100) fail(1, `ERROR: (gcloud.run.services.update-traffic) percentages add up to ${sum}, not 100`)
    for (const t of svc.status.traffic) {
      const pct = Number(pairs.find(([tag]) => tag === t.tag)?.[1] ?? 0)
      if (pct > 0) t.percent = pct
      else delete t.percent // as the API answers: a 0% target has no percent field
    }
    save()
    return process.stdout.write(JSON.stringify(svc.status.traffic))
  }
  fail(2, `stand-in: gcloud run services ${verb} is not something the adapters run`)
}

function aws() {
  const [service, verb, ...rest] = args
  if (service !== 'elbv2') fail(2, `stand-in: aws ${service} is not something the adapters run`)
  const { flags, pos } = parse(rest, ['listener-arns', 'listener-arn', 'default-actions', 'region', 'output'])
  if (pos.length || flags.output !== 'json') fail(2, 'stand-in: expects --output json and no positional words')
  const arn = flags['listener-arns'] ?? flags['listener-arn']
  const listener =
    state.listeners?.[arn] ??
    fail(254, `An error occurred (ListenerNotFound) when calling the DescribeListeners operation: Listener '${arn}' not found`)
  if (verb === 'describe-listeners') return process.stdout.write(JSON.stringify({ Listeners: [listener] }))
  if (verb === 'modify-listener') {
    let actions
    try {
      actions = JSON.parse(flags['default-actions'])
    } catch {
      fail(252, "Error parsing parameter '--default-actions': Invalid JSON")
    }
    for (const a of actions) {
      if (typeof a.Type !== 'string') fail(252, 'Parameter validation failed: Missing required parameter in DefaultActions[0]: "Type"')
      const groups = a.ForwardConfig?.TargetGroups ?? []
      if (a.TargetGroupArn && groups.length > 1)
        fail(
          254,
          'An error occurred (ValidationError): You cannot specify both a target group ARN and a forward config with multiple target groups'
        )
      for (const g of groups)
        if (typeof g.TargetGroupArn !== 'string' || !Number.isInteger(g.Weight) || g.Weight < 0 || g.Weight > 999)
          fail(254, `An error occurred (ValidationError): invalid target group weight ${JSON.stringify(g)}`)
    }
    listener.DefaultActions = actions
    save()
    return process.stdout.write(JSON.stringify({ Listeners: [listener] }))
  }
  fail(2, `stand-in: aws elbv2 ${verb} is not something the adapters run`)
}

const tools = { kubectl, gcloud, aws }
if (!(tool in tools)) fail(2, `stand-in: unknown tool ${tool}`)
tools[tool]()
