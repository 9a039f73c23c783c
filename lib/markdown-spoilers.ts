// Inline spoilers: `||the ending||` in Markdown becomes a spoiler span, revealed on demand.
// A rehype plugin that runs AFTER rehype-sanitize, so the elements it makes are ours alone
// (raw HTML never reaches the tree, so nobody can forge one). Both `||` must sit in the same
// paragraph, heading, list item or cell; an unmatched `||` stays as typed. Code is left alone.
import type { Element, ElementContent, Root, RootContent } from "hast";

const MARKER = "||";
const UNTOUCHED = new Set(["code", "pre", "kbd", "samp"]);

/** The property that marks a spoiler span; MarkdownContent renders such spans as <Spoiler>. */
export const SPOILER_PROPERTY = "dataSpoiler";
export const SPOILER_ATTRIBUTE = "data-spoiler";

type Token = ElementContent | typeof MARKER;

function text(value: string): ElementContent {
  return { type: "text", value };
}

function spoiler(children: ElementContent[]): Element {
  return { type: "element", tagName: "span", properties: { [SPOILER_PROPERTY]: "true" }, children };
}

function tokenize(children: ElementContent[]): Token[] {
  const tokens: Token[] = [];
  for (const child of children) {
    if (child.type !== "text" || !child.value.includes(MARKER)) {
      tokens.push(child);
      continue;
    }
    child.value.split(MARKER).forEach((part, index) => {
      if (index > 0) tokens.push(MARKER);
      if (part) tokens.push(text(part));
    });
  }
  return tokens;
}

/** Pairs the markers among one element's children, left to right. */
function groupSpoilers(children: ElementContent[]): ElementContent[] {
  const tokens = tokenize(children);
  if (!tokens.includes(MARKER)) return children;
  const result: ElementContent[] = [];
  let open: ElementContent[] | null = null;
  for (const token of tokens) {
    if (token !== MARKER) {
      (open ?? result).push(token);
    } else if (open === null) {
      open = [];
    } else {
      result.push(open.length > 0 ? spoiler(open) : text(MARKER + MARKER));
      open = null;
    }
  }
  if (open !== null) result.push(text(MARKER), ...open);
  return result;
}

function visit(node: Root | Element): void {
  if (node.type === "element") {
    if (UNTOUCHED.has(node.tagName)) return;
    node.children = groupSpoilers(node.children);
  }
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type === "element") visit(child);
  }
}

export function rehypeSpoilers() {
  return (tree: Root) => visit(tree);
}
