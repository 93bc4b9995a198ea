// The live demo. Rendering runs in a module Web Worker, so typing never waits for a large
// document; where no worker can start (no Worker, no module workers, or `?engine=main`) the same
// code runs on the main thread. Only one render is in flight: keystrokes made meanwhile collapse
// into one render of the latest text.
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

/** Put the editor's caret at the start of a 1-based line and scroll it into view. */
function goToLine(line) {
  const source = $("source");
  let at = 0;
  for (let i = 1; i < line && at !== -1; i++) at = source.value.indexOf("\n", at) + 1 || -1;
  if (at === -1) return;
  source.focus();
  source.setSelectionRange(at, at);
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  source.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

const workerUrl = new URL("render-worker.js", import.meta.url);

/** A started worker (it has answered one render, so its wasm is loaded), or null. */
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
    worker.postMessage({ id: 0, source: "", options: {} });
  });
}

/** `{ name, render(source, options) → Promise<{ page | error, ms }> }`. */
async function createEngine() {
  const wanted = new URLSearchParams(location.search).get("engine") !== "main" && typeof Worker === "function";
  let worker = wanted ? await startWorker() : null;
  if (!worker) {
    const { renderSource } = await import("./render-service.js");
    return { name: "main thread", render: renderSource };
  }
  // A wasm trap (a bug) leaves an instance unusable: the worker is replaced, the page goes on.
  const replace = async () => {
    worker.terminate();
    worker = (await startWorker()) ?? worker;
  };
  return {
    name: "worker",
    render: (source, options) =>
      new Promise((resolve) => {
        worker.onmessage = ({ data }) => resolve(data);
        worker.onerror = (e) => {
          e.preventDefault();
          resolve({ error: { code: "internal", message: e.message }, ms: 0 });
        };
        worker.postMessage({ id: 1, source, options });
      }).then(async (result) => {
        if (result.error?.code === "internal") await replace();
        return result;
      }),
  };
}

let engine = null;
let queued = null;
let inFlight = false;

function scheduleRender() {
  queued = { source: $("source").value, options: currentOptions() };
  document.body.dataset.busy = "true";
  if (!inFlight) pump();
}

async function pump() {
  inFlight = true;
  while (queued) {
    const job = queued;
    queued = null;
    show(job.source, await engine.render(job.source, job.options));
  }
  inFlight = false;
  document.body.dataset.busy = "false";
}

// Line numbers, rebuilt only when the line count or the error's line changes (a 1 MB file has
// tens of thousands of lines; most keystrokes change neither).
let gutterKey = "";
function updateGutter(errorLine, source) {
  let lines = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lines++;
  const key = `${lines}:${errorLine}`;
  if (key === gutterKey) return;
  gutterKey = key;
  let out = "";
  for (let i = 1; i <= lines; i++) out += i === errorLine ? `<mark>${i}</mark>\n` : `${i}\n`;
  $("gutter").innerHTML = out;
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

function previews(page) {
  const meta = page.meta;
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

function show(source, { page, error, ms }) {
  if (error) {
    $("error").hidden = false;
    $("error").textContent = `${error.code}: ${error.message}`;
    $("status").textContent = `error (${engine.name})`;
    updateGutter(error.line ?? null, source);
    return;
  }
  $("error").hidden = true;
  $("preview").innerHTML = page.html;
  $("head").textContent = page.head;
  previews(page);
  $("meta").textContent = JSON.stringify(page.meta, null, 2);
  $("data").textContent = JSON.stringify(page.frontMatter, null, 2);
  const minutes = page.meta.readingMinutes;
  const words = page.meta.wordCount;
  $("reading").textContent = `${words.toLocaleString()} word${words === 1 ? "" : "s"} · ${minutes} min read`;
  $("warnings").replaceChildren(
    ...page.warnings.map((w) => {
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
    }),
  );
  $("warning-count").textContent = page.warnings.length || "";
  $("status").textContent = `rendered ${source.length.toLocaleString()} chars in ${ms.toFixed(2)} ms (${engine.name})`;
  updateGutter(null, source);
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
  for (const b of document.querySelectorAll("[role=tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const p of document.querySelectorAll("[data-panel]")) p.hidden = p.dataset.panel !== name;
}

engine = await createEngine();
document.body.dataset.engine = engine.name;
for (const name of Object.keys(samples)) $("sample").append(new Option(name, name));
$("sample").addEventListener("change", () => loadSample($("sample").value));
$("source").addEventListener("input", scheduleRender);
$("source").addEventListener("scroll", () => ($("gutter").scrollTop = $("source").scrollTop));
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
