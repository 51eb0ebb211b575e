import '../../lib/zod';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createDataActions, dataDefaults } from '../../lib/live/data-actions';
import { getPageDb } from '../../lib/store/db';
import { createSendTagsActions } from '../../lib/live/send-tags';
import { extensionIdsFor } from '../../lib/exchange/policy-export';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/common/styles.css';

const extensionIds = extensionIdsFor(browser.runtime.id, navigator.userAgent, import.meta.env.FIREFOX);

createRoot(document.getElementById('root')!).render(
  <OptionsApp
    db={getPageDb()}
    onSettingsSaved={() => browser.runtime.sendMessage({ type: 'reschedule-nudges' })}
    data={createDataActions(getPageDb())}
    sendTags={createSendTagsActions(getPageDb())}
    dataDefaults={dataDefaults(Date.now())}
    extensionIds={extensionIds}
  />,
);
