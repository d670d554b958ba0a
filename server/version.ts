// The server's version, from package.json (read once at start).
import pkg from "../package.json" with { type: "json" };

export const SERVER_VERSION: string = pkg.version;
