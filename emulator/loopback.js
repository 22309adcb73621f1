// Starting and stopping an emulator's HTTP server, shared by the ESC, Lambda and GitHub emulators.

/**
 * Listens on 127.0.0.1 only (tests never open a port beyond this machine).
 * @param {import('node:http').Server} server
 * @param {number} port 0 for any free port
 * @returns {Promise<string>} the server's origin, `http://127.0.0.1:<port>`
 */
export async function listenOnLoopback(server, port) {
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${address.port}`;
}

/** @param {import('node:http').Server} server */
export async function closeServer(server) {
  const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
  // fetch keeps connections alive; without this close() would wait for them to time out.
  server.closeAllConnections();
  await closed;
}
