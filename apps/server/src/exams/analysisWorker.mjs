// The exam analysis worker's entry: a worker thread starts without the TypeScript loader the server runs under, so
// it registers it before loading the worker itself (parallelAnalysis.ts).
import { register } from "tsx/esm/api";

register();
await import("./analysisWorker.ts");
