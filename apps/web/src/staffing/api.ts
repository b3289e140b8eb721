import { api } from "../app/api";
import type { Body, Ok, Row, Schema } from "../app/wire";

/** The server's workforce answers (derived from the server's contracts: staffing/schemas.ts). */
export type Overview = Schema<"StaffingOverview">;
export type Establishment = Schema<"StaffingEstablishment">;
export type EstablishmentSchool = Row<Establishment["schools"]>;
export type Demand = Schema<"StaffingDemand">;
export type Structure = Schema<"StaffingStructure">;
export type Recruitment = Schema<"StaffingRecruitment">;
export type PlanLine = Row<NonNullable<Recruitment["plan"]>["lines"]>;
export type Training = Schema<"StaffingTraining">;
export type TrainingTeacher = Row<Training["teachers"]>;
export type Rotation = Schema<"StaffingRotation">;
export type DueTeacher = Row<Rotation["due"]>;
export type RotationRow = Row<Rotation["rotations"]>;
export type Pools = Schema<"StaffingPools">;
export type MyRecord = Schema<"StaffingMyRecord">;
export type SettingsView = Schema<"StaffingSettingsView">;
export type ImportResult = Schema<"ImportResult">;

export type TrainingBody = Body<"postStaffingTraining">;
export type PlanLineBody = Body<"putStaffingRecruitmentLinesById">;
export type ProposeRotationBody = Body<"postStaffingRotation">;
export type DecideRotationBody = Body<"postStaffingRotationByIdDecision">;
export type ExemptionBody = Body<"postStaffingRotationExemptions">;
export type ActivityBody = Body<"postStaffingStudiosByIdActivities">;
export type SettingsBody = Body<"putStaffingSettings">;
export type RecruitBody = Body<"postStaffingRecruitmentLinesByIdRecruits">;
export type NeedBody = Body<"postStaffingRecruitmentNeeds">;
export type RecognitionBody = Body<"postStaffingRecognitions">;
export type RecognitionUpdateBody = Body<"putStaffingRecognitionsById">;
export type ReserveBody = Body<"postStaffingReserve">;
export type ReserveUpdateBody = Body<"putStaffingReserveById">;
export type StudioBody = Body<"postStaffingStudios">;
export type MemberBody = Body<"postStaffingStudiosByIdMembers">;
export type Need = Row<Recruitment["needs"]>;
export type Studio = Row<Pools["studios"]>;
export type RecognitionRow = Row<Pools["recognitions"]>;
export type ReserveRow = Row<Pools["reserve"]>;

type Year = { schoolYear?: number; schoolId?: string };
const enc = encodeURIComponent;

export const staffingApi = {
  overview: (q: Year) => api.get<Ok<"getStaffingOverview">>("/staffing/overview", q),
  settings: () => api.get<Ok<"getStaffingSettings">>("/staffing/settings"),
  saveSettings: (body: SettingsBody) => api.put<Ok<"putStaffingSettings">>("/staffing/settings", body),
  establishment: (q: Year) => api.get<Ok<"getStaffingEstablishment">>("/staffing/establishment", q),
  demand: (q: Year) => api.get<Ok<"getStaffingDemand">>("/staffing/demand", q),
  structure: (q: Year) => api.get<Ok<"getStaffingStructure">>("/staffing/structure", q),
  recruitment: (q: Year) => api.get<Ok<"getStaffingRecruitment">>("/staffing/recruitment", q),
  proposePlan: () => api.post<Ok<"postStaffingRecruitment">>("/staffing/recruitment"),
  editLine: (id: string, body: PlanLineBody) =>
    api.put<Ok<"putStaffingRecruitmentLinesById">>(`/staffing/recruitment/lines/${enc(id)}`, body),
  registerRecruit: (lineId: string, body: RecruitBody) =>
    api.post<Ok<"postStaffingRecruitmentLinesByIdRecruits">>(
      `/staffing/recruitment/lines/${enc(lineId)}/recruits`,
      body,
    ),
  addNeed: (body: NeedBody) => api.post<Ok<"postStaffingRecruitmentNeeds">>("/staffing/recruitment/needs", body),
  approvePlan: () => api.post<Ok<"postStaffingRecruitmentApprove">>("/staffing/recruitment/approve"),
  training: (q: Year & { filter: "all" | "behind" | "complete" }) =>
    api.get<Ok<"getStaffingTraining">>("/staffing/training", q),
  addTraining: (body: TrainingBody) => api.post<Ok<"postStaffingTraining">>("/staffing/training", body),
  rotation: (q: Year) => api.get<Ok<"getStaffingRotation">>("/staffing/rotation", q),
  proposeRotation: (body: ProposeRotationBody) => api.post<Ok<"postStaffingRotation">>("/staffing/rotation", body),
  decideRotation: (id: string, body: DecideRotationBody) =>
    api.post<Ok<"postStaffingRotationByIdDecision">>(`/staffing/rotation/${enc(id)}/decision`, body),
  exempt: (body: ExemptionBody) =>
    api.post<Ok<"postStaffingRotationExemptions">>("/staffing/rotation/exemptions", body),
  pools: () => api.get<Ok<"getStaffingPools">>("/staffing/pools"),
  addActivity: (studioId: string, body: ActivityBody) =>
    api.post<Ok<"postStaffingStudiosByIdActivities">>(`/staffing/studios/${enc(studioId)}/activities`, body),
  addRecognition: (body: RecognitionBody) => api.post<Ok<"postStaffingRecognitions">>("/staffing/recognitions", body),
  updateRecognition: (id: string, body: RecognitionUpdateBody) =>
    api.put<Ok<"putStaffingRecognitionsById">>(`/staffing/recognitions/${enc(id)}`, body),
  addReserve: (body: ReserveBody) => api.post<Ok<"postStaffingReserve">>("/staffing/reserve", body),
  updateReserve: (id: string, body: ReserveUpdateBody) =>
    api.put<Ok<"putStaffingReserveById">>(`/staffing/reserve/${enc(id)}`, body),
  createStudio: (body: StudioBody) => api.post<Ok<"postStaffingStudios">>("/staffing/studios", body),
  updateStudio: (id: string, body: StudioBody) =>
    api.put<Ok<"putStaffingStudiosById">>(`/staffing/studios/${enc(id)}`, body),
  addMember: (studioId: string, body: MemberBody) =>
    api.post<Ok<"postStaffingStudiosByIdMembers">>(`/staffing/studios/${enc(studioId)}/members`, body),
  removeMember: (studioId: string, staffId: string) =>
    api.delete<Ok<"deleteStaffingStudiosByIdMembersByStaffId">>(
      `/staffing/studios/${enc(studioId)}/members/${enc(staffId)}`,
    ),
  searchStaff: (q: string) =>
    api.get<Ok<"getRegistryStaff">>("/registry/staff", { q, postType: "teacher", pageSize: 20 }),
  me: () => api.get<Ok<"getStaffingMe">>("/staffing/me"),
  uploadTraining: (file: File) => api.upload<ImportResult>("/staffing/imports", file),
  commitTraining: (id: string, onlyValidRows: boolean) =>
    api.post<Ok<"postStaffingImportsByIdCommit">>(`/staffing/imports/${enc(id)}/commit`, { onlyValidRows }),
  download: (path: string, fallback: string, q?: Year) => api.download(`/staffing/${path}`, q, fallback),
};
