/** The database the scripts talk to: DATABASE_URL, or the local development server. */
export function databaseUrlOrDefault(): string {
  return process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lakeshore_dev";
}
