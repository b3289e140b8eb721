/**
 * Sunshine class allocation (阳光分班, methods.md §7): a grade's intake into classes at random, under constraints —
 * class sizes differ by at most one, boys and girls and students with special needs spread evenly, twins and other
 * multiples together or apart as each family chose, optional other attributes balanced — driven only by the draw's
 * seed, so anyone can recompute it. The exact steps are specified in docs/verifiable-draws.md §5.
 */
import { drawStream } from "./generator";

export const CLASS_ALLOCATION_ALGORITHM = "edubureau/sunshine-classes";
export const CLASS_ALLOCATION_VERSION = 1;

/** Score-based balancing conflicts with the 2021 rule (methods.md §7); shown whenever someone switches it on. */
export const scoreBalancingWarning =
  "按成绩均衡分班(“蛇形”分班)与2021年起义务教育阳光分班的规定相冲突:不得按考试成绩分班或变相分重点班。仅在政策允许的情形下使用,并在公示中说明理由。";

/** One student of the intake, as published: an anonymized code and only the attributes the algorithm uses. */
export interface AllocationStudent {
  /** anonymized code, e.g. "S0001"; the school tells each family its own code */
  code: string;
  gender: "M" | "F";
  specialNeeds: boolean;
  /** the family group of twins or other multiples (any code shared by the siblings), or null */
  family: string | null;
  /** the family's choice for its multiples; null when not in a family group */
  familyChoice: "together" | "apart" | null;
  /** values of the extra attributes to balance, by attribute name (e.g. { 住校: "是" }) */
  attributes: Record<string, string>;
  /** a score, only used (and only allowed) when score balancing is switched on */
  score: number | null;
}

/** The frozen input of an allocation: what is published before the event (its canonical text is hashed). */
export interface AllocationInput {
  algorithm: typeof CLASS_ALLOCATION_ALGORITHM;
  version: typeof CLASS_ALLOCATION_VERSION;
  kind: "class_allocation";
  /** event code, e.g. "YG-2026-0001" */
  code: string;
  title: string;
  /** ISO date-time of the public event */
  eventTime: string;
  classes: number;
  /** extra attribute names to balance, in priority order (gender and special needs always are) */
  balance: string[];
  scoreBalancing: boolean;
  /** sorted by code */
  students: AllocationStudent[];
  /** anonymized codes of the head-teacher teams, sorted; empty for no head-teacher draw, else one per class */
  headTeacherTeams: string[];
}

export interface AllocatedClass {
  /** class number 1…k */
  number: number;
  /** student codes, sorted */
  students: string[];
  headTeacherTeam: string | null;
  size: number;
  boys: number;
  girls: number;
  specialNeeds: number;
}

/** The result file of an allocation (canonical JSON, digest published). */
export interface AllocationResult {
  algorithm: typeof CLASS_ALLOCATION_ALGORITHM;
  version: typeof CLASS_ALLOCATION_VERSION;
  code: string;
  inputDigest: string;
  seed: string;
  classes: AllocatedClass[];
}

export interface Problem {
  field: string;
  message: string;
}

/** Builds the input document with every list in its canonical order (students and teams sorted by code). */
export function allocationInput(props: Omit<AllocationInput, "algorithm" | "version" | "kind">): AllocationInput {
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    algorithm: CLASS_ALLOCATION_ALGORITHM,
    version: CLASS_ALLOCATION_VERSION,
    kind: "class_allocation",
    code: props.code,
    title: props.title,
    eventTime: props.eventTime,
    classes: props.classes,
    balance: [...props.balance],
    scoreBalancing: props.scoreBalancing,
    students: [...props.students]
      .map((s) => ({
        code: s.code,
        gender: s.gender,
        specialNeeds: s.specialNeeds,
        family: s.family,
        familyChoice: s.family ? s.familyChoice : null,
        attributes: Object.fromEntries(props.balance.map((a) => [a, s.attributes[a] ?? ""])),
        score: props.scoreBalancing ? s.score : null,
      }))
      .sort(byCode),
    headTeacherTeams: [...props.headTeacherTeams].sort(),
  };
}

/**
 * Problems that make an allocation impossible or unfair, each naming the field and the fix; empty when it can run.
 *
 * @example allocationProblems({ ...input, classes: 0 }) // => [{ field: "classes", message: "班级数应为 1–100 的整数" }]
 */
export function allocationProblems(input: AllocationInput): Problem[] {
  const problems: Problem[] = [];
  const n = input.students.length;
  const k = input.classes;
  if (!Number.isInteger(k) || k < 1 || k > 100) problems.push({ field: "classes", message: "班级数应为 1–100 的整数" });
  if (n === 0) problems.push({ field: "students", message: "名单为空:请先导入或选择新生名单" });
  else if (Number.isInteger(k) && k > n) {
    problems.push({ field: "classes", message: `班级数 ${k} 多于学生数 ${n}:请减少班级数` });
  }
  const seen = new Set<string>();
  const families = new Map<string, AllocationStudent[]>();
  input.students.forEach((s, i) => {
    const at = `students.${i}`;
    const who = `第 ${i + 1} 名学生(${s.code || "无编号"})`;
    if (!/^[A-Za-z0-9-]{1,20}$/.test(s.code)) {
      problems.push({ field: `${at}.code`, message: `${who}的编号应为 1–20 位字母、数字或连字符` });
    } else if (seen.has(s.code)) {
      problems.push({ field: `${at}.code`, message: `${who}的编号重复:每名学生的匿名编号必须唯一` });
    }
    seen.add(s.code);
    if (s.gender !== "M" && s.gender !== "F") {
      problems.push({ field: `${at}.gender`, message: `${who}的性别应为 男 或 女` });
    }
    if (s.family) families.set(s.family, [...(families.get(s.family) ?? []), s]);
    else if (s.familyChoice) {
      problems.push({
        field: `${at}.familyChoice`,
        message: `${who}填写了多胞胎意愿但没有家庭组号:请补填组号或清空意愿`,
      });
    }
    if (s.family && s.familyChoice !== "together" && s.familyChoice !== "apart") {
      problems.push({
        field: `${at}.familyChoice`,
        message: `${who}属于多胞胎家庭 ${s.family},请填写意愿:同班 或 分班`,
      });
    }
    for (const a of input.balance) {
      if (!(s.attributes[a] ?? "").trim()) {
        problems.push({ field: `${at}.attributes.${a}`, message: `${who}缺少均衡属性“${a}”的值` });
      }
    }
    if (input.scoreBalancing && (typeof s.score !== "number" || !Number.isFinite(s.score))) {
      problems.push({ field: `${at}.score`, message: `${who}缺少成绩:启用按成绩均衡时每名学生都要有成绩` });
    }
    if (!input.scoreBalancing && s.score !== null) {
      problems.push({ field: `${at}.score`, message: `${who}带有成绩,但未启用按成绩均衡:公示名单不应包含成绩` });
    }
  });
  const ceil = k > 0 ? Math.ceil(n / k) : n;
  for (const [family, members] of families) {
    if (members.length < 2) {
      problems.push({ field: "students", message: `多胞胎家庭 ${family} 只有 1 名学生:请核对组号` });
      continue;
    }
    const choices = new Set(members.map((m) => m.familyChoice));
    if (choices.size > 1) {
      problems.push({ field: "students", message: `多胞胎家庭 ${family} 的意愿不一致:同一家庭应统一选择同班或分班` });
    } else if (members[0]?.familyChoice === "together" && members.length > ceil) {
      problems.push({
        field: "students",
        message: `多胞胎家庭 ${family} 共 ${members.length} 人,超过每班人数上限 ${ceil}`,
      });
    } else if (members[0]?.familyChoice === "apart" && members.length > k) {
      problems.push({
        field: "students",
        message: `多胞胎家庭 ${family} 共 ${members.length} 人选择分班,但只有 ${k} 个班`,
      });
    }
  }
  const teams = input.headTeacherTeams;
  if (teams.length > 0 && teams.length !== k) {
    problems.push({
      field: "headTeacherTeams",
      message: `班主任团队有 ${teams.length} 个,应与班级数 ${k} 相同(或不抽签)`,
    });
  }
  if (new Set(teams).size !== teams.length) {
    problems.push({ field: "headTeacherTeams", message: "班主任团队编号重复" });
  }
  return problems;
}

interface Unit {
  members: AllocationStudent[];
  /** the apart family whose siblings this unit must not share a class with */
  apartFamily: string | null;
}

/**
 * Allocates the intake to classes from a seed (64 hex digits). Returns the problems instead when the input cannot
 * be allocated. Same input and seed give the same result, byte for byte.
 *
 * @example allocateClasses(input, inputDigest, seed) // => { ok: true, result: { classes: [{ number: 1, … }, …] } }
 */
export function allocateClasses(
  input: AllocationInput,
  inputDigest: string,
  seed: string,
): { ok: true; result: AllocationResult } | { ok: false; problems: Problem[] } {
  const problems = allocationProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const k = input.classes;
  const n = input.students.length;
  const floor = Math.floor(n / k);
  const big = n % k;
  const stream = drawStream(seed, "sunshine/students");

  // 1. Units and tiers (§5.2)
  const together = new Map<string, AllocationStudent[]>();
  const apart: Unit[] = [];
  const special: Unit[] = [];
  const girls: Unit[] = [];
  const boys: Unit[] = [];
  for (const s of input.students) {
    if (s.family && s.familyChoice === "together") together.set(s.family, [...(together.get(s.family) ?? []), s]);
    else if (s.family) apart.push({ members: [s], apartFamily: s.family });
    else if (s.specialNeeds) special.push({ members: [s], apartFamily: null });
    else (s.gender === "F" ? girls : boys).push({ members: [s], apartFamily: null });
  }
  const togetherUnits = [...together.values()].map((members) => ({ members, apartFamily: null }));
  const byScore = (a: Unit, b: Unit) => (b.members[0]?.score ?? 0) - (a.members[0]?.score ?? 0);
  const tiers: Unit[][] = [
    stream.shuffle(togetherUnits).sort((a, b) => b.members.length - a.members.length),
    stream.shuffle(apart),
    stream.shuffle(special),
    input.scoreBalancing ? stream.shuffle(girls).sort(byScore) : stream.shuffle(girls),
    input.scoreBalancing ? stream.shuffle(boys).sort(byScore) : stream.shuffle(boys),
  ];

  // 2. Placement (§5.3)
  const size = new Array<number>(k).fill(0);
  const sn = new Array<number>(k).fill(0);
  const gender = { M: new Array<number>(k).fill(0), F: new Array<number>(k).fill(0) };
  const attr = input.balance.map(() => Array.from({ length: k }, () => new Map<string, number>()));
  const familiesIn = Array.from({ length: k }, () => new Set<string>());
  const members = Array.from({ length: k }, () => [] as AllocationStudent[]);
  let bigCount = 0;

  for (const tier of tiers) {
    for (const unit of tier) {
      const t = unit.members.length;
      const hasSpecial = unit.members.some((m) => m.specialNeeds);
      let best: number[] = [];
      let bestCost: number[] | null = null;
      for (let c = 0; c < k; c++) {
        const s = size[c] as number;
        if (s + t > (big > 0 ? floor + 1 : floor)) continue;
        if (s + t > floor && s <= floor && bigCount >= big) continue;
        if (unit.apartFamily && familiesIn[c]?.has(unit.apartFamily)) continue;
        const cost: number[] = [];
        if (hasSpecial) cost.push(sn[c] as number);
        cost.push(unit.members.reduce((sum, m) => sum + (gender[m.gender][c] as number), 0));
        input.balance.forEach((a, i) => {
          cost.push(unit.members.reduce((sum, m) => sum + (attr[i]?.[c]?.get(m.attributes[a] ?? "") ?? 0), 0));
        });
        cost.push(s);
        const cmp = bestCost === null ? -1 : compareCosts(cost, bestCost);
        if (cmp < 0) {
          bestCost = cost;
          best = [c];
        } else if (cmp === 0) best.push(c);
      }
      if (best.length === 0) {
        return {
          ok: false,
          problems: [
            {
              field: "students",
              message: `无法在满足约束的前提下安排 ${unit.members.map((m) => m.code).join("、")}:请检查多胞胎意愿与班级数`,
            },
          ],
        };
      }
      const c = best[stream.uniformInt(best.length)] as number;
      if ((size[c] as number) <= floor && (size[c] as number) + t > floor) bigCount++;
      size[c] = (size[c] as number) + t;
      for (const m of unit.members) {
        if (m.specialNeeds) sn[c] = (sn[c] as number) + 1;
        gender[m.gender][c] = (gender[m.gender][c] as number) + 1;
        input.balance.forEach((a, i) => {
          const counts = attr[i]?.[c];
          const v = m.attributes[a] ?? "";
          counts?.set(v, (counts.get(v) ?? 0) + 1);
        });
        members[c]?.push(m);
      }
      if (unit.apartFamily) familiesIn[c]?.add(unit.apartFamily);
    }
  }

  // 3. Class numbers by a random permutation, so every student has the same chance of every class (§5.4)
  const numbers = stream.shuffle(Array.from({ length: k }, (_, i) => i + 1));
  // 4. Head-teacher teams: an independent stream (§5.5)
  const teams =
    input.headTeacherTeams.length > 0 ? drawStream(seed, "sunshine/head-teachers").shuffle(input.headTeacherTeams) : [];

  const classes: AllocatedClass[] = members
    .map((list, c) => {
      const number = numbers[c] as number;
      return {
        number,
        students: list.map((m) => m.code).sort(),
        headTeacherTeam: teams[number - 1] ?? null,
        size: list.length,
        boys: list.filter((m) => m.gender === "M").length,
        girls: list.filter((m) => m.gender === "F").length,
        specialNeeds: list.filter((m) => m.specialNeeds).length,
      };
    })
    .sort((a, b) => a.number - b.number);
  return {
    ok: true,
    result: {
      algorithm: CLASS_ALLOCATION_ALGORITHM,
      version: CLASS_ALLOCATION_VERSION,
      code: input.code,
      inputDigest,
      seed,
      classes,
    },
  };
}

function compareCosts(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
