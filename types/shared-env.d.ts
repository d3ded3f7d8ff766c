/**
 * shared/ runs in both processes, so it sees neither Node's nor the DOM's types. These are the few globals
 * that exist, with the same meaning, in both (WHATWG URL and TextEncoder); tsconfig.shared.json alone
 * includes this file.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly origin: string;
  readonly href: string;
}
