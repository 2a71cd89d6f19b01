// zlib DEFLATE by the browser's own compression streams, so no compressor ships in the wasm.
// Not raw DEFLATE: zlib's Adler-32 checksum makes a link altered in transit fail to open instead
// of opening as another plan.

export async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// The UTF-8 text `bytes` inflate to, read chunk by chunk and given up (null) as soon as it
// passes `limit` bytes, so a small link cannot expand into a huge record. Damaged data rejects.
export async function inflate(bytes, limit) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks).arrayBuffer());
}
