import { SITE_NAME, siteUrl } from "@/lib/mail/config";

/** What a message says, in blocks that render both as plain text and as HTML. */
export type MailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "button"; label: string; url: string }
  | { kind: "quote"; text: string }
  | { kind: "link"; label: string; url: string };

export interface MailContent {
  blocks: MailBlock[];
  /** Small print under a rule: why they got this, how to stop it. */
  footer: MailBlock[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "button":
    case "link":
      return `${block.label}:\n${block.url}`;
    case "quote":
      return block.text.split("\n").map((line) => `> ${line}`).join("\n");
  }
}

const STYLE = {
  body: "margin:0;padding:24px;background:#f6f5f2;color:#1c1b19;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5",
  card: "max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e4e1da;border-radius:8px;padding:28px",
  site: "font-family:Georgia,'Times New Roman',serif;font-size:20px;font-weight:bold;color:#1c1b19;text-decoration:none",
  button: "display:inline-block;background:#b45309;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:600",
  quote: "margin:12px 0;padding:8px 14px;border-left:3px solid #d6a757;color:#3d3a35;background:#faf8f3",
  small: "font-size:13px;color:#6b665d",
  link: "color:#92400e",
};

function blockHtml(block: MailBlock, small = false): string {
  const text = small ? ` style="${STYLE.small}"` : "";
  switch (block.kind) {
    case "paragraph":
      return `<p${text}>${escapeHtml(block.text)}</p>`;
    case "button":
      return `<p><a href="${escapeHtml(block.url)}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`;
    case "link":
      return `<p${text}><a href="${escapeHtml(block.url)}" style="${STYLE.link}">${escapeHtml(block.label)}</a></p>`;
    case "quote":
      return `<blockquote style="${STYLE.quote}">${escapeHtml(block.text).replace(/\n/g, "<br>")}</blockquote>`;
  }
}

/** The message as plain text and as HTML, with the site's name and address on both. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const home = siteUrl("/");
  const text = [
    ...content.blocks.map(blockText),
    "-- ",
    [SITE_NAME, home].join(" · "),
    ...content.footer.map(blockText),
  ].join("\n\n");
  const html = [
    "<!doctype html>",
    `<html><body style="${STYLE.body}"><div style="${STYLE.card}">`,
    `<p><a href="${escapeHtml(home)}" style="${STYLE.site}">${escapeHtml(SITE_NAME)}</a></p>`,
    ...content.blocks.map((block) => blockHtml(block)),
    `<hr style="border:none;border-top:1px solid #e4e1da;margin:24px 0">`,
    ...content.footer.map((block) => blockHtml(block, true)),
    "</div></body></html>",
  ].join("\n");
  return { text, html };
}
