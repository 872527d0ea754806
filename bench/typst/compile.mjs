// Compiles a Typst document to PDF with typst.ts's Node compiler (Typst's compiler as a Node
// native addon), for bench/time-build.sh's comparison when the Typst CLI is not installed.
//   node bench/typst/compile.mjs [--font-path DIR]... [--root DIR] <doc.typ> <out.pdf>
// The root (for read() and includes) defaults to the document's folder. Exits 1 with Typst's
// diagnostics on an error; prints warnings to stderr.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const args = process.argv.slice(2);
const fontPaths = [];
let root = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--font-path') fontPaths.push(path.resolve(args[++i]));
  else if (args[i] === '--root') root = path.resolve(args[++i]);
  else if (args[i] === '--version') files.push('--version');
  else files.push(args[i]);
}

if (files[0] === '--version') {
  const compiler = NodeCompiler.create();
  const version = compiler.query(
    { mainFileContent: '#metadata(str(sys.version)) <v>' }, { selector: '<v>', field: 'value' });
  console.log(`typst ${version[0]} (typst.ts Node compiler ${require('@myriaddreamin/typst-ts-node-compiler/package.json').version})`);
  process.exit(0);
}
if (files.length !== 2) {
  console.error('usage: node compile.mjs [--font-path DIR]... [--root DIR] <doc.typ> <out.pdf>');
  process.exit(2);
}
const [input, output] = files.map((f) => path.resolve(f));
root ??= path.dirname(input);

const compiler = NodeCompiler.create({
  workspace: root,
  ...(fontPaths.length ? { fontArgs: [{ fontPaths }] } : {}),
});
const result = compiler.compile({ mainFilePath: input });
const warnings = result.takeWarnings();
if (warnings) warnings.printDiagnostics();
const doc = result.result;
if (!doc || result.hasError()) {
  result.printDiagnostics();
  process.exit(1);
}
writeFileSync(output, compiler.pdf(doc));
