import { parseArgs } from "node:util";
import { VERIFY_USAGE, verifyDrawCommand } from "./admissions/verifyCommand";
import { createAdministrator } from "./auth/firstRun";
import { countDemoUsers } from "./auth/userStore";
import { backupDatabase, passphraseProblem, readBackupHeader } from "./backup/backup";
import { openKey } from "./backup/backupKey";
import { commandLinePassphrase } from "./backup/passphrase";
import { restoreWithKey } from "./backup/restore";
import { openPlatform, resolveSecret } from "./bootstrap";
import { loadConfig } from "./config";
import { schemaVersion } from "./db/migrate";
import { DEMO_PASSWORD, demoAccountsSummary } from "./demo/accounts";
import { isDatabaseEmpty } from "./demo/load";
import { type DemoScale, loadDemo } from "./demo/run";
import { defaultRegionCode } from "./registry/store";
import { startServer } from "./server";

const log = (msg: string) => console.log(msg);

const USAGE = `用法: npm run cli -- <命令> [选项]

命令:
  serve                         启动平台(空数据库时载入示范县)
  migrate                       升级数据库结构
  demo [--scale county|city] [--seed N] [--force]
                                生成示范县数据(--force 清空现有数据后重建)
  create-admin [--username U] [--password P]
                                新建系统管理员(不给密码则随机生成并显示一次)
  backup <文件>                 备份整个数据库到文件(.jsonl.gz),连同用备份口令加密的个人信息密钥
  restore <文件>                从备份恢复(覆盖现有数据),需要备份口令
  backup-secret <文件>          用备份口令取出备份中的密钥(新服务器设置 EDUBUREAU_SECRET 时用)
${VERIFY_USAGE}

环境变量: PORT, EDUBUREAU_DATA, DATABASE_URL, EDUBUREAU_MODE=production, EDUBUREAU_SECRET,
          EDUBUREAU_ALLOW_DEMO=1, EDUBUREAU_ADMIN_PASSWORD,
          EDUBUREAU_BACKUP_PASSPHRASE(备份口令;不设置时在终端中提示输入)`;

function printDemoAccounts() {
  log(`\n示范账号(密码均为 ${DEMO_PASSWORD}):`);
  for (const line of demoAccountsSummary()) log(`  ${line}`);
  log("");
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "verify-draw") process.exit(await verifyDrawCommand(rest, log));
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      scale: { type: "string", default: "county" },
      seed: { type: "string", default: "2026" },
      force: { type: "boolean", default: false },
      username: { type: "string", default: "admin" },
      password: { type: "string" },
    },
  });
  if (!command || command === "help" || command === "--help") {
    log(USAGE);
    return;
  }
  const config = loadConfig();
  // the passphrase first: a backup or restore that cannot get one stops before the database is opened
  let passphrase = "";
  if (command === "backup" || command === "restore" || command === "backup-secret") {
    if (!positionals[0]) {
      throw new Error(`请指定备份文件,例如 npm run cli -- ${command} backup.jsonl.gz`);
    }
    if (command === "backup-secret") {
      const header = await readBackupHeader(positionals[0]);
      if (!header.key) throw new Error("这份备份由旧版本制作,不含密钥");
      const secret = await openKey(header.key, await commandLinePassphrase(config, { confirm: false }));
      if (secret === null) throw new Error("备份口令不正确:请输入制作这份备份时设置的口令(区分大小写)");
      log(secret);
      return;
    }
    passphrase = await commandLinePassphrase(config, { confirm: command === "backup" });
    const problem = command === "backup" ? passphraseProblem(passphrase) : null;
    if (problem) throw new Error(problem);
  }
  const started = Date.now();
  const platform = await openPlatform(config, log);
  const { database } = platform;
  const closeAndExit = async (code = 0) => {
    await database.close();
    process.exit(code);
  };

  switch (command) {
    case "serve": {
      if (await isDatabaseEmpty(database.db)) {
        if (config.production) {
          const admin = await createAdministrator(database.db, {
            username: "admin",
            password: config.adminPassword,
            regionCode: (await defaultRegionCode(database.db)) ?? "000000",
            now: new Date(),
          });
          log(
            `已创建系统管理员 ${admin.username}${admin.generated ? `,初始密码(只显示这一次):${admin.password}` : ""}`,
          );
        } else {
          await loadDemo(platform, { scale: "county", seed: 2026 }, log);
        }
      }
      const demoUsers = await countDemoUsers(database.db);
      if (config.production && demoUsers > 0 && !config.allowDemo) {
        console.error(
          "生产模式拒绝启动:数据库中存在示范账号。请删除示范数据,或设置 EDUBUREAU_ALLOW_DEMO=1(仅限演示站点)。",
        );
        await closeAndExit(1);
      }
      const server = await startServer(config, platform, log);
      log(`启动用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      if (demoUsers > 0) printDemoAccounts();
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return;
    }
    case "migrate":
      log(`数据库结构已是最新版本(${await schemaVersion(database)})`);
      break;
    case "demo": {
      const scale = values.scale as DemoScale;
      if (!["tiny", "county", "city"].includes(scale)) throw new Error("--scale 只能是 county 或 city");
      const seed = Number(values.seed);
      if (!Number.isInteger(seed)) throw new Error("--seed 应为整数");
      if (!(await isDatabaseEmpty(database.db)) && !values.force) {
        throw new Error("数据库中已有数据。如需清空后重建示范县,请加 --force");
      }
      await loadDemo(platform, { scale, seed, reset: values.force }, log);
      printDemoAccounts();
      break;
    }
    case "create-admin": {
      const admin = await createAdministrator(database.db, {
        username: values.username,
        password: values.password ?? config.adminPassword,
        regionCode: (await defaultRegionCode(database.db)) ?? "000000",
        now: new Date(),
      });
      log(`已创建系统管理员 ${admin.username}${admin.generated ? `,初始密码(只显示这一次):${admin.password}` : ""}`);
      break;
    }
    case "backup": {
      const file = positionals[0]!;
      await backupDatabase(database, file, { secret: resolveSecret(config), passphrase }, log);
      log(`备份完成:${file}(恢复时需要同一备份口令)`);
      break;
    }
    case "restore": {
      const file = positionals[0]!;
      const outcome = await restoreWithKey({ database, config, file, passphrase, onProgress: log });
      log(`恢复完成:${file}(备份时间 ${outcome.backupCreatedAt})`);
      if (outcome.keyReplaced)
        log("数据文件夹中的 secret.key 已换成备份中的密钥,原密钥保留为 secret.key.replaced-<时间>");
      break;
    }
    default:
      log(`未知命令:${command}\n\n${USAGE}`);
      await closeAndExit(2);
  }
  log(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  await closeAndExit(0);
}

main().catch((err: unknown) => {
  console.error(`错误:${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
