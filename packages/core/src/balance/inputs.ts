import type {
  BackboneLevel,
  Locality,
  Ownership,
  ProfessionalTitle,
  Qualification,
  SchoolKind,
  Subject,
} from "../registry/vocabulary";

/**
 * What the balance method reads from the register for one school in one school year (as of 1 September).
 * The server fills it; core computes from it and never reads anything else.
 */
export interface SchoolBalanceInput {
  schoolId: string;
  name: string;
  kind: SchoolKind;
  locality: Locality;
  ownership: Ownership;
  /** students enrolled on the statistics date, by stage */
  enrollment: { primary: number; junior: number; senior: number };
  /** full-time teaching posts (专任教师) active on the statistics date */
  teachers: readonly TeacherInput[];
  /** the yearly conditions row, null when the school has not reported it */
  condition: ConditionInput | null;
}

export interface TeacherInput {
  staffId: string;
  name: string;
  /** the stage the teacher teaches; null when not recorded */
  stageTaught: "primary" | "junior" | "senior" | string | null;
  qualification: Qualification;
  title: ProfessionalTitle;
  backboneLevel: BackboneLevel;
  subject: Subject | string | null;
  fullTime: boolean;
  hasCertificate: boolean;
}

/** A school's yearly conditions (办学条件), in the register's units. */
export interface ConditionInput {
  conditionId: string;
  schoolYear: number;
  /** 教学及辅助用房, m² */
  teachingArea: number;
  /** 体育运动场馆, m² */
  sportsArea: number;
  /** 教学仪器设备值, fen */
  equipmentValueFen: number;
  books: number;
  studentComputers: number;
  /** 网络多媒体教室, rooms */
  multimediaRooms: number;
}
