import { defineContentScript } from 'wxt/utils/define-content-script';
import { calendarContentScript } from '../lib/hosts/content-entry';
import { OUTLOOK_MATCHES } from '../lib/hosts/hosts';
import { outlookReader } from '../lib/hosts/outlook/read-outlook';

export default defineContentScript(calendarContentScript(OUTLOOK_MATCHES, outlookReader));
