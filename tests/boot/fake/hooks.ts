/**
 * A module loader hook (Node's `module.register`, https://nodejs.org/api/module.html#customization-hooks):
 * the specifier 'electron', from the app or from any package in node_modules, resolves to the fake.
 */
let fakeUrl = '';

/** Receives the fake's URL from register.ts. */
export const initialize = (data: { fakeUrl: string }): void => {
  fakeUrl = data.fakeUrl;
};

type NextResolve = (specifier: string, context?: unknown) => Promise<{ url: string }>;

/** Maps 'electron' to the fake; everything else resolves as usual. */
export const resolve = async (specifier: string, context: unknown, nextResolve: NextResolve): Promise<{ url: string; shortCircuit?: boolean }> =>
  specifier === 'electron' ? { url: fakeUrl, shortCircuit: true } : nextResolve(specifier, context);
