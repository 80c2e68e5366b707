import { useId, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';

/**
 * A button that shows and hides what it names (a form, mostly), so a page with several actions
 * does not open with all their forms at once. The button says whether it is open (aria-expanded).
 */
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <Button className="button button-secondary disclosure-button" aria-expanded={open} aria-controls={id} onPress={() => setOpen((o) => !o)}>
        {label}
      </Button>
      <div id={id} className="disclosure-body" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
