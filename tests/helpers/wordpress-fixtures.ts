// The WordPress exports the importer's tests read: hand-written ones, one per rule
// (tests/fixtures/wordpress/hand/README.md), and the real exports beside them.
import path from "node:path";
import { fileSource, type WxrSource } from "@/lib/wordpress/wxr-source";

export const WORDPRESS_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/wordpress");

export function handFixture(name: string): WxrSource {
  return fileSource(path.join(WORDPRESS_FIXTURES, "hand", name));
}
