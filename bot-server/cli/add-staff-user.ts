/**
 * `npm run user:add -- --username admin --role admin --name "Quản trị" [--commune 00001]`: creates
 * a console account in the configured database (DATABASE_URL; SQLite by default). The password
 * comes from DVC_NEW_USER_PASSWORD, or is asked for twice without echo when run in a terminal; it
 * is never printed. Exits 1 with a plain message on a bad argument, a taken username or a short password.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config';
import { openDatabase } from '../storage/open-database';
import { createStaffUserRequestSchema } from '../../shared/api/console-api-schemas';
import { createStaffAccount } from '../console-api/create-staff-account';

const USAGE = 'Cách dùng / usage: npm run user:add -- --username <tên> --role <official|supervisor|volunteer|admin> --name "<Họ tên>" [--commune <mã xã>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without showing what is typed. */
function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.DVC_NEW_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) fail('Thiếu mật khẩu: đặt biến môi trường DVC_NEW_USER_PASSWORD, hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.\n(No password: set DVC_NEW_USER_PASSWORD or run in a terminal.)');
  const first = await askHidden('Mật khẩu (ít nhất 12 ký tự) / password: ');
  const again = await askHidden('Nhập lại mật khẩu / again: ');
  if (first !== again) fail('Hai lần nhập mật khẩu không khớp. Hãy chạy lại lệnh. (The passwords do not match.)');
  return first;
}

const { values } = parseArgs({
  options: { username: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, commune: { type: 'string' } },
  strict: true,
});
const input = createStaffUserRequestSchema.safeParse({
  username: values.username,
  displayName: values.name,
  role: values.role,
  communeCode: values.commune ?? null,
  password: '',
});
if (!input.success) fail(`${input.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n')}\n${USAGE}`);

const loaded = loadConfig(process.env);
if (!loaded.ok) fail(`Cấu hình có lỗi / configuration problems:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
const password = await readPassword();
const { db, dialect, close } = await openDatabase(loaded.config.databaseUrl);
try {
  const result = await createStaffAccount(db, { ...input.data, password }, { now: new Date().toISOString(), actorId: null });
  const where = dialect === 'postgres' ? 'PostgreSQL' : `SQLite ${loaded.config.databaseUrl}`;
  if (result.ok) {
    console.log(`Đã tạo tài khoản "${input.data.username.toLowerCase()}" (${input.data.role}, ${input.data.displayName}) trong ${where}. Đăng nhập tại POST /api/console/sign-in.`);
    console.log(`Created console account "${input.data.username.toLowerCase()}" (${input.data.role}) in ${where}.`);
  } else {
    console.error(`${result.error.message}\n(${result.error.messageEn ?? result.error.code})`);
    process.exitCode = 1;
  }
} finally {
  await close();
}
