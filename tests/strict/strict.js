// pagemark's browser API on a page enforcing Trusted Types and a strict CSP (see index.html):
// each helper that writes HTML does so through the "pagemark" policy, so nothing is refused.
import init, { render, renderAll, applyHead, toTrustedHTML, Renderer } from "../../pkg/pagemark.js";
import { applyUpdate } from "../../pkg/dom.js";

const results = {};
try {
  await init();
  const [embedded] = renderAll();
  results.renderAll = embedded.element.innerHTML;
  applyHead(embedded.page);
  results.title = document.title;

  const page = render("# Own\n\nInserted by the page itself <b onclick=x>bold</b>.");
  const trusted = toTrustedHTML(page);
  results.trustedType = trusted.constructor.name;
  document.getElementById("own").innerHTML = trusted;
  results.own = document.getElementById("own").innerHTML;
  try {
    toTrustedHTML({ ...page, html: '<img src=x onerror="window.pwned = 3">' });
  } catch (e) {
    results.forged = e.code;
  }

  const renderer = new Renderer({ sourcePositions: true });
  const live = document.getElementById("live");
  for (const text of ["# Live\n\nOne.", "# Live\n\nOne, two.", "---\ntitle: T\nanswer: Hi\n---\n&nbsp;\n"]) {
    applyUpdate(live, renderer.update(text));
  }
  results.live = live.innerHTML;
  results.violationsBefore = [...window.violations];

  // Control: the page really enforces Trusted Types; a plain string is refused.
  try {
    document.getElementById("own").innerHTML = "<b>plain</b>";
    results.control = "assigned";
  } catch (e) {
    results.control = e.name;
  }
} catch (e) {
  results.error = `${e.name}: ${e.message}`;
}
await new Promise((ok) => setTimeout(ok, 50));
results.violations = [...window.violations];
results.pwned = window.pwned ?? null;
document.body.dataset.results = JSON.stringify(results);
