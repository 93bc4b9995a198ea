// The packed package in the runtimes besides Node: Deno and Bun import it by name (through its
// `node` condition) and workerd runs a Worker bundled as wrangler bundles one (esbuild with the
// `workerd`, `worker` and `browser` conditions, the `.wasm` a module of the Worker). Each renders
// the seed and every hostile document of the XSS corpus, and its output must equal Node's.
// The runtimes are npm packages pinned in tests/runtimes/ (binaries included).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { consumerProject, root } from "./helpers.mjs";
import { vectors } from "../xss/vectors.mjs";

const bin = (name) => join(root, "tests/runtimes/node_modules/.bin", name);
const seed = join(root, "tests/fixtures/quicktakes-therapeutic-integration.md");
const options = { site: { baseUrl: "https://example.com", name: "QuickTakes" } };

/** What every runtime is asked to render: the seed, then each hostile source. */
const sources = () => [readFileSync(seed, "utf8"), ...vectors.map((v) => v.source)];

/** Module source rendering one source into the parts compared across runtimes (errors as their code). */
const RENDER_ONE = `import { render } from "pagemark";
const renderOne = (source) => {
  try {
    const page = render(source, ${JSON.stringify(options)});
    return { html: page.html, head: page.head, warnings: page.warnings.map((w) => w.code) };
  } catch (e) {
    return { error: e.code };
  }
};
`;

/** Deno, Bun and Node: render the sources in the JSON file named last on the command line. */
const SCRIPT = `${RENDER_ONE}
const sources = JSON.parse(await (await import("node:fs")).promises.readFile(process.argv.at(-1), "utf8"));
process.stdout.write(JSON.stringify(sources.map(renderOne)));
`;

function prepared() {
  const { dir } = consumerProject();
  writeFileSync(join(dir, "runtime-render.mjs"), SCRIPT);
  const input = join(dir, "runtime-sources.json");
  writeFileSync(input, JSON.stringify(sources()));
  return { dir, input };
}

const run = (command, args, cwd) => JSON.parse(execFileSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } }));

test("Deno and Bun render the seed and the hostile documents exactly as Node does", () => {
  const { dir, input } = prepared();
  const node = run("node", ["runtime-render.mjs", input], dir);
  assert.equal(node.length, vectors.length + 1);
  assert.match(node[0].head, /<link rel="canonical" href="https:\/\/example\.com\/learn\//);
  const deno = run(bin("deno"), ["run", "--quiet", "--allow-read", "--allow-env", "runtime-render.mjs", input], dir);
  assert.deepEqual(deno, node, "Deno");
  const bun = run(bin("bun"), ["runtime-render.mjs", input], dir);
  assert.deepEqual(bun, node, "Bun");
});

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

test("a Worker that imports { render } from 'pagemark', bundled as wrangler does, runs in workerd and answers as Node does", async () => {
  const { dir, input } = prepared();
  const out = join(dir, "worker-dist");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(dir, "worker-src.mjs"),
    `${RENDER_ONE}
export default {
  async fetch(request) {
    return Response.json((await request.json()).map(renderOne));
  },
};
`,
  );
  // wrangler's bundling: esbuild, conditions workerd/worker/browser, .wasm imports kept as modules.
  execFileSync(bin("esbuild"), ["worker-src.mjs", "--bundle", "--format=esm", "--platform=neutral", "--conditions=workerd,worker,browser", "--main-fields=module,main", "--external:*.wasm", `--outfile=${join(out, "worker.mjs")}`, "--log-level=warning"], { cwd: dir });
  copyFileSync(join(dir, "node_modules/pagemark/pagemark_bg.wasm"), join(out, "pagemark_bg.wasm"));
  writeFileSync(
    join(out, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "pagemark_bg.wasm", wasm = embed "pagemark_bg.wasm"),
  ],
  compatibilityDate = "2026-11-01",
);
`,
  );
  const port = await freePort();
  const server = spawn(bin("workerd"), ["serve", join(out, "config.capnp"), `--socket-addr=http=127.0.0.1:${port}`], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (d) => (stderr += d));
  try {
    const body = JSON.stringify(sources());
    let response;
    for (let attempt = 0; attempt < 100 && !response; attempt++) {
      response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body }).catch(() => new Promise((ok) => setTimeout(() => ok(undefined), 100)));
    }
    assert.ok(response, `workerd answered (${stderr})`);
    assert.equal(response.status, 200, stderr);
    const worker = await response.json();
    const node = run("node", ["runtime-render.mjs", input], dir);
    assert.deepEqual(worker, node);
  } finally {
    server.kill();
  }
});
