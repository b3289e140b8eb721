import type { registry } from "@edubureau/core";
import { api } from "../../app/api";

/** 转学状态: pending | received | rejected | cancelled | left_county (core registry.transferStatusLabels). */
export type TransferStatus = registry.TransferStatus;
export type TransferDirection = "in" | "out" | "all";

/** A transfer as the server presents it (server: transfers/schemas.ts TransferRow). */
export interface TransferRow {
  id: string;
  studentId: string;
  studentName: string;
  studentNumberMasked: string;
  /** the school year of the student's enrollment being transferred */
  schoolYear: number;
  /** the student's grade, if the server sends it (it chooses the receiving class's grade) */
  grade?: number | null;
  fromSchoolId: string;
  fromSchoolName: string;
  /** null: out of the county (转出县外) */
  toSchoolId: string | null;
  toSchoolName: string | null;
  /** where a student leaving the county goes */
  destination: string | null;
  reason: string;
  status: TransferStatus;
  statusLabel: string;
  initiatedOn: string;
  decidedOn: string | null;
  decisionNote: string | null;
  /** days since initiation while pending, otherwise null */
  daysPending: number | null;
  /** pending longer than the limit (30 days): suspected dropout (疑似辍学) */
  overdue: boolean;
  /** what the caller may do to this transfer now; the page shows buttons from this */
  can: { receive: boolean; reject: boolean; cancel: boolean };
}

export interface TransferQuery {
  direction: TransferDirection;
  status?: TransferStatus;
  page: number;
  pageSize: number;
}

/** POST /api/registry/transfers: to a school of the county, or (toSchoolId null) out of it with a destination. */
export interface NewTransfer {
  studentId: string;
  toSchoolId: string | null;
  destination?: string;
  reason: string;
  /** ISO date; today when left out */
  date?: string;
}

/** One grade of one school in the promotion preview. */
export interface PromotionGradeSummary {
  grade: number;
  gradeLabel: string;
  /** null when the whole grade graduates */
  toGrade: number | null;
  toGradeLabel: string | null;
  promote: number;
  graduate: number;
  skipped: number;
  classesToCreate: { grade: number; number: number; name: string }[];
}

/** One school's promotion plan (server: SchoolPromotion). */
export interface SchoolPromotion {
  schoolId: string;
  schoolName: string;
  schoolKind: string;
  schoolKindLabel: string;
  /** the next year already has this school's promoted students: nothing to do */
  done: boolean;
  promote: number;
  graduate: number;
  classesToCreate: number;
  skipped: number;
  skippedByReason: { reason: string; label: string; n: number }[];
  grades: PromotionGradeSummary[];
  /** enrolled students the plan cannot place; the school cannot be promoted until they are fixed */
  problems: { studentId: string; grade: number; message: string }[];
  /** the school's request for this year's promotion (申请升级), if it made one */
  request: PromotionRequest | null;
}

/** A school's request for the county's promotion (server: PromotionRequest). */
export interface PromotionRequest {
  id: string;
  requestedAt: string;
  note: string | null;
  /** pending | confirmed (by the county's promotion) */
  status: string;
}

/** GET /api/registry/promotion/preview. */
export interface PromotionPreview {
  fromYear: number;
  toYear: number;
  /** the county's current school year (学籍参数) */
  currentSchoolYear: number;
  /** the county's promotion date for the current year; null until 基础教育股 sets it */
  promotionDate: string | null;
  /** the caller may run this promotion now (基础教育股, on or after the date) */
  canPromote: boolean;
  /** why not, when it may not */
  refusal: { code: string; message: string } | null;
  /** a school administrator may ask for its school's promotion now (申请升级) */
  canRequest: boolean;
  schools: SchoolPromotion[];
  totals: { promote: number; graduate: number; classesToCreate: number; skipped: number };
}

/** POST /api/registry/promotion: what was written. */
export interface PromotionResult {
  fromYear: number;
  toYear: number;
  schools: {
    schoolId: string;
    schoolName: string;
    promoted: number;
    graduated: number;
    classesCreated: number;
    skipped: number;
  }[];
  totals: { promoted: number; graduated: number; classesCreated: number };
}

const transferPath = (id: string, action: string) => `/registry/transfers/${encodeURIComponent(id)}/${action}`;

/** GET/PUT /api/registry/settings: the county's register settings (学籍参数). */
export interface RegistrySettings {
  /** days a transfer may wait to be received before it counts as a suspected dropout */
  transferOverdueDays: number;
  /** the county's current school year: what every page shows when no year is chosen */
  currentSchoolYear: number;
  /** false while no year is stored and the calendar's school year stands in */
  currentSchoolYearSet: boolean;
  /** the day from which 基础教育股 may run the county's promotion; null until set */
  promotionDate: string | null;
  /** null while the defaults apply */
  updatedAt: string | null;
}

/** PUT /api/registry/settings: fields left out keep their value; promotionDate null clears it. */
export interface RegistrySettingsChange {
  transferOverdueDays?: number;
  currentSchoolYear?: number;
  promotionDate?: string | null;
}

export const transferApi = {
  settings: () => api.get<RegistrySettings>("/registry/settings"),
  saveSettings: (body: RegistrySettingsChange) => api.put<RegistrySettings>("/registry/settings", body),
  list: (query: TransferQuery) => api.get<{ rows: TransferRow[]; total: number }>("/registry/transfers", { ...query }),
  overdue: () => api.get<{ days: number; today: string; rows: TransferRow[] }>("/registry/transfers/overdue"),
  create: (body: NewTransfer) => api.post<TransferRow>("/registry/transfers", body),
  receive: (id: string, classId: string | null) =>
    api.post<TransferRow>(transferPath(id, "receive"), classId ? { classId } : {}),
  reject: (id: string, note: string) => api.post<TransferRow>(transferPath(id, "reject"), { note }),
  cancel: (id: string, note: string) => api.post<TransferRow>(transferPath(id, "cancel"), { note }),
  /** without a year: the county's current one */
  promotionPreview: (fromYear: number | undefined, schoolId?: string) =>
    api.get<PromotionPreview>("/registry/promotion/preview", { fromYear, schoolId }),
  /** POST /api/registry/promotion/requests: a school asks for the county's promotion */
  requestPromotion: (note: string | undefined) =>
    api.post<PromotionRequest & { schoolYear: number }>("/registry/promotion/requests", note ? { note } : {}),
  /** the county's promotion, confirmed with the totals of the preview the user saw */
  promote: (fromYear: number, confirm: { promote: number; graduate: number }) =>
    api.post<PromotionResult>("/registry/promotion", { fromYear, confirm }),
};
