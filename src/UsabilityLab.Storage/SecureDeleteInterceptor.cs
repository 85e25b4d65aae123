using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UsabilityLab.Storage;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> for every connection EF Core opens (the pragma is per connection): what a
/// row held (a dropped page archive, say) is overwritten with zeros when it is deleted or updated away, instead of
/// staying readable in the file's free pages. Deleting is then erasing.
/// </summary>
internal sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    /// <summary>The one instance every context shares (it holds no state).</summary>
    public static SecureDeleteInterceptor Instance { get; } = new();

    /// <summary>The pragma, also applied to the ADO.NET connections the lab opens itself.</summary>
    public const string Pragma = "PRAGMA secure_delete=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
