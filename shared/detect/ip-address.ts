/**
 * IPv4 and IPv6 addresses, parsed without Node's `net` so that the renderer can use it too.
 * An IP address is personal data (CJEU C-582/14 Breyer). Reference §3.7.
 */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(value: string): boolean {
  if (!value.includes(':') || value.length > 45) return false;
  let text = value;
  let groupsNeeded = 8;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!IPV4.test(tail)) return false;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupPattern = /^[0-9a-fA-F]{1,4}$/;
  const toGroups = (half: string): string[] | null => {
    if (half === '') return [];
    const groups = half.split(':');
    return groups.every((group) => groupPattern.test(group)) ? groups : null;
  };
  const head = toGroups(halves[0] ?? '');
  if (!head) return false;
  if (halves.length === 1) return head.length === groupsNeeded;
  const rest = toGroups(halves[1] ?? '');
  if (!rest) return false;
  groupsNeeded -= 1;
  return head.length + rest.length <= groupsNeeded;
}

/** 4 for an IPv4 address, 6 for an IPv6 address, 0 otherwise (as Node's `net.isIP`). */
export function ipVersion(value: string): 4 | 6 | 0 {
  if (IPV4.test(value)) return 4;
  return isIpv6(value) ? 6 : 0;
}
