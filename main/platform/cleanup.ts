/** Clean-up steps run once at quit, newest first; each touches only what already exists. */
export interface Cleanup {
  /** Registers a step; returns a function that removes it again. */
  add: (name: string, step: () => void) => () => void;
  /** Runs every registered step once, newest first; one failing step does not stop the others. */
  run: () => void;
  /** True once Quit has begun: start-up work still under way stops instead of starting more. */
  quitting: () => boolean;
}

/**
 * Quit must be clean at every moment of start-up: each adapter registers its own clean-up when
 * it exists, so a Quit before the quiet detectors (say) are set up never touches them.
 */
export const createCleanup = (log: (message: string) => void = () => undefined): Cleanup => {
  const steps: Array<{ name: string; step: () => void }> = [];
  let ran = false;
  return {
    add: (name, step) => {
      const entry = { name, step };
      if (ran) {
        // Something came up after quit began (a slow desktop service): clean it at once.
        try {
          step();
        } catch (error) {
          log(`quit: ${name} failed to clean up (${(error as Error).message})`);
        }
        return () => undefined;
      }
      steps.push(entry);
      return () => {
        const at = steps.indexOf(entry);
        if (at >= 0) steps.splice(at, 1);
      };
    },
    run: () => {
      if (ran) return;
      ran = true;
      for (const { name, step } of steps.splice(0).reverse()) {
        try {
          step();
        } catch (error) {
          log(`quit: ${name} failed to clean up (${(error as Error).message})`);
        }
      }
    },
    quitting: () => ran,
  };
};
