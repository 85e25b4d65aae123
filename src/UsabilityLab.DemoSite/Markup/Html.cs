namespace UsabilityLab.DemoSite.Markup;

/// <summary>
/// A fragment of HTML that is already safe to write. The only ways to get one are <see cref="Of"/>, which
/// HTML-encodes every interpolated value that is not itself <see cref="Html"/>, and <see cref="Trusted"/>, for
/// constants written in this assembly (inline SVG, icons).
/// </summary>
internal readonly record struct Html
{
    private readonly string? _value;

    private Html(string value) => _value = value;

    /// <summary>An empty fragment, for optional parts of a page.</summary>
    public static Html Empty => default;

    /// <summary>Builds markup from an interpolated string; holes are encoded unless they are markup.</summary>
    public static Html Of(ref HtmlInterpolationHandler handler) => new(handler.ToStringAndClear());

    /// <summary>Wraps a string that this assembly wrote itself. Never pass request data here.</summary>
    public static Html Trusted(string markup) => new(markup);

    /// <summary>Concatenates fragments, e.g. the cards of a product grid.</summary>
    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._value)));

    /// <summary>Returns <paramref name="markup"/> when <paramref name="condition"/> holds, otherwise nothing.</summary>
    public static Html When(bool condition, Html markup) => condition ? markup : Empty;

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;
}
