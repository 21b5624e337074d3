/**
 * The type of an id parameter that catches typos: a literal must be one of `Known`
 * (`checkHandle('x', { platform: 'twiter' })` fails to type-check, and the error lists the ids),
 * while a plain `string` read at run time (a form, a command line, a file) is accepted and checked
 * at run time, where the function reports an unknown id as a finding.
 *
 * Use it with a type parameter the argument infers: `function f<P extends string>(id: KnownId<P, PlatformId>)`.
 */
export type KnownId<S extends string, Known extends string> = string extends S ? S : S extends Known ? S : Known;
