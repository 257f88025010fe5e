namespace NewsPortal.Scraping;

/// <summary>
/// Reads a response body or a file up to a byte limit, so a huge or endless input (a page, a device,
/// a file still growing) cannot exhaust memory: reading stops at the limit, whatever a length said.
/// </summary>
public static class BodyReader
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
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
