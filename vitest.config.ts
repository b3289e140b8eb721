import { defineConfig } from "vitest/config";

const integration = (name: "pglite" | "postgresql") => ({
  test: {
    name,
    include: ["apps/server/test/**/*.test.ts"],
    globalSetup: ["apps/server/test/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/core/src/**/*.test.ts", "apps/server/src/**/*.test.ts"],
          testTimeout: 60_000,
          // a few server unit tests create an embedded database first (initdb alone takes 5–9 s on a busy machine)
          hookTimeout: 120_000,
        },
      },
      integration("pglite"),
      integration("postgresql"),
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/globalSetup.ts"],
          // whole flows against a real server and browser on a 2-core machine: generous, so a slow CI run is not a failure
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
