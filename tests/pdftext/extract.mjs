// Reads the text of PDFs as three of the engines people read PDFs with do: PDFium (Chrome,
// Edge), MuPDF and pdf.js (Firefox). Arguments: PDF files. Prints one JSON object:
// { "<file>": { "pdfium": [page text, ...], "mupdf": [...], "pdfjs": [...] }, ... }.
// Each engine is asked the way its viewer copies or searches a page: PDFium FPDFText
// (page.getText), MuPDF structured text (asText), pdf.js getTextContent items joined with
// their line ends.
import fs from 'node:fs';
import { PDFiumLibrary } from '@hyzyla/pdfium';
import * as mupdf from 'mupdf';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfium = await PDFiumLibrary.init();
const result = {};
for (const file of process.argv.slice(2)) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const out = { pdfium: [], mupdf: [], pdfjs: [] };

  const document = await pdfium.loadDocument(bytes.slice());
  for (const page of document.pages()) out.pdfium.push(page.getText());
  document.destroy();

  const mu = mupdf.Document.openDocument(bytes.slice(), 'application/pdf');
  for (let i = 0; i < mu.countPages(); i++) out.mupdf.push(mu.loadPage(i).toStructuredText().asText());

  const js = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  for (let i = 1; i <= js.numPages; i++) {
    const content = await (await js.getPage(i)).getTextContent();
    out.pdfjs.push(content.items.map(item => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  await js.destroy();

  result[file] = out;
}
pdfium.destroy();
process.stdout.write(JSON.stringify(result));
