using System.Text;
using Briefing.Preview;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Cli.Preview;

/// <summary>The preview's requests: events and reload script under /_briefing/, the site's files (never outside it, not cached).</summary>
internal sealed class PreviewRequests(string outputFolder, PreviewEvents events, CancellationToken stopping)
{
    public const string EventsPath = "/_briefing/events";

    /// <summary>Added to HTML as it is sent: the files in the output folder stay what `build` writes.</summary>
    public const string ScriptTag = $"<script src=\"{ScriptPath}\"></script>";

    private const string ScriptPath = "/_briefing/reload.js";

    // Search (Pagefind) compiles its WebAssembly index reader: 'wasm-unsafe-eval' allows that and no other evaluation.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly byte[] Script = LoadScript();

    private static readonly FileExtensionContentTypeProvider ContentTypes = new()
    {
        Mappings = { [".jsonld"] = "application/ld+json", [".xml"] = "application/xml", [".js"] = "text/javascript" },
    };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            headers.Allow = "GET, HEAD";
            await PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed").ConfigureAwait(false);
            return;
        }

        if (!IsLoopback(request.Host))
        {
            // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) must not read the preview.
            await PlainAsync(context, StatusCodes.Status403Forbidden, "The preview answers only requests for localhost or a loopback address.").ConfigureAwait(false);
            return;
        }

        var path = request.Path.Value ?? "/";
        await (path switch
        {
            EventsPath => EventStreamAsync(context),
            ScriptPath => BytesAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script),
            _ when path.StartsWith("/_briefing/", StringComparison.Ordinal) => NotFoundAsync(context),
            _ => ResolveSitePath.Run(outputFolder, path, context.Features.Get<IHttpRequestFeature>()?.RawTarget) switch
            {
                (SitePathStatus.Found, { } file) => FileAsync(context, file, StatusCodes.Status200OK),
                (SitePathStatus.AddSlash, _) => AddSlash(context),
                (SitePathStatus.BadRequest, _) => PlainAsync(context, StatusCodes.Status400BadRequest, "Bad request"),
                _ => NotFoundAsync(context),
            },
        }).ConfigureAwait(false);
    }

    /// <summary>The Host names this machine itself: localhost (or a name under it) or a loopback address.</summary>
    internal static bool IsLoopback(HostString host)
    {
        var name = host.Host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(name.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
    }

    private Task NotFoundAsync(HttpContext context) =>
        ResolveSitePath.Run(outputFolder, "/404.html") is (SitePathStatus.Found, { } page)
            ? FileAsync(context, page, StatusCodes.Status404NotFound)
            : PlainAsync(context, StatusCodes.Status404NotFound, "Not found");

    private static Task AddSlash(HttpContext context)
    {
        // One leading slash: "//name/" would send the browser to another host.
        context.Response.Headers.Location = "/" + context.Request.Path.ToUriComponent().TrimStart('/', '\\') + "/" + context.Request.QueryString;
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        return Task.CompletedTask;
    }

    /// <param name="status">200, or 404 for the site's 404.html: only HTML is ever sent as a 404.</param>
    private static async Task FileAsync(HttpContext context, string file, int status)
    {
        var contentType = ContentType(file);
        try
        {
            if (contentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                var html = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
                await BytesAsync(context, status, contentType, WithScript(html)).ConfigureAwait(false);
            }
            else
            {
                await Results.File(file, contentType, enableRangeProcessing: true).ExecuteAsync(context).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            // A rebuild swapped the output folder between finding the file and reading it.
            await PlainAsync(context, StatusCodes.Status404NotFound, "Not found").ConfigureAwait(false);
        }
    }

    /// <summary>The page with <see cref="ScriptTag"/> before its last &lt;/body&gt; (or at its end when it has none).</summary>
    private static byte[] WithScript(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + ScriptTag : text.Insert(at, ScriptTag));
    }

    private async Task EventStreamAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var page = events.Subscribe();
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", end.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(end.Token).ConfigureAwait(false);
            await foreach (var message in page.ReadAllAsync(end.Token).ConfigureAwait(false))
            {
                await response.WriteAsync(message, end.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(end.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed, or the preview is stopping.
        }
        finally
        {
            events.Unsubscribe(page);
        }
    }

    private static Task PlainAsync(HttpContext context, int status, string text) =>
        BytesAsync(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    private static async Task BytesAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static string ContentType(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/ld+json" or "application/atom+xml" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static byte[] LoadScript()
    {
        using var stream = typeof(PreviewRequests).Assembly.GetManifestResourceStream("Briefing.Cli.Preview.reload.js")
            ?? throw new InvalidOperationException("The reload script is missing from the assembly.");
        var script = new byte[stream.Length];
        stream.ReadExactly(script);
        return script;
    }
}
