// Imported, not read at run time: the compiled CLI carries it, wherever the bundle sits.
import pkg from "../../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
