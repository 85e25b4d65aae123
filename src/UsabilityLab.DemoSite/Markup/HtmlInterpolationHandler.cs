using System.Runtime.CompilerServices;

namespace UsabilityLab.DemoSite.Markup;

/// <summary>
/// Interpolated-string handler behind <see cref="Html.Of"/>: literal text is copied as written (it is our
/// template), holes are encoded, so forgetting to encode a query echo is impossible by construction.
/// </summary>
[InterpolatedStringHandler]
internal ref struct HtmlInterpolationHandler
{
    private readonly System.Text.StringBuilder _builder;

    public HtmlInterpolationHandler(int literalLength, int formattedCount)
    {
        _ = formattedCount;
        _builder = new System.Text.StringBuilder(literalLength + 64);
    }

    public readonly void AppendLiteral(string value) => _builder.Append(value);

    public readonly void AppendFormatted(string? value) => _builder.Append(Encode(value));

    public readonly void AppendFormatted(Html value) => _builder.Append(value.ToString());

    public readonly void AppendFormatted(IEnumerable<Html> values)
    {
        foreach (var value in values)
        {
            _builder.Append(value.ToString());
        }
    }

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, format: null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        // A List<Html> binds here rather than to the IEnumerable overload, so dispatch on the runtime type.
        switch (value)
        {
            case Html html:
                _builder.Append(html.ToString());
                break;
            case IEnumerable<Html> many:
                AppendFormatted(many);
                break;
            case IFormattable formattable:
                _builder.Append(Encode(formattable.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                _builder.Append(Encode(value?.ToString()));
                break;
        }
    }

    internal readonly string ToStringAndClear()
    {
        var result = _builder.ToString();
        _builder.Clear();
        return result;
    }

    private static string Encode(string? value) => System.Net.WebUtility.HtmlEncode(value ?? string.Empty);
}
