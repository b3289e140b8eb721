/**
 * New pupils (学生): a person with a valid resident ID, a register row (学籍) with the national student number
 * "G" + ID, household, guardian and the special-group flags (留守儿童, 随迁子女, 残疾, 建档立卡, 低保, 孤儿) at
 * plausible rates for the school's locality.
 */
import { addPerson, drawEthnicity, type GenContext, type SchoolInfo } from "./context";
import { isoDate, randomDate } from "./dates";
import { guardianName, mobilePhone, STREETS, VILLAGES } from "./names";
import { ORIGIN_REGION_CODES } from "./residentIds";
import type { StudentRow } from "./types";

/** Disability categories (残疾类别) with their weight among disabled pupils in special schools and mainstream. */
const DISABILITY_SPECIAL: readonly (readonly [string, number])[] = [
  ["智力残疾", 45],
  ["听力残疾", 15],
  ["精神残疾", 12],
  ["肢体残疾", 8],
  ["视力残疾", 8],
  ["言语残疾", 7],
  ["多重残疾", 5],
];
const DISABILITY_MAINSTREAM: readonly (readonly [string, number])[] = [
  ["肢体残疾", 30],
  ["智力残疾", 25],
  ["听力残疾", 15],
  ["视力残疾", 15],
  ["言语残疾", 10],
  ["精神残疾", 5],
];

const RATES = {
  urban: { migrant: 0.06, ruralHousehold: 0.3, leftBehind: 0.012 },
  town: { migrant: 0.02, ruralHousehold: 0.65, leftBehind: 0.07 },
  rural: { migrant: 0.004, ruralHousehold: 0.95, leftBehind: 0.09 },
} as const;

export interface NewPupilOptions {
  school: SchoolInfo;
  grade: number;
  schoolYear: number;
  /** 送教上门: a pupil of the special school taught at home */
  homebound?: boolean;
}

/**
 * Creates a pupil (person + student rows) of the right age for a grade in a school year.
 * Normal age: grade 1 at six on 1 September; a few are a year older; special schools admit older children too.
 *
 * @returns the new student row
 */
export function newPupil(ctx: GenContext, o: NewPupilOptions): StudentRow {
  const { rng } = ctx;
  const { school } = o;
  const locality = school.row.locality as keyof typeof RATES;
  const rates = RATES[locality];
  const special = school.row.kind === "special";
  const startYear = o.schoolYear - 6 - o.grade - (rng.chance(0.06) ? 1 : 0) - (special ? rng.int(0, 3) : 0);
  const birthDate = randomDate(rng, isoDate(startYear, 9, 1), isoDate(startYear + 1, 8, 31));
  const gender = rng.chance(special ? 0.6 : 0.515) ? "M" : "F";
  const migrant = rng.chance(rates.migrant);
  const ethnicity = drawEthnicity(rng, school.plan.mongolShare);
  const person = addPerson(ctx, {
    gender,
    birthDate,
    ethnicity,
    generation: "young",
    origin: migrant ? rng.pick(ORIGIN_REGION_CODES) : undefined,
  });
  const ruralHousehold = rng.chance(migrant ? 0.8 : rates.ruralHousehold);
  const compulsory = o.grade >= 1 && o.grade <= 9;
  const disabled = special || rng.chance(0.008);
  const townName = ctx.out.town.find((t) => t.code === school.row.townCode)?.name ?? "城关镇";
  const address =
    locality === "urban"
      ? `${ctx.countyName}城关镇${rng.pick(STREETS)}${rng.int(1, 299)}号`
      : `${ctx.countyName}${townName}${rng.pick(VILLAGES)}`;
  const row: StudentRow = {
    id: rng.uuid(),
    regionCode: ctx.regionCode,
    personId: person.id,
    studentNumber: `G${person.residentId}`,
    householdType: ruralHousehold ? "rural" : "urban",
    householdInCounty: !migrant,
    leftBehind: compulsory && !migrant && ruralHousehold && rng.chance(rates.leftBehind / rates.ruralHousehold),
    migrant,
    disability: disabled ? rng.weighted(special ? DISABILITY_SPECIAL : DISABILITY_MAINSTREAM) : null,
    disabilityPlacement: disabled ? (o.homebound ? "送教上门" : special ? "特教学校" : "随班就读") : null,
    orphan: rng.chance(0.002),
    povertyRegistered: rng.chance(ruralHousehold ? 0.04 : 0.012),
    dibao: rng.chance(ruralHousehold ? 0.025 : 0.015),
    address,
    guardianName: guardianName(rng, person.name),
    guardianPhone: mobilePhone(rng),
  };
  ctx.out.student.push(row);
  return row;
}
