// Registered (node --import) for every Node process the command-line tool starts, when the
// generator is installed in a manual's node_modules: Node runs TypeScript as it is, but refuses
// to for files under node_modules. These hooks strip the types of the generator's own .ts files,
// as Node does for any other file, and leave everything else to Node.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const generator = new URL('../', import.meta.url).href;

// Node calls stripTypeScriptTypes experimental and says so on every use; that notice is not for
// the manual's editors, so it alone is left out.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = /** @type {typeof process.emitWarning} */ (
  (/** @type {Parameters<typeof process.emitWarning>} */ ...args) => {
    if (String(args[0]).includes('stripTypeScriptTypes')) return;
    emitWarning(...args);
  }
);

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith(generator) && url.endsWith('.ts')) {
      const source = stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'), { mode: 'strip' });
      return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
