import '../../lib/zod';
import { createRoot } from 'react-dom/client';
import { getDb } from '../../lib/store/db';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(<SidePanelApp db={getDb()} />);
