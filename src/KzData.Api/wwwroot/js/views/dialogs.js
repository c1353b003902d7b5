// Behaviour shared by the fact and article dialogs (native <dialog>: showModal traps focus
// and Escape closes the topmost one).

// Dialogs that code closed to follow the URL; their close event must not change the URL again.
const closedByCode = new WeakSet();

/**
 * Wires [data-close] buttons and a click on the backdrop to close the dialog. onClosed gets
 * { byUser }: true for Escape, a close button or the backdrop; false when closeModal did it.
 */
export function wireDialog(dialog, onClosed) {
  for (const button of dialog.querySelectorAll('[data-close]')) {
    button.addEventListener('click', () => dialog.close());
  }
  // A click whose target is the <dialog> itself landed on the backdrop, outside the content.
  dialog.addEventListener('click', event => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => onClosed({ byUser: !closedByCode.delete(dialog) }));
}

export function openModal(dialog) {
  if (!dialog.open) dialog.showModal();
}

export function closeModal(dialog) {
  if (dialog.open) {
    closedByCode.add(dialog);
    dialog.close();
  }
}
