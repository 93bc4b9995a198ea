// The live demo. A short document renders on the main thread, within the keystroke's frame; a
// long one in a module Web Worker, so typing never waits for it (where no worker can start: no
// Worker, no module workers, or `?engine=main`, always the main thread). Only one render is in
// flight: keystrokes made meanwhile collapse into one render of the latest text. The worker answers with what changed (`renderer.update`),
// which `applyUpdate` patches in: a keystroke re-parses one paragraph of the page, not the page.
// With `sourcePositions`, every block knows its line: editor and preview scroll together, a click
// on a block puts the caret on its line, and the block under the caret is marked.
import { applyUpdate } from "../pkg/dom.js";

const $ = (id) => document.getElementById(id);
const samples = {
  "QuickTakes answer (the seed)": "../tests/fixtures/quicktakes-therapeutic-integration.md",
  "Hugo docs page": "../tests/fixtures/hugo-docs-page.md",
  "TOML front matter": "../tests/fixtures/toml-page.md",
  "Broken YAML": "../tests/fixtures/broken-yaml.md",
  "Large document (1 MB)": "../benches/corpus/big/big.md",
};

function currentOptions() {
  const value = (id) => $(id).value.trim() || undefined;
  return {
    site: { baseUrl: value("opt-baseUrl"), name: value("opt-name"), titleTemplate: value("opt-titleTemplate") },
    html: $("opt-html").value,
    layout: $("opt-layout").value,
    images: json(value("opt-images")),
    sourcePositions: true,
  };
}

/** Parsed JSON; text that is not JSON is passed on as it is, for pagemark to refuse with its
 *  own `invalid-options` error, shown like every other. */
function json(text) {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

/** The editor's line height in pixels (its lines never wrap: `white-space: pre`). */
const lineHeight = () => parseFloat(getComputedStyle($("source")).lineHeight) || 20;

/** The 1-based line of the editor's caret. */
function caretLine() {
  const { value, selectionStart } = $("source");
  let line = 1;
  for (let i = value.indexOf("\n"); i !== -1 && i < selectionStart; i = value.indexOf("\n", i + 1)) line++;
  return line;
}

/** Put the editor's caret at the start of a 1-based line and scroll it into view. */
function goToLine(line) {
  const source = $("source");
  let at = 0;
  for (let i = 1; i < line && at !== -1; i++) at = source.value.indexOf("\n", at) + 1 || -1;
  if (at === -1) return;
  source.focus();
  source.setSelectionRange(at, at);
  source.scrollTop = Math.max(0, (line - 3) * lineHeight());
  markCaretBlock();
}

const workerUrl = new URL("render-worker.js", import.meta.url);

/** A started worker (its wasm is loaded), or null. */
function startWorker() {
  return new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch {
      resolve(null);
      return;
    }
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(null);
    };
    worker.onmessage = () => resolve(worker);
    worker.postMessage({ id: 0 });
  });
}

/** `{ name, update(source, options, reset) → Promise<{ update | error, ms }> }`: one on the main
 *  thread, and one in a worker where a worker can start (else null). `reset` starts a new
 *  renderer, whose first update rebuilds the preview. */
async function createEngines() {
  const { updateSource } = await import("./render-service.js");
  const main = { name: "main thread", update: updateSource };
  const wanted = new URLSearchParams(location.search).get("engine") !== "main" && typeof Worker === "function";
  let worker = wanted ? await startWorker() : null;
  if (!worker) return { main, worker: null };
  // A wasm trap (a bug) leaves an instance unusable: the worker is replaced (its first update
  // rebuilds the preview), the page goes on.
  const replace = async () => {
    worker.terminate();
    worker = (await startWorker()) ?? worker;
  };
  // The worker keeps the text: after the first message only the edit crosses, not the document.
  let sent = null;
  const update = (source, options, reset) =>
    new Promise((resolve) => {
      worker.onmessage = ({ data }) => resolve(data);
      worker.onerror = (e) => {
        e.preventDefault();
        resolve({ error: { code: "internal", message: e.message }, ms: 0 });
      };
      const text = reset || sent === null ? { source } : { edit: editBetween(sent, source) };
      sent = source;
      worker.postMessage({ id: 1, ...text, options, reset });
    }).then(async (result) => {
      if (result.error?.code === "internal") {
        sent = null;
        await replace();
      }
      return result;
    });
  return { main, worker: { name: "worker", update } };
}

/** The edit that turns `before` into `after`: `{ at, remove, insert }`. The common start and end
 *  are found a block at a time (native string comparison), then a character at a time. */
function editBetween(before, after) {
  const most = Math.min(before.length, after.length);
  const same = (a, b, n) => before.substr(a, n) === after.substr(b, n);
  let start = 0;
  for (let block = 4096; block >= 1; block >>= 1) {
    while (start + block <= most && same(start, start, block)) start += block;
  }
  let end = 0;
  for (let block = 4096; block >= 1; block >>= 1) {
    while (end + block <= most - start && same(before.length - end - block, after.length - end - block, block)) end += block;
  }
  return { at: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

// Which engine renders. A worker never makes typing wait, but its answer comes a frame after
// the editor's; the main thread answers within the keystroke's own frame. So: the main thread
// while a render costs under 8 ms (half a frame), a worker once one would cost over 12 (the
// cost grows with the text: about 0.05 ms per KB here, so from ~150 KB to ~250 KB).
const FAST_MS = 8;
const SLOW_MS = 12;
let engines = null;
let engine = null;
let msPerChar = null;

function engineFor(source) {
  if (!engines.worker) return engines.main;
  const predicted = msPerChar === null ? (source.length > 100_000 ? Infinity : 0) : msPerChar * source.length;
  if (engine !== engines.worker && predicted > SLOW_MS) return engines.worker;
  if (engine !== engines.main && predicted < FAST_MS) return engines.main;
  return engine;
}

let queued = null;
let inFlight = false;
/** Counts the edits; every render says which one it shows (`pagemark-shown` events). */
let version = 0;

function scheduleRender() {
  queued = { source: $("source").value, options: currentOptions(), version: ++version };
  document.body.dataset.busy = "true";
  if (!inFlight) pump();
}

async function pump() {
  inFlight = true;
  while (queued) {
    const job = queued;
    queued = null;
    const next = engineFor(job.source);
    const reset = next !== engine;
    engine = next;
    const result = await engine.update(job.source, job.options, reset);
    if (result.update) msPerChar = result.ms / Math.max(1, job.source.length);
    document.body.dataset.engine = engine.name;
    show(job.source, result);
    // For the live-preview benchmark (benches/js/live-preview.mjs) and the tests: which edit is shown.
    dispatchEvent(new CustomEvent("pagemark-shown", { detail: { version: job.version, ms: result.ms, engine: engine.name } }));
  }
  inFlight = false;
  document.body.dataset.busy = "false";
}

// Line numbers: only the visible ones are in the gutter (a 1 MB file has tens of thousands of
// lines, and most keystrokes change none of them).
const gutter = { lines: 0, errorLine: null, html: "" };
function countLines(source) {
  let lines = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lines++;
  return lines;
}
function updateGutter(errorLine, source) {
  const lines = countLines(source);
  if (lines === gutter.lines && errorLine === gutter.errorLine) return;
  Object.assign(gutter, { lines, errorLine });
  drawGutter();
}
function drawGutter() {
  const source = $("source");
  const lh = lineHeight();
  const first = Math.max(0, Math.floor(source.scrollTop / lh) - 1);
  const last = Math.min(gutter.lines, first + Math.ceil(source.clientHeight / lh) + 3);
  let html = "";
  for (let i = first + 1; i <= last; i++) html += i === gutter.errorLine ? `<mark>${i}</mark>\n` : `${i}\n`;
  if (html !== gutter.html) {
    $("gutter").innerHTML = html;
    $("gutter").style.minWidth = `calc(${String(gutter.lines).length}ch + .8rem)`;
    gutter.html = html;
  }
  $("gutter").scrollTop = source.scrollTop - first * lh;
}

// Search-result and social-card previews, cut by rendered width as search engines cut them.
const measure = document.createElement("canvas").getContext("2d");
function cutToWidth(text, font, maxPx) {
  if (!text) return "";
  measure.font = font;
  if (measure.measureText(text).width <= maxPx) return text;
  let cut = text;
  while (cut.length > 0 && measure.measureText(`${cut} …`).width > maxPx) cut = cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length - 1);
  return `${cut} …`;
}

function previews(meta) {
  const url = meta.canonical ? new URL(meta.canonical) : null;
  $("serp-name").textContent = meta.siteName ?? url?.hostname ?? "example.com";
  $("serp-url").textContent = url ? [url.origin, ...url.pathname.split("/").filter(Boolean)].join(" › ") : "(no canonical URL: set a base URL)";
  $("serp-title").textContent = cutToWidth(meta.title ?? "(no title)", "20px arial", 600);
  $("serp-desc").textContent = cutToWidth(meta.description ?? "(no description)", "14px arial", 920);
  $("card-domain").textContent = url?.hostname ?? "";
  $("card-title").textContent = meta.headline ?? meta.title ?? "";
  $("card-desc").textContent = cutToWidth(meta.description ?? "", "14px arial", 1000);
  const image = meta.image?.src;
  $("card-image").style.backgroundImage = image && /^https?:/.test(image) ? `url("${encodeURI(image)}")` : "";
  $("card-image").textContent = image ? "" : "no og:image";
}

function warningItems(warnings) {
  return warnings.map((w) => {
    const li = document.createElement("li");
    li.dataset.code = w.code;
    if (w.line) {
      const go = document.createElement("button");
      go.type = "button";
      go.className = "line";
      go.textContent = `line ${w.line}`;
      go.addEventListener("click", () => goToLine(w.line));
      li.append(go, " ");
    }
    li.append(`${w.code}: ${w.message}`);
    return li;
  });
}

// The page's values as the updates leave them. A tab is filled when it is shown, and again only
// after its values changed: typing into a long document never stringifies what nobody looks at.
const page = { head: "", meta: {}, frontMatter: {}, warnings: [] };
const tabs = {
  preview: null,
  search: ["meta", () => previews(page.meta)],
  social: ["meta", () => previews(page.meta)],
  head: ["head", () => ($("head").textContent = page.head)],
  meta: ["meta", () => ($("meta").textContent = JSON.stringify(page.meta, null, 2))],
  data: ["frontMatter", () => ($("data").textContent = JSON.stringify(page.frontMatter, null, 2))],
  warnings: ["warnings", () => $("warnings").replaceChildren(...warningItems(page.warnings))],
};
const staleTabs = new Set(Object.keys(tabs));
let shownTab = "preview";

function fillShownTab() {
  if (staleTabs.delete(shownTab)) tabs[shownTab]?.[1]();
}

function show(source, { update, error, ms }) {
  if (error) {
    $("error").hidden = false;
    $("error").textContent = `${error.code}: ${error.message}`;
    $("status").textContent = `error (${engine.name})`;
    updateGutter(error.line ?? null, source);
    return;
  }
  const started = performance.now();
  $("error").hidden = true;
  applyUpdate($("preview"), update);
  for (const [tab, entry] of Object.entries(tabs)) {
    if (entry && entry[0] in update) staleTabs.add(tab);
  }
  Object.assign(page, pick(update, Object.keys(page)));
  if (update.meta) {
    const { readingMinutes: minutes, wordCount: words } = page.meta;
    $("reading").textContent = `${words.toLocaleString()} word${words === 1 ? "" : "s"} · ${minutes} min read`;
  }
  if (update.warnings) $("warning-count").textContent = page.warnings.length || "";
  fillShownTab();
  updateGutter(null, source);
  // In the coming frame, whose layout it then shares instead of forcing one of its own.
  onCaretMoved();
  performance.measure("pagemark:apply", { start: started });
  $("status").textContent = `rendered ${source.length.toLocaleString()} chars in ${ms.toFixed(2)} ms (${engine.name})`;
}

const pick = (object, keys) => Object.fromEntries(keys.filter((k) => k in object).map((k) => [k, object[k]]));

// Blocks by source line. The preview's content nodes are in source order and so are the
// `data-line`s and the tops of the blocks: a binary search over the top-level nodes, then over
// the lines inside the one found, costs the same on a 1 MB document as on a short one.
const previewPanel = document.querySelector("[data-panel=preview]");
const contentRoot = () => $("preview").querySelector(":scope > article > section.pagemark-content") ?? $("preview");
const lineOf = (block) => Number(block.getAttribute("data-line"));
const topOf = (block) => block.getBoundingClientRect().top - previewPanel.getBoundingClientRect().top + previewPanel.scrollTop;

/** The last index below `n` for which `holds` is true (it holds for a prefix), or -1. */
function lastIndex(n, holds) {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(mid)) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The last block in document order for which `holds(block)` is true, or null. */
function lastBlock(holds) {
  const nodes = contentRoot().children;
  // A node without a line (raw HTML) goes by the nearest block before it.
  const anchor = (i) => {
    while (i >= 0 && !nodes[i].hasAttribute("data-line")) i--;
    return i >= 0 ? nodes[i] : null;
  };
  const top = anchor(lastIndex(nodes.length, (i) => {
    const block = anchor(i);
    return block === null || holds(block);
  }));
  if (!top) return null;
  const inner = top.querySelectorAll("[data-line]");
  return inner[lastIndex(inner.length, (i) => holds(inner[i]))] ?? top;
}

/** The block after `block` in document order, or null. */
function nextBlock(block) {
  const inner = block.querySelector("[data-line]");
  if (inner) return inner;
  const root = contentRoot();
  for (let node = block; node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.hasAttribute("data-line")) return next;
      const first = next.querySelector("[data-line]");
      if (first) return first;
    }
  }
  return null;
}

/** Where `value` falls between `from` and `to`, from 0 to 1. */
const fraction = (value, from, to) => (to > from ? Math.min(1, Math.max(0, (value - from) / (to - from))) : 0);

// Scrolling one side scrolls the other; a scroll this code made is not echoed back.
const madeScroll = new WeakMap();
function scrollTo(element, top) {
  if (Math.abs(element.scrollTop - top) < 1) return;
  element.scrollTop = top;
  madeScroll.set(element, element.scrollTop);
}
function isOwnScroll(element) {
  const top = madeScroll.get(element);
  madeScroll.delete(element);
  return top !== undefined && Math.abs(top - element.scrollTop) < 1;
}

/** Scroll the preview to the editor's top line. */
function followEditor() {
  const line = $("source").scrollTop / lineHeight() + 1;
  const block = lastBlock((b) => lineOf(b) <= line);
  if (!block) return scrollTo(previewPanel, 0);
  const next = nextBlock(block);
  const [top, nextTop] = [topOf(block), next ? topOf(next) : topOf(block) + block.offsetHeight];
  const nextLine = next ? lineOf(next) : line + 1;
  scrollTo(previewPanel, top + fraction(line, lineOf(block), nextLine) * (nextTop - top) - 8);
}

/** Scroll the editor to the preview's top block. */
function followPreview() {
  const y = previewPanel.scrollTop + 8;
  const block = lastBlock((b) => topOf(b) <= y);
  if (!block) return scrollTo($("source"), 0);
  const next = nextBlock(block);
  const [top, nextTop] = [topOf(block), next ? topOf(next) : topOf(block) + block.offsetHeight];
  const line = lineOf(block) + fraction(y, top, nextTop) * ((next ? lineOf(next) : lineOf(block) + 1) - lineOf(block));
  scrollTo($("source"), (line - 1) * lineHeight());
}

/** Mark the block under the editor's caret (a bar beside it, the preview's HTML untouched). */
function markCaretBlock() {
  const line = caretLine();
  const block = lastBlock((b) => lineOf(b) <= line);
  const mark = $("caret-mark");
  mark.hidden = !block;
  if (!block) return;
  mark.dataset.line = block.getAttribute("data-line");
  mark.style.top = `${topOf(block)}px`;
  mark.style.height = `${block.getBoundingClientRect().height}px`;
}

let caretFrame = 0;
function onCaretMoved() {
  cancelAnimationFrame(caretFrame);
  caretFrame = requestAnimationFrame(markCaretBlock);
}

async function loadSample(name) {
  const response = await fetch(samples[name]);
  $("source").value = await response.text();
  scheduleRender();
}

async function openFile(file) {
  if (!file) return;
  $("source").value = await file.text();
  $("sample").value = "";
  scheduleRender();
}

function selectTab(name) {
  shownTab = name;
  for (const b of document.querySelectorAll("[role=tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const p of document.querySelectorAll("[data-panel]")) p.hidden = p.dataset.panel !== name;
  fillShownTab();
}

engines = await createEngines();
document.body.dataset.worker = engines.worker ? "yes" : "no";
for (const name of Object.keys(samples)) $("sample").append(new Option(name, name));
$("sample").addEventListener("change", () => loadSample($("sample").value));
$("source").addEventListener("input", scheduleRender);
// Typing at the end of a long line scrolls sideways: only a vertical scroll moves the preview.
let editorTop = 0;
$("source").addEventListener("scroll", () => {
  if ($("source").scrollTop === editorTop) return;
  editorTop = $("source").scrollTop;
  drawGutter();
  if (!isOwnScroll($("source"))) followEditor();
});
previewPanel.addEventListener("scroll", () => {
  if (!isOwnScroll(previewPanel)) followPreview();
});
addEventListener("resize", () => {
  drawGutter();
  markCaretBlock();
});
for (const event of ["keyup", "click", "select"]) $("source").addEventListener(event, onCaretMoved);
// A click on a block of the preview (not on a link) puts the caret on the block's line.
$("preview").addEventListener("click", (e) => {
  const block = e.target.closest?.("[data-line]");
  if (!block || e.target.closest("a, button, summary, input")) return;
  goToLine(lineOf(block));
});
for (const id of ["opt-baseUrl", "opt-name", "opt-titleTemplate", "opt-html", "opt-layout", "opt-images"]) $(id).addEventListener("input", scheduleRender);
for (const b of document.querySelectorAll("[role=tab]")) b.addEventListener("click", () => selectTab(b.dataset.tab));
$("file").addEventListener("change", () => openFile($("file").files[0]));

// A .md file dropped anywhere on the editor pane replaces the text.
const dropZone = document.querySelector(".editor-pane");
dropZone.addEventListener("dragover", (e) => {
  e.preventDefault();
  dropZone.classList.add("dropping");
});
dropZone.addEventListener("dragleave", () => dropZone.classList.remove("dropping"));
dropZone.addEventListener("drop", (e) => {
  e.preventDefault();
  dropZone.classList.remove("dropping");
  openFile(e.dataTransfer?.files[0]);
});

await loadSample(Object.keys(samples)[0]);
document.body.dataset.ready = "true";
