using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Storage.Providers;

/// <summary>
/// What a <c>--db</c> value (or <c>USABILITYLAB_DB</c>) names: a PostgreSQL database, as a URI
/// (<c>postgresql://user:pass@host:port/db</c>, or <c>postgres://</c>) or as an Npgsql connection string
/// (<c>Host=…;Database=…</c>); anything else is the path of a SQLite file. Decided here, once, from the text alone.
/// </summary>
internal static partial class StoreAddress
{
    /// <summary>URI query parameters taken over from libpq, with the Npgsql keyword each one becomes.</summary>
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["options"] = "Options",
        ["search_path"] = "Search Path",
    };

    /// <summary>True when <paramref name="value"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string value) =>
        IsUri(value) || ConnectionStringStart().IsMatch(value);

    /// <summary>
    /// The Npgsql connection string <paramref name="value"/> means, and how people are told where it is
    /// (<c>postgresql://user@host:port/db</c>: never the password). Malformed → <see cref="InputException"/>.
    /// </summary>
    public static (string ConnectionString, string Location, string Database) Postgres(string value)
    {
        var builder = IsUri(value) ? FromUri(value) : FromConnectionString(value);
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw Bad(value, "no host; write postgresql://user:password@host:port/database");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw Bad(value, "no database name; write postgresql://user:password@host:port/database");
        }

        // Pooled connections are what lets every short-lived context of a run reuse one server session.
        builder.Pooling = true;
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var location = string.Create(CultureInfo.InvariantCulture, $"postgresql://{user}{HostForUri(builder.Host!)}:{builder.Port}/{Uri.EscapeDataString(builder.Database!)}");
        return (builder.ConnectionString, location, builder.Database!);
    }

    private static bool IsUri(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw Bad(value, "not a valid URI; write postgresql://user:password@host:port/database");
        }

        if (uri.Fragment.Length > 0)
        {
            throw Bad(value, "a URI of a database has no '#' part");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port < 0 ? NpgsqlConnection.DefaultPort : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (builder.Database.Contains('/', StringComparison.Ordinal))
        {
            throw Bad(value, $"'{builder.Database}' is not a database name (one path segment after the port)");
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            if (!UriParameters.TryGetValue(name, out var keyword))
            {
                throw Bad(value, $"unknown parameter '{name}'; known: {string.Join(", ", UriParameters.Keys)} (or pass an Npgsql connection string, Host=…;Database=…)");
            }

            try
            {
                builder[keyword] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
            {
                throw Bad(value, $"parameter '{name}': {FirstLine(ex.Message)}");
            }
        }

        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException or KeyNotFoundException)
        {
            throw Bad(value, $"not a valid Npgsql connection string: {FirstLine(ex.Message)}");
        }
    }

    private static string HostForUri(string host) => host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');

    /// <summary>A bad address as one line, quoting it without its password.</summary>
    private static InputException Bad(string value, string problem) =>
        new($"--db {Redact(value)}: {problem}");

    /// <summary>The value with any password replaced by <c>***</c>, for messages.</summary>
    internal static string Redact(string value) =>
        IsUri(value) ? UriPassword().Replace(value, "$1***@") : ConnectionStringPassword().Replace(value, "$1***");

    // A connection string starts with one of Npgsql's keywords (any case) and '=': a file named "notes=old.db" stays a path.
    [GeneratedRegex(@"^\s*(host|server|database|db|username|user\s*id|port)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringStart();

    [GeneratedRegex(@"^(postgres(?:ql)?://[^:/@]*:)[^@]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPassword();
}
