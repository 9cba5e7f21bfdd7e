/** regkg's exit codes, on their own so that the entry point can use them without loading the rest. 130 is the shell's code for a command stopped by Ctrl-C (128 + SIGINT). */
export const EXIT = { ok: 0, badData: 1, usage: 2, internal: 3, interrupted: 130 } as const;
