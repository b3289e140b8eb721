// Compiles the server into JavaScript for production: apps/server/dist/bin/cli.mjs (the command line and server),
// analysisWorker.mjs (the exam analysis thread) and generationWorker.mjs (the city demo's generation thread), with
// the workspace's core bundled in and npm packages left to node_modules. tsx stays a development tool.
import { build } from "esbuild";

/** Bare imports stay external (node_modules, node:*) except the workspace's own packages, which are bundled. */
const npmPackagesExternal = {
  name: "npm-packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@edubureau/") ? undefined : { path: args.path, external: true },
    );
  },
};

const started = Date.now();
await build({
  entryPoints: {
    cli: "apps/server/src/cli.ts",
    analysisWorker: "apps/server/src/exams/analysisWorker.ts",
    generationWorker: "apps/server/src/demo/generationWorker.ts",
  },
  outdir: "apps/server/dist/bin",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  plugins: [npmPackagesExternal],
  logLevel: "warning",
});
console.log(`服务器已编译到 apps/server/dist/bin(${((Date.now() - started) / 1000).toFixed(1)} 秒)`);
