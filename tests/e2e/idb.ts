import type { Page } from 'playwright-core';

/** Every row of every table of the extension's database, read through an extension page (sorted, comparable). */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('leadership-calendar');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const req = db.transaction(name).objectStore(name).getAll();
      const rows = await new Promise<unknown[]>((res) => (req.onsuccess = () => res(req.result)));
      out[name] = rows.map((r) => JSON.stringify(r, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v))).sort();
    }
    db.close();
    return out;
  });
}
