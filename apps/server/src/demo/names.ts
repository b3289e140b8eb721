/**
 * Word lists for fictitious people and places in an Inner Mongolian county (内蒙古): Han surnames weighted roughly
 * by frequency in the north, generation-typical given names, Mongolian names (蒙古族), streets, towns (镇/苏木)
 * and villages (村/嘎查). Every person and place generated from them is fictitious.
 */
import type { Random } from "./random";

/** Splits a space-separated word list. */
function words(text: string): readonly string[] {
  return text.split(" ");
}

/** Parses "王70 李68" into weighted choices. */
function weightedList(text: string): readonly (readonly [string, number])[] {
  return words(text).map((w) => [w.slice(0, 1), Number(w.slice(1))] as const);
}

/** Han surnames with relative frequency (northern China). */
const SURNAMES = weightedList(
  "王70 李68 张66 刘58 赵30 杨28 陈26 孙20 马20 高18 郭16 周14 吴12 徐12 韩12 白10 于10 董10 田9 贾9 郝8 魏8 闫8 宋8 朱8 胡8 冯8 " +
    "梁7 郑7 任7 武7 曹7 吕6 苏6 丁6 石6 姜6 崔6 孟6 侯6 杜6 黄6 乔5 贺5 常5 康5 范5 薛5 卢5 包5 温4 秦4 史4 许4 何4 云3 邵3 罗3 林3 程3 " +
    "袁3 彭3 孔3 毛3 姚3 邢3 齐3 鲍2",
);

const STUDENT_GIVEN = {
  M: "子梓浩宇轩俊博文一宸睿泽铭逸辰航皓然杰瑞昊天思嘉明晨诚佳凯鑫磊阳鹏越煜彬霖硕朗奕峻豪",
  F: "欣怡梓涵雨诗琪婷佳思可馨悦雅晴妍彤萱一诺语若曦月舒琳静瑶菲心钰蕊娜甜依梦雪晗涵婉",
} as const;

const ADULT_GIVEN = {
  M: "建国军伟强明志勇斌涛海峰刚东华平辉林鹏宏亮杰波春永兵学文德成忠利新世庆玉福",
  F: "丽红艳敏霞燕玲娟芳静梅英华慧秀萍晶雪琳颖莉婷媛洁蓉丹莹秋凤兰翠雅春",
} as const;

const MONGOLIAN_GIVEN = {
  M: words(
    "巴特尔 苏和 额尔敦 朝鲁 宝音 那顺 阿拉坦 巴雅尔 特木尔 乌力吉 孟和 哈斯 毕力格 格日勒图 吉日嘎拉 巴图 阿古拉 达来 图门 那日苏 额尔德木图 白音仓 满都拉 胡日查 布和 宝力道",
  ),
  F: words(
    "其其格 萨仁 乌兰 图雅 娜仁 高娃 斯琴 乌云 苏日娜 塔娜 萨日娜 阿如娜 敖登 格日乐 乌日娜 其木格 托雅 诺敏 哈斯其其格 乌日汗 吉雅 莎茹拉",
  ),
} as const;

const MONGOLIAN_SURNAMES = ["包", "白", "宝", "韩", "吴", "那", "奇", "云"] as const;

/** Ethnic groups (民族) with their share in the county; 蒙古族 is frequent in this Inner Mongolian county. */
export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ["汉族", 78],
  ["蒙古族", 18],
  ["满族", 2],
  ["回族", 1.4],
  ["达斡尔族", 0.3],
  ["朝鲜族", 0.1],
  ["鄂温克族", 0.2],
];

export type Generation = "young" | "adult";

function hanGiven(rng: Random, gender: "M" | "F", generation: Generation): string {
  const pool = (generation === "young" ? STUDENT_GIVEN : ADULT_GIVEN)[gender];
  const first = pool[rng.int(0, pool.length - 1)] ?? "";
  if (rng.chance(generation === "young" ? 0.2 : 0.35)) return first;
  return first + (pool[rng.int(0, pool.length - 1)] ?? "");
}

/**
 * A fictitious personal name fitting gender, ethnicity and generation.
 *
 * @example personName(rng, "F", "蒙古族", "young") // => e.g. "其木格" or "包乌日娜" or "王欣怡"
 */
export function personName(rng: Random, gender: "M" | "F", ethnicity: string, generation: Generation): string {
  if (ethnicity === "蒙古族") {
    const r = rng.next();
    const given = rng.pick(MONGOLIAN_GIVEN[gender]);
    if (r < 0.55) return given;
    if (r < 0.75) return rng.pick(MONGOLIAN_SURNAMES) + given;
  }
  return rng.weighted(SURNAMES) + hanGiven(rng, gender, generation);
}

const SURNAME_SET = new Set<string>([...SURNAMES.map(([s]) => s), ...MONGOLIAN_SURNAMES]);

/** A fictitious Han name for an adult, e.g. a bureau official. */
export function adultName(rng: Random, gender: "M" | "F"): string {
  return rng.weighted(SURNAMES) + hanGiven(rng, gender, "adult");
}

/**
 * A guardian's name (监护人) for a child: the father, sharing the child's surname; for a child with a Mongolian
 * name without surname, a Mongolian name.
 */
export function guardianName(rng: Random, childName: string): string {
  const surname = childName.slice(0, 1);
  if (SURNAME_SET.has(surname) && childName.length <= 3 && !MONGOLIAN_GIVEN.M.includes(childName.slice(1))) {
    return surname + hanGiven(rng, "M", "adult");
  }
  return rng.pick(MONGOLIAN_GIVEN.M);
}

/** Streets of the county seat (城关镇). */
export const STREETS = words(
  "团结路 民主街 新华大街 建设路 北环路 文化路 锡林大街 胜利路 那达慕大街 额尔敦路 育才路 南环路 兴安街 宝力根街 桑根达来路 振兴路",
);

/** Town stems; each becomes a 镇 or a 苏木 (the township of a pastoral area). */
export const TOWN_STEMS: readonly (readonly [string, "镇" | "苏木"])[] = words(
  "乌兰镇 白音镇 宝力格镇 巴彦镇 新民镇 红旗镇 哈达苏木 额很苏木 查干苏木 阿拉坦镇 塔林苏木 达来镇 朝克苏木 呼和镇 赛罕苏木 吉日嘎郎苏木 乌日图镇 巴润苏木",
).map((w) => (w.endsWith("苏木") ? [w.slice(0, -2), "苏木"] : [w.slice(0, -1), "镇"]));

/** Villages (村) and pastoral villages (嘎查). */
export const VILLAGES = words(
  "哈日嘎查 红星村 胜利村 团结村 前进村 希望村 布日都嘎查 巴润嘎查 敖包嘎查 新发村 永丰村 宝日嘎查 乌兰哈达嘎查 东升村 五一村 太平村 德胜村 白音查干嘎查 光明村 和平村",
);

const COUNTY_PREFIX = "北南东西中上下新古前后大长青白红";
const COUNTY_SUFFIX = "原川岭泉坪滩甸塬";

/**
 * The fictitious county names of the demo: index 0 is 北原县, the others are distinct two-character names.
 *
 * @example countyName(0) // => "北原县"
 */
export function countyName(index: number): string {
  const prefix = COUNTY_PREFIX[index % COUNTY_PREFIX.length] ?? "北";
  const suffix = COUNTY_SUFFIX[Math.floor(index / COUNTY_PREFIX.length) % COUNTY_SUFFIX.length] ?? "原";
  return `${prefix}${suffix}县`;
}

/** A fictitious mobile number (手机号). */
export function mobilePhone(rng: Random): string {
  return `1${rng.pick(["35", "39", "47", "51", "57", "82", "87", "88", "38", "50"])}${String(rng.int(0, 99999999)).padStart(8, "0")}`;
}
