/**
 * School conditions (办学条件) per school per year: floor areas, sports grounds, equipment value, books, computers,
 * multimedia, music and art rooms. Stocks are sized from each school's planned enrollment against the balance
 * standards (methods.md §1.1), bent by locality — crowded urban schools short of space, village schools with space
 * but short of equipment — and by a per-school factor, so the difference coefficients are meaningful. Stocks grow a
 * little each year; a relocated school gets a larger campus from the year it moves.
 */
import type { Stage } from "@edubureau/core/registry";
import { type GenContext, isOpen, type SchoolInfo, stageAt } from "./context";
import { clamp, type Random } from "./random";

interface PerPupil {
  teaching: number;
  sports: number;
  equipmentYuan: number;
  books: number;
  computers: number;
  multimedia: number;
}

/** Per-pupil reference values; computers and multimedia rooms per pupil (not per 100). */
const STANDARD: Record<Stage, PerPupil> = {
  preschool: { teaching: 5, sports: 3, equipmentYuan: 800, books: 10, computers: 0.03, multimedia: 0.03 },
  primary: { teaching: 4.5, sports: 7.5, equipmentYuan: 2000, books: 30, computers: 0.12, multimedia: 0.023 },
  junior: { teaching: 5.8, sports: 10.2, equipmentYuan: 2500, books: 40, computers: 0.14, multimedia: 0.024 },
  senior: { teaching: 6.5, sports: 11, equipmentYuan: 3000, books: 50, computers: 0.16, multimedia: 0.025 },
  vocational: { teaching: 7, sports: 9, equipmentYuan: 5000, books: 35, computers: 0.25, multimedia: 0.025 },
  special: { teaching: 15, sports: 12, equipmentYuan: 6000, books: 30, computers: 0.2, multimedia: 0.05 },
};

const LOCALITY: Record<string, PerPupil> = {
  urban: { teaching: 0.9, sports: 0.75, equipmentYuan: 1.15, books: 1, computers: 1.1, multimedia: 1.15 },
  town: { teaching: 1.05, sports: 1.2, equipmentYuan: 0.95, books: 0.95, computers: 0.95, multimedia: 1 },
  rural: { teaching: 1.6, sports: 2, equipmentYuan: 0.7, books: 0.75, computers: 0.7, multimedia: 0.8 },
};

const KEYS = ["teaching", "sports", "equipmentYuan", "books", "computers", "multimedia"] as const;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The school's stock at planned enrollment, before yearly growth. */
function baseStock(rng: Random, school: SchoolInfo, sizeFactor: number): PerPupil {
  const stock: PerPupil = { teaching: 0, sports: 0, equipmentYuan: 0, books: 0, computers: 0, multimedia: 0 };
  const local = LOCALITY[school.row.locality] ?? LOCALITY.town;
  const crowded = school.plan.legacyLarge ? 0.75 : 1;
  const privateEquipment = school.row.ownership === "private" ? 1.1 : 1;
  for (const band of school.plan.bands) {
    const pupils = band.perGrade * sizeFactor * (band.to - band.from + 1);
    const standard = STANDARD[stageAt(school, band.from)];
    for (const k of KEYS) {
      const factor = (local?.[k] ?? 1) * clamp(rng.normal(1, 0.18), 0.55, 1.7);
      const space = k === "teaching" || k === "sports" ? crowded : k === "equipmentYuan" ? privateEquipment : 1;
      stock[k] += pupils * standard[k] * factor * space;
    }
  }
  return stock;
}

/** Writes one condition row per open school per year. */
export function generateConditions(ctx: GenContext, schools: readonly SchoolInfo[], sizeFactor: number): void {
  for (const school of schools) {
    const rng = ctx.rng.fork(`conditions:${school.row.id}`);
    const base = baseStock(rng, school, sizeFactor);
    const moved = ctx.out.schoolEvent.find((e) => e.schoolId === school.row.id && e.kind === "relocated");
    const movedIn = moved ? Number(moved.on.slice(0, 4)) : Number.POSITIVE_INFINITY;
    const newCampus = moved?.otherSchoolId ? 1.15 : 1.45;
    const tp = school.row.kind === "teaching_point";
    const urban = school.row.locality === "urban";
    const pupils = school.plan.bands.reduce((n, b) => n + b.perGrade * sizeFactor * (b.to - b.from + 1), 0);
    const rooms = tp
      ? 0
      : urban
        ? 1 + Math.floor(pupils / 1200)
        : rng.chance(school.row.locality === "town" ? 0.85 : 0.4)
          ? 1
          : 0;
    const roomsFrom = rooms > 0 || tp ? ctx.years[0] : ctx.latestYear + (rng.chance(0.4) ? 0 : 1);
    const buildingRatio = 1.45 + rng.next() * 0.2;
    const artShort = rng.chance(0.2) ? 1 : 0;
    ctx.years.forEach((year, t) => {
      if (!isOpen(school, year)) return;
      const campus = year >= movedIn ? newCampus : 1;
      const teaching = base.teaching * campus;
      const musicRooms = rooms > 0 ? rooms : year >= (roomsFrom ?? year) && !tp ? 1 : 0;
      const artRooms = Math.max(0, musicRooms - artShort);
      ctx.out.schoolCondition.push({
        id: rng.uuid(),
        regionCode: ctx.regionCode,
        schoolId: school.row.id,
        schoolYear: year,
        buildingArea: round2(teaching * buildingRatio),
        teachingArea: round2(teaching),
        sportsArea: round2(base.sports * (year >= movedIn ? newCampus * 1.1 : 1)),
        equipmentValueFen: Math.round(base.equipmentYuan * (1 + 0.05 * t) * rng.normal(1, 0.01)) * 100,
        books: Math.round(base.books * (1 + 0.04 * t)),
        studentComputers: Math.round(base.computers * (1 + 0.03 * t)),
        multimediaRooms: Math.max(tp ? 0 : 1, Math.round(base.multimedia * (1 + 0.04 * t))),
        musicRooms,
        musicRoomArea: round2(musicRooms * (86 + rng.int(0, 20))),
        artRooms,
        artRoomArea: round2(artRooms * (80 + rng.int(0, 20))),
      });
    });
  }
  applyReportingSlips(ctx, schools);
}

/**
 * Slips of the kind the bureau's data checks exist for (the seeds call for a campaign against falsified
 * statistics): in the latest year one town school leaves its equipment value at zero and a rural school types its
 * sports ground with an extra zero. The balance pages flag both before computing.
 */
const REPORTING_SLIPS: Record<string, (c: { equipmentValueFen: number; sportsArea: number }) => void> = {
  p7: (c) => {
    c.equipmentValueFen = 0;
  },
  p11: (c) => {
    c.sportsArea = round2(c.sportsArea * 10);
  },
};

function applyReportingSlips(ctx: GenContext, schools: readonly SchoolInfo[]): void {
  for (const school of schools) {
    const slip = REPORTING_SLIPS[school.plan.key];
    const row = ctx.out.schoolCondition.find((c) => c.schoolId === school.row.id && c.schoolYear === ctx.latestYear);
    if (slip && row) slip(row);
  }
}
