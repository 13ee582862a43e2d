/**
 * pako's inflate half alone (pako 1.0's lib/inflate.js, which @types/pako does not declare): the gate never
 * deflates, and loading pako whole (its deflate and Huffman trees too) cost every workbook command about 5 ms
 * of start-up (issue 15).
 */
declare module "pako/lib/inflate" {
  export { Inflate } from "pako";
}
