import '../../lib/zod';
import { createRoot } from 'react-dom/client';
import { CoachPage } from '../../components/coach/CoachPage';
import { getPageDb } from '../../lib/store/db';
import '../../components/common/styles.css';

createRoot(document.getElementById('root')!).render(<CoachPage db={getPageDb()} />);
