# The app image. Its default command (scripts/serve.ts) is for real use: migrations as the owner,
# the app role, `next start` as that role; it needs DATABASE_URL and AUTH_SECRET and never loads
# demo data. docker-compose.yml runs the demo with it instead (command: scripts/demo.ts).
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
# Without npm in between: npm does not pass `docker stop`'s SIGTERM on to the script, which stops
# `next start` cleanly when it gets it.
CMD ["node", "--import", "tsx", "scripts/serve.ts"]
