import { defineContentScript } from 'wxt/utils/define-content-script';
import { calendarContentScript } from '../lib/hosts/content-entry';
import { outlookAdapter } from '../lib/hosts/outlook/adapter';

export default defineContentScript(calendarContentScript(outlookAdapter));
