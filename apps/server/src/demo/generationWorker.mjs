// The demo generation worker's entry: a worker thread starts without the TypeScript loader the CLI runs under, so it
// registers it before loading the worker itself (generateAhead.ts).
import { register } from "tsx/esm/api";

register();
await import("./generationWorker.ts");
