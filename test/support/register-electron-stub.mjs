// Registers a resolve hook so that `import 'electron'` in the Playwright test process (runner and
// workers both load the config that imports this) gets the stub instead of the npm package.
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      const stub = ${JSON.stringify(new URL('./electron-stub.mjs', import.meta.url).href)};
      export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: stub, shortCircuit: true };
        return next(specifier, context);
      }`)
)
