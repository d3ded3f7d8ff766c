/**
 * What this feature needs of the vault's RecordStore, written out so it depends on the shape only (the
 * vault's RecordStore fits it). Repositories here are the only modules that call it.
 */
import type { PartnerSlot, Space } from '@shared/partners';
export type { PartnerSlot, Space } from '@shared/partners';
export { otherPartner } from '@shared/partners';

type Meta = { id: string; author: PartnerSlot; keyId: Space; createdAt: number; updatedAt: number };
export type OpenedRecord = (Meta & { status: 'ok'; payload: unknown }) | (Meta & { status: 'unreadable' });

export interface SealedStore<K extends string> {
  readonly partner: PartnerSlot;
  put<T>(input: { id?: string; kind: K; keyId: Space; payload: T }): Promise<string>;
  newest(kind: K, limit: number): Promise<OpenedRecord[]>;
}

