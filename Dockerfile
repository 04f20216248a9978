# The demo on a real PostgreSQL: `docker compose up --build` (see docker-compose.yml).
# At start it runs the demo (what `npm run demo` runs): migrations, demo data if the database is
# empty, `next start`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Dependencies first (cached while only sources change). postinstall runs `prisma generate`,
# which needs the schema and prisma.config.ts, but no database.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
# Not `npm ci`: the registry lacks other platforms' optional binaries (see STACK.md).
RUN npm install --no-audit --no-fund

COPY . .
# Built into the image: the demo skips `next build` when .next is newer than the sources.
RUN npx next build

ENV PORT=3000
EXPOSE 3000
# `npm run demo` without npm in between: npm does not pass `docker stop`'s SIGTERM on to the
# demo, which stops `next start` cleanly when it gets it.
CMD ["node", "--import", "tsx", "scripts/demo.ts"]
