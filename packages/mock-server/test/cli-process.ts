import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (where tsx resolves the `@helpdock/*` path aliases). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The control token the test CLI runs with (`HELPDOCK_CONTROL_TOKEN` of the spawned process). */
export const CONTROL_TOKEN = 'test-control-token-for-the-cli';

/** A running `helpdock-mock` process. */
export interface CliProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the CLI from source (`node --import tsx src/cli.ts`) and waits for its URL. Its control
 * token is {@link CONTROL_TOKEN} unless `env` says otherwise (`HELPDOCK_CONTROL_TOKEN: undefined`
 * lets it pick a random one).
 */
export function startCli(
  args: string[] = ['--port', '0'],
  env: Record<string, string | undefined> = {},
): Promise<CliProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/mock-server/src/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: withoutUndefined({
      ...process.env,
      NODE_ENV: 'test',
      HELPDOCK_CONTROL_TOKEN: CONTROL_TOKEN,
      ...env,
    }),
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          output: () => output,
          stop: async () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}:\n${output}`));
    });
  });
}

const withoutUndefined = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

/** Runs the CLI to completion (for --help and bad flags). */
export function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/mock-server/src/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
