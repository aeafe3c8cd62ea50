// `npm run preview` / `npm start`: serves the built site at http://127.0.0.1:4321 (PORT, BASE_PATH honoured).
import { config } from '../src/config.ts';
import { startStaticServer } from '../src/local-site/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const { url } = await startStaticServer({ dir, base: config.basePath, port: Number(process.env.PORT || 4321) });
console.log(`Serving ${dir}/ at ${url} (Ctrl+C to stop)`);
