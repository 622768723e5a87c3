import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(process.cwd(), 'main/publish/emulator/sandbox.ts');
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGTERM');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `npm run portal:sandbox`'s script on `port`; resolves once it listens or exits. */
function sandbox(port: number): Promise<{ child: ChildProcess; output: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ATELIER_SANDBOX_PORT: String(port) } });
    started.push(child);
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.includes('Bac à sable des portails sur')) resolve({ child, output, code: null });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ child, output, code }));
  });
}

describe('npm run portal:sandbox', () => {
  it('says in French that the port is taken, instead of a stack trace', async () => {
    const port = await freePort();
    const first = await sandbox(port);
    expect(first.output).toContain(`http://127.0.0.1:${String(port)}`);
    const second = await sandbox(port);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Le port ${String(port)} est déjà utilisé`);
    expect(second.output).not.toContain('EADDRINUSE');
  });
});
