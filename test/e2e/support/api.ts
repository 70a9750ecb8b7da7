// Seeds data through the running web host, as a second client would.
export async function callHost(url: string, name: string, input: unknown): Promise<unknown> {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token')!;
  const response = await fetch(`${origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-clusterpilot-token': token },
    body: JSON.stringify({ name, input }),
  });
  return response.json();
}

export async function clusterNames(url: string): Promise<string[]> {
  const result = (await callHost(url, 'clusters.list', {})) as { ok: boolean; data: { name: string }[] };
  return result.data.map((c) => c.name);
}
