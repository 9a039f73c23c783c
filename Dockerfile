# syntax=docker/dockerfile:1
# Marquee in a container. The database is the compose `db` service (DATABASE_URL); `npm start`
# migrates it, seeds it when empty, then serves the build with server.mjs on port 3000.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Dependencies' install scripts are skipped: none is needed (Prisma's would only download its
# schema engine), and the project's own postinstall (`prisma generate`) needs the sources, so
# it runs in the build stage as part of `npm run build`.
# `npm ci` rejects a lockfile made where the registry lacks other platforms' optional packages
# (see .ci/run); `npm install` then installs the same pinned versions for this platform.
RUN if npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null 2>&1; \
    then npm ci --ignore-scripts --no-audit --no-fund; \
    else npm install --ignore-scripts --no-audit --no-fund; fi

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build && rm -rf .next/cache

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# `npm start` runs scripts/run-app.ts through tsx (migrations and seed are TypeScript), so the
# runtime keeps node_modules as installed, sources included; build caches are left behind.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
CMD ["npm", "start"]
