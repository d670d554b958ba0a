import { defineConfig } from "wxt";

// The extension lives in extension/ (WXT srcDir); the built Chrome MV3 package lands in .output/chrome-mv3/.
export default defineConfig({
  srcDir: "extension",
  outDir: ".output",
});
