import { createPersonalDataCipher } from "../src/auth/personalData";
import type { Database } from "../src/db/client";
import { loadDemo } from "../src/demo/run";

export const TEMPLATE_DB = "edubureau_template";
/** The secret the test county's personal data is encrypted with. */
export const TEST_SECRET = "test-secret-for-integration-tests-only-0123456789";
/** The school year the test county's latest data is for. */
export const TEST_YEAR = 2026;

/** Loads the small deterministic county every integration test starts from. */
export async function loadTestCounty(database: Database) {
  const cipher = createPersonalDataCipher(TEST_SECRET);
  await loadDemo({ database, cipher }, { scale: "tiny", seed: 7, latestYear: TEST_YEAR }, () => {});
}
