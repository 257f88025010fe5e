namespace NewsPortal.Scraping;

/// <summary>Reads a response body up to a byte limit, so a huge or endless page cannot exhaust memory.</summary>
public static class BodyReader
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }
                if (buffer.Length + read > maxBytes)
                {
                    return ([], true);
                }
                buffer.Write(chunk, 0, read);
            }
        }
    }
}
