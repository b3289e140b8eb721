/** Roles an account can hold (角色). Public visitors have no account and no role. */
export const roleLabels = {
  admin: "系统管理员",
  leader: "局领导",
  section: "股室人员",
  school_admin: "学校管理员",
  teacher: "教师",
  inspector: "督学",
  /** a township's contact for dropout control (乡镇控辍保学联络员): its township's persuasion cases, nothing else */
  township: "乡镇联络员",
} as const;
export type Role = keyof typeof roleLabels;
export const roles = Object.keys(roleLabels) as Role[];

/** Bureau sections (股室). Section staff write in the capabilities their section owns and read the rest. */
export const sectionLabels = {
  basic_education: "基础教育股",
  personnel: "人事股",
  supervision: "督导室",
  safety: "安全股",
  finance: "计财股(资助中心)",
  research: "教研室",
  admissions: "招生办",
  office: "办公室",
  /** a county may set up these two and give them preschool or fitness (see capabilityOwners.ts) */
  preschool_education: "学前教育股",
  health_arts: "体卫艺股",
} as const;
export type Section = keyof typeof sectionLabels;
export const sections = Object.keys(sectionLabels) as Section[];

/** The capabilities of product.md, plus the platform's own (accounts and the audit log). */
export const capabilityLabels = {
  registry: "学籍与基础数据",
  balance: "均衡发展监测",
  exams: "质量检测",
  ledger: "督导整改台账",
  admissions: "招生入学",
  staffing: "教师队伍",
  retention: "控辍保学",
  preschool: "学前教育",
  aid: "学生资助",
  fitness: "体质健康",
  reports: "报告与驾驶舱",
  users: "用户管理",
  audit: "审计日志",
} as const;
export type Capability = keyof typeof capabilityLabels;

/** Which sections own (may write in) each capability. */
export type CapabilityOwners = Record<Capability, readonly Section[]>;

/**
 * Which section owns (may write in) each business capability by default. A county may give preschool and fitness
 * to another section from a date it chooses (`ownersOn` in capabilityOwners.ts); the actor then carries the
 * county's map in `owners`, and this one holds where the county has set nothing.
 */
export const capabilityOwners: CapabilityOwners = {
  registry: ["basic_education"],
  balance: ["basic_education", "supervision"],
  exams: ["research"],
  ledger: ["supervision", "safety"],
  admissions: ["admissions"],
  staffing: ["personnel"],
  retention: ["basic_education"],
  preschool: ["basic_education"],
  aid: ["finance"],
  fitness: ["basic_education"],
  reports: ["basic_education", "office"],
  users: [],
  audit: [],
};

/** The person acting: what the server knows about a signed-in account. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /** for role "section" */
  section: Section | null;
  /** for roles "school_admin" and "teacher" */
  schoolId: string | null;
  /** for role "teacher": the staff record whose class assignments bound the scope */
  staffId: string | null;
  /** the county (GB/T 2260) the account works in */
  regionCode: string;
  /** for role "township": the township (乡镇, 9-digit statistical code) whose persuasion cases the account follows */
  townCode?: string | null;
  /** the county's owners of each capability on the day of the request; `capabilityOwners` when absent */
  owners?: CapabilityOwners;
}
