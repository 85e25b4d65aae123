using System.Globalization;
using System.Text.Json;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// Reads one input message of the participant page and checks it against what the streamed browser accepts: a known
/// kind and type, coordinates inside the viewport, a key from <see cref="RemoteKeys"/>, text within its cap. Anything
/// else is refused with the reason, and nothing of it reaches the browser.
/// </summary>
/// <remarks>
/// The wire format (JSON, one object per WebSocket message): <c>{"t":"mouse","type":"mousePressed","x":10,"y":20,
/// "button":"left","buttons":1,"clickCount":1,"modifiers":0}</c>, <c>{"t":"wheel","x","y","dx","dy"}</c>,
/// <c>{"t":"key","type":"keyDown","key":"Enter"}</c>, <c>{"t":"text","text":"…"}</c>, <c>{"t":"paste","text":"…"}</c>,
/// <c>{"t":"touch","type":"touchStart","points":[{"x","y","id"}]}</c>.
/// </remarks>
public static class ParticipantInputReader
{
    /// <summary>The longest message read at all (bytes of UTF-8).</summary>
    public const int MaxMessageBytes = 16 * 1024;

    /// <summary>The most characters one text message (typing, an IME composition) may insert.</summary>
    public const int MaxTextLength = 256;

    /// <summary>The most characters one paste may insert.</summary>
    public const int MaxPasteLength = 4_000;

    private const double MaxWheelDelta = 5_000;
    private const int MaxTouchPoints = 5;
    private static readonly string[] MouseTypes = ["mousePressed", "mouseReleased", "mouseMoved"];
    private static readonly string[] MouseButtons = ["none", "left", "middle", "right"];
    private static readonly string[] KeyTypes = ["keyDown", "keyUp"];
    private static readonly string[] TouchTypes = ["touchStart", "touchMove", "touchEnd", "touchCancel"];

    /// <summary>Reads <paramref name="json"/> for a page of <paramref name="viewport"/>; null and the reason when it is refused.</summary>
    public static ParticipantInput? Read(string json, ViewportSize viewport, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(viewport);
        if (json.Length > MaxMessageBytes)
        {
            refusal = $"message of {json.Length} characters is over the {MaxMessageBytes} limit";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                refusal = "an input message is a JSON object";
                return null;
            }

            return ReadKind(root, viewport, out refusal);
        }
        catch (JsonException ex)
        {
            refusal = $"not JSON: {ex.Message.Split('.', 2)[0]}";
            return null;
        }
        catch (InvalidOperationException ex)
        {
            refusal = $"a field has the wrong type: {ex.Message.Split('.', 2)[0]}";
            return null;
        }
        catch (FormatException ex)
        {
            refusal = $"a number is out of range: {ex.Message.Split('.', 2)[0]}";
            return null;
        }
    }

    private static ParticipantInput? ReadKind(JsonElement root, ViewportSize viewport, out string? refusal)
    {
        refusal = null;
        var kind = Text(root, "t");
        switch (kind)
        {
            case "mouse":
            {
                var type = Text(root, "type");
                var button = Text(root, "button") ?? "none";
                var clicks = Integer(root, "clickCount");
                var buttons = Integer(root, "buttons");
                refusal = OneOf("mouse type", type, MouseTypes) ?? OneOf("mouse button", button, MouseButtons) ?? Range("clickCount", clicks, 0, 3)
                    ?? Range("buttons", buttons, 0, 7) ?? Modifiers(root) ?? Inside(root, viewport, out _, out _);
                return refusal is null ? Point(root, new ParticipantInput(InputKind.Mouse) { Type = type!, Button = button, ClickCount = clicks, Buttons = buttons, Modifiers = Integer(root, "modifiers") }) : null;
            }

            case "wheel":
            {
                var (dx, dy) = (Number(root, "dx"), Number(root, "dy"));
                refusal = Inside(root, viewport, out _, out _) ?? Modifiers(root)
                    ?? (Math.Abs(dx) > MaxWheelDelta || Math.Abs(dy) > MaxWheelDelta ? $"wheel delta ({Show(dx)}, {Show(dy)}) is over {MaxWheelDelta}" : null);
                return refusal is null ? Point(root, new ParticipantInput(InputKind.Wheel) { Type = "mouseWheel", DeltaX = dx, DeltaY = dy, Modifiers = Integer(root, "modifiers") }) : null;
            }

            case "key":
            {
                var type = Text(root, "type");
                var key = Text(root, "key");
                refusal = OneOf("key type", type, KeyTypes) ?? Modifiers(root)
                    ?? (RemoteKeys.Find(key) is null ? $"key '{Clip(key)}' is not on the list of keys a participant may press" : null);
                return refusal is null ? new ParticipantInput(InputKind.Key) { Type = type!, Key = key, Modifiers = Integer(root, "modifiers") } : null;
            }

            case "text" or "paste":
            {
                var text = Text(root, "text");
                var cap = kind == "text" ? MaxTextLength : MaxPasteLength;
                refusal = string.IsNullOrEmpty(text) ? $"{kind} without text"
                    : text.Length > cap ? $"{kind} of {text.Length} characters is over the {cap} limit"
                    : text.Any(c => char.IsControl(c) && c is not '\n' and not '\t') ? $"{kind} contains control characters"
                    : null;
                return refusal is null ? new ParticipantInput(kind == "text" ? InputKind.Text : InputKind.Paste) { Text = text } : null;
            }

            case "touch":
                return ReadTouch(root, viewport, out refusal);

            default:
                refusal = $"unknown input kind '{Clip(kind)}'";
                return null;
        }
    }

    private static ParticipantInput? ReadTouch(JsonElement root, ViewportSize viewport, out string? refusal)
    {
        var type = Text(root, "type");
        refusal = OneOf("touch type", type, TouchTypes) ?? Modifiers(root);
        if (refusal is not null)
        {
            return null;
        }

        var points = new List<TouchPoint>();
        if (root.TryGetProperty("points", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            if (list.GetArrayLength() > MaxTouchPoints)
            {
                refusal = $"{list.GetArrayLength()} touch points; at most {MaxTouchPoints}";
                return null;
            }

            foreach (var point in list.EnumerateArray())
            {
                if (point.ValueKind != JsonValueKind.Object)
                {
                    refusal = "a touch point is an object";
                    return null;
                }

                refusal = Inside(point, viewport, out var x, out var y);
                if (refusal is not null)
                {
                    return null;
                }

                var id = Integer(point, "id");
                refusal = Range("touch id", id, 0, 1000);
                if (refusal is not null)
                {
                    return null;
                }

                points.Add(new TouchPoint(x, y, id));
            }
        }

        if (points.Count == 0 && type is "touchStart" or "touchMove")
        {
            refusal = $"{type} without touch points";
            return null;
        }

        return new ParticipantInput(InputKind.Touch) { Type = type!, Points = points, Modifiers = Integer(root, "modifiers") };
    }

    private static ParticipantInput Point(JsonElement root, ParticipantInput input) => input with { X = Number(root, "x"), Y = Number(root, "y") };

    private static string? Inside(JsonElement element, ViewportSize viewport, out double x, out double y)
    {
        x = Number(element, "x");
        y = Number(element, "y");
        return double.IsFinite(x) && double.IsFinite(y) && x >= 0 && y >= 0 && x < viewport.Width && y < viewport.Height
            ? null
            : $"point ({Show(x)}, {Show(y)}) is outside the {viewport.Width}×{viewport.Height} viewport";
    }

    private static string? Modifiers(JsonElement root) => Range("modifiers", Integer(root, "modifiers"), 0, 15);

    private static string? Range(string name, int value, int min, int max) =>
        value < min || value > max ? $"{name} {value} is outside {min}–{max}" : null;

    private static string? OneOf(string name, string? value, string[] allowed) =>
        value is not null && allowed.Contains(value, StringComparer.Ordinal) ? null : $"{name} '{Clip(value)}' is not one of {string.Join(", ", allowed)}";

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    /// <summary>A number field; a missing one is NaN (refused as a coordinate), except a wheel delta, which is 0.</summary>
    private static double Number(JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value.GetDouble();
        }

        return name is "dx" or "dy" ? 0 : double.NaN;
    }

    private static int Integer(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetInt32() : 0;

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>At most 40 characters of a refused value, so a log line stays a line.</summary>
    private static string Clip(string? value) => value is null ? "(none)" : value.Length <= 40 ? value : value[..40] + "…";
}
