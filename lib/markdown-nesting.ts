// How deeply a Markdown text nests, found in one linear pass without parsing it. Markdown
// parsers and renderers recurse once per level: 3,000 `>` in a 3 KB comment made the review page
// overflow the stack after seconds of work. Texts are checked here when they are written
// (lib/validations/text.ts) and again before rendering (lib/markdown.tsx), for text already stored.
//
// The scan gives an upper bound, never less than the real depth for ordinary Markdown, so
// that anything it passes renders within the limit. The renderer still measures the parsed
// tree (lib/markdown-depth-guard.ts), in case a construction gets past the estimate.

/** Deeper than anyone quotes, lists or emphasises; shallow enough for any parser. */
export const MAX_NESTING_DEPTH = 16;

export interface NestingDepth {
  /** Quotes and list items inside each other. */
  blocks: number;
  /** Emphasis, strong, strikethrough and brackets inside each other, within one paragraph. */
  inline: number;
}

const isSpace = (char: string | undefined) => char === " " || char === "\t";
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

/**
 * A thematic break ("- - -", "***", "_ _ _") takes precedence over a list item, so its
 * characters are not list markers.
 */
function isThematicBreak(line: string, from: number): boolean {
  let mark: string | undefined;
  let count = 0;
  for (let i = from; i < line.length; i++) {
    const char = line[i]!;
    if (isSpace(char)) continue;
    if (mark === undefined && (char === "-" || char === "*" || char === "_")) mark = char;
    if (char !== mark) return false;
    count++;
  }
  return count >= 3;
}

/**
 * Containers a line's prefix opens or continues: each `>` and each list marker, plus one list
 * item for every two columns of indentation (the least a list item's content is indented by).
 * The space after a `>` and the spaces after a list marker belong to the marker.
 */
function lineDepth(line: string): { depth: number; startsBlock: boolean } {
  let markers = 0;
  let columns = 0;
  let markerSpaces = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (isSpace(char)) {
      if (markerSpaces > 0) markerSpaces--;
      else columns += char === "\t" ? 4 : 1;
      i++;
      continue;
    }
    if (char === ">") {
      i++;
      markerSpaces = 1;
    } else if ((char === "-" || char === "*" || char === "+") && (i + 1 === line.length || isSpace(line[i + 1]))) {
      if (isThematicBreak(line, i)) break;
      i++;
      markerSpaces = 4;
    } else if (isDigit(char)) {
      let end = i;
      while (isDigit(line[end]) && end - i < 9) end++;
      if ((line[end] !== "." && line[end] !== ")") || !(end + 1 === line.length || isSpace(line[end + 1]))) break;
      i = end + 1;
      markerSpaces = 4;
    } else {
      break;
    }
    markers++;
  }
  if (markers === 0) return { depth: 0, startsBlock: line[i] === "#" };
  return { depth: markers + Math.floor(columns / 2), startsBlock: true };
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

interface Delimiter {
  at: number;
  char: string;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/** CommonMark's flanking rules: whether a run of `*`, `_` or `~` may open and/or close emphasis. */
function delimiterRun(text: string, at: number, length: number): Delimiter {
  const char = text[at]!;
  const before = text[at - 1] ?? " ";
  const after = text[at + length] ?? " ";
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  if (char === "_") return { at, char, length, canOpen: left && (!right || punctBefore), canClose: right && (!left || punctAfter) };
  return { at, char, length, canOpen: left, canClose: right };
}

/**
 * The deepest inline nesting in one paragraph. At any point, the spans around it are at most
 * the delimiters opened and not yet closed before it, and at most the closers after it (so a
 * stray `*word` that nothing closes doesn't count). Brackets are counted the same way.
 */
function inlineDepth(text: string): number {
  const events: Delimiter[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\") {
      i++; // an escaped character is literal
    } else if (char === "[" || char === "]") {
      events.push({ at: i, char, length: 1, canOpen: char === "[", canClose: char === "]" });
    } else if (char === "*" || char === "_" || char === "~") {
      let end = i;
      while (text[end] === char) end++;
      events.push(delimiterRun(text, i, end - i));
      i = end - 1;
    }
  }
  const kind = (char: string) => (char === "[" || char === "]" ? "[" : char);
  // For each event, how many closing characters of its kind come after it.
  const closersAfter: number[] = [];
  const closersSoFar = new Map<string, number>();
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index]!;
    const seen = closersSoFar.get(kind(event.char)) ?? 0;
    closersAfter[index] = seen;
    if (event.canClose) closersSoFar.set(kind(event.char), seen + event.length);
  }
  const open = new Map<string, number>();
  let deepest = 0;
  for (const [index, event] of events.entries()) {
    const key = kind(event.char);
    let balance = open.get(key) ?? 0;
    if (event.canClose && balance > 0) balance = Math.max(0, balance - event.length);
    else if (event.canOpen) balance += event.length;
    open.set(key, Math.min(balance, closersAfter[index]!));
    let depth = 0;
    for (const value of open.values()) depth += value;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

export function markdownNestingDepth(markdown: string): NestingDepth {
  let blocks = 0;
  let inline = 0;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) inline = Math.max(inline, inlineDepth(paragraph.join("\n")));
    paragraph = [];
  };
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    const { depth, startsBlock } = lineDepth(line);
    blocks = Math.max(blocks, depth);
    // Emphasis and links never span a blank line or a new block.
    if (line.trim() === "" || startsBlock) endParagraph();
    paragraph.push(line);
  }
  endParagraph();
  return { blocks, inline };
}

/** Why the text nests too deeply ("nests … more than 16 levels deep"), or null. */
export function markdownNestingProblem(markdown: string): string | null {
  const { blocks, inline } = markdownNestingDepth(markdown);
  if (blocks > MAX_NESTING_DEPTH) return `nests quotes or lists more than ${MAX_NESTING_DEPTH} levels deep.`;
  if (inline > MAX_NESTING_DEPTH) return `nests emphasis or brackets more than ${MAX_NESTING_DEPTH} levels deep.`;
  return null;
}

/** Room for the nodes each level adds (a list and its item, a paragraph, a link's text). */
const MAX_TREE_DEPTH = 4 * MAX_NESTING_DEPTH;

export class MarkdownTooDeepError extends Error {
  constructor() {
    super(`Markdown nests more than ${MAX_TREE_DEPTH} nodes deep`);
  }
}

type TreeNode = { children?: TreeNode[] };

/**
 * A remark plugin that measures the parsed tree, without recursion, and refuses one deeper than
 * the renderer should recurse: the guarantee behind the estimate above.
 */
export function remarkDepthGuard() {
  return (tree: TreeNode) => {
    const stack: [TreeNode, number][] = [[tree, 0]];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const [node, depth] = entry;
      if (depth > MAX_TREE_DEPTH) throw new MarkdownTooDeepError();
      for (const child of node.children ?? []) stack.push([child, depth + 1]);
    }
  };
}
