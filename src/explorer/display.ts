// The looks are shared with the exports (src/export/look.ts), so other tools show the same picture.
export { edgeLook, nodeLook, nodeName, type NodeLook } from "../export/look.ts";
