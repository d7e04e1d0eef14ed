import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDebounced } from './common';
import { useSearchParams } from 'react-router-dom';

/**
 * A list page's filters, sort and page kept in the address (?q=…&sort=-name&page=3), so back, reload, a new tab
 * and a shared link show the same list. Values equal to their default are left out of the address. Changing
 * anything but the page returns to page 1, as a new filter makes the old page number meaningless.
 */
export function useUrlState<T extends Record<string, string>>(defaults: T) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(Object.keys(defaults).map(k => [k, params.get(k) ?? defaults[k]])) as T,
    // Only the address changes what the values are: the defaults are a literal of the page.
    [params],
  );
  const set = useCallback((patch: Partial<T>) => {
    // From the address itself, not the updater's `prev`: react-router hands two updates made before a render the
    // same `prev`, so two search boxes committing together (their pauses end in one tick) would drop one filter.
    setParams(() => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === defaults[key]) next.delete(key); else next.set(key, value as string);
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    }, { replace: true });
  }, [setParams]);
  return [values, set] as const;
}

/** The page number from the address: a positive integer, else 1. */
export function pageOf(value: string): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * A search box bound to the address: the box follows the keyboard at once, the address (and so the query)
 * after a pause, and a change of address (back, a shared link) puts its text back in the box.
 */
export function useSearchText(value: string, commit: (q: string) => void): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const debounced = useDebounced(text.trim());
  // Only a change of the typed text commits; a change of address arrives through `value` below.
  useEffect(() => { if (debounced !== value) commit(debounced); }, [debounced]);
  useEffect(() => { setText(current => (current.trim() === value ? current : value)); }, [value]);
  return [text, setText];
}
