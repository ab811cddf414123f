using System.Net;
using System.Net.Http.Headers;

namespace Briefing.Import;

/// <summary>What an import reads: the bytes of a saved file or a fetched page, and whether they are HTML.</summary>
internal sealed record PageBytes(byte[] Bytes, bool IsHtml, string? Url);

/// <summary>A source the import cannot read: the message says why (exit 1), or that it is a usage error (exit 2).</summary>
internal sealed class PageSourceException(string message, bool usage = false) : Exception(message)
{
    public bool Usage { get; } = usage;
}

/// <summary>Reads a saved page, a text capture or an http(s) URL (fetched with a timeout, a redirect limit and a size limit).</summary>
internal static class PageSource
{
    public const long MaxBytes = 8 * 1024 * 1024;
    public const int MaxRedirects = 5;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<PageBytes> ReadAsync(string source, HttpMessageHandler? handler, CancellationToken cancellation)
    {
        if (SafeUrl.Web(source) is { } uri)
        {
            return await FetchAsync(uri, handler, cancellation).ConfigureAwait(false);
        }

        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (extension is not (".html" or ".htm" or ".txt" or ".xhtml"))
        {
            throw new PageSourceException($"'{source}' is neither a saved page (.html, .htm), a text capture (.txt) nor an http(s) URL.", usage: true);
        }

        if (!File.Exists(source))
        {
            throw new PageSourceException($"The file '{source}' does not exist.", usage: true);
        }

        if (new FileInfo(source).Length > MaxBytes)
        {
            throw TooLarge($"'{source}'");
        }

        return new PageBytes(await File.ReadAllBytesAsync(source, cancellation).ConfigureAwait(false), extension != ".txt", null);
    }

    private static async Task<PageBytes> FetchAsync(Uri uri, HttpMessageHandler? handler, CancellationToken cancellation)
    {
        using var client = handler is null
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = MaxRedirects, AutomaticDecompression = DecompressionMethods.All })
            : new HttpClient(handler, disposeHandler: false);
        client.Timeout = Timeout;
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("briefing-import", "1.0"));
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                throw new PageSourceException($"{uri} redirected more than {MaxRedirects} times.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PageSourceException($"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw TooLarge(uri.ToString());
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "text/html";
            if (type is not ("text/html" or "application/xhtml+xml" or "text/plain"))
            {
                throw new PageSourceException($"{uri} is {type}, not a web page or text.");
            }

            using var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            var buffer = new byte[MaxBytes + 1];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellation).ConfigureAwait(false);
            return read <= MaxBytes
                ? new PageBytes(buffer[..read], type != "text/plain", (response.RequestMessage?.RequestUri ?? uri).AbsoluteUri)
                : throw TooLarge(uri.ToString());
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new PageSourceException($"{uri} did not answer within {Timeout.TotalSeconds} seconds.");
        }
        catch (HttpRequestException ex)
        {
            throw new PageSourceException($"{uri} could not be fetched: {ex.Message}");
        }
    }

    private static PageSourceException TooLarge(string what) => new($"{what} is larger than {MaxBytes / (1024 * 1024)} MB: not an article page.");
}
