import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';

/** The id of the header's part that the menu button shows and hides on narrow screens. */
export const HEADER_MENU_ID = 'header-menu';
/** Where the header shows everything and the network's navigation is a side column (layout.css). */
export const WIDE_SCREEN = '(width >= 64rem)';
/** The id of the network's navigation, which the menu button also shows and hides on narrow screens. */
export const NETWORK_NAV_ID = 'network-nav';

/**
 * The state of the "Menu" button of narrow screens, an accessible disclosure: opening moves focus
 * to the first link or button inside, Escape inside closes it and returns focus to the button,
 * and following a link closes it. On wide screens CSS shows everything and hides the button.
 */
export function useMenuDisclosure() {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(location.pathname);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusInside = useRef(false);

  // A new page closes the menu: adjusted while rendering rather than in an effect.
  if (shownPath !== location.pathname) {
    setShownPath(location.pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open || !focusInside.current) return;
    focusInside.current = false;
    const first = document.getElementById(HEADER_MENU_ID)?.querySelector<HTMLElement>('a[href], button:not([disabled])');
    first?.focus();
  }, [open]);

  const toggle = () => {
    focusInside.current = !open;
    setOpen(!open);
  };
  /** Escape anywhere in the menu's parts closes it and puts focus back on the button. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  return { menu: { open, toggle, onKeyDown }, buttonRef };
}

/** What the header and the network navigation need to know of the menu. */
export interface MenuState {
  open: boolean;
  toggle: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}
