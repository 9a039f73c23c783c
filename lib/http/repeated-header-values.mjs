// @ts-check
// Next.js replays a statically rendered page's stored headers with appendHeader on top of the
// ones its render already set, so a redirect from such a page (a shared page sending a page
// number past the end to the last page, or a failed render back to its address) goes out with
// its Location twice (vercel/next.js#82117). A proxy or client that joins repeated headers then
// follows "/films/her, /films/her". server.mjs drops an appended value a header already has.

/**
 * Makes `response.appendHeader` skip the values the header already holds; new values are still added.
 * @param {import("node:http").ServerResponse} response
 */
export function skipRepeatedHeaderValues(response) {
  const append = response.appendHeader.bind(response);
  response.appendHeader = (name, value) => {
    const present = response.getHeader(name);
    const held = present === undefined ? [] : Array.isArray(present) ? present : [String(present)];
    const added = (Array.isArray(value) ? value : [value]).map(String).filter((each) => !held.includes(each));
    return added.length > 0 ? append(name, added) : response;
  };
}
