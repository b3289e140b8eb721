import type { Config } from "../config";

export interface PassphraseInput {
  /** read from the terminal without echo */
  stdin: NodeJS.ReadStream;
  stderr: NodeJS.WriteStream;
}

/**
 * The backup passphrase for the command line: EDUBUREAU_BACKUP_PASSPHRASE when set (a scheduled backup runs
 * unattended), otherwise typed at the terminal without echo (twice when `confirm`, for a new backup). Without a
 * terminal and without the variable it refuses, saying how to supply it.
 */
export async function commandLinePassphrase(
  config: Pick<Config, "backupPassphrase">,
  options: { confirm: boolean },
  io: PassphraseInput = { stdin: process.stdin, stderr: process.stderr },
): Promise<string> {
  if (config.backupPassphrase) return config.backupPassphrase;
  if (!io.stdin.isTTY) {
    throw new Error(
      "需要备份口令:请设置环境变量 EDUBUREAU_BACKUP_PASSPHRASE(计划任务等无人值守时),或在终端中运行此命令并按提示输入口令",
    );
  }
  const first = await readHidden(io, "备份口令:");
  if (!options.confirm) return first;
  const second = await readHidden(io, "再次输入备份口令:");
  if (first !== second) throw new Error("两次输入的备份口令不一致,请重新运行");
  return first;
}

/** One line typed at the terminal, not echoed. */
function readHidden(io: PassphraseInput, prompt: string): Promise<string> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let text = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      stderr.write("\n");
      if (err) reject(err);
      else resolve(text);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return done();
        if (ch === "\u0003") return done(new Error("已取消"));
        if (ch === "\u007f" || ch === "\b") text = [...text].slice(0, -1).join("");
        else if (ch >= " ") text += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}
