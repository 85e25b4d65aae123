using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Forms;

/// <summary>
/// Renders a labelled form field with its error the same way everywhere: the message sits right under the
/// control as <c>&lt;p class="field-error" role="alert"&gt;</c> and the control gets <c>aria-invalid="true"</c>
/// plus <c>aria-describedby</c>, so both people and the recorder can see which field was rejected.
/// </summary>
internal static class FormField
{
    /// <summary>An <c>&lt;input&gt;</c> whose id and name are <paramref name="id"/> unless a name is given.</summary>
    public static Html Input(
        string id,
        string label,
        string? value,
        FormErrors errors,
        string type = "text",
        string? autocomplete = null,
        string? hint = null,
        string? inputMode = null,
        bool optional = false,
        string? name = null)
    {
        var error = errors.For(name ?? id);
        var attributes = Html.Of($"""id="{id}" name="{name ?? id}" type="{type}" """);
        var valueAttr = value is null ? Html.Empty : Html.Of($"""value="{value}" """);
        var autoAttr = autocomplete is null ? Html.Empty : Html.Of($"""autocomplete="{autocomplete}" """);
        var modeAttr = inputMode is null ? Html.Empty : Html.Of($"""inputmode="{inputMode}" """);
        var control = Html.Of($"""<input {attributes}{valueAttr}{autoAttr}{modeAttr}{Described(id, error, hint)}>""");
        return Wrap(id, label, optional, hint, error, control);
    }

    /// <summary>A <c>&lt;textarea&gt;</c>.</summary>
    public static Html TextArea(string id, string label, string? value, FormErrors errors, string? name = null)
    {
        var error = errors.For(name ?? id);
        var control = Html.Of($"""<textarea id="{id}" name="{name ?? id}" rows="5" {Described(id, error, null)}>{value}</textarea>""");
        return Wrap(id, label, optional: false, hint: null, error, control);
    }

    /// <summary>The error paragraph for a field, or nothing.</summary>
    public static Html Error(string id, string? error) =>
        error is null ? Html.Empty : Html.Of($"""<p class="field-error" role="alert" id="{id}-error">{error}</p>""");

    /// <summary>aria-invalid/aria-describedby for a control, pointing at its error and hint.</summary>
    public static Html Described(string id, string? error, string? hint)
    {
        var ids = string.Join(' ', new[] { hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        var invalid = error is null ? Html.Empty : Html.Trusted("""aria-invalid="true" """);
        return ids.Length == 0 ? invalid : Html.Of($"""{invalid}aria-describedby="{ids}" """);
    }

    private static Html Wrap(string id, string label, bool optional, string? hint, string? error, Html control)
    {
        var optionalTag = Html.When(optional, Html.Trusted("""<span class="optional">(optional)</span>"""));
        var hintTag = hint is null ? Html.Empty : Html.Of($"""<p class="field-hint" id="{id}-hint">{hint}</p>""");
        var css = error is null ? "field" : "field has-error";
        return Html.Of($"""
            <div class="{css}">
              <label for="{id}">{label} {optionalTag}</label>
              {hintTag}{control}
              {Error(id, error)}
            </div>
            """);
    }
}
