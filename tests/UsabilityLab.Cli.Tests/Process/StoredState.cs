using System.Globalization;
using Microsoft.Data.Sqlite;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// Reads what a lab process stored, with plain SQL on a connection of its own. Not through <c>LabDatabase</c>: opening
/// it sweeps runs whose process is gone, and these tests must see the CLI do that, not themselves.
/// </summary>
internal sealed class StoredState(string databasePath)
{
    /// <summary>Attempts stored, open or ended; 0 before the run's tables exist.</summary>
    public async Task<int> AttemptCountAsync()
    {
        try
        {
            return Convert.ToInt32(await ScalarAsync("SELECT count(*) FROM TaskAttempts"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // no database or no schema yet
        }
    }

    /// <summary>The run's status and end reason as stored.</summary>
    public async Task<(string Status, string? EndReason)> RunAsync(long runId)
    {
        var rows = await RowsAsync($"SELECT Status, EndReason FROM Runs WHERE Id = {runId}", r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));
        return Assert.Single(rows);
    }

    /// <summary>Every session: participant, status, end reason.</summary>
    public Task<List<(long Participant, string Status, string? EndReason)>> SessionsAsync() =>
        RowsAsync("SELECT ParticipantId, Status, EndReason FROM Sessions", r => (r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));

    /// <summary>Every attempt: participant, task, outcome, reason.</summary>
    public Task<List<(long Participant, string Task, string Outcome, string? Reason)>> AttemptsAsync() =>
        RowsAsync(
            "SELECT s.ParticipantId, a.TaskKey, a.Outcome, a.Reason FROM TaskAttempts a JOIN Sessions s ON s.Id = a.SessionId",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));

    /// <summary>Every attempt with its ids: attempt, session, participant, task, outcome, reason.</summary>
    public Task<List<(long Id, long Session, long Participant, string Task, string Outcome, string? Reason)>> AttemptRowsAsync() =>
        RowsAsync(
            "SELECT a.Id, a.SessionId, s.ParticipantId, a.TaskKey, a.Outcome, a.Reason FROM TaskAttempts a JOIN Sessions s ON s.Id = a.SessionId ORDER BY a.Id",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));

    /// <summary>Every session with its id: session, participant, status, end reason.</summary>
    public Task<List<(long Id, long Participant, string Status, string? EndReason)>> SessionRowsAsync() =>
        RowsAsync("SELECT Id, ParticipantId, Status, EndReason FROM Sessions ORDER BY Id", r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));

    /// <summary>Events stored for one attempt.</summary>
    public async Task<int> EventCountAsync(long attemptId) =>
        Convert.ToInt32(await ScalarAsync($"SELECT count(*) FROM Events WHERE AttemptId = {attemptId}"), CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task<List<T>> RowsAsync<T>(string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // Never creates the file, and no pooled handle outlives a query (the test deletes the folder afterwards).
    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
