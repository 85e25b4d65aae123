namespace UsabilityLab.DemoSite.Forms;

/// <summary>Validation messages per field name, in the order they were found.</summary>
internal sealed class FormErrors
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    /// <summary>No errors: what a freshly rendered form uses.</summary>
    public static FormErrors None => new();

    /// <summary>True when the form may be accepted.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>How many fields are wrong.</summary>
    public int Count => _errors.Count;

    /// <summary>Records the first problem of a field; later ones for the same field are dropped (one message each).</summary>
    public void Add(string field, string message)
    {
        if (For(field) is null)
        {
            _errors.Add(new(field, message));
        }
    }

    /// <summary>The message for a field, or null when it is fine.</summary>
    public string? For(string field) =>
        _errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.Ordinal)).Value;
}
