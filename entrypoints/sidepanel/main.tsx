import '../../lib/zod';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getPageDb } from '../../lib/store/db';
import { SidePanelApp } from '../../components/panel/SidePanelApp';
import { isView } from '../../lib/domain/measure/panel';
import '../../components/common/styles.css';

const hash = location.hash.slice(1);
const initialView = hash === 'setup' ? 'week' : isView(hash) ? hash : undefined;
const onReconciled = () => browser.runtime.sendMessage({ type: 'reconcile-changed' });
createRoot(document.getElementById('root')!).render(
  <SidePanelApp db={getPageDb()} initialView={initialView} onReconciled={onReconciled} />,
);
