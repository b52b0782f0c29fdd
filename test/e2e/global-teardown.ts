/** After the end-to-end tests: closes Chromium and the two static servers global-setup.ts started. */
import type { E2EHandles } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  const handles = (globalThis as { __E2E__?: E2EHandles }).__E2E__;
  if (!handles) return;
  await handles.chromium.close();
  await Promise.all(handles.servers.map((server) => server.close()));
}
