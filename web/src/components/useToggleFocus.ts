import { useEffect, useRef, useState } from 'react';

/**
 * An "open a form in place" switch that keeps keyboard focus sensible: opening moves focus to
 * the element given `openedRef` (the form's heading), closing moves it back to the button that
 * opened it (`openerRef`).
 */
export function useToggleFocus<Opener extends HTMLElement, Opened extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const openerRef = useRef<Opener>(null);
  const openedRef = useRef<Opened>(null);
  const changed = useRef(false);
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    (open ? openedRef.current : openerRef.current)?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    changed.current = true;
    setOpen(next);
  };
  return { open, setOpen: toggle, openerRef, openedRef };
}
