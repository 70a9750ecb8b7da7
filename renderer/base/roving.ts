// Roving focus in a group that is one tab stop (the activity bar, a dashboard section): which
// item a key moves to. Arrows step and wrap, Home and End jump to the ends, as in VS Code's
// action bars and lists. Both arrow pairs work, so the group needs no orientation of its own.

/**
 * The index the key moves to among `count` items from `current` (-1: the group itself has focus,
 * so the first step goes to the first or last item), or null when the key is not a move.
 */
export function rovingIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
