// The measurement grid's rows, read in blocks: only the blocks around the rows in view (and
// those a copy, paste or clear reaches) are asked for, so a grid of 100,000 measurements opens
// with one small call. Blocks are cached; a change to measurements reloads the blocks in view
// (their rows may have moved) and forgets the others, which load again when seen.
import { useEffect, useMemo, useState } from 'react';
import type { MeasurementPage, MeasurementRow } from '../../shared/contract/monitoring.ts';
import type { Result } from '../../shared/contract/result.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';

/** Rows per block: a screen holds about 30, so a block covers several screens. */
export const BLOCK_ROWS = 200;
/** Rows above and below the view that are loaded ahead, so slow scrolling meets loaded rows. */
const MARGIN_ROWS = 100;
/** Blocks kept at most (12,000 rows); those farthest from the view go first. */
const KEPT_BLOCKS = 60;
/** The most blocks one call reads when a range is needed at once (the contract's page maximum). */
const BLOCKS_PER_CALL = 5;

export type FetchPage = (offset: number, limit: number) => Promise<Result<MeasurementPage>>;

export class MeasurementBlocks {
  private readonly blocks = new Map<number, readonly MeasurementRow[]>();
  private readonly pending = new Map<number, Promise<void>>();
  /** Bumped by a refresh: answers to calls made before it are dropped. */
  private generation = 0;
  /** Ranges being loaded for a copy, paste or clear: nothing is forgotten meanwhile. */
  private holding = 0;
  private view = { first: 0, last: 0 };
  /**
   * Blocks whose rows were last drawn as placeholders: their arrival draws the grid again, even
   * when it comes before the grid has told which rows are now in view.
   */
  private readonly awaited = new Set<number>();
  /** How many rows there are; null until the first answer. */
  total: number | null = null;

  private readonly fetchPage: FetchPage;
  private readonly changed: () => void;

  constructor(fetchPage: FetchPage, changed: () => void) {
    this.fetchPage = fetchPage;
    this.changed = changed;
  }

  row(index: number): MeasurementRow | undefined {
    return this.blocks.get(Math.floor(index / BLOCK_ROWS))?.[index % BLOCK_ROWS];
  }

  /** True for rows whose values are here, and for rows past the end (new rows are typed there). */
  loaded(index: number): boolean {
    const block = Math.floor(index / BLOCK_ROWS);
    const here = this.total !== null && (index >= this.total || this.blocks.has(block));
    if (!here) this.awaited.add(block);
    return here;
  }

  /** The rows in view: loads the blocks around them that are missing. */
  show(first: number, last: number): void {
    this.view = { first, last };
    const from = Math.floor(Math.max(0, first - MARGIN_ROWS) / BLOCK_ROWS);
    const to = Math.floor((last + MARGIN_ROWS) / BLOCK_ROWS);
    for (let block = from; block <= this.lastBlock(to); block++) void this.load(block, 1);
    this.forget();
  }

  /** Loads every block of the rows first … last (a copy or paste needs their values now). */
  async ensure(first: number, last: number): Promise<void> {
    const missing: number[] = [];
    for (
      let block = Math.floor(first / BLOCK_ROWS);
      block <= this.lastBlock(Math.floor(last / BLOCK_ROWS));
      block++
    )
      if (!this.blocks.has(block)) missing.push(block);
    if (missing.length === 0) return;
    this.holding++;
    try {
      // Neighbouring missing blocks are read together, up to the contract's page size.
      const calls: Promise<void>[] = [];
      for (let i = 0; i < missing.length; ) {
        let count = 1;
        while (count < BLOCKS_PER_CALL && missing[i + count] === missing[i]! + count) count++;
        calls.push(this.load(missing[i]!, count));
        i += count;
      }
      await Promise.all(calls);
    } finally {
      this.holding--;
    }
  }

  /** Something changed: the blocks in view are read again, the others forgotten. */
  refresh(): void {
    this.generation++;
    this.pending.clear();
    const keep = this.blocksInView();
    for (const block of [...this.blocks.keys()]) if (!keep.has(block)) this.blocks.delete(block);
    if (keep.size === 0) keep.add(0);
    for (const block of keep) void this.load(block, 1, true);
  }

  private lastBlock(block: number): number {
    return this.total === null ? block : Math.min(block, Math.max(0, Math.ceil(this.total / BLOCK_ROWS) - 1));
  }

  private blocksInView(): Set<number> {
    const from = Math.floor(Math.max(0, this.view.first - MARGIN_ROWS) / BLOCK_ROWS);
    const to = this.lastBlock(Math.floor((this.view.last + MARGIN_ROWS) / BLOCK_ROWS));
    const blocks = new Set<number>();
    for (let block = from; block <= to; block++) if (this.blocks.has(block)) blocks.add(block);
    return blocks;
  }

  /** Reads `count` blocks from `first` on in one call; an answer after a refresh is dropped. */
  private load(first: number, count: number, again = false): Promise<void> {
    const waiting = this.pending.get(first);
    if (waiting && count === 1) return waiting;
    if (!again && count === 1 && this.blocks.has(first)) return Promise.resolve();
    const generation = this.generation;
    const loading = this.fetchPage(first * BLOCK_ROWS, count * BLOCK_ROWS).then((result) => {
      if (generation !== this.generation)
        return this.pending.get(first) ?? this.ensure(first * BLOCK_ROWS, (first + count) * BLOCK_ROWS - 1);
      for (let i = 0; i < count; i++) this.pending.delete(first + i);
      if (!result.ok) return;
      const resized = this.total !== result.data.total;
      this.total = result.data.total;
      let drawn = false;
      for (let i = 0; i < count; i++) {
        const rows = result.data.rows.slice(i * BLOCK_ROWS, (i + 1) * BLOCK_ROWS);
        if (rows.length > 0 || i === 0) this.blocks.set(first + i, rows);
        if (this.awaited.delete(first + i)) drawn = true;
      }
      // A block loaded ahead of the view needs no render now: the grid reads it when it scrolls
      // there. Rendering only for rows on screen (or drawn as placeholders) keeps frames short.
      const [top, bottom] = [first * BLOCK_ROWS, (first + count) * BLOCK_ROWS - 1];
      if (resized || drawn || (top <= this.view.last && bottom >= this.view.first)) this.changed();
    });
    for (let i = 0; i < count; i++) this.pending.set(first + i, loading);
    return loading;
  }

  /** Forgets the blocks farthest from the view once more than KEPT_BLOCKS are cached. */
  private forget(): void {
    if (this.holding > 0 || this.blocks.size <= KEPT_BLOCKS) return;
    const middle = (this.view.first + this.view.last) / 2 / BLOCK_ROWS;
    const byDistance = [...this.blocks.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
    for (const block of byDistance.slice(0, this.blocks.size - KEPT_BLOCKS)) this.blocks.delete(block);
  }
}

/**
 * The blocks of a cluster's measurements (or one indicator's) for a grid; re-renders when a
 * block arrives and refreshes when measurements change.
 */
export function useMeasurementBlocks(clusterId: number, indicatorId: number | null): MeasurementBlocks {
  const [, setArrivals] = useState(0);
  const blocks = useMemo(
    () =>
      new MeasurementBlocks(
        (offset, limit) =>
          client().call(
            'measurements.page',
            indicatorId === null ? { clusterId, offset, limit } : { clusterId, indicatorId, offset, limit },
          ),
        () => setArrivals((n) => n + 1),
      ),
    [clusterId, indicatorId],
  );
  const version = useChanges((s) => s.versions.measurement ?? 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger
  useEffect(() => blocks.refresh(), [blocks, version]);
  return blocks;
}
