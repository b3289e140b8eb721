/** Chinese labels of the admissions vocabulary. */

export type DrawStatus = "draft" | "frozen" | "drawn" | "published";

/** draft: input editable; frozen: input and digest published, waiting for the event; drawn: run, not yet public. */
export const drawStatusLabels: Record<DrawStatus, string> = {
  draft: "草稿",
  frozen: "名单已冻结",
  drawn: "已抽签待公示",
  published: "已公示",
};

export const familyChoiceLabels = { together: "同班", apart: "分班" } as const;

/** Witness roles offered at the event (free text is allowed too). */
export const witnessRoles = [
  "家长代表",
  "纪检监察",
  "公证员",
  "人大代表",
  "政协委员",
  "学校代表",
  "教育局工作人员",
] as const;
