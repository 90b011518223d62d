/** Which configured stores and recipients a sink maps to (DESIGN.md "Precise semantics: Globs"). */
import picomatch from 'picomatch';
import type { SinkRef } from '../model.js';
import type { LawfulConfig, Recipient } from '../config/types.js';

const matcherCache = new Map<string, (candidate: string) => boolean>();

/** picomatch semantics on `/`-separated ids: `*` is one segment, `**` any depth. */
export function globMatches(glob: string, candidate: string): boolean {
  let matcher = matcherCache.get(glob);
  if (!matcher) {
    // `dot: true` because sink ids and host names legitimately contain dots anywhere.
    matcher = picomatch(glob, { dot: true });
    matcherCache.set(glob, matcher);
  }
  return matcher(candidate);
}

/** The host of an `http/<host>` sink id, or undefined for other sinks (and for `http/*`). */
export function hostOfSink(sink: SinkRef): string | undefined {
  if (!sink.id.startsWith('http/')) return undefined;
  const host = sink.id.slice('http/'.length);
  return host === '*' || host === '' ? undefined : host;
}

/** Store keys whose `sinks` globs match the sink id, in config order. */
export function storesForSink(config: LawfulConfig, sink: SinkRef): string[] {
  return Object.entries(config.stores ?? {})
    .filter(([, store]) => (store.sinks ?? []).some((glob) => globMatches(glob, sink.id)))
    .map(([key]) => key);
}

/**
 * Optional knowledge from the sink catalog: the npm modules that provide a sink, so a recipient's
 * `sdks:` list can be matched. Without it, recipients match by key, `sinks:` and `hosts:` only.
 */
export type SinkModulesLookup = (sink: SinkRef) => readonly string[];

export function recipientMatchesSink(
  key: string,
  recipient: Recipient,
  sink: SinkRef,
  modulesOf?: SinkModulesLookup,
): boolean {
  if (sink.recipient !== undefined && sink.recipient === key) return true;
  if ((recipient.sinks ?? []).some((glob) => globMatches(glob, sink.id))) return true;
  // For `http/<host>` sinks the catalog puts the host in `sink.recipient` as well.
  const hostCandidates = [hostOfSink(sink), sink.recipient].filter(
    (candidate): candidate is string => candidate !== undefined && candidate.includes('.'),
  );
  if (
    hostCandidates.length > 0 &&
    (recipient.hosts ?? []).some((glob) => hostCandidates.some((candidate) => globMatches(glob.toLowerCase(), candidate.toLowerCase())))
  ) {
    return true;
  }
  if (modulesOf && (recipient.sdks ?? []).length > 0) {
    const modules = modulesOf(sink);
    if ((recipient.sdks ?? []).some((sdk) => modules.some((module) => module === sdk || globMatches(sdk, module)))) {
      return true;
    }
  }
  return false;
}

/** Recipient keys the sink maps to, in config order. */
export function recipientsForSink(config: LawfulConfig, sink: SinkRef, modulesOf?: SinkModulesLookup): string[] {
  return Object.entries(config.recipients ?? {})
    .filter(([key, recipient]) => recipientMatchesSink(key, recipient, sink, modulesOf))
    .map(([key]) => key);
}

/** Compares a guard as configured (`hasConsent`, `lib/consent#hasConsent`) with one seen in code. */
export function guardName(guard: string): string {
  const afterHash = guard.includes('#') ? guard.slice(guard.lastIndexOf('#') + 1) : guard;
  const afterDot = afterHash.includes('.') ? afterHash.slice(afterHash.lastIndexOf('.') + 1) : afterHash;
  return afterDot.replace(/\(\)$/, '').trim();
}
