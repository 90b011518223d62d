/**
 * Marks for personal data, read by lawful's analyzer. They have no runtime effect.
 *
 * ```ts
 * import type { Personal } from '@lawful/annotations';
 * type Email = Personal<string, 'user.contact.email'>;
 * ```
 */
declare const personalCategory: unique symbol;

/** `T` carrying personal data of category `C` (a taxonomy key or alias). */
export type Personal<T, C extends string> = T & { readonly [personalCategory]?: C };

/**
 * Decorator marking a class property as personal data of category `category`.
 * A no-op at runtime: it works with legacy (`experimentalDecorators`) and standard decorators.
 */
export function Personal(category: string): (target: unknown, context?: unknown) => void {
  void category;
  return () => undefined;
}
