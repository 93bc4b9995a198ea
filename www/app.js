// The live demo: every input re-renders the document with a reused Renderer.
import init, { Renderer } from "../pkg/pagemark.js";

const $ = (id) => document.getElementById(id);
const samples = {
  "QuickTakes answer (the seed)": "../tests/fixtures/quicktakes-therapeutic-integration.md",
  "Hugo docs page": "../tests/fixtures/hugo-docs-page.md",
  "TOML front matter": "../tests/fixtures/toml-page.md",
  "Broken YAML": "../tests/fixtures/broken-yaml.md",
};

let renderer = null;
let optionsKey = "";

function currentOptions() {
  const value = (id) => $(id).value.trim() || undefined;
  return {
    site: { baseUrl: value("opt-baseUrl"), name: value("opt-name"), titleTemplate: value("opt-titleTemplate") },
    html: $("opt-html").value,
    layout: $("opt-layout").value,
  };
}

function getRenderer() {
  const options = currentOptions();
  const key = JSON.stringify(options);
  if (key !== optionsKey) {
    renderer?.free();
    renderer = new Renderer(options);
    optionsKey = key;
  }
  return renderer;
}

function updateGutter(errorLine) {
  const lines = $("source").value.split("\n").length;
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

function render() {
  const source = $("source").value;
  const started = performance.now();
  try {
    const page = getRenderer().render(source);
    const ms = performance.now() - started;
    $("error").hidden = true;
    $("preview").innerHTML = page.html;
    $("head").textContent = page.head;
    previews(page);
    $("meta").textContent = JSON.stringify(page.meta, null, 2);
    $("data").textContent = JSON.stringify(page.frontMatter, null, 2);
    $("warnings").replaceChildren(
      ...page.warnings.map((w) => {
        const li = document.createElement("li");
        li.textContent = `${w.code}${w.line ? ` (line ${w.line})` : ""}: ${w.message}`;
        return li;
      }),
    );
    $("warning-count").textContent = page.warnings.length || "";
    $("status").textContent = `rendered ${source.length.toLocaleString()} chars in ${ms.toFixed(2)} ms`;
    updateGutter(null);
  } catch (e) {
    $("error").hidden = false;
    $("error").textContent = `${e.code ?? e.name}: ${e.message}`;
    $("status").textContent = "error";
    updateGutter(e.line ?? null);
  }
}

async function loadSample(name) {
  const response = await fetch(samples[name]);
  $("source").value = await response.text();
  render();
}

function selectTab(name) {
  for (const b of document.querySelectorAll("[role=tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const p of document.querySelectorAll("[data-panel]")) p.hidden = p.dataset.panel !== name;
}

await init();
for (const name of Object.keys(samples)) $("sample").append(new Option(name, name));
$("sample").addEventListener("change", () => loadSample($("sample").value));
$("source").addEventListener("input", render);
$("source").addEventListener("scroll", () => ($("gutter").scrollTop = $("source").scrollTop));
for (const id of ["opt-baseUrl", "opt-name", "opt-titleTemplate", "opt-html", "opt-layout"]) $(id).addEventListener("input", render);
for (const b of document.querySelectorAll("[role=tab]")) b.addEventListener("click", () => selectTab(b.dataset.tab));
$("file").addEventListener("change", async () => {
  const file = $("file").files[0];
  if (file) {
    $("source").value = await file.text();
    render();
  }
});
await loadSample(Object.keys(samples)[0]);
document.body.dataset.ready = "true";
