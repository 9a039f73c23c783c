/**
 * "Marquee" set in the review serif, with a row of amber marquee lights as its only ornament.
 * Decorative: the link around it carries the accessible name.
 */
export function Wordmark() {
  return (
    <span className="flex items-center gap-2.5" aria-hidden="true">
      <span className="grid grid-cols-2 gap-[3px]">
        {Array.from({ length: 4 }, (_, index) => (
          <span key={index} className="size-[5px] rounded-full bg-star" />
        ))}
      </span>
      <span className="font-serif text-[1.35rem] font-semibold tracking-tight text-ink">Marquee</span>
    </span>
  );
}
