/**
 * Preschool evaluation speed: a province of 20,000 kindergartens (about 100 counties' worth, 2.5 million
 * children in 90,000 classes) evaluated by core in memory, with the township plan and a what-if, against the
 * issue's reference of 200 ms. Deterministic data; the first run warms the JIT and is not counted.
 *
 *   npx tsx bench/preschool.ts [--runs 10]
 */
import { parseArgs } from "node:util";
import { preschool } from "@edubureau/core";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const runs = Math.max(3, Math.min(Number(values.runs), 100));
const KINDERGARTENS = 20_000;
const TOWNSHIPS = 1_500;
const REFERENCE_MS = 200;

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function province(): { input: preschool.PreschoolCountyInput; births: preschool.BirthsInput[] } {
  const rnd = random(2026);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const kinds = preschool.kindergartenKinds;
  const kindergartens: preschool.KindergartenInput[] = [];
  for (let i = 0; i < KINDERGARTENS; i++) {
    const kind = kinds[int(0, kinds.length - 1)] as preschool.KindergartenKind;
    const classes: preschool.PreschoolClassInput[] = [];
    let children = 0;
    for (const band of ["small", "middle", "large"] as const) {
      const n = int(1, 2);
      for (let c = 0; c < n; c++) {
        const size = int(18, 36);
        children += size;
        classes.push({ classId: `${i}-${band}-${c}`, name: `${band}(${c + 1})`, band, children: size });
      }
    }
    const teachers = Math.max(1, Math.round(children / int(11, 17)));
    kindergartens.push({
      schoolId: `K${i}`,
      name: `幼儿园${i}`,
      townCode: `T${i % TOWNSHIPS}`,
      kind,
      attached: rnd() < 0.1,
      ruralCentral: i < TOWNSHIPS && preschool.isPublicKind(kind),
      children,
      classes,
      fullTimeTeachers: teachers,
      certifiedTeachers: teachers - (rnd() < 0.05 ? 1 : 0),
      principalCertified: rnd() < 0.98,
      establishedTeachers: Math.floor(teachers / 2),
      establishedPayFen: 600_000,
      nonEstablishedTeachers: teachers - Math.floor(teachers / 2),
      nonEstablishedPayFen: int(400_000, 560_000),
      fundingPerChildFen: int(40_000, 100_000),
      buildingArea: children * int(6, 11),
      playArea: children * int(3, 6),
    });
  }
  const townships: preschool.TownshipInput[] = [];
  const births: preschool.BirthsInput[] = [];
  for (let t = 0; t < TOWNSHIPS; t++) {
    const population = int(1_400, 2_000);
    townships.push({ townCode: `T${t}`, name: `乡镇${t}`, urban: t % 10 === 0, population3to5: population });
    for (let y = 2021; y <= 2026; y++) births.push({ townCode: `T${t}`, year: y, births: Math.round(population / 3) });
  }
  return { input: { schoolYear: 2026, asOf: "2026-09-01", kindergartens, townships, satisfaction: 0.9 }, births };
}

function median(label: string, fn: () => unknown) {
  fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`${label}:中位 ${m.toFixed(1)} ms(${runs} 次)`);
  return m;
}

const { input, births } = province();
const children = input.kindergartens.reduce((s, k) => s + k.children, 0);
const classes = input.kindergartens.reduce((s, k) => s + k.classes.length, 0);
console.log(
  `省级(内存):${KINDERGARTENS.toLocaleString()} 所幼儿园、${classes.toLocaleString()} 个班、${children.toLocaleString()} 名幼儿、${TOWNSHIPS} 个乡镇`,
);
const evaluate = median("十二项指标评估(evaluatePreschool)", () =>
  preschool.evaluatePreschool(input, preschool.nationalPreschoolConfig),
);
median("乡镇学位规划(townshipPlan,当年与未来三年)", () =>
  preschool.townshipPlan(input, births, preschool.nationalPreschoolConfig),
);
median("模拟测算(认定 100 所普惠 + 新建 20 所公办园,含前后两次评估)", () =>
  preschool.preschoolWhatIf(
    input,
    [
      ...input.kindergartens
        .filter((k) => k.kind === "private")
        .slice(0, 100)
        .map((k) => ({ type: "recognise" as const, schoolId: k.schoolId })),
      ...Array.from({ length: 20 }, (_, i) => ({ type: "newPublic" as const, townCode: `T${i}`, places: 120 })),
    ],
    preschool.nationalPreschoolConfig,
  ),
);
console.log(`参照:议题要求 ≤ ${REFERENCE_MS} ms;评估用时为参照的 ${((evaluate / REFERENCE_MS) * 100).toFixed(0)}%`);
