import { createRoot } from 'react-dom/client';
// The package's main entry exports the classes and helpers; `/define` registers <thidua-form>.
import { setAssetBase } from '@thidua/elements';
import '@thidua/elements/define';
import { App } from './App.jsx';

// Bundled here, the element no longer sits beside its lazily loaded chunks (plans/<id>/<kind>.js,
// pdf.js, fonts/): tell it where they are served from. The reference server serves them under
// /elements/; a portal would copy node_modules/@thidua/elements/dist/ to its static files.
setAssetBase('/elements/');
createRoot(document.getElementById('root')).render(<App />);
