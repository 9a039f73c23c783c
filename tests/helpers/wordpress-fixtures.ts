// The WordPress exports the importer's tests read: hand-written ones, one per rule
// (tests/fixtures/wordpress/hand/README.md), and the real exports beside them.
import path from "node:path";
import { fileSource, type WxrSource } from "@/lib/wordpress/wxr-source";
import { syntheticWxr, type SyntheticOptions } from "@/scripts/wordpress/synthetic-export";

export const WORDPRESS_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/wordpress");

export function handFixture(name: string): WxrSource {
  return fileSource(path.join(WORDPRESS_FIXTURES, "hand", name));
}

/** A synthetic export of any size, generated as it is read (scripts/wordpress/synthetic-export.ts). */
export function syntheticSource(options: SyntheticOptions): WxrSource {
  return {
    name: `synthetic-${options.posts}x${options.comments}.xml`,
    async *open() {
      for await (const text of syntheticWxr(options)) yield Buffer.from(text, "utf8");
    },
  };
}
