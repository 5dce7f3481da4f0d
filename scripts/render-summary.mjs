#!/usr/bin/env node
/**
 * Renders a Stagegate job summary (markdown) the way a reader sees it: markdown → HTML with
 * `marked`, Mermaid blocks drawn by the local `mermaid` bundle (file://, no internet), then a
 * screenshot by headless Chromium.
 *
 *   node scripts/render-summary.mjs <summary.md> <out.png> [--dom <dom.html>] [--html <page.html>] [--width 1200]
 *
 * --dom writes the DOM after Mermaid ran (for tests: count the <svg>s, look for "Syntax error").
 * The page sets document.title to `rendered <height>` when every diagram is drawn, or to
 * `mermaid-error: …`; the script exits 1 on an error or when the page never finished.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Marked } from 'marked'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const MERMAID = join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js')
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Markdown → a standalone HTML page styled like a GitHub job summary. */
export function toHtml(markdown, mermaidPath = MERMAID) {
  const marked = new Marked({ gfm: true })
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`
        return false
      }
    }
  })
  const body = marked.parse(markdown)
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>rendering</title>
<style>${CSS}</style>
<script src="${pathToFileURL(mermaidPath).href}"></script>
</head><body><main class="markdown-body">
${body}
</main>
<script>
  mermaid.initialize({ startOnLoad: false, theme: 'default', securityLevel: 'strict', xyChart: { width: 900, height: 360 } })
  mermaid.run({ querySelector: 'pre.mermaid' })
    .then(() => { document.title = 'rendered ' + Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + 16) })
    .catch((e) => { document.title = 'mermaid-error: ' + (e && e.message ? e.message : String(e)) })
</script>
</body></html>
`
}

/** Runs Chromium headless on a page: `--dump-dom` (returns the DOM) or `--screenshot` (writes a PNG). */
export function chromium(pageFile, args) {
  const res = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--allow-file-access-from-files',
      '--virtual-time-budget=10000',
      ...args,
      pathToFileURL(pageFile).href
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }
  )
  if (res.error) throw res.error
  if (res.status !== 0) throw new Error(`chromium exited ${res.status}: ${res.stderr.slice(-2000)}`)
  return res.stdout
}

/** Renders `markdownFile` to `pngFile`; returns the rendered DOM and the page height. */
export function render(markdownFile, pngFile, opts = {}) {
  const width = opts.width ?? 1200
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-render-'))
  const page = opts.html ? resolve(opts.html) : join(dir, 'summary.html')
  writeFileSync(page, toHtml(readFileSync(markdownFile, 'utf8')))
  const dom = chromium(page, [`--window-size=${width},3000`, '--dump-dom'])
  const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1] ?? ''
  if (!title.startsWith('rendered')) throw new Error(`the page did not finish rendering (title "${title}")`)
  const height = Math.min(16_000, Math.max(200, Number(title.split(' ')[1]) || 3000))
  if (opts.dom) writeFileSync(opts.dom, dom)
  chromium(page, [`--window-size=${width},${height}`, `--screenshot=${resolve(pngFile)}`])
  if (!existsSync(pngFile) || statSync(pngFile).size === 0) throw new Error(`no screenshot at ${pngFile}`)
  return { dom, height, page }
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
}

const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
.markdown-body { max-width: 1100px; margin: 0 auto; padding: 24px 32px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 12px; }
h3 { font-size: 1.25em; margin: 24px 0 12px; }
h4 { font-size: 1em; margin: 20px 0 8px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; max-width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; }
pre.mermaid { background: #fff; text-align: center; padding: 8px 0 0; margin: 0; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
sub { color: #59636e; font-size: 12px; }
details { margin: 0 0 16px; } summary { cursor: pointer; font-weight: 600; }
a { color: #0969da; text-decoration: none; }
`

function main(argv) {
  const [input, output, ...rest] = argv
  if (!input || !output) {
    console.error('usage: node scripts/render-summary.mjs <summary.md> <out.png> [--dom <dom.html>] [--html <page.html>] [--width 1200]')
    return 2
  }
  const opt = (name) => {
    const i = rest.indexOf(name)
    return i >= 0 ? rest[i + 1] : undefined
  }
  const { height, dom } = render(input, output, {
    dom: opt('--dom'),
    html: opt('--html'),
    width: opt('--width') ? Number(opt('--width')) : undefined
  })
  const svgs = (dom.match(/<svg/g) ?? []).length
  console.log(`rendered ${output}: ${height}px high, ${svgs} svg element(s), ${statSync(output).size} bytes`)
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (e) {
    console.error(`render-summary: ${e.message}`)
    process.exitCode = 1
  }
}
