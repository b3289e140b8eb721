/**
 * Attributes of a staff member (教职工) drawn at plausible rates: highest qualification (最高学历, lower in rural
 * schools and for older staff), professional title (职称) by years of service, backbone level (骨干教师),
 * teacher certificate (教师资格证) and establishment (编制).
 */
import type {
  BackboneLevel,
  Locality,
  PostType,
  ProfessionalTitle,
  Qualification,
  Stage,
} from "@edubureau/core/registry";
import type { Random } from "./random";

type Weights<T> = readonly (readonly [T, number])[];

const TEACHER_QUALIFICATION: Record<Stage, Record<Locality, Weights<Qualification>>> = (() => {
  const senior: Weights<Qualification> = [
    ["postgraduate", 12],
    ["bachelor", 84],
    ["college", 4],
  ];
  const special: Weights<Qualification> = [
    ["postgraduate", 3],
    ["bachelor", 70],
    ["college", 27],
  ];
  const preschool: Weights<Qualification> = [
    ["postgraduate", 1],
    ["bachelor", 40],
    ["college", 50],
    ["secondary", 9],
  ];
  const same = (w: Weights<Qualification>) => ({ urban: w, town: w, rural: w });
  return {
    preschool: same(preschool),
    primary: {
      urban: [
        ["postgraduate", 3],
        ["bachelor", 75],
        ["college", 21],
        ["secondary", 1],
      ],
      town: [
        ["postgraduate", 1],
        ["bachelor", 60],
        ["college", 36],
        ["secondary", 3],
      ],
      rural: [
        ["bachelor", 42],
        ["college", 48],
        ["secondary", 10],
      ],
    },
    junior: {
      urban: [
        ["postgraduate", 5],
        ["bachelor", 85],
        ["college", 10],
      ],
      town: [
        ["postgraduate", 2],
        ["bachelor", 75],
        ["college", 22],
        ["secondary", 1],
      ],
      rural: [
        ["postgraduate", 1],
        ["bachelor", 65],
        ["college", 32],
        ["secondary", 2],
      ],
    },
    senior: same(senior),
    vocational: same(senior),
    special: same(special),
  };
})();

const OTHER_QUALIFICATION: Record<Exclude<PostType, "teacher">, Weights<Qualification>> = {
  admin: [
    ["postgraduate", 5],
    ["bachelor", 70],
    ["college", 25],
  ],
  support: [
    ["bachelor", 40],
    ["college", 45],
    ["secondary", 15],
  ],
  worker: [
    ["college", 15],
    ["secondary", 50],
    ["below", 35],
  ],
};

/** Highest qualification; staff over 50 more often trained at a lower level, under 30 at a higher one. */
export function drawQualification(
  rng: Random,
  post: PostType,
  stage: Stage,
  locality: Locality,
  age: number,
): Qualification {
  const q = rng.weighted(post === "teacher" ? TEACHER_QUALIFICATION[stage][locality] : OTHER_QUALIFICATION[post]);
  if (age > 50 && q === "bachelor" && rng.chance(0.25)) return "college";
  if (age > 50 && q === "college" && rng.chance(0.15)) return "secondary";
  if (age < 30 && q === "college" && rng.chance(0.5)) return "bachelor";
  return q;
}

/** Title distribution by years of service (教龄). */
function titleWeights(service: number, locality: Locality): Weights<ProfessionalTitle> {
  const s = locality === "urban" ? 1 : 0.7;
  if (service < 1) return [["none", 1]];
  if (service < 3)
    return [
      ["entry", 40],
      ["junior", 60],
    ];
  if (service < 8)
    return [
      ["junior", 70],
      ["intermediate", 30],
    ];
  if (service < 15)
    return [
      ["junior", 25],
      ["intermediate", 65],
      ["senior", 10 * s],
    ];
  if (service < 25)
    return [
      ["junior", 2],
      ["intermediate", 55],
      ["senior", 43 * s],
      ["senior_high", 0.5 * s],
    ];
  return [
    ["intermediate", 40],
    ["senior", 57 * s],
    ["senior_high", 1.5 * s],
  ];
}

/**
 * The title at a quantile u of the distribution for the years of service: keeping u fixed per person makes titles
 * rise, never fall, as service grows.
 */
export function titleAt(u: number, post: PostType, service: number, locality: Locality): ProfessionalTitle {
  if (post === "worker") return "none";
  const weights = titleWeights(service, locality);
  const total = weights.reduce((n, [, w]) => n + w, 0);
  let r = u * total;
  for (const [title, w] of weights) {
    r -= w;
    if (r < 0) return title;
  }
  return weights[weights.length - 1]?.[0] ?? "none";
}

/** Backbone level (骨干教师): most none; school, county and city levels for experienced teachers; a few province. */
export function drawBackbone(rng: Random, post: PostType, service: number, locality: Locality): BackboneLevel {
  if (post !== "teacher" || service < 5) return "none";
  const r = locality === "urban" ? 1 : 0.6;
  return rng.weighted<BackboneLevel>([
    ["none", 68],
    ["school", 15],
    ["county", 11 * r],
    ["city", 5 * r],
    ["province", 0.8 * r],
  ]);
}

export type Establishment = "established" | "contract" | "substitute";

/** Establishment (编制): mostly established in public schools; 代课 substitutes in rural ones; contracts in private. */
export function drawEstablishment(rng: Random, post: PostType, ownership: string, locality: Locality): Establishment {
  if (ownership === "private") return "contract";
  if (post === "admin") return "established";
  if (post === "worker") return rng.chance(0.3) ? "established" : "contract";
  if (post === "support") return rng.chance(0.7) ? "established" : "contract";
  return rng.weighted<Establishment>(
    locality === "rural"
      ? [
          ["established", 80],
          ["contract", 8],
          ["substitute", 12],
        ]
      : [
          ["established", 87],
          ["contract", 9],
          ["substitute", 4],
        ],
  );
}

/** Teacher certificate (教师资格证): nearly all established teachers; fewer substitutes and contract staff. */
export function drawCertificate(rng: Random, post: PostType, establishment: Establishment, ownership: string): boolean {
  if (post === "worker") return false;
  if (post === "support") return rng.chance(0.4);
  if (post === "admin") return rng.chance(0.9);
  if (ownership === "private") return rng.chance(0.88);
  return rng.chance(establishment === "established" ? 0.985 : establishment === "contract" ? 0.9 : 0.7);
}

/** Share of women by stage taught (and for non-teaching posts). */
export function femaleShare(post: PostType, stage: Stage): number {
  if (post === "admin") return 0.4;
  if (post === "support") return 0.6;
  if (post === "worker") return stage === "preschool" ? 0.95 : 0.4;
  return { preschool: 0.97, primary: 0.75, junior: 0.6, senior: 0.5, vocational: 0.45, special: 0.7 }[stage];
}
