/** What happens to raw HTML written in the markdown: `"sanitize"` (default) keeps what the allowlist allows, `"escape"` shows it as text, `"strip"` removes it, `"trusted"` passes it through — unsafe for content you did not write. */
export type HtmlMode = "sanitize" | "escape" | "strip" | "trusted";
/** `"article"`: a complete article (headline as its h1 unless the content has one of its own, byline, question, content); `"content"`: the content alone; `"auto"`: article when the content came from a front-matter field. */
export type Layout = "auto" | "article" | "content";

export interface SiteOptions {
  /** og:site_name and the JSON-LD publisher. */
  name?: string;
  /** Absolute base URL; relative URLs in the head are joined to it. Needed for a canonical URL. */
  baseUrl?: string;
  /** `<title>` template, `%s` is the page title: `"%s | Example"`. */
  titleTemplate?: string;
  /** og:locale, e.g. `"en_US"`. */
  locale?: string;
  /** The site's X/Twitter handle, `"@example"`. */
  twitterSite?: string;
  /** Image used when the page names none. */
  defaultImage?: string;
  /** Publisher logo for JSON-LD. */
  logo?: string;
  /** Author used when the page names none. */
  defaultAuthor?: string;
}

/** Where each resolved value is looked up in the front matter: dotted paths, first present wins. */
export interface FieldMap {
  title?: string[];
  headline?: string[];
  description?: string[];
  keywords?: string[];
  canonical?: string[];
  author?: string[];
  datePublished?: string[];
  dateModified?: string[];
  image?: string[];
  section?: string[];
  question?: string[];
  dateFormat?: string[];
  postedOnText?: string[];
}

export interface MarkdownOptions {
  /** GFM tables (default true). */
  tables?: boolean;
  /** `~~strikethrough~~` (default true). */
  strikethrough?: boolean;
  /** `- [x]` task lists (default true). */
  tasklists?: boolean;
  /** `[^1]` footnotes (default true). */
  footnotes?: boolean;
  /** GFM autolinks: bare `www.…`, `https://…` and `name@host.tld` become links, under the same URL policy (default true). */
  autolinks?: boolean;
  /** GitHub alerts `> [!NOTE]` (default true). */
  alerts?: boolean;
  /** `$math$` as `<span class="math math-inline">` for KaTeX (default false). */
  math?: boolean;
  /** Definition lists (default false). */
  definitionLists?: boolean;
  /** A `#` link in each heading (default false). */
  headingAnchors?: boolean;
  /** Curly quotes, dashes, ellipses (default false). */
  smartPunctuation?: boolean;
  /** `## Title {#my-id}` sets the heading id (slugged, prefixed, unique; TOC and `#` links follow); classes and other attributes are dropped (default false). */
  headingIds?: boolean;
  /** `^superscript^` (default false). */
  superscript?: boolean;
  /** `~subscript~`; `~~strikethrough~~` stays (default false). */
  subscript?: boolean;
}

/**
 * The sanitizer's allowlist. Never allowed, whatever is listed: script, style, iframe, object,
 * embed, form, base, meta, link, svg, math, template, raw-text elements, `on*` and `style` attributes,
 * `javascript:`/`vbscript:` URLs. Listing one of those elements or attributes (or adding and
 * removing one tag at once) throws `invalid-options` rather than being dropped silently.
 */
export interface SanitizeOptions {
  /**
   * Tags kept; replaces the whole default list (change a few with `addTags`/`removeTags`).
   * Default: `a abbr article b bdi bdo blockquote br caption cite code col colgroup dd del details
   * dfn div dl dt em figcaption figure h1`–`h6 header hr i img input ins kbd li mark ol p pre q rp
   * rt ruby s samp section small span strike strong sub summary sup table tbody td tfoot th thead
   * time tr tt u ul var wbr`. Never-allowed tags (`script`, `style`, `iframe`, `svg`, `math`,
   * `form`, `object`, `embed`, `template`, …) throw `invalid-options`.
   * @example { sanitize: { tags: ["p", "em"] } } // "<p><em>a</em> <strong>b</strong></p>" → "<p><em>a</em> b</p>"
   */
  tags?: string[];
  /**
   * Tags added to `tags`. Default: none. A tag also in `removeTags` throws `invalid-options`.
   * @example { sanitize: { addTags: ["aside"] } }
   */
  addTags?: string[];
  /**
   * Tags taken out of `tags` (their content stays). Default: none.
   * @example { sanitize: { removeTags: ["details"] } }
   */
  removeTags?: string[];
  /**
   * Attributes kept per tag (replaces the default map); `"*"` applies to every tag. Default:
   * `*`: id title lang dir class; `a`: href; `img`: src alt width height loading decoding
   * fetchpriority; `ol`: start type reversed; `li`: value; `td`: align colspan rowspan; `th`: the
   * same and scope; `col`, `colgroup`: span; `details`: open; `input`: type checked disabled;
   * `time`: datetime; `q`, `blockquote`: cite; `del`, `ins`: cite datetime. `on*`, `style` and
   * namespaced attributes throw `invalid-options`.
   * @example { sanitize: { attributes: { a: [] } } } // links lose their href
   */
  attributes?: Record<string, string[]>;
  /**
   * Attributes added per tag to `attributes`. Default: none.
   * @example { sanitize: { addAttributes: { abbr: ["data-term"] } } }
   */
  addAttributes?: Record<string, string[]>;
  /**
   * Classes kept in `class` (others removed from it); `"prefix-*"` keeps a prefix. Default:
   * `language-* markdown-alert* footnote-* math* pagemark-*` (the classes pagemark writes).
   * @example { sanitize: { classes: ["note", "language-*"] } }
   */
  classes?: string[];
  /**
   * URL schemes allowed in links, without the `:`, any case; relative URLs and `#fragments`
   * always are. Default: `http https mailto tel`. `javascript`, `vbscript`, `livescript` and text
   * that is not a scheme (`"https:"`) throw `invalid-options`.
   * @example { sanitize: { linkSchemes: ["http", "https", "mailto", "tel", "ftp"] } }
   */
  linkSchemes?: string[];
  /**
   * URL schemes allowed in image sources, without the `:`. Default: `http https`. A dropped image
   * keeps its alternative text.
   * @example { sanitize: { imageSchemes: ["https"] } }
   */
  imageSchemes?: string[];
}

/** Bounds on hostile input; exceeding one throws. */
export interface Limits {
  /** Largest source in bytes (default 16 MiB). */
  maxInputBytes?: number;
  /** Deepest front-matter nesting (default 64). */
  maxDepth?: number;
  /** Most nodes YAML aliases may expand to (default 10 000). */
  maxAliasNodes?: number;
  /** Most front-matter keys (default 10 000). */
  maxKeys?: number;
  /**
   * Deepest markdown nesting of block quotes, lists and emphasis written as HTML (default 100);
   * deeper levels are flattened, content kept, with a `too-deep-markdown` warning.
   */
  maxNesting?: number;
}

export interface Options {
  site?: SiteOptions;
  /**
   * This page's URL when its front matter names none (`canonical`, `canonical_url`, `url`,
   * `permalink`): relative to `site.baseUrl`, or absolute. It becomes the canonical link, `og:url`
   * and the breadcrumbs. For a build step that knows where it writes each page; default none.
   */
  url?: string;
  html?: HtmlMode;
  layout?: Layout;
  /** Front-matter fields holding the content when the body is blank (default `["content", "answer", "body"]`). */
  contentFields?: string[];
  fields?: FieldMap;
  markdown?: MarkdownOptions;
  /** Prefix for generated ids and the `#links` to them, e.g. `"user-content-"`. */
  idPrefix?: string;
  /** Ends the excerpt (default `"<!--more-->"`). */
  excerptSeparator?: string;
  /** Add `nofollow ugc` to external links. */
  nofollowExternal?: boolean;
  /** The allowlist for raw HTML and `sanitizeHtml`. */
  sanitize?: SanitizeOptions;
  /** Resolve relative link and image URLs in the content against `site.baseUrl`. */
  absoluteUrls?: boolean;
  /** Mark each block made from markdown with `data-line`: the 1-based line of the file where it starts (front matter counted). For an editor's scroll sync; default `false`. */
  sourcePositions?: boolean;
  /** JSON-LD: `"auto"` (Article + BreadcrumbList, default), `"QAPage"`, `"FAQPage"`, or `false` (or `"off"`) for none. */
  structuredData?: boolean | "auto" | "off" | "QAPage" | "FAQPage";
  limits?: Limits;
  /** Reading speed for `meta.readingMinutes`, words a minute (a Chinese or Japanese character is a word). Default 230; 0 is refused. */
  wordsPerMinute?: number;
  /**
   * Image sizes by URL (as written in the markdown, or resolved against `site.baseUrl`):
   * `<img>` without width and height get them, so the page does not shift as images load.
   * Sizes are positive integers. Default `{}`.
   * @example { "/cover.png": { width: 1200, height: 630 } }
   */
  images?: Record<string, ImageSize>;
}

/** An image's intrinsic size in CSS pixels; both at least 1. */
export interface ImageSize {
  width: number;
  height: number;
}

/** A JSON value as parsed from front matter. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface HeadTag {
  tag: "title" | "meta" | "link" | "script";
  /** Attribute values are plain text (not escaped). */
  attrs: Record<string, string>;
  text?: string;
}

export interface Author {
  name: string;
  url?: string;
  /** `@handle`, only when the front matter gives a valid one. */
  twitter?: string;
}

export interface Alternate {
  /** Language tag (`fr`, `pt-BR`, `x-default`). */
  lang: string;
  url: string;
}

export interface PageImage {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

/** The resolved values the head was built from. */
export interface Meta {
  title: string | null;
  headline: string | null;
  description: string | null;
  keywords: string[];
  canonical: string | null;
  author: Author[];
  datePublished: string | null;
  dateModified: string | null;
  dateText: string | null;
  postedOnText: string | null;
  image: PageImage | null;
  section: string | null;
  question: string | null;
  type: "article" | "website";
  locale: string | null;
  robots: string | null;
  siteName: string | null;
  /** Translations, from a `translations` or `alternates` field. */
  alternates: Alternate[];
  /** Words of the content; each Chinese or Japanese character counts as one. */
  wordCount: number;
  /** Minutes to read the content at `wordsPerMinute`, rounded up (0 for no words). */
  readingMinutes: number;
}

export interface TocEntry {
  level: number;
  id: string;
  text: string;
}

/** SEO and content warnings; `line`/`column` point into the source when known. */
export type WarningCode =
  | "escaped-newlines"
  | "content-from-field"
  | "title-missing"
  | "title-too-long"
  | "description-missing"
  | "description-too-short"
  | "description-too-long"
  | "no-base-url"
  | "unparseable-date"
  | "multiple-h1"
  | "heading-level-skipped"
  | "image-missing-alt"
  | "too-deep-markdown"
  | "og-image-missing-alt"
  | "relative-image-url"
  | "duplicate-keywords"
  | "broken-fragment-link"
  | "empty-link-text"
  | "unsafe-url-dropped";

export interface Warning {
  code: WarningCode;
  message: string;
  line?: number;
  column?: number;
}

/**
 * A rendered page. `html` and `head` are ready strings; the other fields are parsed from one
 * JSON string the first time any of them is read. All are own, enumerable, writable properties,
 * so spreading, `JSON.stringify`, `structuredClone` and `postMessage` copy every field.
 */
export interface Page {
  /** Article HTML, safe for `innerHTML`. */
  html: string;
  /** Head tags as HTML. */
  head: string;
  headTags: HeadTag[];
  meta: Meta;
  /** The front matter as parsed; dates stay strings as written. */
  frontMatter: { [key: string]: JsonValue };
  toc: TocEntry[];
  warnings: Warning[];
}

export interface Parsed {
  data: { [key: string]: JsonValue };
  content: string;
  format: "yaml" | "toml" | "json" | "none";
  /** 1-based line of the source where `content` starts. */
  contentLine: number;
  excerpt?: string;
}

export type ErrorCode =
  | "unclosed-front-matter"
  | "invalid-yaml"
  | "invalid-toml"
  | "invalid-json"
  | "duplicate-key"
  | "multiple-documents"
  | "not-a-mapping"
  | "unsupported-language"
  | "unknown-anchor"
  | "input-too-large"
  | "too-deep"
  | "alias-expansion"
  | "too-many-keys"
  | "invalid-options"
  | "invalid-argument"
  | "no-document";

/** What every pagemark function throws. */
export interface PagemarkError extends Error {
  name: "PagemarkError";
  code: ErrorCode;
  /** The message without the position. */
  reason: string;
  /** 1-based line in the original source. */
  line?: number;
  /** 1-based column in the original source. */
  column?: number;
}

/** Render a markdown file with front matter to sanitized HTML and head tags. Throws a `PagemarkError`. */
export function render(source: string, options?: Options): Page;
/** Split and parse the front matter. Throws a `PagemarkError`. */
export function parse(source: string, options?: Options): Parsed;
/** Render markdown alone (no front matter) to safe HTML. */
export function renderMarkdown(markdown: string, options?: Options): string;
/** Sanitize HTML by the allowlist in `options.sanitize`. */
export function sanitizeHtml(html: string, options?: Options): string;

/**
 * What changed since a `Renderer`'s last update: plain data, which crosses `postMessage` as is
 * and whose size follows the edit. The content is a list of nodes (the container's children, or
 * those of the article's `section.pagemark-content`); `deleteCount` of them from `start` are
 * replaced by `html`, one complete element or text each. Every other field is present only when
 * it changed.
 */
export interface PageUpdate {
  /** The container's HTML without the content, when it must be rebuilt (first update, layout changed). */
  shell?: string;
  start: number;
  deleteCount: number;
  html: string[];
  /** How many content nodes there are after the update. */
  nodeCount: number;
  /**
   * With `sourcePositions`, how many lines the nodes kept after the inserted ones moved: their
   * `data-line` values all grow by it (negative when lines went). Absent when nothing moved.
   */
  lineShift?: number;
  /** The article's header and question, when they changed. */
  lead?: string;
  head?: string;
  headTags?: HeadTag[];
  meta?: Meta;
  frontMatter?: { [key: string]: JsonValue };
  toc?: TocEntry[];
  warnings?: Warning[];
}

/** Options read once and reused: the live-preview case, one render per keystroke. */
export class Renderer {
  free(): void;
  constructor(options?: Options);
  render(source: string): Page;
  /**
   * Render and say what changed since this renderer's last update, for a live preview: apply it
   * with `applyUpdate` from `pagemark/dom`. The first update describes everything; after an
   * error (thrown as a `PagemarkError`) the next update is against the last page shown.
   */
  update(source: string): PageUpdate;
  parse(source: string): Parsed;
  renderMarkdown(markdown: string): string;
  sanitizeHtml(html: string): string;
}

/**
 * Set `document.title` and replace the head tags this function added before (marked
 * `data-pagemark`), touching nothing else in `<head>`. Browser only.
 */
export function applyHead(page: Pick<Page, "headTags">): void;

/**
 * A page's HTML as a `TrustedHTML`, for your own `element.innerHTML = …` on a page that enforces
 * Trusted Types (`require-trusted-types-for 'script'`); the plain string where the browser has no
 * Trusted Types. It goes through pagemark's one policy, named `"pagemark"` (allow it with
 * `trusted-types pagemark`), and only for a page `render` returned, with its `html` unchanged.
 *
 * @throws PagemarkError `invalid-argument` for anything else.
 */
export function toTrustedHTML(page: Page): TrustedHTML | string;

/**
 * The browser's `TrustedHTML` (TypeScript's DOM library has no Trusted Types yet): an object
 * `innerHTML` accepts where they are enforced; `String(value)` is the HTML.
 */
export interface TrustedHTML {
  toString(): string;
}

/** One element rendered by `renderAll`. */
export type RenderedElement = { element: Element; page: Page; error?: undefined } | { element: Element; page?: undefined; error: PagemarkError };

/**
 * Render every element matching `selector` (default `script[type="text/markdown"]`) in place:
 * a `<script>` becomes a `<div class="pagemark">`, other elements get the HTML as content. Browser only.
 */
export function renderAll(selector?: string, options?: Options): RenderedElement[];
