// Markdown shown as the plain text it was written as: the renderer's fallback for a text it
// won't format (nested too deeply) or failed to. Paragraphs and line breaks are kept, and inline
// `||spoilers||` are still hidden; nothing else is interpreted.
import type { Element, ElementContent, Root } from "hast";
import type { ReactElement, ReactNode } from "react";
import { Spoiler } from "@/components/ui/spoiler";
import { rehypeSpoilers } from "./markdown-spoilers";

function paragraph(text: string): Element {
  return { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] };
}

/** What rehypeSpoilers leaves in a paragraph: text, and spoiler spans holding text. */
function toReact(node: ElementContent, key: number): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type === "element") return <Spoiler key={key}>{node.children.map(toReact)}</Spoiler>;
  return null;
}

export function plainTextElements(markdown: string): ReactElement {
  const paragraphs = markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  const tree: Root = { type: "root", children: paragraphs.map(paragraph) };
  rehypeSpoilers()(tree);
  return (
    <>
      {tree.children.map((node, index) => (
        <p key={index} className="whitespace-pre-wrap [overflow-wrap:anywhere]">
          {(node as Element).children.map(toReact)}
        </p>
      ))}
    </>
  );
}
