using Npgsql;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>The most connections open to one PostgreSQL database at once while something runs, as the server counts them (every client process), polled.</summary>
internal sealed class ConnectionPeak : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    private ConnectionPeak(NpgsqlConnection server, string uri) => _polling = Task.Run(() => PollAsync(server, uri, _stop.Token));

    /// <summary>The highest count seen (final after dispose).</summary>
    public int Peak { get; private set; }

    /// <summary>Starts polling the database <paramref name="uri"/> names, on a connection to the server's maintenance database (not counted).</summary>
    public static async Task<ConnectionPeak> StartAsync(string uri) => new(await BenchPostgres.OpenServerAsync(), uri);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _stop.Dispose();
    }

    private async Task PollAsync(NpgsqlConnection server, string uri, CancellationToken ct)
    {
        await using (server)
        {
            while (!ct.IsCancellationRequested)
            {
                Peak = Math.Max(Peak, await BenchPostgres.ConnectionsAsync(server, uri));
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
