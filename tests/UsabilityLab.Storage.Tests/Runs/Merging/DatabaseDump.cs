using System.Text;
using Microsoft.Data.Sqlite;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>Everything a SQLite file holds, every table's rows in order, as one text: equal texts, equal databases.</summary>
internal static class DatabaseDump
{
    public static async Task<string> OfAsync(string path)
    {
        var text = new StringBuilder();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name;";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                    text.AppendLine(reader.GetString(1));
                }
            }

            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid;";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    text.Append(table).Append(':');
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(' ').Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i));
                    }

                    text.AppendLine();
                }
            }
        }

        return text.ToString();
    }
}
