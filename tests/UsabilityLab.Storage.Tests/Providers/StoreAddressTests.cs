using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Storage.Tests.Providers;

public sealed class StoreAddressTests
{
    [Theory]
    [InlineData("postgresql://lab:secret@db.example:5433/lab")]
    [InlineData("postgres://lab:secret@db.example:5433/lab")]
    [InlineData("POSTGRESQL://lab:secret@db.example:5433/lab")]
    [InlineData("Host=db.example;Port=5433;Database=lab;Username=lab;Password=secret")]
    [InlineData("host = db.example; port=5433; database=lab; user id=lab; password=secret")]
    public void Postgres_UriOrConnectionString_SameConnection(string value)
    {
        Assert.True(StoreAddress.IsPostgres(value));

        var (connectionString, location, name) = StoreAddress.Postgres(value);

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        Assert.Equal(("db.example", 5433, "lab", "lab", "secret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(("postgresql://lab@db.example:5433/lab", "lab"), (location, name));
    }

    [Fact]
    public void Postgres_PercentEncodedUserPasswordAndDatabase_Decoded()
    {
        var (connectionString, location, name) = StoreAddress.Postgres("postgresql://l%40b:p%3Aw%2Fd@127.0.0.1/team%20lab?sslmode=disable&application_name=ci");

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        Assert.Equal(("l@b", "p:w/d", "team lab", 5432), (builder.Username, builder.Password, builder.Database, builder.Port));
        Assert.Equal((Npgsql.SslMode.Disable, "ci"), (builder.SslMode, builder.ApplicationName));
        Assert.Equal(("postgresql://l%40b@127.0.0.1:5432/team%20lab", "team lab"), (location, name));
    }

    [Theory]
    [InlineData("usabilitylab.db")]
    [InlineData("/var/lab/team.db")]
    [InlineData("notes=old.db")]
    [InlineData("./postgresql.db")]
    public void IsPostgres_Path_StaysSqlite(string value) => Assert.False(StoreAddress.IsPostgres(value));

    [Theory]
    [InlineData("postgresql://lab:secret@/lab", "not a valid URI")]
    [InlineData("Database=lab;Password=secret", "no host")]
    [InlineData("postgresql://lab:secret@db.example:5432/", "no database name")]
    [InlineData("postgresql://lab:secret@db.example:5432/a/b", "not a database name")]
    [InlineData("postgresql://lab:secret@db.example:99999/lab", "not a valid URI")]
    [InlineData("postgresql://lab:secret@db.example/lab?sslmode=sometimes", "parameter 'sslmode'")]
    [InlineData("postgresql://lab:secret@db.example/lab?fallback=yes", "unknown parameter 'fallback'")]
    [InlineData("Host=db.example;Password=secret;Colour=blue", "not a valid Npgsql connection string")]
    [InlineData("Host=db.example;Password=secret", "no database name")]
    public void Postgres_Malformed_OneLineInputErrorWithoutThePassword(string value, string problem)
    {
        var error = Assert.Throws<InputException>(() => StoreAddress.Postgres(value));

        Assert.StartsWith("--db ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
