/**
 * Where a link destination points, with the project's link policy (`settings.links`) and site
 * profile: destinations to leave alone (`links.ignore`, the generator's templates), URLs of the
 * project's own site (`links.sites`) checked as the files they are published from, the site's
 * aliases (`@site/`), and root-relative links on a site's host. Everything else is
 * `resolveLink`'s, exactly as without a policy.
 */
import type { ResolvedLink, Settings } from '../types.js';
import { isAbsoluteUrl, resolveLink } from '../helpers/links.js';
import { DEFAULT_LINKS, siteProfile } from '../sites/index.js';
import { join } from '../util/posix-path.js';
import { matchesText, type TextPattern } from '../contracts/wildcard.js';

export type LinkResolver = (from: string, url: string) => ResolvedLink;

const EXTERNAL: ResolvedLink = { kind: 'external' };
const IGNORED: ResolvedLink = { kind: 'ignored' };

/** `{{ site.baseurl }}/x`, `{% link x.md %}`: a template the generator fills in. */
const TEMPLATE = /\{\{|\{%/;

/**
 * A `links.ignore` pattern: `*` for any characters (`/` included), everything else literal, the
 * whole destination as written. Matched by the wildcard matcher that never backtracks.
 */
export function linkPattern(source: string): TextPattern {
  const parts = source.split('*');
  return {
    source,
    pieces: parts.filter((piece, i) => piece !== '' || i === 0 || i === parts.length - 1),
    open: { start: parts.length > 1 && parts[0] === '', end: parts.length > 1 && parts.at(-1) === '' },
  };
}

export const matchesLinkPattern = (pattern: TextPattern, destination: string) =>
  matchesText(pattern, destination, { words: false });

/**
 * `https://Host.example/a/b` → `host.example/a/b`: the scheme (http, https or none: `//host`)
 * and the host's case do not matter.
 */
function siteKey(url: string): string | undefined {
  const match = /^(?:https?:)?\/\/([^/?#]+)(.*)$/is.exec(url);
  return match ? `${match[1]!.toLowerCase()}${match[2]!}` : undefined;
}

interface Site {
  key: string;
  folder: string;
}

/** The destination without `?query` and `#fragment`, for messages. */
const shown = (url: string) => url.replace(/[?#].*$/s, '');

/** A URL of the project's own site as the file it is published from, or undefined when no site has it. */
function siteLink(sites: readonly Site[], url: string, written: string): ResolvedLink | undefined {
  const key = siteKey(url);
  if (key === undefined) return undefined;
  for (const { key: prefix, folder } of sites) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (rest !== '' && !'/?#'.includes(rest[0]!)) continue;
    const resolved = resolveLink(join(folder, '_'), `./${rest.replace(/^\/+/, '')}`);
    if (resolved.kind !== 'file') return EXTERNAL;
    return { ...resolved, written: shown(written), published: true };
  }
  return undefined;
}

const resolvers = new WeakMap<object, LinkResolver>();

/**
 * The link resolver of a project's settings, made once per settings object. Without a site,
 * ignore patterns and site prefixes, it is `resolveLink` with `settings.rootDir`.
 */
export function linkResolver(settings: Partial<Pick<Settings, 'site' | 'links' | 'rootDir'>>): LinkResolver {
  let resolver = resolvers.get(settings);
  if (resolver) return resolver;
  const site = siteProfile(settings);
  const { rootDir, links = DEFAULT_LINKS } = settings;
  const ignore = links.ignore.map(linkPattern);
  const sites: Site[] = [];
  for (const [prefix, folder] of Object.entries(links.sites)) {
    const key = siteKey(prefix);
    if (key !== undefined) sites.push({ key: key.endsWith('/') ? key.slice(0, -1) : key, folder });
  }
  resolver = (from, url) => {
    const trimmed = url.trim();
    if (ignore.length > 0 && ignore.some((pattern) => matchesLinkPattern(pattern, trimmed))) return IGNORED;
    if (site.templates && TEMPLATE.test(trimmed)) return IGNORED;
    if (isAbsoluteUrl(trimmed)) return (sites.length > 0 && siteLink(sites, trimmed, trimmed)) || EXTERNAL;
    const alias = site.alias?.(trimmed);
    if (alias !== undefined) {
      const resolved = resolveLink(from, `/${alias}`, '.');
      return resolved.kind === 'file' ? { ...resolved, written: shown(trimmed) } : resolved;
    }
    // `/kms/latest/…` on a host of many sites: one of the project's own (`links.sites`), or another's.
    if (trimmed.startsWith('/') && rootDir === undefined && site.origin !== undefined)
      return siteLink(sites, `${site.origin}${trimmed}`, trimmed) ?? EXTERNAL;
    return resolveLink(from, url, rootDir);
  };
  resolvers.set(settings, resolver);
  return resolver;
}
