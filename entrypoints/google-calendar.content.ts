import { defineContentScript } from 'wxt/utils/define-content-script';
import { calendarContentScript } from '../lib/hosts/content-entry';
import { googleReader } from '../lib/hosts/google/read-google';
import { GOOGLE_CALENDAR_MATCHES } from '../lib/hosts/hosts';

export default defineContentScript(calendarContentScript(GOOGLE_CALENDAR_MATCHES, googleReader));
