import { describeZodError } from '../zod';
import { hostOfUrl } from '../domain/events/hosts';
import { CONTENT_SCRIPT_MESSAGES, MessageSchema, type MessageOf, type MessageType, type Reply } from './schemas';

/** What the browser says about a message's sender (never trust the message body for this). */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export type Handlers = { [T in MessageType]: (message: MessageOf<T>, sender: SenderInfo) => Promise<unknown> };

export interface RouterOptions {
  extensionId: string;
  /** The extension's own page origin, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  log: (line: string) => void;
  describeError?: (error: unknown) => string;
}

/**
 * One entry point for every message: checks the sender, validates the body with zod, checks that a
 * calendar page only sends what a calendar page may send (and only about its own calendar), then
 * calls the handler. Rejections are logged with the reason and answered, never thrown.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const reject = (error: string): Reply<never> => {
    options.log(`Rejected message: ${error}`);
    return { ok: false, error };
  };
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply> {
    if (sender.id !== options.extensionId) return reject(`sender ${String(sender.id)} is not this extension`);
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return reject(`malformed message: ${describeZodError(parsed.error)}`);
    const message = parsed.data;
    const fromExtensionPage =
      !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
    if (!fromExtensionPage) {
      const pageSource = hostOfUrl(sender.url);
      if (!pageSource)
        return reject(`"${message.type}" from ${String(sender.url)}, which is not a calendar page of ours`);
      if (!CONTENT_SCRIPT_MESSAGES.includes(message.type))
        return reject(`"${message.type}" may only come from the extension's own pages`);
      if ('source' in message && message.source !== pageSource)
        return reject(`a ${pageSource} page sent data about ${message.source}`);
    }
    try {
      const handler = handlers[message.type] as (m: typeof message, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(message, sender) };
    } catch (error) {
      const text = options.describeError ? options.describeError(error) : String(error);
      options.log(`Handling "${message.type}" failed: ${text}`);
      return { ok: false, error: text };
    }
  };
}
