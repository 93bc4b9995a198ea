// `vite build` of the consumer app into dist/vite, with relative URLs so any static server works.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  logLevel: "warn",
  build: { outDir: "dist/vite", emptyOutDir: true },
});
