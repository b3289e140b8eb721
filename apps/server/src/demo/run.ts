/**
 * Generates and loads the demo in one call, for the CLI, first start and the test template: picks the latest
 * school year from the clock unless given, streams a city county by county, and reports progress in Chinese.
 */
import { registry } from "@edubureau/core";
import { loadAdmissionsDemo } from "../admissions/demo";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Database } from "../db/client";
import { loadExamsDemo } from "../exams/demo";
import { loadFitnessDemo } from "../fitness/demo";
import { loadLedgerDemo } from "../ledger/demo";
import { loadPreschoolDemo } from "../preschool/demo";
import { loadSchoolDataDemo } from "../reports/schoolDataDemo";
import { loadRetentionDemo } from "../retention/demo";
import { loadStaffingDemo } from "../staffing/demo";
import { generateCounty } from "./generate";
import { countiesGeneratedAhead } from "./generateAhead";
import { type LoadDemoResult, loadDemoCounty } from "./load";
import { bindDemoTownshipContact } from "./townshipContact";
import type { DemoScale } from "./types";

export type { DemoScale } from "./types";

export interface LoadDemoRequest {
  scale: DemoScale;
  seed: number;
  /** latest school year generated; defaults to the school year running now */
  latestYear?: number;
  /** empty every table first (CLI `demo --force`) */
  reset?: boolean;
  /** the clock reading used for the default year and demo_generated_at */
  now?: Date;
}

export interface LoadDemoReport extends LoadDemoResult {
  latestYear: number;
  /** generation and loading together, milliseconds (a city is generated while it loads) */
  totalMs: number;
}

const SCALE_LABELS: Record<DemoScale, string> = { tiny: "测试小县", county: "示范县", city: "示范市(约50个县)" };

/**
 * Generates the demo county for a seed and scale and writes it with the platform's cipher.
 *
 * @example await loadDemo(platform, { scale: "county", seed: 2026 }, console.log)
 */
export async function loadDemo(
  platform: { database: Database; cipher: PersonalDataCipher },
  request: LoadDemoRequest,
  log: (msg: string) => void = () => {},
): Promise<LoadDemoReport> {
  const now = request.now ?? new Date();
  const latestYear = request.latestYear ?? registry.schoolYearOf(now.toISOString().slice(0, 10));
  const options = { seed: request.seed, scale: request.scale, latestYear };
  log(
    `正在生成${SCALE_LABELS[request.scale]}(种子 ${request.seed},${registry.schoolYearLabel(latestYear - 2)}至${registry.schoolYearLabel(latestYear)})…`,
  );
  const started = performance.now();
  // a city's counties are generated on a worker thread, each while the one before is written
  const county = request.scale === "city" ? countiesGeneratedAhead(options) : generateCounty(options);
  const result = await loadDemoCounty(platform.database.db, county, {
    cipher: platform.cipher,
    onProgress: log,
    now,
    reset: request.reset,
  });
  const ledgerDemo = await loadLedgerDemo(platform.database.db, { seed: request.seed, now, latestYear });
  log(`已写入督导整改台账:检查 ${ledgerDemo.inspections} 次,问题 ${ledgerDemo.findings} 项`);
  log(
    `已写入招生入学:公示活动 ${await loadAdmissionsDemo(platform.database.db, { seed: request.seed, latestYear, now })} 个`,
  );
  const examsDemo = await loadExamsDemo(platform.database.db, { seed: request.seed, latestYear, now });
  log(`已写入质量检测:考试 ${examsDemo.exams} 次,学生成绩 ${examsDemo.scores} 条`);
  const preschoolDemo = await loadPreschoolDemo(platform.database.db, {
    seed: request.seed,
    latestYear,
    now,
    addKindergartens: request.scale !== "tiny",
  });
  log(`已写入学前教育:幼儿园年度填报 ${preschoolDemo.reports} 份,乡镇适龄人口 ${preschoolDemo.townships} 个乡镇`);
  const staffingDemo = await loadStaffingDemo(platform.database.db, { seed: request.seed, latestYear, now });
  log(`已写入教师队伍:专任教师 ${staffingDemo.teachers} 名,培训记录 ${staffingDemo.training} 条`);
  const fitnessStarted = performance.now();
  const fitnessDemo = await loadFitnessDemo(platform.database.db, {
    seed: request.seed,
    latestYear,
    now,
    countiesAtOnce: platform.database.kind === "postgresql" ? 2 : 1,
  });
  log(
    `已写入体质健康:测试成绩 ${fitnessDemo.results} 条,用时 ${((performance.now() - fitnessStarted) / 1000).toFixed(1)} 秒`,
  );
  if (request.scale !== "tiny") {
    // the integration tests' tiny county keeps its register as it is; the demo county gets nine years of history
    const retentionStarted = performance.now();
    const retentionDemo = await loadRetentionDemo(platform.database.db, platform.cipher, {
      seed: request.seed,
      latestYear,
      now,
    });
    await bindDemoTownshipContact(platform.database.db);
    const reportData = await loadSchoolDataDemo(platform.database.db, { seed: request.seed, latestYear, now });
    log(
      `已写入报告数据:课后服务 ${reportData.afterSchool} 条,学校年度统计 ${reportData.counts} 条,高考/中考考生 ${reportData.candidates} 名`,
    );
    log(
      `已写入控辍保学:往年学籍 ${retentionDemo.historyRows} 条,户籍适龄儿童 ${retentionDemo.rosterChildren} 人,劝返个案 ${retentionDemo.cases} 件,用时 ${((performance.now() - retentionStarted) / 1000).toFixed(1)} 秒`,
    );
  }
  const totalMs = performance.now() - started;
  log(`示范数据已载入,用时 ${(totalMs / 1000).toFixed(1)} 秒`);
  return { ...result, latestYear, totalMs };
}
