import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookPort } from "../plan/port";

const PortContext = createContext<WorkbookPort | null>(null);

/** Hands the workbook port to the views; index.tsx creates it, tests pass a fake. */
export function PortProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

/** The open workbook's port. Only views under a PortProvider may call it. */
export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("usePort() needs a <PortProvider> above it.");
  return port;
}
