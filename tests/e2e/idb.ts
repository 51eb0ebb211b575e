import type { Page } from 'playwright-core';

/** Runs in an extension page: every row of one table of the extension's database (any driver can evaluate it). */
export async function rowsInPage(name: string): Promise<unknown[]> {
  const open = indexedDB.open('leadership-calendar');
  const db: IDBDatabase = await new Promise((res, rej) => {
    open.onsuccess = () => res(open.result);
    open.onerror = () => rej(open.error);
  });
  const req = db.transaction(name).objectStore(name).getAll();
  const rows = await new Promise<unknown[]>((res) => {
    req.onsuccess = () => res(req.result);
  });
  db.close();
  return rows;
}

/** Every row of one table of the extension's database, read through an extension page. */
export async function readRows<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return (await page.evaluate(rowsInPage, table)) as T[];
}

const sortedKeys = (_k: string, v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
    : v;

/** Every row of every table, as sorted JSON strings: two databases with the same data compare equal. */
export async function dumpDatabase(page: Page): Promise<Record<string, string[]>> {
  const tables = await page.evaluate(async () => {
    const open = indexedDB.open('leadership-calendar');
    const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const names = Array.from(db.objectStoreNames);
    db.close();
    return names;
  });
  const out: Record<string, string[]> = {};
  for (const table of tables)
    out[table] = (await readRows(page, table)).map((row) => JSON.stringify(row, sortedKeys)).sort();
  return out;
}
