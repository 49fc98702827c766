// Bundles the browser modules with esbuild into the folder given as the first argument
// (the Maven build passes target/classes/static/assets). No CDN: everything ships in the jar.
import { build } from 'esbuild';

const outdir = process.argv[2] ?? '../../../target/classes/static/assets';

await build({
  entryPoints: {
    app: 'src/app.js',
    'ticket-form': 'src/ticket-form.js',
    'catalog-order': 'src/catalog-order.js',
    diagram: 'src/diagram.js',
    'studio-analytics': 'src/studio-analytics.js',
    chats: 'src/chats.js',
    'studio-modeler': 'src/studio-modeler.js',
    'studio-marks': 'src/studio-marks.js',
    'studio-dmn': 'src/studio-dmn.js',
    theme: 'src/theme.css'
  },
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'warning'
});
// form-js's editor pins preact at most 10.15.1 while its viewer takes the newest: two copies of
// preact in one bundle break its hooks, so the form editor's bundle uses the editor's one only.
await build({
  entryPoints: { 'studio-form': 'src/studio-form.js' },
  outdir,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  alias: { preact: './node_modules/@bpmn-io/form-js-editor/node_modules/preact' },
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  logLevel: 'warning'
});
// The chat widget is embedded on other sites with a classic <script async> tag: one IIFE file.
await build({
  entryPoints: { 'chat-widget': 'src/chat-widget.js' },
  outdir,
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  logLevel: 'warning'
});
console.log(`frontend bundled into ${outdir}`);
