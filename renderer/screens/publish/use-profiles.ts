import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload } from '../../../shared/api/result.js';
import type { PortalProfile } from '../../../shared/publish/portal-profile.js';
import { api } from '../../api/api.js';

/** The portal profiles as main lists them (never with a key), and a way to read them again. */
export interface ProfilesSession {
  /** Null until main answered. */
  profiles: PortalProfile[] | null;
  error: AppErrorPayload | null;
  reload(): Promise<void>;
}

/** Reads the portal profiles once, and again on `reload()` (after the settings changed one). */
export function useProfiles(): ProfilesSession {
  const [profiles, setProfiles] = useState<PortalProfile[] | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  useEffect(() => {
    let current = true;
    void api['publish:profiles']({}).then((result) => {
      if (!current) return;
      if (result.ok) setProfiles(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    const result = await api['publish:profiles']({});
    if (result.ok) setProfiles(result.value);
    setError(result.ok ? null : result.error);
  }, []);

  return { profiles, error, reload };
}
