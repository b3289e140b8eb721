/**
 * Demo accounts (示范账号): one per role and bureau section (not the two a county may set up for preschool and
 * fitness, 学前教育股 and 体卫艺股), two school administrators of different schools, a teacher with classes, an
 * inspector and a township contact (乡镇联络员), all with the same published password. Production mode refuses to
 * start while any of them exist (they are marked isDemo).
 */
import { auth } from "@edubureau/core";
import { createRandom } from "./random";
import type { DemoCounty, SchoolRow } from "./types";

/** The password of every demo account. Printed by the CLI; never valid in production. */
export const DEMO_PASSWORD = "EduDemo@2026";

export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  role: auth.Role;
  /** Chinese label of the role, e.g. 股室人员 */
  roleLabel: string;
  section: auth.Section | null;
  sectionLabel: string | null;
  schoolId: string | null;
  schoolName: string | null;
  /** for the teacher: the staff record whose class assignments bound the scope */
  staffId: string | null;
  /** for the township contact: its township (the first in code order; the demo's dropout control moves it) */
  townCode: string | null;
}

interface AccountSpec {
  username: string;
  role: auth.Role;
  section?: auth.Section;
  /** display name; for a section account the official's name, shown after the section */
  name?: string;
  /** school1 administers the first urban primary school, school2 the first junior school */
  school?: "primary" | "junior";
}

/** What the summary says of the township contact's township before the demo's dropout cases exist. */
const TOWNSHIP_SCOPE = "首个劝返个案所在乡镇";

const SPECS: readonly AccountSpec[] = [
  { username: "admin", role: "admin", name: "系统管理员" },
  { username: "leader", role: "leader", name: "王局长" },
  { username: "jcjy", role: "section", section: "basic_education", name: "李明" },
  { username: "renshi", role: "section", section: "personnel", name: "张丽" },
  { username: "dudao", role: "section", section: "supervision", name: "刘强" },
  { username: "anquan", role: "section", section: "safety", name: "陈刚" },
  { username: "zizhu", role: "section", section: "finance", name: "赵敏" },
  { username: "jiaoyan", role: "section", section: "research", name: "孙伟" },
  { username: "zhaosheng", role: "section", section: "admissions", name: "周芳" },
  { username: "bangong", role: "section", section: "office", name: "吴静" },
  { username: "school1", role: "school_admin", school: "primary" },
  { username: "school2", role: "school_admin", school: "junior" },
  { username: "teacher1", role: "teacher", school: "primary" },
  { username: "duxue", role: "inspector", name: "督学·郭建国" },
  { username: "xiangzhen", role: "township", name: "乡镇联络员·苏和" },
];

/** The schools' names in the default demo county 北原县 (fixed by the plan, whatever the seed). */
const DEFAULT_SCHOOL_NAMES = { primary: "北原县第一小学", junior: "北原县第二中学" } as const;

/** A section's short name for display: 计财股(资助中心) → 计财股. */
const sectionShort = (s: auth.Section) => auth.sectionLabels[s].replace(/[(\uFF08].*$/, "");

/** The first urban primary school (school1's) and the first junior school (school2's) of the county. */
function accountSchools(county: DemoCounty): { primary: SchoolRow; junior: SchoolRow } {
  const primary =
    county.school.find((s) => s.regionCode === county.regionCode && s.kind === "primary" && s.locality === "urban") ??
    county.school.find((s) => s.kind === "primary");
  const junior = county.school.find((s) => s.regionCode === county.regionCode && s.kind === "junior");
  if (!primary || !junior) throw new Error("the demo county needs a primary and a junior school for its accounts");
  return { primary, junior };
}

/**
 * The teacher account's staff member: at school1's school in the latest year, a head teacher (班主任) with the
 * fewest assigned classes, so their class scope is a real part of the school.
 */
function demoTeacher(county: DemoCounty, schoolId: string): { staffId: string; name: string } {
  const classes = new Map(
    county.schoolClass
      .filter((c) => c.schoolId === schoolId && c.schoolYear === county.latestYear)
      .map((c) => [c.id, c] as const),
  );
  const load = new Map<string, number>();
  for (const a of county.classTeacher) {
    if (classes.has(a.classId)) load.set(a.staffId, (load.get(a.staffId) ?? 0) + 1);
  }
  const heads = [...classes.values()].map((c) => c.headTeacherId).filter((id): id is string => !!id);
  let best: string | undefined;
  for (const id of heads) if (best === undefined || (load.get(id) ?? 0) < (load.get(best) ?? 0)) best = id;
  const staff = county.staff.find((s) => s.id === best);
  const person = staff && county.person.find((p) => p.id === staff.personId);
  if (!staff || !person) throw new Error("the demo county has no teacher with classes at its first primary school");
  return { staffId: staff.id, name: person.name };
}

/**
 * The demo accounts for a generated county (for a city, its first county). Ids are drawn from the county's seed,
 * so they are as deterministic as the rest of the demo.
 */
export function demoAccounts(county: DemoCounty): DemoAccount[] {
  const rng = createRandom(`edubureau-demo:${county.seed}:${county.scale}:${county.latestYear}:accounts`);
  const { primary, junior } = accountSchools(county);
  const teacher = demoTeacher(county, primary.id);
  const schools = { primary, junior };
  const firstTown = county.town.map((t) => t.code).sort()[0] ?? null;
  return SPECS.map((spec): DemoAccount => {
    const school = spec.school ? schools[spec.school] : undefined;
    let displayName = spec.name ?? "";
    if (spec.section) displayName = `${sectionShort(spec.section)}·${spec.name ?? ""}`;
    else if (spec.role === "teacher") displayName = `${teacher.name}老师`;
    else if (school) displayName = `${school.shortName ?? school.name}·${school.principal ?? "学籍管理员"}`;
    return {
      id: rng.uuid(),
      username: spec.username,
      displayName,
      role: spec.role,
      roleLabel: auth.roleLabels[spec.role],
      section: spec.section ?? null,
      sectionLabel: spec.section ? auth.sectionLabels[spec.section] : null,
      schoolId: school?.id ?? null,
      schoolName: school?.name ?? null,
      staffId: spec.role === "teacher" ? teacher.staffId : null,
      townCode: spec.role === "township" ? firstTown : null,
    };
  });
}

/**
 * One printable line per demo account: username, role and scope. Without accounts, the lines describe the
 * default demo county (school names are fixed by the plan; the teacher's name depends on the seed).
 *
 * @example demoAccountsSummary()[0] // => "admin      系统管理员"
 */
export function demoAccountsSummary(accounts?: readonly DemoAccount[]): string[] {
  const lines = accounts
    ? accounts.map((a) => [
        a.username,
        a.roleLabel,
        a.sectionLabel,
        a.schoolName,
        a.role === "teacher" ? a.displayName : null,
        a.role === "township" ? TOWNSHIP_SCOPE : null,
      ])
    : SPECS.map((s) => [
        s.username,
        auth.roleLabels[s.role],
        s.section ? auth.sectionLabels[s.section] : null,
        s.school ? DEFAULT_SCHOOL_NAMES[s.school] : null,
        s.role === "township" ? TOWNSHIP_SCOPE : null,
      ]);
  return lines.map(([username, role, ...scope]) => {
    const where = scope.filter(Boolean).join(" · ");
    return `${(username ?? "").padEnd(10)} ${role}${where ? ` · ${where}` : ""}`;
  });
}
