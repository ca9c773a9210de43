import { defineConfig } from "vite";

// The UI is built once into ui/dist and embedded in the app binary; there is no dev server in
// the app's normal path. The .ftl catalogue lives outside ui/ (shared with Rust), hence fs.allow.
export default defineConfig({
  root: __dirname,
  base: "./",
  clearScreen: false,
  server: { fs: { allow: [".."] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Fonts stay separate files: the CSP allows font-src 'self' but no data: URLs for fonts.
    assetsInlineLimit: 0,
  },
});
