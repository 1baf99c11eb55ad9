// An error as the log keeps it: its name and stack frames, not its message, which a library may fill with the values
// of the statement or body that failed (names, ID numbers).
export interface LoggedError {
  name: string;
  stack: string[];
}

export function errorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { name: typeof error, stack: [] };
  const frames = (error.stack ?? '').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('at '));
  return { name: error.name, stack: frames };
}
