// Reads XLIFF files with the npm 'xliff' package (xliff2js), a reader BrochureGen did not write,
// and prints what it saw as JSON: the languages and, per unit, its source and target as the
// package models them (text, and inline codes as { Span | Standalone: { id, type, … } }).
// The package's model holds one source and one target per unit: where a unit has several
// segments it keeps the last one, and it drops <mrk> annotations (keeping nothing of their
// text), so the .NET test compares what that model can carry.
import fs from 'node:fs'
import xliff2js from 'xliff/xliff2js'

const results = {}
for (const file of process.argv.slice(2)) {
  results[file] = await xliff2js(fs.readFileSync(file, 'utf8'))
}
process.stdout.write(JSON.stringify(results))
