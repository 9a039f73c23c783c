import { describe, expect, it } from "vitest";
import { buildThread, countReplies, type ThreadNode } from "@/lib/comments/build-thread";

interface Item {
  id: string;
  parentId: string | null;
  body: string;
}

const item = (id: string, parentId: string | null = null): Item => ({ id, parentId, body: `comment ${id}` });

/** The tree as nested ids, easy to compare: [["a", [["b", []]]]]. */
type Shape = [string, Shape[]];
function shape(nodes: ThreadNode<Item>[]): Shape[] {
  return nodes.map((node) => [node.id, shape(node.replies)]);
}

describe("buildThread", () => {
  it("returns no threads for no comments", () => {
    expect(buildThread([])).toEqual([]);
  });

  it("keeps top-level comments in input order", () => {
    const tree = buildThread([item("c"), item("a"), item("b")]);
    expect(shape(tree)).toEqual([
      ["c", []],
      ["a", []],
      ["b", []],
    ]);
  });

  it("nests replies several levels deep, siblings in input order", () => {
    const tree = buildThread([
      item("root1"),
      item("root2"),
      item("r1-reply-b", "root1"),
      item("r1-reply-a", "root1"),
      item("deep1", "r1-reply-b"),
      item("deep2", "deep1"),
      item("deep3", "deep2"),
      item("r2-reply", "root2"),
      item("deep1-sibling", "r1-reply-b"),
    ]);
    expect(shape(tree)).toEqual([
      [
        "root1",
        [
          [
            "r1-reply-b",
            [
              ["deep1", [["deep2", [["deep3", []]]]]],
              ["deep1-sibling", []],
            ],
          ],
          ["r1-reply-a", []],
        ],
      ],
      ["root2", [["r2-reply", []]]],
    ]);
  });

  it("places a reply before its parent in the input correctly", () => {
    // The caller's ORDER BY may list a reply first; it still belongs under its parent.
    const tree = buildThread([item("reply", "parent"), item("parent")]);
    expect(shape(tree)).toEqual([["parent", [["reply", []]]]]);
  });

  it("shows a reply whose parent is missing as a top-level comment instead of losing it", () => {
    const tree = buildThread([item("a"), item("orphan", "filtered-out"), item("b", "a")]);
    expect(shape(tree)).toEqual([
      ["a", [["b", []]]],
      ["orphan", []],
    ]);
  });

  it("keeps each comment's own fields on its node", () => {
    const [node] = buildThread([item("a")]);
    expect(node).toEqual({ id: "a", parentId: null, body: "comment a", replies: [] });
  });
});

describe("countReplies", () => {
  it("counts every descendant, not just direct replies", () => {
    const [root, lonely] = buildThread([
      item("root"),
      item("lonely"),
      item("child1", "root"),
      item("child2", "root"),
      item("grandchild", "child1"),
      item("great-grandchild", "grandchild"),
    ]);
    expect(countReplies(root!)).toBe(4);
    expect(countReplies(lonely!)).toBe(0);
  });
});
