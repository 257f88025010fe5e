using System.IO.Compression;

namespace NewsPortal.Scraping;

/// <summary>
/// Reads a response body or a file up to a byte limit, so a huge or endless input (a page, a device,
/// a file still growing) cannot exhaust memory: reading stops at the limit, whatever a length said.
/// A gzip body (a .xml.gz sitemap) is unpacked as it streams and the limit counts unpacked bytes:
/// a small bomb stops at the limit instead of being unpacked first and measured after.
/// </summary>
public static class BodyReader
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken, bool gunzip = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, maxBytes, cancellationToken, gunzip).ConfigureAwait(false);
        }
    }

    /// <summary>Unpacks gzip bytes, up to <paramref name="maxBytes"/> unpacked.</summary>
    public static Task<(byte[] Bytes, bool TooLarge)> GunzipAsync(byte[] packed, long maxBytes, CancellationToken cancellationToken) =>
        ReadAsync(new MemoryStream(packed), maxBytes, cancellationToken, gunzip: true);

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken, bool gunzip = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = gunzip ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
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
        catch (InvalidDataException) when (gunzip)
        {
            // Not gzip after all, or cut short: nothing readable.
            return ([], false);
        }
        finally
        {
            if (gunzip)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
