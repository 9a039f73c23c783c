import type { ReactNode } from "react";

const WIDTHS = {
  /** A single reading column: review pages, forms, the 404 page. */
  reading: "max-w-3xl",
  /** Pages with a sidebar or a grid of cards. */
  wide: "max-w-6xl",
} as const;

/** The horizontal frame every page sits in, so header, content and footer line up. */
export function PageContainer({
  width = "wide",
  className = "",
  children,
}: {
  width?: keyof typeof WIDTHS;
  className?: string;
  children: ReactNode;
}) {
  return <div className={`mx-auto w-full ${WIDTHS[width]} px-5 sm:px-8 ${className}`}>{children}</div>;
}
