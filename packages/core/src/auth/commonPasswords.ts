/**
 * Passwords and base words common in Chinese breach lists (CSDN, 天涯, 12306 and others) that the estimator's
 * English-centred dictionaries rank too low or miss. They are added in front of its password dictionary, so a
 * password built on one of them ("woaini1314", "Admin@123456", "1qaz@WSX") counts as a common one.
 */
export const commonChinesePasswords: readonly string[] = [
  "123456",
  "123456789",
  "111111",
  "12345678",
  "000000",
  "123123",
  "5201314",
  "1314520",
  "woaini",
  "woaini1314",
  "woaini520",
  "woainima",
  "aini1314",
  "iloveyou",
  "1314",
  "520",
  "a123456",
  "qq123456",
  "abc123",
  "123qwe",
  "qwe123",
  "asd123",
  "1qaz2wsx",
  "1qaz@wsx",
  "1qaz!qaz",
  "1qaz2wsx3edc",
  "1qaz@wsx3edc",
  "qwer1234",
  "zxcvbnm",
  "admin",
  "admin123",
  "admin@123",
  "admin@123456",
  "root",
  "p@ssw0rd",
  "wojiushiwo",
  "nihao",
  "baobei",
  "laopo",
  "laogong",
  "zhongguo",
  "beijing",
  "shanghai",
  "jiaoyu",
  "jiaoyuju",
  "xuexiao",
  "laoshi",
  "xuesheng",
  "banzhuren",
  "xiaozhang",
];

/**
 * Passwords published with this software: the demo county's accounts all use the first. Refused outright as a new
 * password, whatever the estimator says.
 */
export const publishedPasswords: readonly string[] = ["EduDemo@2026"];
