import { newMembers, type StaffMember, StaffMemberSchema, type StaffRow, MAX_STAFF } from '../domain/reconcile/staff';
import type { LeadershipDb } from './db';

/** The staff list, by name. A row that no longer validates is left out. */
export async function listStaff(db: LeadershipDb): Promise<StaffMember[]> {
  const rows = await db.staff.toArray();
  return rows
    .filter((r) => StaffMemberSchema.safeParse(r).success)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Adds teachers (those already on the list are kept as they are), in one transaction; nothing on an error. */
export async function addStaff(
  db: LeadershipDb,
  rows: readonly StaffRow[],
  now: number,
): Promise<{ added: number; known: number }> {
  return db.transaction('rw', [db.staff], async () => {
    const existing = await db.staff.toArray();
    const { add, known } = newMembers(rows, existing, now);
    if (existing.length + add.length > MAX_STAFF)
      throw new Error(`The staff list holds at most ${MAX_STAFF} people; nothing was added.`);
    const valid = add.map((m) => StaffMemberSchema.parse(m));
    await db.staff.bulkPut(valid);
    return { added: valid.length, known };
  });
}

export async function removeStaff(db: LeadershipDb, key: string): Promise<void> {
  await db.staff.delete(key);
}
