// Type-checked with `tsc --noEmit --strict` against the built package: every export used the way
// a TypeScript consumer would, so a wrong or loose type fails the build.
import init, {
  initSync,
  render,
  parse,
  renderMarkdown,
  sanitizeHtml,
  applyHead,
  renderAll,
  toTrustedHTML,
  Renderer,
  type TrustedHTML,
  type Options,
  type Page,
  type Parsed,
  type HeadTag,
  type Meta,
  type PagemarkError,
  type ErrorCode,
  type Warning,
  type WarningCode,
  type JsonValue,
  type RenderedElement,
  type PageUpdate,
} from "pagemark";
import { applyUpdate } from "pagemark/dom";

const options: Options = {
  site: { baseUrl: "https://example.com", name: "Example", titleTemplate: "%s | Example" },
  html: "sanitize",
  layout: "article",
  structuredData: false,
  markdown: { math: true, headingAnchors: true, autolinks: false, headingIds: true, superscript: true, subscript: true },
  sanitize: { addTags: ["mark"], linkSchemes: ["https"] },
  limits: { maxInputBytes: 1 << 20 },
  wordsPerMinute: 200,
  images: { "/cover.png": { width: 1200, height: 630 } },
};

async function main(): Promise<void> {
  await init();
  initSync({ module: new Uint8Array() });
  const page: Page = render("# Hi", options);
  const html: string = page.html;
  const tags: HeadTag[] = page.headTags;
  const firstTag: "title" | "meta" | "link" | "script" = tags[0].tag;
  const meta: Meta = page.meta;
  const title: string | null = meta.title;
  const type: "article" | "website" = meta.type;
  const minutes: number = meta.readingMinutes + meta.wordCount;
  const data: { [key: string]: JsonValue } = page.frontMatter;
  const level: number = page.toc[0].level;
  const warning: Warning | undefined = page.warnings[0];
  const code: WarningCode | undefined = warning?.code;
  const parsed: Parsed = parse("---\na: 1\n---\nb");
  const format: "yaml" | "toml" | "json" | "none" = parsed.format;
  const md: string = renderMarkdown("*x*");
  const clean: string = sanitizeHtml("<b>x</b>", options);
  const renderer = new Renderer(options);
  const again: Page = renderer.render("x");
  const update: PageUpdate = renderer.update("# x");
  const inserted: string[] = update.html;
  const shell: string | undefined = update.shell;
  const splice: [number, number, number] = [update.start, update.deleteCount, update.nodeCount];
  applyUpdate(document.body, update);
  console.log(inserted, shell, splice, update.meta?.title, update.toc?.length);
  renderer.free();
  applyHead(page);
  const trusted: TrustedHTML | string = toTrustedHTML(page);
  document.body.innerHTML = trusted as string;
  const rendered: RenderedElement[] = renderAll('script[type="text/markdown"]', options);
  for (const r of rendered) {
    if (r.error) {
      const e: PagemarkError = r.error;
      const c: ErrorCode = e.code;
      const line: number | undefined = e.line;
      console.log(c, line);
    } else {
      console.log(r.page.html);
    }
  }
  try {
    render("---\n");
  } catch (err) {
    const e = err as PagemarkError;
    console.log(e.code, e.line, e.column, e.reason);
  }
  console.log(html, firstTag, title, type, minutes, data, level, code, format, md, clean, again);
}
void main;
