import { createRoot } from 'react-dom/client';
import 'zmp-ui/zaui.css';
import './app/app.css';
import { App } from './app/app';
import { rememberSimulatorToken } from './platform/zalo';
import { prefetchProcedureList } from './api/procedures-api';

rememberSimulatorToken();
prefetchProcedureList();
const container = document.getElementById('app');
if (container) createRoot(container).render(<App />);
