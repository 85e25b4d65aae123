using UsabilityLab.Core.Studies.Hooks;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads a request hook: <c>request: POST /api/test/reset</c> (the method may be left out for GET), or the mapping
/// <c>{ method, url, body, headers, status }</c>.
/// </summary>
internal static class RequestHookReader
{
    private const string Example = "{ method: POST, url: /api/test/reset, status: 204 }";
    private static readonly string[] Keys = ["method", "url", "body", "headers", "status"];
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    public static RequestHook? Read(LoadContext context, YamlNode node)
    {
        if (node is YamlScalarNode)
            return ReadLine(context, node);

        var request = MappingReader.Open(context, node, "request", Keys, Example);
        if (request is null)
            return null;
        var methodNode = request.Optional("method");
        var method = methodNode is null ? "GET" : ReadMethod(context, methodNode, null);
        var url = ReadUrl(context, request.Required("url", "url: /api/test/reset"));
        var body = context.ReadTemplate(request.Optional("body"), "request body", allowEmpty: true);
        var headers = ReadHeaders(context, request.Optional("headers"));
        var status = context.ReadWholeNumber(request.Optional("status"), "request status", 100, 599);
        return method is null || url is null || headers is null ? null : new RequestHook(method, url, body, headers, status);
    }

    // "POST /api/reset" or "/api/reset": the everyday form.
    private static RequestHook? ReadLine(LoadContext context, YamlNode node)
    {
        var line = context.ReadTemplate(node, "request")?.Trim();
        if (line is null)
            return null;
        var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var method = parts.Length == 2 ? ReadMethod(context, node, parts[0]) : "GET";
        var url = CheckUrl(context, node, parts[^1]);
        return method is null || url is null ? null : new RequestHook(method, url, null, new Dictionary<string, string>(), null);
    }

    private static string? ReadMethod(LoadContext context, YamlNode? node, string? written)
    {
        var method = (written ?? context.ReadText(node, "request method"))?.Trim().ToUpperInvariant();
        if (method is null || Methods.Contains(method))
            return method;
        context.Report(node!, $"request method '{method}' is not one of {string.Join(", ", Methods)}");
        return null;
    }

    private static string? ReadUrl(LoadContext context, YamlNode? node)
    {
        var url = context.ReadTemplate(node, "request url")?.Trim();
        return url is null ? null : CheckUrl(context, node!, url);
    }

    private static string? CheckUrl(LoadContext context, YamlNode node, string url)
    {
        var problem = UrlPatternSyntax.PageProblem(url) ?? (url.Contains(' ', StringComparison.Ordinal) ? "has a space; write it %20" : null);
        if (problem is null)
            return url;
        context.Report(node, $"request url '{url}' {problem}");
        return null;
    }

    private static Dictionary<string, string>? ReadHeaders(LoadContext context, YamlNode? node)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node is null)
            return headers;
        if (node is not YamlMappingNode mapping)
        {
            context.Report(node, $"request headers is a mapping of names to values, e.g. {{ Authorization: \"Bearer ${{RESET_TOKEN}}\" }}; got {YamlValues.Describe(node)}");
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = context.ReadText(key, "request header name")?.Trim();
            var text = context.ReadTemplate(value, $"request header {name}", allowEmpty: true);
            if (name is null || text is null)
                continue;
            if (!headers.TryAdd(name, text))
                context.Report(key, $"request header '{name}' is written twice");
        }

        return headers;
    }
}
