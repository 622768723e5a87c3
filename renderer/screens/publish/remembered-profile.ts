/**
 * The portal profile the clerk chose last, kept in the window's storage so that the description
 * form checks for the portal the publishing step will use, and the next draft starts from it.
 * Storage may be refused (private mode, a locked profile): the choice is then simply not kept.
 */
const KEY = 'atelier.publish.profileId';

/** The profile chosen last, or null. */
export function rememberedProfileId(): number | null {
  try {
    const value = Number(window.localStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Keeps (or forgets, with null) the profile chosen. */
export function rememberProfileId(profileId: number | null): void {
  try {
    if (profileId === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, String(profileId));
  } catch {
    // Storage refused: the choice lasts as long as the screen.
  }
}
