import { defineContentScript } from 'wxt/utils/define-content-script';
import { calendarContentScript } from '../lib/hosts/content-entry';
import { googleAdapter } from '../lib/hosts/google/adapter';

export default defineContentScript(calendarContentScript(googleAdapter));
