using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Briefing.Links;

/// <summary>Checks links as a browser does: HEAD, else GET; redirects reported; a few at once per host; 429 and 503 retried.</summary>
internal sealed class LinkChecker : IDisposable
{
    private const int MaxRedirects = 10;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);
    private readonly HttpClient _client;
    private readonly LinkCheckOptions _options;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public LinkChecker(LinkCheckOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
            // A proxy would connect on the check's behalf, to an address the check never saw.
            UseProxy = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("briefing-link-check", "1.0"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    /// <summary>The link's outcome, redirects followed; never throws for what a server or the network does.</summary>
    public async Task<LinkResult> CheckAsync(string url, CancellationToken cancellationToken)
    {
        var hops = new List<LinkHop>();
        var current = new Uri(url);
        try
        {
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                var (status, location) = await RequestAsync(current, cancellationToken);
                if (status is >= 300 and < 400 && location is not null && Uri.TryCreate(current, location, out var next))
                {
                    hops.Add(new LinkHop(current.AbsoluteUri, status, next.AbsoluteUri));
                    current = next;
                    continue;
                }

                return Result(url, Outcome(status, hops), status, hops, status is 429 or 503 ? $"kept answering {Describe(status)}" : null);
            }

            return Result(url, LinkOutcomes.Unreachable, null, hops, $"more than {MaxRedirects} redirects");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(url, LinkOutcomes.Timeout, null, hops, $"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex) when (ex.InnerException is RefusedAddressException refused)
        {
            return Result(url, LinkOutcomes.Refused, null, hops, refused.Message);
        }
        catch (HttpRequestException ex)
        {
            return Result(url, LinkOutcomes.Unreachable, null, hops, ex.InnerException?.Message ?? ex.Message);
        }
    }

    /// <summary>Refuses a host with any address not public, then connects to exactly those: DNS rebinding cannot lead elsewhere.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        foreach (var address in addresses)
        {
            if (LinkAddresses.WhyRefused(address, _options.AllowLoopback) is { } why)
            {
                throw new RefusedAddressException(literal is null ? $"{host} resolves to {address}, {why}" : $"{address} is {why}");
            }
        }

        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>"404 Not Found": the status and its reason phrase.</summary>
    public static string Describe(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? $"{status} {System.Text.RegularExpressions.Regex.Replace(((HttpStatusCode)status).ToString(), "(?<=[a-z])(?=[A-Z])", " ")}" : $"{status}";

    private static string Outcome(int status, List<LinkHop> hops) => status switch
    {
        429 or 503 => LinkOutcomes.Unreachable,
        >= 400 => LinkOutcomes.Broken,
        _ when hops.Any(h => h.Status is 301 or 308) => LinkOutcomes.Moved,
        _ => LinkOutcomes.Ok,
    };

    private static LinkResult Result(string url, string outcome, int? status, List<LinkHop> hops, string? error) =>
        new(url, outcome, status, [.. hops], error, DateTimeOffset.UtcNow);

    /// <summary>One address: its status and Location, retried on 429 and 503 while retries last.</summary>
    private async Task<(int Status, Uri? Location)> RequestAsync(Uri uri, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(_options.PerHost));
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? wait;
            await host.WaitAsync(cancellationToken);
            try
            {
                var head = await SendAsync(HttpMethod.Head, uri, cancellationToken);
                // Many servers refuse or mishandle HEAD (405, 403, 404, 501): a GET says what a reader gets.
                var (status, location, retryAfter) = head.Status is >= 400 and not (429 or 503)
                    ? await SendAsync(HttpMethod.Get, uri, cancellationToken)
                    : head;
                if (status is not (429 or 503) || attempt >= _options.Retries)
                {
                    return (status, location);
                }

                wait = retryAfter ?? _options.FirstBackoff * Math.Pow(2, attempt);
            }
            finally
            {
                host.Release();
            }

            // Waited without holding the host's slot: other links of the host go on meanwhile.
            await Task.Delay(wait.Value < LongestWait ? wait.Value : LongestWait, cancellationToken);
        }
    }

    private async Task<(int Status, Uri? Location, TimeSpan? RetryAfter)> SendAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        // Headers only: the body of a page is not needed to know it is there.
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return ((int)response.StatusCode, response.Headers.Location, RetryAfter(response.Headers.RetryAfter));
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? (date - DateTimeOffset.UtcNow) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero : null);

    public void Dispose()
    {
        _client.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }
}
