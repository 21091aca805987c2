// Preloaded into every Node process of a build under test (NODE_OPTIONS="--import …"): records each
// outbound request — a fetch(), or a TCP connection by any other means (http, https, undici) — to the
// file named by RECORD_NETWORK, one line each, and makes it fail instead of leaving the machine.
// tests/gates/atomic-build.test.ts reads the file: a build for the portal must make none.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.RECORD_NETWORK;
if (log) {
  const record = (what) => appendFileSync(log, `${process.pid} ${process.argv.slice(1, 3).join(' ')}: ${what}\n`);
  globalThis.fetch = async (input) => {
    record(`fetch ${typeof input === 'string' ? input : (input?.url ?? String(input))}`);
    throw new TypeError('network requests are refused in this test');
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const options =
      typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { port: args[0], host: args[1] };
    // A local socket (a pipe between processes) is not a request to a host.
    if (options && typeof options.path === 'string') return connect.apply(this, args);
    record(`connect ${options?.host ?? 'localhost'}:${options?.port}`);
    process.nextTick(() => this.destroy(new Error('network connections are refused in this test')));
    return this;
  };
}
