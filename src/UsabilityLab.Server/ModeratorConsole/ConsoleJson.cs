using System.Text.Json;
using System.Text.Json.Serialization;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>How the console's page reads what the server sends: camelCase names, and every field present (null too).</summary>
internal static class ConsoleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
