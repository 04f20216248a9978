// Signs a bench user in the way a browser does (Auth.js's CSRF token, then the credentials
// callback) and returns the Cookie header that carries the real session: every measured request
// pays the session lookup, as a user's does.
function cookiesOf(response: Response, jar: Map<string, string>): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar), accept: "application/json" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    redirect: "manual",
  });
  cookiesOf(response, jar);
  const location = response.headers.get("location") ?? "";
  if (response.status !== 302 || location.includes("error=") || ![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`sign-in of ${email} failed: ${response.status} ${location}`);
  }
  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie: header(jar) } });
  if (me.status !== 200) throw new Error(`signed in as ${email}, but /api/v1/me answers ${me.status}`);
  return header(jar);
}
