"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

export interface ItemRef {
  kind: "REVIEW" | "COMMENT";
  id: string;
}

interface Selection {
  items: ItemRef[];
  selected: ItemRef[];
  isSelected: (item: ItemRef) => boolean;
  toggle: (item: ItemRef, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
}

const SelectionContext = createContext<Selection | null>(null);
const keyOf = (item: ItemRef) => `${item.kind}:${item.id}`;

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("useSelection() needs a <SelectionProvider> above it");
  return selection;
}

/**
 * Which rows of the current page are ticked for a bulk action. Rows that leave the page
 * (after an action and a refresh) drop out of the selection by themselves.
 */
export function SelectionProvider({ items, children }: { items: ItemRef[]; children: ReactNode }) {
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const selection = useMemo<Selection>(() => {
    const selected = items.filter((item) => keys.has(keyOf(item)));
    return {
      items,
      selected,
      isSelected: (item) => keys.has(keyOf(item)),
      toggle: (item, on) =>
        setKeys((current) => {
          const next = new Set(current);
          if (on) next.add(keyOf(item));
          else next.delete(keyOf(item));
          return next;
        }),
      setAll: (on) => setKeys(on ? new Set(items.map(keyOf)) : new Set()),
      clear: () => setKeys(new Set()),
    };
  }, [items, keys]);
  return <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>;
}

const CHECKBOX = "size-4 cursor-pointer accent-accent";

export function RowCheckbox({ item, label }: { item: ItemRef; label: string }) {
  const { isSelected, toggle } = useSelection();
  return <input type="checkbox" className={CHECKBOX} aria-label={`Select ${label}`} checked={isSelected(item)} onChange={(event) => toggle(item, event.target.checked)} />;
}

/** Ticks every row on this page; shows "some" (indeterminate) when only part is ticked. */
export function SelectAllCheckbox() {
  const { items, selected, setAll } = useSelection();
  const box = useRef<HTMLInputElement>(null);
  const all = items.length > 0 && selected.length === items.length;
  const some = selected.length > 0 && !all;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={box}
      type="checkbox"
      className={CHECKBOX}
      aria-label="Select every item on this page"
      checked={all}
      disabled={items.length === 0}
      onChange={(event) => setAll(event.target.checked)}
    />
  );
}
