// One small app, bundled by both Vite and webpack 5: it imports pagemark by name the way an npm
// consumer does, lets the bundler emit the .wasm as an asset, renders the seed (imported as raw
// text), applies the head, and reports what it saw on <body data-result> for the browser test.
import init, { render, Renderer, applyHead } from "pagemark";
import seed from "../../fixtures/quicktakes-therapeutic-integration.md?raw";

async function main() {
  await init();
  const page = render(seed, { site: { baseUrl: "https://example.com", name: "QuickTakes" } });
  document.querySelector("#app").innerHTML = page.html;
  applyHead(page);

  // A reused Renderer and its error path, as a CMS preview would use them.
  const renderer = new Renderer({ html: "sanitize" });
  const hostile = renderer.render('# Hi\n\n<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a>').html;
  let error = null;
  try {
    renderer.render("---\ntitle: [unclosed\n---\n");
  } catch (e) {
    error = { code: e.code, line: e.line };
  }
  const after = renderer.render("still *working*").html;
  renderer.free();
  return { title: page.meta.title, hostile, error, after };
}

main().then(
  (result) => (document.body.dataset.result = JSON.stringify(result)),
  (e) => (document.body.dataset.result = JSON.stringify({ failed: String(e) })),
);
